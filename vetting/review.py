"""The review workflow: a fair queue, claims that expire, decisions with four eyes.

Rules, in one place:

- The queue holds alerts not yet final, high band first, then oldest first. A reviewer
  sees only the regions they review.
- A claim marks an alert as being worked on, for ``claim_minutes``; nobody else can decide
  it meanwhile. Claims expire by themselves.
- ``not_a_match`` is final at once. ``match`` leaves the alert *awaiting confirmation*; a
  second, different reviewer's ``match`` makes it final; nobody confirms their own. Once
  a match is proposed, nobody who has taken part (the proposer, whoever contested or
  parked it since) can make it ``not_a_match``: a second reviewer's ``not_a_match`` puts
  it back in the queue as disputed and a further reviewer decides. ``needs_information``
  parks an alert until a later decision. Every decision is a new row; nothing is edited.
- With separation of duties, a reviewer cannot see, claim or decide alerts on batches
  from their home region.
- Concurrency: a decision names the alert *revision* the reviewer saw, and the update
  applies only if that is still the revision (compare-and-set, the first statement of the
  transaction). Of two reviewers deciding at the same moment, exactly one counts; the
  other gets :class:`ConflictError` saying who decided.
- When an alert becomes final the candidate is complete if all their alerts are (not
  cleared if any is a match), and the batch when all its candidates are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Engine, case, or_, update
from sqlalchemy import select as sa_select
from sqlalchemy.engine import CursorResult
from sqlmodel import Session, col, select

from matching.compare import compare_names
from matching.hancut import best_cut
from matching.names import Name, prepare_name
from vetting.audit import record_event
from vetting.batches import update_batch_status
from vetting.db import session_scope
from vetting.errors import (
    ClaimedError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    OwnMatchError,
    UsageError,
)
from vetting.models import (
    FINAL_ALERT,
    Alert,
    AlertStatus,
    Batch,
    Candidate,
    CandidateStatus,
    Decision,
    ExclusionRecord,
    Office,
    Region,
    User,
    utcnow,
)
from vetting.users import Account

OPEN_STATES = (
    AlertStatus.OPEN,
    AlertStatus.NEEDS_INFORMATION,
    AlertStatus.AWAITING_CONFIRMATION,
)
DECISIONS = (AlertStatus.NOT_A_MATCH, AlertStatus.MATCH, AlertStatus.NEEDS_INFORMATION)
_BAND_ORDER = case((col(Alert.band) == "high", 0), (col(Alert.band) == "medium", 1), else_=2)


@dataclass(frozen=True, slots=True)
class QueueFilters:
    """What a reviewer narrows the queue to; ``None`` means any."""

    region: str | None = None
    office: str | None = None
    band: str | None = None
    min_age_days: int | None = None
    status: str | None = None


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One row of the queue."""

    alert_id: int
    revision: int
    band: str
    score: float
    status: str
    raised_at: datetime
    region: str
    office: str
    batch_id: int
    candidate_id: str
    candidate_name: str
    record_id: str
    record_name: str
    claimed_by: str | None
    claimed_until: datetime | None

    def age(self, now: datetime) -> timedelta:
        """How long the alert has waited."""
        return now - self.raised_at


def _scope(account: Account) -> None:
    if account.role.value not in ("reviewer", "admin"):
        raise ForbiddenError("only reviewers and admins work the review queue")


def queue(
    engine: Engine,
    account: Account,
    filters: QueueFilters | None = None,
    *,
    now: datetime | None = None,
    limit: int = 200,
    separation: bool = False,
) -> list[QueueItem]:
    """Open alerts the account may review: high band first, then oldest first.

    With ``separation`` (of duties), alerts from the reviewer's home region are left out.
    """
    _scope(account)
    filters = filters or QueueFilters()
    now = now or utcnow()
    claimer = User.__table__.alias("claimer")  # type: ignore[attr-defined]
    query = (
        sa_select(
            Alert,
            Candidate,
            ExclusionRecord,
            col(Region.code),
            col(Office.code),
            claimer.c.username,
        )
        .join(Candidate, col(Candidate.id) == col(Alert.candidate_pk))
        .join(Batch, col(Batch.id) == col(Alert.batch_id))
        .join(Region, col(Region.id) == col(Batch.region_id))
        .join(Office, col(Office.id) == col(Batch.office_id))
        .join(ExclusionRecord, col(ExclusionRecord.id) == col(Alert.exclusion_pk))
        .outerjoin(claimer, claimer.c.id == col(Alert.claimed_by))
        .where(col(Alert.status).in_([s.value for s in OPEN_STATES]))
        .order_by(_BAND_ORDER, col(Alert.raised_at), col(Alert.id))
        .limit(limit)
    )
    if account.role.value == "reviewer" and account.region_ids:
        query = query.where(col(Batch.region_id).in_(account.region_ids))
    if separation and account.home_region_id is not None:
        query = query.where(col(Batch.region_id) != account.home_region_id)
    if filters.region:
        query = query.where(col(Region.code) == filters.region)
    if filters.office:
        query = query.where(col(Office.code) == filters.office)
    if filters.band:
        query = query.where(col(Alert.band) == filters.band)
    if filters.status:
        query = query.where(col(Alert.status) == filters.status)
    if filters.min_age_days is not None:
        query = query.where(col(Alert.raised_at) <= now - timedelta(days=filters.min_age_days))
    with Session(engine) as session:
        rows = cast(
            "list[tuple[Alert, Candidate, ExclusionRecord, str, str, str | None]]",
            session.execute(query).all(),
        )
        return [
            QueueItem(
                alert_id=alert.id or 0,
                revision=alert.revision,
                band=alert.band,
                score=alert.score,
                status=alert.status,
                raised_at=alert.raised_at,
                region=region,
                office=office,
                batch_id=alert.batch_id,
                candidate_id=candidate.candidate_id,
                candidate_name=candidate.full_name,
                record_id=record.record_id,
                record_name=record.full_name,
                claimed_by=claimer_name if _active_claim(alert, now) else None,
                claimed_until=alert.claimed_until if _active_claim(alert, now) else None,
            )
            for alert, candidate, record, region, office, claimer_name in rows
        ]


def age_text(then: datetime, now: datetime) -> str:
    """``45 min``, ``5 h``, ``3 d``: how long an alert has waited."""
    seconds = max(0, int((now - then).total_seconds()))
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 172_800:
        return f"{seconds // 3600} h"
    return f"{seconds // 86_400} d"


def _active_claim(alert: Alert, now: datetime) -> bool:
    return alert.claimed_by is not None and (
        alert.claimed_until is not None and alert.claimed_until > now
    )


def _load(
    session: Session, account: Account, alert_id: int, *, separation: bool = False
) -> tuple[Alert, Batch]:
    """The alert if the account may see it: region scope, and separation of duties."""
    _scope(account)
    alert = session.get(Alert, alert_id)
    batch = session.get(Batch, alert.batch_id) if alert is not None else None
    if alert is None or batch is None or not account.reviews(batch.region_id):
        raise NotFoundError(f"no alert {alert_id} in your regions")
    if separation and account.home_region_id == batch.region_id:
        raise ForbiddenError(
            "separation of duties: alerts from your own region are for reviewers from "
            "another region"
        )
    return alert, batch


def _username(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id is not None else None
    return user.username if user is not None else "someone"


def claim(
    engine: Engine,
    account: Account,
    alert_id: int,
    *,
    minutes: int,
    now: datetime | None = None,
    separation: bool = False,
) -> datetime:
    """Claim an alert for ``minutes`` (renewing one's own claim); returns when it expires."""
    now = now or utcnow()
    until = now + timedelta(minutes=minutes)
    with Session(engine) as session:
        alert, _ = _load(session, account, alert_id, separation=separation)
        if alert.status in FINAL_ALERT:
            raise ConflictError(f"alert {alert_id} is already decided ({alert.status})")
    with session_scope(engine) as session:
        result = session.execute(
            update(Alert)
            .where(col(Alert.id) == alert_id)
            .where(col(Alert.status).in_([s.value for s in OPEN_STATES]))
            .where(
                or_(
                    col(Alert.claimed_by).is_(None),
                    col(Alert.claimed_by) == account.id,
                    col(Alert.claimed_until) <= now,
                )
            )
            .values(claimed_by=account.id, claimed_until=until)
        )
        if _rowcount(result) == 0:
            current = session.get(Alert, alert_id)
            holder = _username(session, current.claimed_by if current else None)
            when = current.claimed_until if current else None
            raise ClaimedError(
                f"alert {alert_id} is claimed by {holder} until {when:%H:%M} UTC"
                if when
                else f"alert {alert_id} cannot be claimed now"
            )
        record_event(
            session,
            actor=account.username,
            action="alert.claimed",
            subject_type="alert",
            subject_id=alert_id,
            detail={"until": until.isoformat()},
        )
    return until


def release(engine: Engine, account: Account, alert_id: int, *, separation: bool = False) -> None:
    """Give a claimed alert back to the queue (one's own claim only)."""
    with session_scope(engine) as session:
        _load(session, account, alert_id, separation=separation)
        result = session.execute(
            update(Alert)
            .where(col(Alert.id) == alert_id)
            .where(col(Alert.claimed_by) == account.id)
            .values(claimed_by=None, claimed_until=None)
        )
        if _rowcount(result):
            record_event(
                session, actor=account.username, action="alert.released",
                subject_type="alert", subject_id=alert_id,
            )  # fmt: skip


def _rowcount(result: object) -> int:
    assert isinstance(result, CursorResult)
    return int(result.rowcount)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a decision did to the alert, the candidate and the batch."""

    alert_id: int
    alert_status: str
    candidate_status: str
    batch_status: str
    revision: int


def _next_status(
    session: Session, account: Account, alert: Alert, decision: AlertStatus
) -> AlertStatus:
    """The alert's next state; enforces four eyes on matches and on disputes."""
    history = session.exec(
        select(Decision.user_id, Decision.decision, Decision.resulting_status)
        .where(Decision.alert_id == alert.id)
        .order_by(col(Decision.id))
    ).all()
    if decision is AlertStatus.NEEDS_INFORMATION:
        return AlertStatus.NEEDS_INFORMATION
    pending_match = alert.status == AlertStatus.AWAITING_CONFIRMATION
    if decision is AlertStatus.NOT_A_MATCH:
        if pending_match:
            return AlertStatus.OPEN  # disputed: neither side settles it alone
        if account.id in _dispute_parties(history):
            raise OwnMatchError(
                "a match was proposed on this alert: a reviewer who has not taken part "
                "decides that it is not a match"
            )
        return AlertStatus.NOT_A_MATCH
    proposer = next(
        (u for u, _, r in reversed(history) if r == AlertStatus.AWAITING_CONFIRMATION), None
    )
    if proposer is None:
        return AlertStatus.AWAITING_CONFIRMATION
    if proposer == account.id:
        if pending_match:
            raise OwnMatchError(
                "you proposed this match; a second, different reviewer must confirm it"
            )
        return AlertStatus.AWAITING_CONFIRMATION
    return AlertStatus.MATCH  # a second reviewer agrees with the standing proposal


def _dispute_parties(history: Sequence[tuple[int, str, str]]) -> set[int]:
    """Who proposed the last match and everyone who decided on it since (empty if none).

    A proposed match is overturned only by a reviewer outside that group, so no single
    reviewer can undo another's match, whether by contesting it or by parking it first.
    """
    for index in range(len(history) - 1, -1, -1):
        if history[index][2] == AlertStatus.AWAITING_CONFIRMATION:
            return {user for user, _, _ in history[index:]}
    return set()


def decide(
    engine: Engine,
    account: Account,
    alert_id: int,
    decision: AlertStatus | str,
    reason: str,
    *,
    seen_revision: int | None = None,
    now: datetime | None = None,
    separation: bool = False,
) -> Outcome:
    """Record a decision; see the module docstring for the rules.

    With ``separation`` (of duties) a reviewer may not decide alerts on batches from their
    home region.
    """
    try:
        decision = AlertStatus(decision)
    except ValueError:
        raise UsageError(f"decision must be one of {', '.join(DECISIONS)}") from None
    if decision not in DECISIONS:
        raise UsageError(f"decision must be one of {', '.join(DECISIONS)}")
    reason = reason.strip()
    if not reason:
        raise UsageError("a reason is required for every decision")
    now = now or utcnow()
    with Session(engine) as session:
        alert, _ = _load(session, account, alert_id, separation=separation)
        if alert.status in FINAL_ALERT:
            raise ConflictError(_decided_message(session, alert))
        if seen_revision is not None and alert.revision != seen_revision:
            raise ConflictError(_decided_message(session, alert))
        if _active_claim(alert, now) and alert.claimed_by != account.id:
            holder = _username(session, alert.claimed_by)
            raise ClaimedError(f"alert {alert_id} is claimed by {holder}; it is theirs to decide")
        revision = alert.revision
        new_status = _next_status(session, account, alert, decision)
    final = new_status in FINAL_ALERT
    with session_scope(engine) as session:
        # Compare-and-set first: it takes the write lock and checks nobody decided meanwhile.
        result = session.execute(
            update(Alert)
            .where(col(Alert.id) == alert_id)
            .where(col(Alert.revision) == revision)
            .where(
                or_(
                    col(Alert.claimed_by).is_(None),
                    col(Alert.claimed_by) == account.id,
                    col(Alert.claimed_until) <= now,
                )
            )
            .values(
                status=new_status.value,
                revision=revision + 1,
                decided_at=now if final else None,
                claimed_by=None,
                claimed_until=None,
            )
        )
        if _rowcount(result) == 0:
            current = session.get(Alert, alert_id)
            assert current is not None
            if current.revision == revision and _active_claim(current, now):
                holder = _username(session, current.claimed_by)
                raise ClaimedError(f"alert {alert_id} was just claimed by {holder}")
            raise ConflictError(_decided_message(session, current))
        session.add(
            Decision(
                alert_id=alert_id,
                user_id=account.id,
                decision=decision.value,
                reason=reason[:4000],
                resulting_status=new_status.value,
                decided_at=now,
            )
        )
        record_event(
            session,
            actor=account.username,
            action="alert.decided",
            subject_type="alert",
            subject_id=alert_id,
            detail={"decision": decision.value, "status": new_status.value},
        )
        candidate, batch = _advance(session, alert_id, now, actor=account.username)
        return Outcome(alert_id, new_status.value, candidate.status, batch.status, revision + 1)


def _advance(
    session: Session, alert_id: int, now: datetime, *, actor: str
) -> tuple[Candidate, Batch]:
    """Complete the candidate (and batch) once every alert is final; rows locked first."""
    alert = session.get(Alert, alert_id)
    assert alert is not None
    candidate = session.exec(
        select(Candidate).where(Candidate.id == alert.candidate_pk).with_for_update()
    ).one()
    batch = session.exec(
        select(Batch).where(Batch.id == candidate.batch_id).with_for_update()
    ).one()
    statuses = session.exec(select(Alert.status).where(Alert.candidate_pk == candidate.id)).all()
    if statuses and all(s in FINAL_ALERT for s in statuses):
        outcome = (
            CandidateStatus.NOT_CLEARED
            if AlertStatus.MATCH in statuses
            else CandidateStatus.CLEARED
        )
        if candidate.status != outcome:
            candidate.status = outcome
            candidate.completed_at = now
            session.add(candidate)
            record_event(
                session,
                actor=actor,
                action="candidate.completed",
                subject_type="candidate",
                subject_id=candidate.id or 0,
                detail={"outcome": outcome.value, "batch": candidate.batch_id},
            )
    elif candidate.status in (CandidateStatus.CLEARED, CandidateStatus.NOT_CLEARED):
        candidate.status = CandidateStatus.UNDER_REVIEW
        candidate.completed_at = None
        session.add(candidate)
        record_event(
            session, actor=actor, action="candidate.reopened", subject_type="candidate",
            subject_id=candidate.id or 0, detail={"batch": candidate.batch_id},
        )  # fmt: skip
    session.flush()
    before = batch.status
    update_batch_status(session, batch)
    if batch.status != before:
        session.add(batch)
        record_event(
            session,
            actor=actor,
            action="batch.completed" if batch.completed_at else "batch.reopened",
            subject_type="batch",
            subject_id=batch.id or 0,
        )
    return candidate, batch


def _decided_message(session: Session, alert: Alert) -> str:
    last = session.exec(
        select(Decision, User.username)
        .join(User, col(User.id) == col(Decision.user_id))
        .where(Decision.alert_id == alert.id)
        .order_by(col(Decision.id).desc())
    ).first()
    if last is None:
        return f"alert {alert.id} changed while you were looking; reload it"
    decision, who = last
    return (
        f"alert {alert.id} was just decided by {who} ({decision.decision}, now "
        f"{alert.status}) at {decision.decided_at:%H:%M:%S} UTC; your decision was not "
        f"recorded: reload to see it"
    )


# --- the alert page --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NamePiece:
    """A name part on the alert page: highlighted when aligned with the other side."""

    text: str
    latin: str
    matched: bool
    partner: str = ""
    method: str = ""


@dataclass(frozen=True, slots=True)
class DecisionRow:
    """One decision in the alert's history."""

    who: str
    decision: str
    resulting_status: str
    reason: str
    at: datetime


@dataclass(frozen=True, slots=True)
class AlertView:
    """Everything the alert page shows."""

    alert: Alert
    candidate: Candidate
    record: ExclusionRecord
    current_record: ExclusionRecord | None
    region: str
    office: str
    candidate_pieces: list[NamePiece]
    record_pieces: list[NamePiece]
    record_name_shown: str
    decisions: list[DecisionRow]
    other_alerts: list[tuple[Alert, ExclusionRecord]]
    claimed_by: str | None
    proposer: str | None
    disputed: bool
    candidate_birth_precision: str
    record_birth_precision: str
    notes: list[str] = field(default_factory=list)


def _pieces(name: Name, matched: dict[int, tuple[str, str]]) -> list[NamePiece]:
    return [
        NamePiece(
            text=part.raw,
            latin=part.latin if part.latin != part.raw else "",
            matched=i in matched,
            partner=matched.get(i, ("", ""))[0],
            method=matched.get(i, ("", ""))[1],
        )
        for i, part in enumerate(name.parts)
    ]


def highlight(
    candidate_name: str, record_names: list[str]
) -> tuple[list[NamePiece], list[NamePiece], str]:
    """Aligned parts of the candidate's name and the best of the record's names, cut as
    they were compared (a Han name written as one word may be cut as the other is)."""
    candidate = prepare_name(candidate_name)
    best = None
    for text in record_names:
        right = prepare_name(text)
        found = best_cut(candidate, right, compare_names(candidate, right))
        if best is None or found[0].score > best[0][0].score:
            best = (found, text)
    if best is None:
        return _pieces(candidate, {}), [], ""
    (comparison, left, right), shown = best
    left_marks: dict[int, tuple[str, str]] = {}
    right_marks: dict[int, tuple[str, str]] = {}
    for pair in comparison.pairs:
        a = " ".join(left.parts[i].raw for i in pair.left)
        b = " ".join(right.parts[j].raw for j in pair.right)
        method = f"{pair.method} {pair.similarity:.2f}"
        for i in pair.left:
            left_marks[i] = (b, method)
        for j in pair.right:
            right_marks[j] = (a, method)
    return _pieces(left, left_marks), _pieces(right, right_marks), shown


def _precision(iso: str | None) -> str:
    if not iso:
        return "unknown"
    return {4: "year only", 7: "year and month", 10: "full date"}.get(len(iso), "")


def alert_view(
    engine: Engine,
    account: Account,
    alert_id: int,
    *,
    now: datetime | None = None,
    separation: bool = False,
) -> AlertView:
    """The alert with both sides, the explanation, history and the candidate's other alerts."""
    now = now or utcnow()
    with Session(engine) as session:
        alert, batch = _load(session, account, alert_id, separation=separation)
        candidate = session.get(Candidate, alert.candidate_pk)
        record = session.get(ExclusionRecord, alert.exclusion_pk)
        assert candidate is not None and record is not None
        current = session.exec(
            select(ExclusionRecord)
            .where(ExclusionRecord.record_id == record.record_id)
            .where(col(ExclusionRecord.valid_to).is_(None))
        ).first()
        region = session.get(Region, batch.region_id)
        office = session.get(Office, batch.office_id)
        history = session.exec(
            select(Decision, User.username)
            .join(User, col(User.id) == col(Decision.user_id))
            .where(Decision.alert_id == alert_id)
            .order_by(col(Decision.id))
        ).all()
        others = session.exec(
            select(Alert, ExclusionRecord)
            .join(ExclusionRecord, col(ExclusionRecord.id) == col(Alert.exclusion_pk))
            .where(Alert.candidate_pk == candidate.id)
            .where(Alert.id != alert_id)
            .order_by(col(Alert.score).desc())
        ).all()
        decisions = [
            DecisionRow(who, d.decision, d.resulting_status, d.reason, d.decided_at)
            for d, who in history
        ]
        proposer = next(
            (
                row.who
                for row in reversed(decisions)
                if row.resulting_status == AlertStatus.AWAITING_CONFIRMATION
            ),
            None,
        )
        disputed = alert.status == AlertStatus.OPEN and proposer is not None
        left, right, shown = highlight(candidate.full_name, [record.full_name, *record.aliases])
        notes = []
        if current is None:
            notes.append("This record has since been removed from the list.")
        elif current.id != record.id:
            notes.append("This record has changed since the alert was raised; both shown.")
        return AlertView(
            alert=alert,
            candidate=candidate,
            record=record,
            current_record=current if current is not None and current.id != record.id else None,
            region=region.code if region else "?",
            office=office.code if office else "?",
            candidate_pieces=left,
            record_pieces=right,
            record_name_shown=shown,
            decisions=decisions,
            other_alerts=[(a, r) for a, r in others],
            claimed_by=_username(session, alert.claimed_by) if _active_claim(alert, now) else None,
            proposer=proposer if alert.status == AlertStatus.AWAITING_CONFIRMATION else None,
            disputed=disputed,
            candidate_birth_precision=_precision(candidate.birth_date),
            record_birth_precision=_precision(record.birth_date),
            notes=notes,
        )
