"""Retention: personal data goes, the numbers the metrics need stay exactly the same."""

from __future__ import annotations

from datetime import UTC, datetime

from polars.testing import assert_frame_equal
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from tests.vetting.test_metrics import NOW, SLA_HOURS, WINDOW, history  # noqa: F401
from vetting.metrics import report
from vetting.models import Alert, Candidate
from vetting.retention import PURGED, purge

LATER = datetime(2028, 6, 1, tzinfo=UTC)


def _people(engine: Engine) -> dict[str, Candidate]:
    with Session(engine) as session:
        return {c.candidate_id: c for c in session.exec(select(Candidate)).all()}


def test_purge_removes_personal_data_and_keeps_the_metrics(history: Engine) -> None:  # noqa: F811
    with Session(history) as session:
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
    assert (dry.candidates, dry.dry_run) == (5, True)
    assert _people(history)["c1"].full_name == "Ana Silva"
    done = purge(history, retention_days=730, now=LATER)
    assert (done.candidates, done.alerts) == (5, 3)  # the alerts of c2, c3 and c6
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
    after = report(history, WINDOW, sla_hours=SLA_HOURS, now=NOW)
    for name, table in before.tables().items():
        assert_frame_equal(table, after.tables()[name], check_row_order=True), name
    assert purge(history, retention_days=730, now=LATER).candidates == 0  # once only


def test_nothing_recent_is_purged(history: Engine) -> None:  # noqa: F811
    assert purge(history, retention_days=730, now=NOW).candidates == 0
