"""Candidate batches: submit a file, screen it in chunks, route each candidate.

The steps are separate functions so a flow can run, retry and distribute them, and each
one is safe to run again:

- :func:`submit_batch` stores the batch and its candidates in one transaction; the same
  file (by checksum) from the same office returns the existing batch.
- :func:`start_screening` pins the list version, matcher version and thresholds on the
  batch the first time, and returns the candidates still pending in chunks.
- :func:`screen_chunk` matches one chunk and commits its alerts together with the
  candidates' new status; candidates already screened are skipped, so a run killed at any
  point and run again finishes the batch with no duplicate alerts and no lost candidates.
- :func:`finish_batch` advances the batch status and returns its summary.

Bad-row policy (also in the README): rejected rows are stored on the batch with their line
and reason and the valid rows go ahead; a file with no usable row is refused whole.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, func, select

from matching.batch import Matcher
from matching.dates import DateOrder
from matching.gcpause import collector_off
from matching.model import MODEL_VERSION, MatchResult
from vetting.audit import NewEvent, record_event, record_events
from vetting.db import insert_json_rows, is_postgres, session_scope
from vetting.errors import InputFileError, UnknownBatchError
from vetting.exclusions import current_version, file_checksum
from vetting.ingest import RowProblem, Severity, load_candidates
from vetting.models import (
    Alert,
    AlertStatus,
    Batch,
    BatchStatus,
    Candidate,
    CandidateStatus,
    ExclusionRecord,
    Office,
    Region,
    RowIssue,
    utcnow,
)
from vetting.orgs import resolve_office
from vetting.people import candidate_person, matcher_for, matcher_over
from vetting.settings import Settings


@dataclass(frozen=True, slots=True)
class Submission:
    """A stored batch; ``created`` is false when the same file was submitted before."""

    batch_id: int
    created: bool
    candidates: int
    rejected: int
    problems: list[RowProblem] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The review threshold and band limits a batch was (or is being) screened with."""

    review: float
    medium: float
    high: float

    def band(self, score: float) -> str:
        """Priority band of a raised pair."""
        if score >= self.high:
            return "high"
        if score >= self.medium:
            return "medium"
        return "low"


@dataclass(frozen=True, slots=True)
class ScreeningPlan:
    """What is left to screen in a batch, and against which list version."""

    batch_id: int
    list_version_id: int
    thresholds: Thresholds
    chunks: list[list[int]]
    workers: int = 1
    """Scoring processes per chunk (:meth:`matching.batch.Matcher.match`); on a Dask
    cluster the cluster's workers are the parallelism, and each chunk scores in-process."""


@dataclass(frozen=True, slots=True)
class ChunkOutcome:
    """What one chunk did."""

    screened: int
    cleared: int
    under_review: int
    alerts: dict[str, int]


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """A batch as the office and the auditors see it."""

    batch_id: int
    region: str
    office: str
    source_name: str
    status: str
    candidates: int
    rejected_rows: int
    by_status: dict[str, int]
    alerts_by_band: dict[str, int]
    list_version_id: int | None
    matcher_version: str | None
    screening_seconds: float | None


def submit_batch(
    engine: Engine,
    path: Path,
    *,
    region: str,
    office: str,
    settings: Settings,
    submitted_by: str = "cli",
    date_order: DateOrder | None = None,
) -> Submission:
    """Store the batch in ``path`` for ``office`` (idempotent on the file's checksum)."""
    checksum = file_checksum(path)
    with Session(engine) as session:
        office_row, region_row = resolve_office(session, office=office, region=region)
        existing = _existing(session, office_row.id, checksum)
        if existing is not None:
            return _resubmitted(session, existing)
    loaded = load_candidates(path, settings, keep_rows=True, date_order=date_order)
    if not loaded.people:
        raise InputFileError(path, f"no row can be screened ({len(loaded.rejected)} rejected)")
    rejected = len({p.line for p in loaded.rejected})
    try:
        with session_scope(engine) as session:
            batch = Batch(
                office_id=office_row.id or 0,
                region_id=region_row.id or 0,
                source_name=path.name,
                checksum=checksum,
                submitted_by=submitted_by,
                total_rows=len(loaded.people) + rejected,
                rejected_rows=rejected,
                candidate_count=len(loaded.people),
            )
            session.add(batch)
            session.flush()
            assert batch.id is not None
            submitted = batch.submitted_at
            # Core multi-row inserts: a batch holds thousands of rows and needs no ids back.
            issues = [
                {"batch_id": batch.id, "line": p.line, "column": p.column,
                 "message": p.message, "severity": str(p.severity)}
                for p in loaded.problems
            ]  # fmt: skip
            if issues:
                session.execute(insert(RowIssue), issues)
            _insert_candidates(
                session,
                [
                    {
                        "batch_id": batch.id,
                        "candidate_id": person.key,
                        "line": loaded.lines[person.key],
                        "full_name": loaded.rows[person.key]["full_name"],
                        "date_of_birth": loaded.rows[person.key].get("date_of_birth", ""),
                        "birth_date": person.birth_date.iso() if person.birth_date else None,
                        "nationality": loaded.rows[person.key].get("nationality", ""),
                        "gender": loaded.rows[person.key].get("gender", ""),
                        "submitted_at": submitted,
                        "status": CandidateStatus.PENDING.value,
                    }
                    for person in loaded.people
                ],
            )
            record_event(
                session,
                actor=submitted_by,
                action="batch.submitted",
                subject_type="batch",
                subject_id=batch.id,
                detail={
                    "office": office,
                    "source": path.name,
                    "checksum": checksum,
                    "candidates": len(loaded.people),
                    "rejected_rows": rejected,
                },
            )
            batch_id = batch.id
    except IntegrityError:
        # The same file from the same office, submitted at the same moment: one batch.
        with Session(engine) as session:
            existing = _existing(session, office_row.id, checksum)
            if existing is None:
                raise
            return _resubmitted(session, existing)
    return Submission(batch_id, True, len(loaded.people), rejected, loaded.problems)


def _insert_candidates(session: Session, rows: list[dict[str, Any]]) -> None:
    """Store a batch's candidates: as one JSON document on PostgreSQL
    (:func:`insert_json_rows`), in multi-row inserts elsewhere."""
    if not is_postgres(session):
        session.execute(insert(Candidate), rows)
        return
    insert_json_rows(session, "candidate", _CANDIDATE_COLUMNS, rows)


_CANDIDATE_COLUMNS = {
    "batch_id": "integer",
    "candidate_id": "text",
    "line": "integer",
    "full_name": "text",
    "date_of_birth": "text",
    "birth_date": "text",
    "nationality": "text",
    "gender": "text",
    "submitted_at": "timestamptz",
    "status": "text",
}
"""A submitted candidate's columns, by their PostgreSQL types."""


def _existing(session: Session, office_id: int | None, checksum: str) -> Batch | None:
    return session.exec(
        select(Batch).where(Batch.office_id == office_id).where(Batch.checksum == checksum)
    ).first()


def _resubmitted(session: Session, batch: Batch) -> Submission:
    assert batch.id is not None
    issues = session.exec(
        select(RowIssue).where(RowIssue.batch_id == batch.id).order_by(col(RowIssue.line))
    ).all()
    problems = [
        RowProblem(Path(batch.source_name), i.line, i.column, i.message, Severity(i.severity))
        for i in issues
    ]
    return Submission(batch.id, False, batch.candidate_count, batch.rejected_rows, problems)


def start_screening(engine: Engine, batch_id: int, settings: Settings) -> ScreeningPlan:
    """Pin list version, matcher version and thresholds (first run only); plan the chunks."""
    with session_scope(engine) as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise UnknownBatchError(f"no batch {batch_id}")
        if batch.list_version_id is None:
            batch.list_version_id = current_version(session)
            batch.matcher_version = MODEL_VERSION
            batch.review_threshold = settings.review_threshold
            batch.band_medium = settings.band_medium
            batch.band_high = settings.band_high
            batch.screening_started_at = utcnow()
            batch.status = BatchStatus.SCREENING
            session.add(batch)
        pending = session.exec(
            select(Candidate.id)
            .where(Candidate.batch_id == batch_id)
            .where(Candidate.status == CandidateStatus.PENDING)
            .order_by(col(Candidate.id))
        ).all()
        ids = [int(i) for i in pending if i is not None]
        size = settings.chunk_size
        return ScreeningPlan(
            batch_id,
            batch.list_version_id,
            _thresholds(batch),
            [ids[i : i + size] for i in range(0, len(ids), size)],
            workers=1 if settings.dask_address else settings.match_workers,
        )


def _thresholds(batch: Batch) -> Thresholds:
    assert batch.review_threshold is not None
    assert batch.band_medium is not None and batch.band_high is not None
    return Thresholds(batch.review_threshold, batch.band_medium, batch.band_high)


def screen_chunk(
    engine: Engine,
    plan: ScreeningPlan,
    candidate_ids: list[int],
    settings: Settings | None = None,
) -> ChunkOutcome:
    """Match one chunk and commit its alerts with the candidates' status, all at once.

    ``settings``: this process's, whose list cache keeps the list version's index for
    the next process screening against it, or holds it already (:func:`matcher_for`).
    """
    matcher = matcher_for(engine, plan.list_version_id, workers=plan.workers, settings=settings)
    # the cyclic collector waits for the chunk: a long-lived screening process holds the
    # list (or its index) and the name caches, which each full collection walks (0.7 s
    # against 1,000,000 records with the list packed), and fetching a chunk's records and
    # storing its alerts set off dozens of them: a third of this process's screening time
    # in a native profile with the list held as people, more than half with it packed,
    # where they come more often. What the chunk leaves cyclic is collected after.
    with collector_off(), session_scope(engine) as session:
        rows = session.exec(
            select(Candidate)
            .where(col(Candidate.id).in_(candidate_ids))
            .where(Candidate.status == CandidateStatus.PENDING)
            .order_by(col(Candidate.id))
            .with_for_update(skip_locked=True)
        ).all()
        return raise_alerts(
            session,
            rows,
            matcher,
            thresholds=plan.thresholds,
            list_version_id=plan.list_version_id,
            workers=plan.workers,
        )


def raise_alerts(
    session: Session,
    rows: Sequence[Candidate],
    matcher: Matcher,
    *,
    thresholds: Thresholds,
    list_version_id: int,
    actor: str = "screening",
    keep: Callable[[Candidate, ExclusionRecord], bool] | None = None,
    workers: int = 1,
) -> ChunkOutcome:
    """Score ``rows``, store their alerts and route them (used by screening and rescreen).

    ``keep`` can refuse a pair (a rescreen skips records a batch was already screened
    against). A pair is not raised again when the candidate already has an alert on the same record
    with the same identity (name, aliases, birth date, nationality, gender), whatever was
    decided on it: a record whose identity did not change gives no new evidence.
    """
    now = utcnow()
    people = {str(r.id): r for r in rows}
    found: dict[str, list[MatchResult]] = {}
    for result in matcher.match(
        [candidate_person(r) for r in rows],
        threshold=thresholds.review,
        workers=workers,
    ):
        found.setdefault(result.candidate_key, []).append(result)
    records = _records(session, {int(r.record_key) for v in found.values() for r in v})
    seen = _seen_identities(session, [r.id for r in rows if str(r.id) in found])
    bands: Counter[str] = Counter()
    cleared = under_review = 0
    alerts: list[dict[str, Any]] = []
    events: list[NewEvent] = []
    routed: list[tuple[Candidate, int]] = []
    for key, row in people.items():
        raised = 0
        for result in found.get(key, []):
            record = records[int(result.record_key)]
            if (row.id, record.record_id, record.identity_hash) in seen:
                continue
            if keep is not None and not keep(row, record):
                continue
            band = thresholds.band(result.score)
            score = round(result.score, 4)
            alerts.append(
                {
                    "batch_id": row.batch_id,
                    "candidate_pk": row.id or 0,
                    "exclusion_pk": record.id or 0,
                    "record_id": record.record_id,
                    "identity_hash": record.identity_hash,
                    "list_version_id": list_version_id,
                    "score": score,
                    "band": band,
                    "explanation": result.explanation()[:4000],
                    "features": [
                        {
                            "feature": c.feature,
                            "value": c.value,
                            "contribution": c.contribution,
                            "detail": c.detail,
                        }
                        for c in result.contributions
                    ],
                    "status": AlertStatus.OPEN.value,
                    "raised_at": now,
                }
            )
            events.append(
                NewEvent(
                    actor=actor,
                    action="alert.raised",
                    subject_type="alert",
                    subject_id=0,  # the alert's id, known once stored below
                    detail={
                        "candidate": row.candidate_id,
                        "batch": row.batch_id,
                        "record": record.record_id,
                        "score": score,
                        "band": band,
                    },
                )
            )
            bands[band] += 1
            raised += 1
        routed.append((row, raised))
    _route(session, routed)
    for row in rows:
        if row.status == CandidateStatus.CLEARED:
            cleared += 1
        else:
            under_review += 1
    _store_alerts(session, alerts, events)
    return ChunkOutcome(len(rows), cleared, under_review, dict(bands))


def _store_alerts(session: Session, alerts: list[dict[str, Any]], events: list[NewEvent]) -> None:
    """Insert a chunk's alerts in one statement, then their audit events in the same order."""
    if not alerts:
        return
    if is_postgres(session):
        stored = insert_json_rows(
            session,
            "alert",
            _ALERT_COLUMNS,
            alerts,
            returning=("id", "candidate_pk", "exclusion_pk"),
        )
        by_pair = {(int(row[1]), int(row[2])): int(row[0]) for row in stored}
        ids = [by_pair[(alert["candidate_pk"], alert["exclusion_pk"])] for alert in alerts]
    else:
        found = session.scalars(
            insert(Alert).returning(col(Alert.id), sort_by_parameter_order=True), alerts
        ).all()
        ids = [i for i in found if i is not None]  # all of them: zip below is strict
    record_events(
        session,
        [dataclasses.replace(event, subject_id=i) for event, i in zip(events, ids, strict=True)],
    )


_ALERT_COLUMNS = {
    "batch_id": "integer",
    "candidate_pk": "integer",
    "exclusion_pk": "integer",
    "record_id": "text",
    "identity_hash": "text",
    "list_version_id": "integer",
    "score": "double precision",
    "band": "text",
    "explanation": "text",
    "features": "json",
    "status": "text",
    "raised_at": "timestamptz",
}
"""An alert's columns as :func:`raise_alerts` gives them, by their PostgreSQL types."""


def _route(session: Session, routed: Sequence[tuple[Candidate, int]]) -> None:
    """Cleared at once with no alert; under review (again) with any new alert.

    One UPDATE per outcome, not one per candidate: flushed row by row, the candidates of
    a chunk interleave cleared and under review, which split the ORM's batched updates
    into single statements, a round trip each (a tenth of the screening process's time,
    mostly waiting on them). The rows in the session take the same values as committed
    ones, so nothing flushes them again. The candidates of a chunk share one screening
    time, as its alerts share one raising time.
    """
    now = utcnow()
    outcomes: dict[tuple[bool, bool], list[int]] = {}
    for row, raised in routed:
        first = row.status == CandidateStatus.PENDING
        if raised or first:
            for name, value in _routed_values(bool(raised), first, now).items():
                set_committed_value(row, name, value)
            outcomes.setdefault((bool(raised), first), []).append(row.id or 0)
    for (raised, first), ids in outcomes.items():
        for start in range(0, len(ids), ROUTE_STEP):
            session.execute(
                update(Candidate)
                .where(col(Candidate.id).in_(ids[start : start + ROUTE_STEP]))
                .values(**_routed_values(raised, first, now))
                .execution_options(synchronize_session=False)
            )


ROUTE_STEP = 5000
"""Candidates routed per statement: well inside SQLite's limit on bound parameters."""


def _routed_values(raised: bool, first: bool, now: datetime) -> dict[str, Any]:
    """What routing a candidate sets: any new alert puts it under review (again); a first
    screening with none clears it at once."""
    values: dict[str, Any] = {"screened_at": now} if first else {}
    if raised:
        return {**values, "status": CandidateStatus.UNDER_REVIEW, "completed_at": None}
    return {**values, "status": CandidateStatus.CLEARED, "completed_at": now}


def _records(session: Session, ids: set[int]) -> dict[int, ExclusionRecord]:
    if not ids:
        return {}
    rows = session.exec(select(ExclusionRecord).where(col(ExclusionRecord.id).in_(ids))).all()
    return {r.id: r for r in rows if r.id is not None}


def _seen_identities(
    session: Session, candidate_ids: list[int | None]
) -> set[tuple[int | None, str, str]]:
    ids = [i for i in candidate_ids if i is not None]
    if not ids:
        return set()
    rows = session.exec(
        select(Alert.candidate_pk, Alert.record_id, Alert.identity_hash).where(
            col(Alert.candidate_pk).in_(ids)
        )
    ).all()
    return {(c, r, h) for c, r, h in rows}


def catch_up(engine: Engine, batch_id: int, *, actor: str = "screening") -> int:
    """Screen a batch against records listed after its pinned version; alerts raised.

    A batch is screened against the list version pinned when screening started, so a run
    resumed after a crash gives the same results. Records added or changed since (a list
    imported meanwhile) are matched here, before the batch is finished: no candidate is
    cleared without meeting every record current at the end of their screening.
    """
    with Session(engine) as session:
        batch = session.get(Batch, batch_id)
        if batch is None or batch.list_version_id is None:
            return 0
        pinned, thresholds = batch.list_version_id, _thresholds(batch)
        records = list(
            session.exec(
                select(ExclusionRecord)
                .where(col(ExclusionRecord.valid_from) > pinned)
                .where(col(ExclusionRecord.valid_to).is_(None))
            ).all()
        )
        if not records:
            return 0
        newest = max(r.valid_from for r in records)
    matcher = matcher_over(records)
    raised = 0
    with session_scope(engine) as session:
        rows = session.exec(
            select(Candidate)
            .where(Candidate.batch_id == batch_id)
            .where(Candidate.status != CandidateStatus.PENDING)
            .order_by(col(Candidate.id))
            .with_for_update()
        ).all()
        outcome = raise_alerts(
            session, rows, matcher, thresholds=thresholds, list_version_id=newest, actor=actor
        )
        raised = sum(outcome.alerts.values())
        record_event(
            session, actor=actor, action="batch.caught_up", subject_type="batch",
            subject_id=batch_id, detail={"records": len(records), "alerts": raised,
                                         "from_version": pinned, "to_version": newest},
        )  # fmt: skip
    return raised


def finish_batch(engine: Engine, batch_id: int, *, actor: str = "screening") -> BatchSummary:
    """Catch up with newer list versions, advance the batch; return its summary."""
    with Session(engine) as session:
        pending = candidate_counts(session, batch_id).get(CandidateStatus.PENDING, 0)
    if pending == 0:
        catch_up(engine, batch_id, actor=actor)
    with session_scope(engine) as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise UnknownBatchError(f"no batch {batch_id}")
        counts = candidate_counts(session, batch_id)
        if counts.get(CandidateStatus.PENDING, 0) == 0 and batch.screened_at is None:
            now = utcnow()
            batch.screened_at = now
            record_event(
                session,
                actor=actor,
                action="batch.screened",
                subject_type="batch",
                subject_id=batch_id,
                detail={"by_status": counts, "list_version": batch.list_version_id},
            )
        update_batch_status(session, batch)
        session.add(batch)
    return batch_summary(engine, batch_id)


def candidate_counts(session: Session, batch_id: int) -> dict[str, int]:
    """Candidates of a batch by status."""
    rows = session.exec(
        select(Candidate.status, func.count())
        .where(Candidate.batch_id == batch_id)
        .group_by(Candidate.status)
    ).all()
    return {str(s): int(n) for s, n in rows}


def update_batch_status(session: Session, batch: Batch) -> None:
    """Batch status from its candidates: complete when every one has a final outcome."""
    if batch.screened_at is None:
        return
    counts = candidate_counts(session, batch.id or 0)
    open_ = counts.get(CandidateStatus.UNDER_REVIEW, 0) + counts.get(CandidateStatus.PENDING, 0)
    if open_:
        batch.status = BatchStatus.UNDER_REVIEW
        batch.completed_at = None
    elif batch.status != BatchStatus.COMPLETE:
        batch.status = BatchStatus.COMPLETE
        batch.completed_at = utcnow()


def batch_summary(engine: Engine, batch_id: int) -> BatchSummary:
    """The batch, its candidates by status and its alerts by band."""
    with Session(engine) as session:
        batch = session.get(Batch, batch_id)
        if batch is None:
            raise UnknownBatchError(f"no batch {batch_id}")
        office = session.get(Office, batch.office_id)
        region = session.get(Region, batch.region_id)
        bands = session.exec(
            select(Alert.band, func.count()).where(Alert.batch_id == batch_id).group_by(Alert.band)
        ).all()
        seconds = None
        if batch.screened_at is not None and batch.screening_started_at is not None:
            seconds = (batch.screened_at - batch.screening_started_at).total_seconds()
        return BatchSummary(
            batch_id=batch_id,
            region=region.code if region else "?",
            office=office.code if office else "?",
            source_name=batch.source_name,
            status=batch.status,
            candidates=batch.candidate_count,
            rejected_rows=batch.rejected_rows,
            by_status=candidate_counts(session, batch_id),
            alerts_by_band={str(b): int(n) for b, n in bands},
            list_version_id=batch.list_version_id,
            matcher_version=batch.matcher_version,
            screening_seconds=seconds,
        )


def screen_all(
    engine: Engine,
    batch_id: int,
    settings: Settings,
    *,
    progress: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Screen a stored batch start to finish in this process (the flow's steps, in order)."""
    plan = start_screening(engine, batch_id, settings)
    for chunk in plan.chunks:
        outcome = screen_chunk(engine, plan, chunk, settings)
        if progress is not None:
            progress(outcome.screened)
    return finish_batch(engine, batch_id)
