"""Metrics on a hand-built history with known timestamps and known answers.

Batch 1 (region a, office A1) submitted Mon 2026-03-02 08:00: c1 cleared at 08:30 (0.5 h),
c2 decided 03-03 08:00 (24 h), c3 confirmed a match 03-10 08:00 (192 h, over the 120 h
SLA). Batch 2 (a, A2) submitted 03-04 12:00: c4 cleared at 13:00 (1 h), c5 still open.
Batch 3 (b, B1) submitted 03-16 00:00: c6 decided 03-17 00:00 (24 h). The report covers
03-02 to 03-30, so the week of 03-23 is empty; "now" is 03-20 12:00.
"""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl
import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from vetting.metrics import Grouping, Window, load, report
from vetting.models import (
    Alert,
    Batch,
    Candidate,
    Decision,
    ExclusionRecord,
    ListVersion,
    Office,
    Region,
    User,
)

SLA_HOURS = 120.0
NOW = datetime(2026, 3, 20, 12, tzinfo=UTC)
WINDOW = Window(since=datetime(2026, 3, 2, tzinfo=UTC), until=datetime(2026, 3, 30, tzinfo=UTC))


def t(day: int, hour: float = 0) -> datetime:
    """2026-03-``day`` at ``hour`` UTC."""
    return datetime(2026, 3, day, int(hour), int(hour % 1 * 60), tzinfo=UTC)


@pytest.fixture
def history(engine: Engine) -> Engine:
    with Session(engine) as s:
        s.add_all([Region(id=1, code="a", name="A"), Region(id=2, code="b", name="B")])
        s.flush()
        s.add_all([
            Office(id=1, code="A1", name="A1", region_id=1),
            Office(id=2, code="A2", name="A2", region_id=1),
            Office(id=3, code="B1", name="B1", region_id=2),
        ])  # fmt: skip
        s.add(ListVersion(id=1, source_name="l", checksum="x", total_records=1, added=1,
                          changed=0, removed=0, imported_at=t(1)))  # fmt: skip
        s.add(User(id=1, username="rev1", role="reviewer"))
        s.add(User(id=2, username="rev2", role="reviewer"))
        s.add(User(id=3, username="aud", role="auditor"))
        s.flush()
        for rid in range(1, 6):
            s.add(ExclusionRecord(id=rid, record_id=f"R{rid}", content_hash="c",
                                  identity_hash="i", full_name="X", valid_from=1))  # fmt: skip
        for bid, office, region, at in ((1, 1, 1, t(2, 8)), (2, 2, 1, t(4, 12)), (3, 3, 2, t(16))):
            s.add(Batch(id=bid, office_id=office, region_id=region, source_name=f"b{bid}",
                        checksum=f"k{bid}", total_rows=1, rejected_rows=0, candidate_count=1,
                        submitted_at=at, list_version_id=1))  # fmt: skip
        s.flush()
        people = [  # id, batch, submitted, screened, completed, status
            (1, 1, t(2, 8), t(2, 8.5), t(2, 8.5), "cleared"),
            (2, 1, t(2, 8), t(2, 8.5), t(3, 8), "cleared"),
            (3, 1, t(2, 8), t(2, 8.5), t(10, 8), "not_cleared"),
            (4, 2, t(4, 12), t(4, 13), t(4, 13), "cleared"),
            (5, 2, t(4, 12), t(4, 13), None, "under_review"),
            (6, 3, t(16), t(16, 2), t(17), "cleared"),
        ]
        for pk, batch, sub, scr, done, status in people:
            s.add(Candidate(id=pk, batch_id=batch, candidate_id=f"c{pk}", line=pk + 1,
                            full_name="Y", status=status, submitted_at=sub, screened_at=scr,
                            completed_at=done))  # fmt: skip
        s.flush()
        alerts = [  # id, batch, candidate, raised, status, decided
            (1, 1, 2, t(2, 8.5), "not_a_match", t(3, 8)),
            (2, 1, 3, t(2, 8.5), "match", t(10, 8)),
            (3, 2, 5, t(4, 13), "needs_information", None),
            (4, 2, 5, t(18, 12), "open", None),
            (5, 3, 6, t(16, 2), "not_a_match", t(17)),
        ]
        for aid, batch, cand, raised, status, decided in alerts:
            s.add(Alert(id=aid, batch_id=batch, candidate_pk=cand, exclusion_pk=aid,
                        record_id=f"R{aid}", identity_hash="i", list_version_id=1, score=0.9,
                        band="high", explanation="e", status=status, raised_at=raised,
                        decided_at=decided))  # fmt: skip
        s.flush()
        decisions = [  # alert, user, decision, resulting, at
            (1, 1, "not_a_match", "not_a_match", t(3, 8)),
            (2, 1, "match", "awaiting_confirmation", t(9)),
            (2, 2, "match", "match", t(10, 8)),
            (3, 1, "needs_information", "needs_information", t(5)),
            (5, 2, "not_a_match", "not_a_match", t(17)),
        ]
        for alert, user, decision, result, at in decisions:
            s.add(Decision(alert_id=alert, user_id=user, decision=decision, reason="r",
                           resulting_status=result, decided_at=at))  # fmt: skip
        s.commit()
    return engine


def _rows(frame: pl.DataFrame) -> list[dict[str, object]]:
    return [
        {k: (round(v, 6) if isinstance(v, float) else v) for k, v in row.items()}
        for row in frame.to_dicts()
    ]


def test_completion_by_region_with_split_and_sla(history: Engine) -> None:
    result = report(history, WINDOW, sla_hours=SLA_HOURS, now=NOW)
    assert _rows(result.by_region) == [
        {"region": "a", "completed": 4, "mean_h": 54.375, "median_h": 12.5, "p90_h": 141.6,
         "max_h": 192.0, "screening_mean_h": 0.625, "review_mean_h": 53.75,
         "sla_breaches": 1, "open": 1, "open_sla_breaches": 1},
        {"region": "b", "completed": 1, "mean_h": 24.0, "median_h": 24.0, "p90_h": 24.0,
         "max_h": 24.0, "screening_mean_h": 2.0, "review_mean_h": 22.0,
         "sla_breaches": 0, "open": 0, "open_sla_breaches": 0},
    ]  # fmt: skip


def test_by_office_and_batch(history: Engine) -> None:
    result = report(history, WINDOW, sla_hours=SLA_HOURS, now=NOW)
    offices = {r["office"]: r for r in _rows(result.by_office)}
    assert offices["A1"]["completed"] == 3 and offices["A1"]["mean_h"] == pytest.approx(72.1666667)
    assert (offices["A2"]["completed"], offices["A2"]["open"], offices["A2"]["mean_h"]) == (
        1,
        1,
        1.0,
    )
    assert [r["batch_id"] for r in _rows(result.by_batch)] == [1, 2, 3]


def test_weekly_periods_include_the_empty_week_and_a_batch_spans_weeks(history: Engine) -> None:
    weeks = _rows(report(history, WINDOW, sla_hours=SLA_HOURS, now=NOW).by_week)
    assert [(w["period"].date().isoformat(), w["completed"]) for w in weeks] == [
        ("2026-03-02", 3), ("2026-03-09", 1), ("2026-03-16", 1), ("2026-03-23", 0),
    ]  # fmt: skip
    assert (weeks[0]["mean_h"], weeks[0]["median_h"], weeks[0]["p90_h"]) == (8.5, 1.0, 19.4)
    assert weeks[1]["max_h"] == 192.0 and weeks[1]["sla_breaches"] == 1
    assert weeks[3]["mean_h"] is None
    months = _rows(report(history, WINDOW, sla_hours=SLA_HOURS, now=NOW).by_month)
    assert [(m["period"].date().isoformat(), m["completed"]) for m in months] == [("2026-03-01", 5)]


def test_backlog_by_age(history: Engine) -> None:
    backlog = report(history, WINDOW, sla_hours=SLA_HOURS, now=NOW).backlog
    a = dict(zip(*backlog.filter(pl.col("region") == "a")[["age", "open_alerts"]], strict=True))
    assert a == {"< 1 day": 0, "1-3 days": 1, "3-7 days": 0, "7-14 days": 0, "14+ days": 1}
    assert backlog.filter(pl.col("region") == "b")["open_alerts"].sum() == 0


def test_reviewer_throughput_and_decision_mix(history: Engine) -> None:
    assert _rows(report(history, WINDOW, sla_hours=SLA_HOURS, now=NOW).reviewers) == [
        {"reviewer": "rev1", "decisions": 3, "not_a_match": 1, "match": 1,
         "needs_information": 1, "confirmations": 0},
        {"reviewer": "rev2", "decisions": 2, "not_a_match": 1, "match": 1,
         "needs_information": 0, "confirmations": 1},
    ]  # fmt: skip


def test_alert_rate_and_not_a_match_share_per_batch(history: Engine) -> None:
    rows = {
        r["batch_id"]: r
        for r in _rows(report(history, WINDOW, sla_hours=SLA_HOURS, now=NOW).batches)
    }
    assert (rows[1]["candidates"], rows[1]["alerts"], rows[1]["not_a_match_share"]) == (3, 2, 0.5)
    assert rows[1]["alerts_per_candidate"] == pytest.approx(2 / 3)
    assert (rows[2]["alerted_share"], rows[2]["not_a_match_share"]) == (0.5, None)
    assert rows[3]["not_a_match_share"] == 1.0


def test_window_and_region_filters(history: Engine) -> None:
    march_9 = Window(since=t(9), until=t(16), region="a")
    result = report(history, march_9, sla_hours=SLA_HOURS, now=NOW)
    assert _rows(result.by_region)[0]["completed"] == 1  # only c3 completed that week
    assert [w["completed"] for w in _rows(result.by_week)] == [1]
    assert set(load(history, march_9).candidates["region"]) == {"a"}
    empty = report(history, Window(since=t(25), until=t(30)), sla_hours=SLA_HOURS, now=NOW)
    assert empty.by_region["completed"].sum() == 0  # nothing completed in those days...
    assert empty.by_region["open"].sum() == 1  # ...and c5 is still open
    assert empty.by_week["completed"].to_list() == [0]  # the week of 03-23, empty
    assert Grouping("week") is Grouping.WEEK


def test_open_means_open_at_the_end_of_the_window(history: Engine) -> None:
    early = report(history, Window(since=t(1), until=t(5)), sla_hours=SLA_HOURS, now=NOW)
    a = _rows(early.by_region)[0]
    # at 03-05 00:00: c3 (done 03-10) and c5 (never) were open; c4 was done on 03-04
    assert (a["region"], a["completed"], a["open"]) == ("a", 3, 2)
    assert a["open_sla_breaches"] == 0  # 2.7 and 0.5 days old at 03-05: within 120 h


def test_report_bounds_read_dates_and_offsets() -> None:
    from vetting.metrics import parse_day  # noqa: PLC0415

    assert parse_day("2026-03-02") == datetime(2026, 3, 2, tzinfo=UTC)
    assert parse_day("2026-03-02T02:00:00+02:00") == datetime(2026, 3, 2, tzinfo=UTC)
    assert parse_day("") is None
    with pytest.raises(ValueError):
        parse_day("March")
