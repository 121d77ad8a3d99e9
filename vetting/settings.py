"""Settings: the one place configuration is read (environment variables ``VETTING_*``).

Everything else receives a :class:`Settings` value; nothing reads the environment itself.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from platformdirs import user_cache_dir
from pydantic import AliasChoices, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from matching.model import MIN_REVIEW_THRESHOLD
from vetting.errors import SettingsError


class Settings(BaseSettings):
    """Operational settings with safe defaults for the embedded (SQLite) deployment."""

    model_config = SettingsConfigDict(env_prefix="VETTING_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///vetting.db",
        description="SQLAlchemy URL: a SQLite file by default, postgresql+psycopg://... shared.",
    )
    review_threshold: float = Field(
        default=MIN_REVIEW_THRESHOLD,
        ge=MIN_REVIEW_THRESHOLD,
        le=1.0,
        description="Pairs scoring at least this go to human review. Not below 0.70: lower, "
        "names sharing one part of several (and initials or particles) could reach review, "
        "and blocking, which proposes only pairs sharing two parts, would miss them.",
    )
    band_high: float = Field(
        default=0.90, ge=0.0, le=1.0, description="Score from which an alert is high priority."
    )
    band_medium: float = Field(
        default=0.80, ge=0.0, le=1.0, description="Score from which an alert is medium priority."
    )
    max_file_mb: float = Field(
        default=50.0, gt=0, description="Largest input file accepted, in MiB."
    )
    max_rows: int = Field(
        default=500_000, gt=0, description="Most rows accepted in one candidate file."
    )
    max_list_mb: float = Field(
        default=4096.0, gt=0, description="Largest exclusion list file, in MiB."
    )
    max_list_rows: int = Field(
        default=10_000_000, gt=0, description="Most records in one exclusion list."
    )
    chunk_size: int = Field(
        default=2000,
        gt=0,
        description="Candidates screened per chunk (one transaction, one flow task).",
    )
    match_workers: int = Field(
        default_factory=lambda: len(os.sched_getaffinity(0)),
        gt=0,
        description="Processes that score pairs in `vetting match` and in-process screening "
        "(started once per indexed list, each given the list packed), and that share the "
        "preparation of a list's names when it is read and, above one, the walk of a large "
        "list (250,000 records or more) for its blocking index; "
        "default: the CPUs this process may use.",
    )
    dask_address: str | None = Field(
        default=None,
        description="Scheduler of an existing Dask cluster (tcp://host:8786) that screens the "
        "chunks of a batch; unset: chunks run one at a time in the flow's process.",
    )
    rescreen_days: int = Field(
        default=90,
        ge=0,
        description="A new list version rescreens candidates screened this many days back "
        "(and every candidate still under review).",
    )

    rescreen_cron: str = Field(
        default="0 2 * * *",
        description="When the served rescreen deployment runs (cron, UTC).",
    )

    claim_minutes: int = Field(
        default=30, gt=0, description="How long a reviewer's claim on an alert lasts."
    )
    session_secret: SecretStr | None = Field(
        default=None,
        description="Key signing web session cookies; unset: a random key per process "
        "(everyone is logged out on restart). Set it for any shared deployment.",
    )
    secure_cookies: bool = Field(
        default=False,
        description="Send the session cookie over HTTPS only; turn on behind TLS.",
    )

    sla_days: float = Field(
        default=5.0, gt=0, description="Target from submission to final outcome, in days."
    )
    report_dir: str = Field(
        default="reports", description="Where the metrics flow writes its HTML reports."
    )
    metrics_cron: str = Field(
        default="0 6 * * 1", description="When the served metrics report runs (cron, UTC)."
    )

    audit_key: SecretStr | None = Field(
        default=None,
        description="Key for the audit trail's HMAC chain, kept outside the database; "
        "unset: a plain SHA-256 chain (detects edits, not a full rewrite).",
    )

    login_max_failures: int = Field(
        default=5, gt=0, description="Failed logins for one username before it is locked."
    )
    login_lock_minutes: int = Field(
        default=15, gt=0, description="How long a username stays locked after too many failures."
    )
    separation_of_duties: bool = Field(
        default=False,
        description="Bar reviewers from deciding alerts on batches from their home region.",
    )
    retention_days: int = Field(
        default=730,
        gt=0,
        description="Completed candidates' personal data is purged this many days after "
        "their final outcome (timestamps and counts are kept).",
    )
    retention_cron: str = Field(
        default="30 1 * * *", description="When the served retention purge runs (cron, UTC)."
    )
    upload_dir: str = Field(
        default="uploads", description="Where files submitted over the web and the API are kept."
    )
    list_cache_dir: str = Field(
        default_factory=lambda: str(Path(user_cache_dir("vetting")) / "lists"),
        description="Where `vetting match` keeps exclusion lists it has prepared and indexed, "
        "and screening the list versions it has indexed, so that the next batch against an "
        "unchanged file or version skips that work; empty: keep none.",
    )
    list_cache_min_records: int = Field(
        default=100_000,
        gt=0,
        description="Lists with fewer records are prepared afresh (a few seconds), not kept.",
    )
    list_cache_keep: int = Field(
        default=2, gt=0, description="Prepared lists kept; the least recently used go first."
    )

    acting_user: str | None = Field(
        default=None,
        validation_alias=AliasChoices("VETTING_USER", "acting_user"),
        description="Who runs command-line commands, VETTING_USER (or `vetting --as USER`).",
    )

    @model_validator(mode="after")
    def _bands_ordered(self) -> Settings:
        if not self.review_threshold <= self.band_medium <= self.band_high:
            raise ValueError("need review_threshold <= band_medium <= band_high")
        return self

    def band(self, score: float) -> str:
        """Priority band of a raised pair: high, medium or low."""
        if score >= self.band_high:
            return "high"
        if score >= self.band_medium:
            return "medium"
        return "low"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment.

    A value that cannot be used is a :class:`SettingsError` naming the variable, not a
    validation traceback.
    """
    try:
        return Settings()
    except ValidationError as exc:
        raise SettingsError(describe_invalid(exc)) from exc


def describe_invalid(exc: ValidationError) -> str:
    """One line per rejected setting: the environment variable and what is wrong."""
    lines = []
    for error in exc.errors():
        field = ".".join(str(part) for part in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        lines.append(f"VETTING_{field.upper()}: {message}" if field else message)
    return "invalid settings: " + "; ".join(lines)
