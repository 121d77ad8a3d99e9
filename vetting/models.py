"""Database tables (SQLModel): the list, batches, candidates, alerts, decisions, audit.

Why the shapes are as they are:

- An exclusion record is stored as *revisions*: a change to a record closes the old row
  (``valid_to``) and opens a new one, so an alert always points at the exact record version
  it was raised against, and a batch's list version can be replayed later (a clearance is
  reproducible).
- Decisions and audit events are append-only: a later decision supersedes, never edits.
- Every timestamp is timezone-aware UTC (:class:`UTCDateTime`), on SQLite as on PostgreSQL,
  because completion-time metrics subtract them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, DateTime, Index, UniqueConstraint, text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Now, timezone-aware UTC: the only clock the tables use."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, whatever the backend stores."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use vetting.models.utcnow()")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Category(StrEnum):
    """Why a person is on the list."""

    SEA = "SEA"
    SH = "SH"


class RecordStatus(StrEnum):
    """Whether the allegation was established or the person left during the investigation."""

    SUBSTANTIATED = "substantiated"
    PENDING_INVESTIGATION = "pending_investigation"


class BatchStatus(StrEnum):
    """received -> screening -> under_review -> complete (or straight to complete)."""

    RECEIVED = "received"
    SCREENING = "screening"
    UNDER_REVIEW = "under_review"
    COMPLETE = "complete"


class CandidateStatus(StrEnum):
    """pending -> cleared | under_review -> cleared | not_cleared."""

    PENDING = "pending"
    CLEARED = "cleared"
    UNDER_REVIEW = "under_review"
    NOT_CLEARED = "not_cleared"


FINAL_CANDIDATE = frozenset({CandidateStatus.CLEARED, CandidateStatus.NOT_CLEARED})


class AlertStatus(StrEnum):
    """Where an alert stands; only ``not_a_match`` and ``match`` are final."""

    OPEN = "open"
    NEEDS_INFORMATION = "needs_information"
    AWAITING_CONFIRMATION = "awaiting_confirmation"
    NOT_A_MATCH = "not_a_match"
    MATCH = "match"


FINAL_ALERT = frozenset({AlertStatus.NOT_A_MATCH, AlertStatus.MATCH})


class Role(StrEnum):
    """What a user may do; scope (region or office) narrows it."""

    SUBMITTER = "submitter"
    REVIEWER = "reviewer"
    AUDITOR = "auditor"
    ADMIN = "admin"


def _now_field() -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


def _when_field() -> Any:
    return Field(default=None, sa_type=UTCDateTime, nullable=True)


class Region(SQLModel, table=True):
    """A region whose offices submit batches (e.g. ``africa``)."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=64)
    name: str = Field(max_length=200)


class Office(SQLModel, table=True):
    """A regional HR office; batches are idempotent per office."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=64)
    name: str = Field(max_length=200)
    region_id: int = Field(foreign_key="region.id", index=True)


class ListVersion(SQLModel, table=True):
    """One import of the exclusion list that changed something."""

    id: int | None = Field(default=None, primary_key=True)
    source_name: str = Field(max_length=500)
    checksum: str = Field(max_length=64, index=True)
    imported_at: datetime = _now_field()
    imported_by: str | None = Field(default=None, max_length=200)
    total_records: int
    added: int
    changed: int
    removed: int
    rescreened_at: datetime | None = _when_field()


class ExclusionRecord(SQLModel, table=True):
    """One revision of one listed person; the current revision has ``valid_to`` empty."""

    __table_args__ = (
        Index(
            "uq_exclusion_current",
            "record_id",
            unique=True,
            sqlite_where=text("valid_to IS NULL"),
            postgresql_where=text("valid_to IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    record_id: str = Field(max_length=200, index=True)
    content_hash: str = Field(max_length=64)
    identity_hash: str = Field(max_length=64)
    full_name: str = Field(max_length=300)
    aliases: list[str] = Field(default_factory=list, sa_type=JSON)
    date_of_birth: str = Field(default="", max_length=50)
    birth_date: str | None = Field(default=None, max_length=10)
    nationality: str = Field(default="", max_length=200)
    gender: str = Field(default="", max_length=20)
    entity: str = Field(default="", max_length=200)
    category: str = Field(default="", max_length=10)
    status: str = Field(default="", max_length=40)
    recorded_on: str = Field(default="", max_length=50)
    valid_from: int = Field(foreign_key="listversion.id", index=True)
    valid_to: int | None = Field(default=None, foreign_key="listversion.id", index=True)
    end_reason: str | None = Field(default=None, max_length=20)


class Batch(SQLModel, table=True):
    """One file submitted by one office; the same file from the same office is one batch."""

    __table_args__ = (UniqueConstraint("office_id", "checksum", name="uq_batch_office_file"),)

    id: int | None = Field(default=None, primary_key=True)
    office_id: int = Field(foreign_key="office.id", index=True)
    region_id: int = Field(foreign_key="region.id", index=True)
    source_name: str = Field(max_length=500)
    checksum: str = Field(max_length=64)
    submitted_by: str | None = Field(default=None, max_length=200)
    status: str = Field(default=BatchStatus.RECEIVED, max_length=20, index=True)
    total_rows: int
    rejected_rows: int
    candidate_count: int
    list_version_id: int | None = Field(default=None, foreign_key="listversion.id")
    matcher_version: str | None = Field(default=None, max_length=40)
    review_threshold: float | None = None
    band_medium: float | None = None
    band_high: float | None = None
    submitted_at: datetime = _now_field()
    screening_started_at: datetime | None = _when_field()
    screened_at: datetime | None = _when_field()
    completed_at: datetime | None = _when_field()


class RowIssue(SQLModel, table=True):
    """A problem found in a submitted file, kept with the batch (line and reason)."""

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="batch.id", index=True)
    line: int
    column: str = Field(max_length=100)
    message: str = Field(max_length=1000)
    severity: str = Field(max_length=10)


class Candidate(SQLModel, table=True):
    """A person an office wants to hire, as submitted in one batch."""

    __table_args__ = (UniqueConstraint("batch_id", "candidate_id", name="uq_candidate_batch"),)

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="batch.id", index=True)
    candidate_id: str = Field(max_length=200)
    line: int
    full_name: str = Field(max_length=300)
    date_of_birth: str = Field(default="", max_length=50)
    birth_date: str | None = Field(default=None, max_length=10)
    nationality: str = Field(default="", max_length=200)
    gender: str = Field(default="", max_length=20)
    status: str = Field(default=CandidateStatus.PENDING, max_length=20, index=True)
    submitted_at: datetime = _now_field()
    screened_at: datetime | None = _when_field()
    completed_at: datetime | None = _when_field()
    purged_at: datetime | None = _when_field()


class Alert(SQLModel, table=True):
    """A (candidate, record revision) pair that reached the review threshold."""

    __table_args__ = (
        UniqueConstraint("candidate_pk", "exclusion_pk", name="uq_alert_pair"),
        Index("ix_alert_queue", "status", "band", "raised_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    batch_id: int = Field(foreign_key="batch.id", index=True)
    candidate_pk: int = Field(foreign_key="candidate.id", index=True)
    exclusion_pk: int = Field(foreign_key="exclusionrecord.id", index=True)
    record_id: str = Field(max_length=200)
    identity_hash: str = Field(max_length=64)
    list_version_id: int = Field(foreign_key="listversion.id")
    score: float
    band: str = Field(max_length=10)
    explanation: str = Field(max_length=4000)
    features: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    status: str = Field(default=AlertStatus.OPEN, max_length=30)
    raised_at: datetime = _now_field()
    decided_at: datetime | None = _when_field()
    revision: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    claimed_by: int | None = Field(default=None, foreign_key="user.id")
    claimed_until: datetime | None = _when_field()


class User(SQLModel, table=True):
    """Someone who signs in.

    ``office_id`` is a submitter's office; ``region_id`` is the user's home region, used
    by the separation-of-duties rule (the regions a reviewer reviews are in ``UserRegion``).
    """

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, max_length=100)
    display_name: str = Field(default="", max_length=200)
    role: str = Field(max_length=20)
    region_id: int | None = Field(default=None, foreign_key="region.id")
    office_id: int | None = Field(default=None, foreign_key="office.id")
    password_hash: str = Field(default="", max_length=500)
    active: bool = True
    created_at: datetime = _now_field()


class UserRegion(SQLModel, table=True):
    """A region a reviewer reviews (a reviewer with none reviews every region)."""

    user_id: int = Field(foreign_key="user.id", primary_key=True)
    region_id: int = Field(foreign_key="region.id", primary_key=True)


class Decision(SQLModel, table=True):
    """A reviewer's verdict on an alert; append-only, the latest one counts.

    ``resulting_status`` is what the verdict did: a first ``match`` leaves the alert
    awaiting confirmation, a second reviewer's ``match`` makes it final.
    """

    id: int | None = Field(default=None, primary_key=True)
    alert_id: int = Field(foreign_key="alert.id", index=True)
    user_id: int = Field(foreign_key="user.id", index=True)
    decision: str = Field(max_length=30)
    reason: str = Field(max_length=4000)
    resulting_status: str = Field(
        default="", max_length=30, sa_column_kwargs={"server_default": ""}
    )
    decided_at: datetime = _now_field()


class AuditEvent(SQLModel, table=True):
    """Who did what, when: one row per state change, never updated.

    ``seq`` numbers the events without gaps and ``hash`` chains each to the one before
    (see :mod:`vetting.audit`), so an edit, deletion, insertion or reordering shows.
    """

    id: int | None = Field(default=None, primary_key=True)
    seq: int | None = Field(default=None, unique=True)
    prev_hash: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})
    hash: str = Field(default="", max_length=64, sa_column_kwargs={"server_default": ""})
    at: datetime = _now_field()
    actor: str = Field(max_length=200)
    action: str = Field(max_length=60, index=True)
    subject_type: str = Field(max_length=40)
    subject_id: str = Field(max_length=200)
    detail: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class AuditHead(SQLModel, table=True):
    """The chain's last sequence number and hash: one row, updated with every event.

    Updating it first serialises writers of the trail on both backends.
    """

    id: int = Field(default=1, primary_key=True)
    seq: int = 0
    hash: str = Field(max_length=64)


class LoginThrottle(SQLModel, table=True):
    """Failed logins per username (known or not), to slow down password guessing."""

    username: str = Field(primary_key=True, max_length=100)
    failures: int = 0
    first_failure_at: datetime = _now_field()
    locked_until: datetime | None = _when_field()


class ApiToken(SQLModel, table=True):
    """A token a regional HR system uses to submit batches for one office.

    Only a SHA-256 digest is stored (tokens are 256 random bits, so a slow hash adds
    nothing); ``prefix`` lets people tell tokens apart. Revoked tokens stay for the record.
    """

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=100)
    office_id: int = Field(foreign_key="office.id", index=True)
    prefix: str = Field(max_length=12)
    digest: str = Field(max_length=64, unique=True)
    created_by: str = Field(max_length=100)
    created_at: datetime = _now_field()
    last_used_at: datetime | None = _when_field()
    revoked_at: datetime | None = _when_field()
