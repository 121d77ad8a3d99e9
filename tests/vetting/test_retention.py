"""Retention: personal data goes, the numbers the metrics need stay exactly the same."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from polars.testing import assert_frame_equal
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from tests.vetting.test_metrics import NOW, SLA_HOURS, WINDOW, history  # noqa: F401
from vetting.metrics import report
from vetting.models import Alert, Candidate, Decision, RowIssue
from vetting.retention import PURGED, purge

LATER = datetime(2028, 6, 1, tzinfo=UTC)


def _people(engine: Engine) -> dict[str, Candidate]:
    with Session(engine) as session:
        return {c.candidate_id: c for c in session.exec(select(Candidate)).all()}


def test_purge_removes_personal_data_and_keeps_the_metrics(
    history: Engine,  # noqa: F811
    tmp_path: Path,
) -> None:
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    for name in ("k1-batch.csv", "k2-batch.csv", "zz-other.csv"):
        (uploads / name).write_text("candidate_id,full_name\n1,Ana Silva\n")
    with Session(history) as session:
        for batch_id in (1, 2):
            session.add(RowIssue(batch_id=batch_id, line=9, column="full_name",
                                 message="no letters in name '12'", severity="error"))  # fmt: skip
        for c in session.exec(select(Candidate)).all():
            c.full_name, c.date_of_birth, c.birth_date, c.nationality = (
                "Ana Silva",
                "1990",
                "1990",
                "BR",
            )
            session.add(c)
        session.commit()
    before = report(history, WINDOW, sla_hours=SLA_HOURS, now=NOW)
    dry = purge(history, retention_days=730, now=LATER, dry_run=True)
    assert (dry.candidates, dry.alerts, dry.dry_run) == (5, 3, True)
    assert _people(history)["c1"].full_name == "Ana Silva"
    done = purge(history, retention_days=730, now=LATER, upload_dir=uploads)
    assert (done.candidates, done.alerts) == (5, 3)  # the alerts of c2, c3 and c6
    # batches 1 and 3 are fully purged; batch 2 still has c5 under review
    assert (done.row_issues, done.files) == (1, 1)
    assert sorted(p.name for p in uploads.iterdir()) == ["k2-batch.csv", "zz-other.csv"]
    people = _people(history)
    for key in ("c1", "c2", "c3", "c4", "c6"):
        person = people[key]
        assert (person.full_name, person.date_of_birth, person.birth_date) == (PURGED, "", None)
        assert person.nationality == "" and person.purged_at is not None
        assert person.completed_at is not None and person.submitted_at is not None
    assert people["c5"].full_name == "Ana Silva"  # still under review: kept
    with Session(history) as session:
        explained = session.exec(
            select(Alert.explanation).where(col(Alert.candidate_pk) != 5)
        ).all()
    assert set(explained) == {PURGED}
    with Session(history) as session:
        reasons = session.exec(select(Decision.alert_id, Decision.reason)).all()
        notes = session.exec(select(RowIssue.batch_id)).all()
    assert {r for a, r in reasons if a != 3} == {PURGED} and (
        "r" in {r for a, r in reasons if a == 3}
    )
    assert notes == [2]
    after = report(history, WINDOW, sla_hours=SLA_HOURS, now=NOW)
    for name, table in before.tables().items():
        assert_frame_equal(table, after.tables()[name], check_row_order=True), name
    assert purge(history, retention_days=730, now=LATER).candidates == 0  # once only


def test_nothing_recent_is_purged(history: Engine) -> None:  # noqa: F811
    assert purge(history, retention_days=730, now=NOW).candidates == 0
