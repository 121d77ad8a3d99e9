"""Turnaround metrics with polars, over rows read from the database (SQLite or PostgreSQL).

Definitions (the auditors' contract, also in the README):

- *Completion time* of a candidate: ``completed_at - submitted_at``, in hours; split into
  *screening time* (``screened_at - submitted_at``) and *review time*
  (``completed_at - screened_at``, zero when cleared at once). Only completed candidates
  have one. ``open`` counts candidates open at the end of the window (``until``, or now):
  submitted before it and not completed by then; their SLA breaches are measured at it.
- A completed candidate belongs to the *period* (ISO week starting Monday, or calendar
  month, UTC) in which it was completed, so one batch can span periods. Periods with no
  completion between ``since`` and ``until`` are listed with ``completed = 0``.
- ``p90`` is the 90th percentile with linear interpolation between order statistics
  (numpy's default), ``median`` likewise the 50th.
- *SLA*: a completed candidate breaches when its completion time exceeds the target; an
  open candidate breaches once it has waited longer than the target.
- *Backlog*: alerts not yet final, by how long they have waited.
- *Reviewer throughput*: decisions per reviewer and their mix; *confirmations* are
  ``match`` decisions that made a match final.
- *Alert rate* per batch: alerts per candidate, and the share of final alerts found not to
  be matches.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, cast

import polars as pl
from sqlalchemy import Engine
from sqlalchemy import select as sa_select
from sqlmodel import Session, col

from vetting.models import (
    FINAL_ALERT,
    Alert,
    Batch,
    Candidate,
    Decision,
    Office,
    Region,
    User,
    utcnow,
)

HOURS = 3600.0
AGE_BUCKETS = ((1, "< 1 day"), (3, "1-3 days"), (7, "3-7 days"), (14, "7-14 days"))
OLDEST_BUCKET = "14+ days"
TS = pl.Datetime("us", "UTC")


class Grouping(StrEnum):
    """What completion times are grouped by."""

    REGION = "region"
    OFFICE = "office"
    BATCH = "batch"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class Window:
    """The slice of history a report covers (UTC, ``until`` exclusive) and its region."""

    since: datetime | None = None
    until: datetime | None = None
    region: str | None = None


@dataclass(frozen=True, slots=True)
class Frames:
    """Rows read from the database, one frame per entity."""

    candidates: pl.DataFrame
    alerts: pl.DataFrame
    decisions: pl.DataFrame


_CANDIDATE_SCHEMA = pl.Schema(
    {
        "candidate_pk": pl.Int64(),
        "batch_id": pl.Int64(),
        "region": pl.String(),
        "office": pl.String(),
        "status": pl.String(),
        "submitted_at": TS,
        "screened_at": TS,
        "completed_at": TS,
    }
)
_ALERT_SCHEMA = pl.Schema(
    {
        "alert_id": pl.Int64(),
        "batch_id": pl.Int64(),
        "candidate_pk": pl.Int64(),
        "region": pl.String(),
        "office": pl.String(),
        "band": pl.String(),
        "status": pl.String(),
        "raised_at": TS,
        "decided_at": TS,
    }
)
_DECISION_SCHEMA = pl.Schema(
    {
        "alert_id": pl.Int64(),
        "region": pl.String(),
        "reviewer": pl.String(),
        "decision": pl.String(),
        "resulting_status": pl.String(),
        "decided_at": TS,
    }
)


def _with_places(query: Any, batch_id: Any) -> Any:
    """Join a query's rows to their batch, region and office (for the codes selected)."""
    return (
        query.join(Batch, col(Batch.id) == batch_id)
        .join(Region, col(Region.id) == col(Batch.region_id))
        .join(Office, col(Office.id) == col(Batch.office_id))
    )


def load(engine: Engine, window: Window) -> Frames:
    """Candidates, alerts and decisions of the window's region (all time; windows apply later)."""
    with Session(engine) as session:
        cand_q = sa_select(
            col(Candidate.id),
            col(Candidate.batch_id),
            col(Region.code),
            col(Office.code),
            col(Candidate.status),
            col(Candidate.submitted_at),
            col(Candidate.screened_at),
            col(Candidate.completed_at),
        )
        cand_q = _with_places(cand_q, col(Candidate.batch_id))
        alert_q = sa_select(
            col(Alert.id),
            col(Alert.batch_id),
            col(Alert.candidate_pk),
            col(Region.code),
            col(Office.code),
            col(Alert.band),
            col(Alert.status),
            col(Alert.raised_at),
            col(Alert.decided_at),
        )
        alert_q = _with_places(alert_q, col(Alert.batch_id))
        decision_q = (
            sa_select(
                col(Decision.alert_id),
                col(Region.code),
                col(User.username),
                col(Decision.decision),
                col(Decision.resulting_status),
                col(Decision.decided_at),
            )
            .join(User, col(User.id) == col(Decision.user_id))
            .join(Alert, col(Alert.id) == col(Decision.alert_id))
            .join(Batch, col(Batch.id) == col(Alert.batch_id))
            .join(Region, col(Region.id) == col(Batch.region_id))
        )
        if window.region is not None:
            cand_q = cand_q.where(col(Region.code) == window.region)
            alert_q = alert_q.where(col(Region.code) == window.region)
            decision_q = decision_q.where(col(Region.code) == window.region)
        return Frames(
            candidates=pl.DataFrame(
                [tuple(r) for r in session.execute(cand_q).all()],
                schema=_CANDIDATE_SCHEMA,
                orient="row",
            ),
            alerts=pl.DataFrame(
                [tuple(r) for r in session.execute(alert_q).all()],
                schema=_ALERT_SCHEMA,
                orient="row",
            ),
            decisions=pl.DataFrame(
                [tuple(r) for r in session.execute(decision_q).all()],
                schema=_DECISION_SCHEMA,
                orient="row",
            ),
        )


def _between(column: str, window: Window) -> pl.Expr:
    expr = pl.lit(value=True)
    if window.since is not None:
        expr = expr & (pl.col(column) >= window.since)
    if window.until is not None:
        expr = expr & (pl.col(column) < window.until)
    return expr


def _hours(end: str, start: str) -> pl.Expr:
    return (pl.col(end) - pl.col(start)).dt.total_microseconds() / 1e6 / HOURS


def _period(kind: Grouping, column: str = "completed_at") -> pl.Expr:
    every = "1w" if kind is Grouping.WEEK else "1mo"
    return pl.col(column).dt.truncate(every).alias("period")


def _stats(value: str) -> list[pl.Expr]:
    return [
        pl.col(value).mean().alias("mean_h"),
        pl.col(value).quantile(0.5, interpolation="linear").alias("median_h"),
        pl.col(value).quantile(0.9, interpolation="linear").alias("p90_h"),
        pl.col(value).max().alias("max_h"),
    ]


def completion(
    frames: Frames,
    grouping: Grouping,
    window: Window,
    *,
    sla_hours: float,
    now: datetime | None = None,
) -> pl.DataFrame:
    """Completion time per group: count, mean, median, p90, max, screening and review split."""
    now = now or utcnow()
    done = frames.candidates.filter(pl.col("completed_at").is_not_null()).filter(
        _between("completed_at", window)
    )
    done = done.with_columns(
        _hours("completed_at", "submitted_at").alias("completion_h"),
        _hours("screened_at", "submitted_at").alias("screening_h"),
        _hours("completed_at", "screened_at").alias("review_h"),
    )
    aggregations = [
        pl.len().alias("completed"),
        *_stats("completion_h"),
        pl.col("screening_h").mean().alias("screening_mean_h"),
        pl.col("review_h").mean().alias("review_mean_h"),
        (pl.col("completion_h") > sla_hours).sum().alias("sla_breaches"),
    ]
    if grouping in (Grouping.WEEK, Grouping.MONTH):
        table = done.group_by(_period(grouping)).agg(aggregations)
        return _all_periods(table, grouping, window, done, now).sort("period")
    key = {"region": "region", "office": "office", "batch": "batch_id"}[grouping.value]
    keys = ["region", "office", "batch_id"][: ["region", "office", "batch_id"].index(key) + 1]
    table = done.group_by(keys).agg(aggregations)
    cut = min(window.until, now) if window.until is not None else now
    opened = (
        frames.candidates.filter(pl.col("submitted_at") < cut)
        .filter(pl.col("completed_at").is_null() | (pl.col("completed_at") >= cut))
        .group_by(keys)
        .agg(
            pl.len().alias("open"),
            (_hours_since("submitted_at", cut) > sla_hours).sum().alias("open_sla_breaches"),
        )
    )
    merged = table.join(opened, on=keys, how="full", coalesce=True)
    return merged.with_columns(
        pl.col("completed", "open", "sla_breaches", "open_sla_breaches").fill_null(0)
    ).sort(keys)


def _hours_since(column: str, now: datetime) -> pl.Expr:
    return (pl.lit(now, dtype=TS) - pl.col(column)).dt.total_microseconds() / 1e6 / HOURS


def _all_periods(
    table: pl.DataFrame, grouping: Grouping, window: Window, done: pl.DataFrame, now: datetime
) -> pl.DataFrame:
    """Every period from ``since`` (or the first completion) to ``until`` (or now)."""
    first = window.since or cast("datetime | None", done["completed_at"].min())
    last = (window.until - timedelta(microseconds=1)) if window.until else now
    if first is None or last is None or not isinstance(first, datetime):
        return table
    assert isinstance(last, datetime)
    every = "1w" if grouping is Grouping.WEEK else "1mo"
    bounds = pl.DataFrame({"at": [first, last]}, schema={"at": TS})
    start, end = bounds.select(pl.col("at").dt.truncate(every))["at"].to_list()
    periods = pl.DataFrame(
        {"period": pl.datetime_range(start, end, every, time_zone="UTC", eager=True)},
    ).with_columns(pl.col("period").cast(TS))
    return periods.join(table, on="period", how="left").with_columns(
        pl.col("completed", "sla_breaches").fill_null(0)
    )


def backlog(frames: Frames, *, now: datetime | None = None) -> pl.DataFrame:
    """Open alerts per region by how long they have waited."""
    now = now or utcnow()
    open_ = frames.alerts.filter(~pl.col("status").is_in([s.value for s in FINAL_ALERT]))
    age = _hours_since("raised_at", now) / 24
    bucket: Any = pl.when(age < AGE_BUCKETS[0][0]).then(pl.lit(AGE_BUCKETS[0][1]))
    for limit, label in AGE_BUCKETS[1:]:
        bucket = bucket.when(age < limit).then(pl.lit(label))
    labels = [label for _, label in AGE_BUCKETS] + [OLDEST_BUCKET]
    counted = (
        open_.with_columns(bucket.otherwise(pl.lit(OLDEST_BUCKET)).alias("age"))
        .group_by("region", "age")
        .len()
    )
    regions = sorted(set(frames.alerts["region"].to_list()))
    grid = pl.DataFrame(
        {"region": [r for r in regions for _ in labels], "age": labels * len(regions)}
    )
    return (
        grid.join(counted, on=["region", "age"], how="left")
        .with_columns(pl.col("len").fill_null(0).alias("open_alerts"))
        .drop("len")
        .with_columns(pl.col("age").cast(pl.Enum(labels)))
        .sort("region", "age")
        .with_columns(pl.col("age").cast(pl.String))
    )


def reviewers(frames: Frames, window: Window) -> pl.DataFrame:
    """Decisions per reviewer in the window, with their mix."""
    decided = frames.decisions.filter(_between("decided_at", window))
    return (
        decided.group_by("reviewer")
        .agg(
            pl.len().alias("decisions"),
            (pl.col("decision") == "not_a_match").sum().alias("not_a_match"),
            (pl.col("decision") == "match").sum().alias("match"),
            (pl.col("decision") == "needs_information").sum().alias("needs_information"),
            (pl.col("resulting_status") == "match").sum().alias("confirmations"),
        )
        .sort("reviewer")
    )


def batches(frames: Frames, window: Window) -> pl.DataFrame:
    """Per batch: candidates, alerts, alert rate, and the share of final alerts not matches."""
    cands = frames.candidates.filter(_between("submitted_at", window))
    per_batch = cands.group_by("batch_id", "region", "office").agg(
        pl.len().alias("candidates"),
        pl.col("completed_at").is_not_null().sum().alias("completed"),
    )
    alerts = frames.alerts.group_by("batch_id").agg(
        pl.len().alias("alerts"),
        pl.col("candidate_pk").n_unique().alias("candidates_alerted"),
        pl.col("status").is_in([s.value for s in FINAL_ALERT]).sum().alias("alerts_final"),
        (pl.col("status") == "not_a_match").sum().alias("not_a_match"),
    )
    joined = per_batch.join(alerts, on="batch_id", how="left").with_columns(
        pl.col("alerts", "candidates_alerted", "alerts_final", "not_a_match").fill_null(0)
    )
    return joined.with_columns(
        (pl.col("alerts") / pl.col("candidates")).alias("alerts_per_candidate"),
        (pl.col("candidates_alerted") / pl.col("candidates")).alias("alerted_share"),
        pl.when(pl.col("alerts_final") > 0)
        .then(pl.col("not_a_match") / pl.col("alerts_final"))
        .otherwise(None)
        .alias("not_a_match_share"),
    ).sort("batch_id")


@dataclass(frozen=True, slots=True)
class Report:
    """Every metrics table of one window."""

    window: Window
    generated_at: datetime
    sla_hours: float
    by_region: pl.DataFrame
    by_office: pl.DataFrame
    by_batch: pl.DataFrame
    by_week: pl.DataFrame
    by_month: pl.DataFrame
    backlog: pl.DataFrame
    reviewers: pl.DataFrame
    batches: pl.DataFrame
    completion_hours: pl.DataFrame

    def tables(self) -> dict[str, pl.DataFrame]:
        """Name -> table, in reading order."""
        return {
            "completion_by_region": self.by_region,
            "completion_by_office": self.by_office,
            "completion_by_batch": self.by_batch,
            "completion_by_week": self.by_week,
            "completion_by_month": self.by_month,
            "backlog": self.backlog,
            "reviewers": self.reviewers,
            "batches": self.batches,
        }


def report(
    engine: Engine, window: Window, *, sla_hours: float, now: datetime | None = None
) -> Report:
    """Read once, compute every table."""
    now = now or datetime.now(UTC)
    frames = load(engine, window)

    def by(grouping: Grouping) -> pl.DataFrame:
        return completion(frames, grouping, window, sla_hours=sla_hours, now=now)

    done = frames.candidates.filter(pl.col("completed_at").is_not_null()).filter(
        _between("completed_at", window)
    )
    return Report(
        window=window,
        generated_at=now,
        sla_hours=sla_hours,
        by_region=by(Grouping.REGION),
        by_office=by(Grouping.OFFICE),
        by_batch=by(Grouping.BATCH),
        by_week=by(Grouping.WEEK),
        by_month=by(Grouping.MONTH),
        backlog=backlog(frames, now=now),
        reviewers=reviewers(frames, window),
        batches=batches(frames, window),
        completion_hours=done.select(
            "region", "completed_at", _hours("completed_at", "submitted_at").alias("hours")
        ),
    )


def parse_day(text: str | None) -> datetime | None:
    """A report bound: ``YYYY-MM-DD`` (UTC midnight) or an ISO time with its own offset."""
    if not text:
        return None
    value = datetime.fromisoformat(text)  # ValueError for anything else
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
