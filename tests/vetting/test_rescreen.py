"""Rescreening after a list change: new or changed records only, decided pairs not raised again."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from tests.conftest import EXCLUSION_HEADER, WriteCsv
from tests.vetting.pipeline_helpers import LIST_ROWS, decide, set_up
from vetting.batches import screen_all, submit_batch
from vetting.exclusions import import_list
from vetting.models import Alert, AlertStatus, Batch, Candidate, utcnow
from vetting.rescreen import rescreen
from vetting.settings import Settings

GRACE = ["R9", "Grace Wanjiru", "", "1988-08-08", "KE", "female", "UNFPA", "SH",
         "substantiated", "2024-01-01"]  # fmt: skip


def _screened(engine: Engine, settings: Settings, write_csv: WriteCsv) -> int:
    path = set_up(engine, settings, write_csv)
    submission = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    screen_all(engine, submission.batch_id, settings)
    return submission.batch_id


def _alerts(engine: Engine) -> list[tuple[str, str, int]]:
    with Session(engine) as session:
        rows = session.exec(
            select(Candidate.candidate_id, Alert.record_id, Alert.list_version_id)
            .join(Candidate, col(Candidate.id) == col(Alert.candidate_pk))
            .order_by(col(Alert.id))
        ).all()
        return [(c, r, v) for c, r, v in rows]


def test_a_new_record_reopens_a_cleared_candidate_and_their_batch(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    batch_id = _screened(engine, settings, write_csv)
    v2 = import_list(engine, write_csv("v2.csv", EXCLUSION_HEADER, [*LIST_ROWS, GRACE]), settings)
    summary = rescreen(engine, settings, version=v2.version_id)
    assert (summary.records, summary.candidates, summary.reopened) == (1, 5, 1)
    assert ("C5", "R9", 2) in _alerts(engine)
    with Session(engine) as session:
        c5 = session.exec(select(Candidate).where(Candidate.candidate_id == "C5")).one()
        assert c5.status == "under_review" and c5.completed_at is None
        batch = session.get(Batch, batch_id)
        assert batch is not None and batch.status == "under_review"
    again = rescreen(engine, settings, version=v2.version_id)
    assert sum(again.alerts_by_band.values()) == 0
    assert len(_alerts(engine)) == 4


def test_decided_pairs_are_not_raised_again_unless_the_identity_changed(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    _screened(engine, settings, write_csv)
    with Session(engine) as session:
        r1 = session.exec(select(Alert).where(Alert.record_id == "R1")).one()
    decide(engine, r1.id or 0, AlertStatus.NOT_A_MATCH)
    # v2: only the status of R1 changes -> same identity, not raised again
    status_only = [*LIST_ROWS[0][:8], "pending_investigation", LIST_ROWS[0][9]]
    v2 = import_list(
        engine, write_csv("v2.csv", EXCLUSION_HEADER, [status_only, *LIST_ROWS[1:]]), settings
    )
    assert v2.changed == 1
    assert rescreen(engine, settings, version=v2.version_id).alerts_by_band == {}
    # v3: R1's birth date changes -> new evidence, raised again against the new revision
    new_dob = [*status_only[:3], "1971-03-15", *status_only[4:]]
    v3 = import_list(
        engine, write_csv("v3.csv", EXCLUSION_HEADER, [new_dob, *LIST_ROWS[1:]]), settings
    )
    rescreen(engine, settings, version=v3.version_id)
    assert ("C1", "R1", v3.version_id) in _alerts(engine)


def test_only_recent_or_open_candidates_are_rescreened(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    _screened(engine, settings, write_csv)
    v2 = import_list(engine, write_csv("v2.csv", EXCLUSION_HEADER, [*LIST_ROWS, GRACE]), settings)
    later = utcnow() + timedelta(days=settings.rescreen_days + 1)
    summary = rescreen(engine, settings, version=v2.version_id, now=later)
    # cleared candidates are out of the window; the three under review are still in scope
    assert summary.candidates == 3
    assert ("C5", "R9", 2) not in _alerts(engine)


def test_a_list_imported_mid_screening_reaches_the_rest_of_the_batch(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    from vetting.batches import finish_batch, screen_chunk, start_screening  # noqa: PLC0415

    path = set_up(engine, settings, write_csv)
    batch = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    plan = start_screening(engine, batch.batch_id, settings)  # pins version 1
    screen_chunk(engine, plan, plan.chunks[0])
    v2 = import_list(engine, write_csv("v2.csv", EXCLUSION_HEADER, [*LIST_ROWS, GRACE]), settings)
    rescreen(engine, settings, version=v2.version_id)  # C5 is still pending: not in scope
    screen_chunk(engine, plan, plan.chunks[1])  # still against version 1, as pinned
    summary = finish_batch(engine, batch.batch_id)
    assert ("C5", "R9", v2.version_id) in _alerts(engine)
    assert summary.status == "under_review"
    with Session(engine) as session:
        c5 = session.exec(select(Candidate).where(Candidate.candidate_id == "C5")).one()
        assert c5.status == "under_review"


def test_a_skipped_rescreen_is_caught_up_by_the_next(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    _screened(engine, settings, write_csv)
    rescreen(engine, settings)  # version 1 done
    import_list(engine, write_csv("v2.csv", EXCLUSION_HEADER, [*LIST_ROWS, GRACE]), settings)
    other = ["R8", "Amina Odhiambo", "", "1992-02-02", "KE", "female", "WFP", "SEA",
             "substantiated", "2024-02-02"]  # fmt: skip
    import_list(
        engine, write_csv("v3.csv", EXCLUSION_HEADER, [*LIST_ROWS, GRACE, other]), settings
    )  # version 2 was never rescreened (imported without it)
    summary = rescreen(engine, settings)
    assert summary.records == 2 and summary.reopened == 2
    assert {("C5", "R9"), ("C4", "R8")} <= {(c, r) for c, r, _ in _alerts(engine)}
    assert rescreen(engine, settings).records == 0  # nothing left
