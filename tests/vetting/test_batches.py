"""Submitting and screening batches: validation, idempotency, routing, versions pinned."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

import vetting.batches
from matching.batch import BLOCK_STEP, Matcher
from matching.dates import DateOrder
from matching.model import MODEL_VERSION, MatchResult
from matching.packed import PackedRecords
from tests.conftest import CANDIDATE_HEADER, EXCLUSION_HEADER, WriteCsv
from tests.vetting.pipeline_helpers import CANDIDATES, LIST_ROWS, set_up
from vetting.audit import verify
from vetting.batches import (
    ChunkOutcome,
    finish_batch,
    screen_all,
    screen_chunk,
    start_screening,
    submit_batch,
)
from vetting.errors import (
    FileTooLargeError,
    InputFileError,
    MissingColumnsError,
    NoListError,
    UnknownOfficeError,
)
from vetting.ingest import load_candidates, load_exclusions
from vetting.models import Alert, AuditEvent, Batch, Candidate, RowIssue
from vetting.orgs import add_office
from vetting.people import clear_matchers, matcher_for, people_at
from vetting.screening import match_people
from vetting.settings import Settings


def _statuses(engine: Engine, batch_id: int) -> dict[str, str]:
    with Session(engine) as session:
        rows = session.exec(select(Candidate).where(Candidate.batch_id == batch_id)).all()
        return {r.candidate_id: r.status for r in rows}


def test_screening_clears_non_matches_and_holds_possible_matches(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    path = set_up(engine, settings, write_csv)
    submission = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    summary = screen_all(engine, submission.batch_id, settings)
    assert _statuses(engine, submission.batch_id) == {
        "C1": "under_review",
        "C2": "under_review",
        "C3": "under_review",
        "C4": "cleared",
        "C5": "cleared",
    }
    assert summary.status == "under_review"
    assert sum(summary.alerts_by_band.values()) == 3
    with Session(engine) as session:
        batch = session.get(Batch, submission.batch_id)
        assert batch is not None
        assert (batch.list_version_id, batch.matcher_version) == (1, MODEL_VERSION)
        assert batch.review_threshold == settings.review_threshold
        assert batch.screened_at is not None and batch.screening_started_at is not None
        alerts = session.exec(select(Alert).order_by(col(Alert.candidate_pk))).all()
        assert [a.record_id for a in alerts] == ["R1", "R2", "R3"]
        assert all(a.explanation and a.features for a in alerts)
        assert all(a.score >= settings.review_threshold for a in alerts)
        cleared = session.exec(select(Candidate).where(Candidate.candidate_id == "C4")).one()
        assert cleared.completed_at == cleared.screened_at


def test_stored_alerts_their_events_and_candidates_agree_on_both_backends(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    """PostgreSQL stores a chunk's alerts and events column by column, SQLite row by row:
    each alert.raised event names the alert stored for its own candidate and record, the
    features read back as written, and every candidate of the chunk is routed."""
    path = set_up(engine, settings, write_csv)
    submission = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    with Session(engine) as session:
        submitted = session.exec(select(Candidate).order_by(col(Candidate.line))).all()
    assert [(c.candidate_id, c.status) for c in submitted] == [
        (f"C{i}", "pending") for i in range(1, 6)
    ]
    assert all(c.submitted_at.tzinfo is not None and c.full_name for c in submitted)
    screen_all(engine, submission.batch_id, settings)
    with Session(engine) as session:
        alerts = {a.id: a for a in session.exec(select(Alert)).all()}
        candidates = {c.id: c for c in session.exec(select(Candidate)).all()}
        raised = session.exec(select(AuditEvent).where(AuditEvent.action == "alert.raised")).all()
    assert len(alerts) == 3 and len(raised) == 3
    for event in raised:
        alert = alerts[int(event.subject_id)]
        assert event.detail["record"] == alert.record_id
        assert event.detail["candidate"] == candidates[alert.candidate_pk].candidate_id
        assert event.detail["score"] == alert.score
        assert event.at.tzinfo is not None
    for alert in alerts.values():
        assert alert.status == "open" and alert.revision == 0 and alert.decided_at is None
        assert alert.raised_at.tzinfo is not None
        assert {"feature", "value", "contribution", "detail"} <= set(alert.features[0])
        assert any(f["feature"] == "name" for f in alert.features)
        assert candidates[alert.candidate_pk].status == "under_review"
    for candidate in candidates.values():
        assert candidate.screened_at is not None
        if candidate.status == "cleared":
            assert candidate.completed_at == candidate.screened_at
        else:
            assert candidate.completed_at is None
    assert verify(engine).ok


def test_a_batch_with_nothing_to_review_is_complete_at_once(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    set_up(engine, settings, write_csv)
    path = write_csv("clean.csv", CANDIDATE_HEADER, CANDIDATES[3:])
    submission = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    summary = screen_all(engine, submission.batch_id, settings)
    assert summary.status == "complete"
    assert summary.by_status == {"cleared": 2}


def test_same_file_from_same_office_is_one_batch_and_other_office_is_another(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    path = set_up(engine, settings, write_csv)
    first = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    again = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    other = submit_batch(engine, path, region="middle_east", office="AMM", settings=settings)
    assert first.created and not again.created and other.created
    assert again.batch_id == first.batch_id != other.batch_id
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Candidate)).one() == 10


def test_concurrent_submissions_of_one_file_make_one_batch(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    path = set_up(engine, settings, write_csv)
    results: list[int] = []
    errors: list[BaseException] = []

    def submit() -> None:
        try:
            results.append(
                submit_batch(
                    engine, path, region="africa", office="NBO", settings=settings
                ).batch_id
            )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=submit) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(set(results)) == 1
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Batch)).one() == 1
        assert session.exec(select(func.count()).select_from(Candidate)).one() == 5


def test_bad_rows_are_stored_with_line_and_reason_and_good_rows_go_ahead(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    set_up(engine, settings, write_csv)
    rows = [
        CANDIDATES[0],
        ["C2", "", "1980", "", ""],
        ["C1", "Someone Else", "1990", "", ""],
        ["C6", "Ana Silva", "31/02/1990", "", ""],
        ["C7", "Joao Souza", "03/04/1985", "", ""],
        ["", "No Id", "1990", "", ""],
    ]
    path = write_csv("mixed.csv", CANDIDATE_HEADER, rows)
    submission = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    assert submission.candidates == 3 and submission.rejected == 3
    found = {(p.line, p.severity.value, p.message) for p in submission.problems}
    assert (3, "error", "empty name") in found
    assert any(line == 4 and "duplicate id 'C1'" in m for line, _, m in found)
    assert any(line == 5 and s == "warning" and "impossible day" in m for line, s, m in found)
    assert any(line == 6 and s == "warning" and "ambiguous" in m for line, s, m in found)
    assert any(line == 7 and "empty id" in m for line, _, m in found)
    with Session(engine) as session:
        stored = session.exec(select(RowIssue).order_by(col(RowIssue.line))).all()
        assert [i.line for i in stored] == [3, 4, 5, 6, 7]
        c7 = session.exec(select(Candidate).where(Candidate.candidate_id == "C7")).one()
        assert (c7.date_of_birth, c7.birth_date, c7.line) == ("03/04/1985", "1985", 6)
    again = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    assert {(p.line, p.message) for p in again.problems} == {
        (p.line, p.message) for p in submission.problems
    }


def test_a_declared_date_format_reads_slashed_dates(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    set_up(engine, settings, write_csv)
    rows = [["C7", "Joao Souza", "03/04/1985", "", ""], ["C8", "Ana Silva", "13/04/1985", "", ""]]
    path = write_csv("dmy.csv", CANDIDATE_HEADER, rows)
    submission = submit_batch(
        engine, path, region="africa", office="NBO", settings=settings, date_order=DateOrder.MDY
    )
    with Session(engine) as session:
        births = dict(
            session.exec(
                select(Candidate.candidate_id, Candidate.birth_date).where(
                    Candidate.batch_id == submission.batch_id
                )
            ).all()
        )
    assert births == {"C7": "1985-03-04", "C8": None}
    assert any(p.line == 3 and "impossible month" in p.message for p in submission.problems)


def test_a_file_with_no_usable_row_is_refused(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    set_up(engine, settings, write_csv)
    path = write_csv("bad.csv", CANDIDATE_HEADER, [["C1", "", "", "", ""]])
    with pytest.raises(InputFileError, match="no row can be screened"):
        submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Batch)).one() == 0


def test_unknown_office_or_wrong_region_is_refused(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    path = set_up(engine, settings, write_csv)
    with pytest.raises(UnknownOfficeError, match="unknown office 'XYZ'"):
        submit_batch(engine, path, region="africa", office="XYZ", settings=settings)
    with pytest.raises(UnknownOfficeError, match="in region 'africa', not 'europe'"):
        submit_batch(engine, path, region="europe", office="NBO", settings=settings)
    with pytest.raises(UnknownOfficeError, match="another region"):
        add_office(engine, office="NBO", region="europe")


def test_screening_before_any_list_is_refused(
    engine: Engine, settings: Settings, write_csv: WriteCsv, tmp_path: Path
) -> None:
    add_office(engine, office="NBO", region="africa")
    path = write_csv("batch.csv", CANDIDATE_HEADER, CANDIDATES)
    submission = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    with pytest.raises(NoListError):
        start_screening(engine, submission.batch_id, settings)


def test_an_interrupted_screening_resumes_without_duplicates_or_losses(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    path = set_up(engine, settings, write_csv)
    submission = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    plan = start_screening(engine, submission.batch_id, settings)
    assert [len(c) for c in plan.chunks] == [3, 2]
    screen_chunk(engine, plan, plan.chunks[0])
    # the process dies here; a re-run plans only what is left, with the pinned versions
    changed = settings.model_copy(update={"review_threshold": 0.75, "band_medium": 0.8})
    resumed = start_screening(engine, submission.batch_id, changed)
    assert resumed.chunks == [plan.chunks[1]]
    assert resumed.thresholds == plan.thresholds
    screen_chunk(engine, plan, plan.chunks[0])  # a retried chunk changes nothing
    screen_chunk(engine, resumed, resumed.chunks[0])
    summary = finish_batch(engine, submission.batch_id)
    assert sum(summary.by_status.values()) == 5
    assert summary.by_status.get("pending", 0) == 0
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Alert)).one() == 3


def test_xlsx_parquet_and_windows_1252_batches_store_the_same_candidates(
    engine: Engine, settings: Settings, write_csv: WriteCsv, tmp_path: Path
) -> None:
    set_up(engine, settings, write_csv)
    rows = [*CANDIDATES, ["C9", "José Müller", "1970", "", ""]]
    frame = pl.DataFrame(dict(zip(CANDIDATE_HEADER, zip(*rows, strict=True), strict=True)))
    frame.write_excel(tmp_path / "b.xlsx")
    frame.write_parquet(tmp_path / "b.parquet")
    (tmp_path / "b1252.csv").write_bytes(
        frame.write_csv().encode("cp1252")  # what older spreadsheets export
    )
    names = []
    for office, name in (("NBO", "b.xlsx"), ("AMM", "b.parquet"), ("NBO", "b1252.csv")):
        region = "africa" if office == "NBO" else "middle_east"
        sub = submit_batch(engine, tmp_path / name, region=region, office=office, settings=settings)
        assert sub.created and sub.rejected == 0
        with Session(engine) as session:
            names.append(
                sorted(
                    session.exec(
                        select(Candidate.full_name).where(Candidate.batch_id == sub.batch_id)
                    ).all()
                )
            )
    assert names[0] == names[1] == names[2]
    assert "José Müller" in names[0]


def test_missing_columns_and_oversized_files_are_refused_before_anything_is_stored(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    set_up(engine, settings, write_csv)
    no_dob = write_csv("no_dob.csv", ["candidate_id", "full_name"], [["C1", "Ana Silva"]])
    with pytest.raises(MissingColumnsError, match=r"missing column.*date_of_birth"):
        submit_batch(engine, no_dob, region="africa", office="NBO", settings=settings)
    big = write_csv("big.csv", CANDIDATE_HEADER, [[f"C{i}", "Ana Silva", "1990", "", ""]
                                                  for i in range(3000)])  # fmt: skip
    tiny = settings.model_copy(update={"max_file_mb": 0.01})
    with pytest.raises(FileTooLargeError):
        submit_batch(engine, big, region="africa", office="NBO", settings=tiny)
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Batch)).one() == 0


def test_each_stored_alert_has_its_own_chained_event(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    """Alerts are stored a chunk at a time: each still gets one event naming it, in order."""
    path = set_up(engine, settings, write_csv)
    batch = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    screen_all(engine, batch.batch_id, settings)
    with Session(engine) as session:
        alerts = session.exec(select(Alert).order_by(col(Alert.id))).all()
        events = session.exec(
            select(AuditEvent)
            .where(AuditEvent.action == "alert.raised")
            .order_by(col(AuditEvent.seq))
        ).all()
    assert len(alerts) >= 3
    assert [e.subject_id for e in events] == [str(a.id) for a in alerts]
    assert [(e.detail["record"], e.detail["score"], e.detail["band"]) for e in events] == [
        (a.record_id, a.score, a.band) for a in alerts
    ]
    assert verify(engine).ok


def test_a_chunk_scored_in_processes_raises_what_one_process_raises(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    """A chunk larger than a matching step goes to the scoring processes step by step
    (:data:`matching.batch.BLOCK_STEP`); its alerts are those of scoring in-process."""
    set_up(engine, settings, write_csv)
    copies = BLOCK_STEP // 2 + 1  # every copy of a candidate raises its alert
    found = {}
    for workers in (2, 1):
        rows = [[f"{row[0]}-{i}-{workers}", *row[1:]] for i in range(copies) for row in CANDIDATES]
        path = write_csv(f"large-{workers}.csv", CANDIDATE_HEADER, rows)
        chunked = settings.model_copy(update={"chunk_size": 2000, "match_workers": workers})
        submission = submit_batch(engine, path, region="africa", office="NBO", settings=chunked)
        screen_all(engine, submission.batch_id, chunked)
        with Session(engine) as session:
            alerts = session.exec(
                select(Candidate.candidate_id, Alert.record_id, Alert.score, Alert.explanation)
                .join(Alert, col(Alert.candidate_pk) == col(Candidate.id))
                .where(Alert.batch_id == submission.batch_id)
            ).all()
        found[workers] = sorted((c.rsplit("-", 1)[0], r, s, e) for c, r, s, e in alerts)
        assert _statuses(engine, submission.batch_id)[f"C4-0-{workers}"] == "cleared"
    assert len(found[2]) == 3 * copies
    assert found[2] == found[1]


def test_the_matcher_of_a_list_version_holds_the_list_packed_for_scoring_processes(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    """Scoring processes are sent the list packed: the matcher then keeps it so (300 MiB
    less at the peak of a screening against a million records), with the same results.
    Scored in-process (one worker, a Dask worker), it stays a list of people, which
    needs no unpacking at each look-up."""
    set_up(engine, settings, write_csv)
    matcher = matcher_for(engine, 1, workers=2)
    # the exact type: tests run interpreted, and there isinstance of a compiled class derived
    # from Sequence consults Sequence's registry, which takes a list for one
    assert type(matcher.records) is PackedRecords
    assert matcher_for(engine, 1, workers=2) is matcher  # built once per version
    with Session(engine) as session:
        people = people_at(session, 1)
    assert [r.key for r in matcher.records] == [p.key for p in people]
    assert [r.names[0].original for r in matcher.records] == [p.names[0].original for p in people]

    def found(results: Iterable[MatchResult]) -> list[tuple[str, str, float, str]]:
        return [(r.candidate_key, r.record_key, r.score, r.explanation()) for r in results]

    expected = found(Matcher(people).match(people, threshold=0.7))
    assert len(expected) >= len(people)  # every record meets itself at least
    assert found(matcher.match(people, threshold=0.7)) == expected
    clear_matchers()
    alone = matcher_for(engine, 1, workers=1)
    assert isinstance(alone.records, list)
    assert found(alone.match(people, threshold=0.7)) == expected


def test_a_chunk_is_screened_with_the_collector_off(
    engine: Engine, settings: Settings, write_csv: WriteCsv, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A screening process holds the list's index and the name caches, which every full
    collection walks: a chunk (matching, fetching, storing) runs with the collector off,
    and it is back on after."""
    path = set_up(engine, settings, write_csv)
    submission = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    states: list[bool] = []
    raise_alerts = vetting.batches.raise_alerts

    def watched(*args: Any, **kwargs: Any) -> ChunkOutcome:
        states.append(gc.isenabled())
        return raise_alerts(*args, **kwargs)

    monkeypatch.setattr(vetting.batches, "raise_alerts", watched)
    assert gc.isenabled()
    screen_all(engine, submission.batch_id, settings)
    assert states and not any(states)
    assert gc.isenabled()


def test_vetting_match_scores_with_the_collector_off(
    settings: Settings, write_csv: WriteCsv
) -> None:
    """As a screening chunk: the list's index and the name caches are no collection's to
    walk while a file is matched."""
    candidates = load_candidates(write_csv("batch.csv", CANDIDATE_HEADER, CANDIDATES), settings)
    listed = load_exclusions(write_csv("list.csv", EXCLUSION_HEADER, LIST_ROWS), settings)
    states: list[bool] = []
    pairs = match_people(
        candidates.people,
        listed.people,
        settings,
        progress=lambda _: states.append(gc.isenabled()),
    )
    assert pairs.height == 3
    assert states and not any(states)
    assert gc.isenabled()
