"""The served deployments: which flows, on which schedule."""

from __future__ import annotations

import pytest

from flows.deploy import deployments
from vetting.settings import Settings


@pytest.mark.usefixtures("prefect_harness")
def test_rescreen_and_metrics_are_served_on_the_configured_schedules() -> None:
    found = {
        d.name: d
        for d in deployments(Settings(rescreen_cron="30 3 * * 1", metrics_cron="0 7 * * 1"))
    }
    assert set(found) == {"scheduled-rescreen", "scheduled-metrics-report", "scheduled-retention"}
    weekly = found["scheduled-metrics-report"].schedules or []
    assert [getattr(s.schedule, "cron", None) for s in weekly] == ["0 7 * * 1"]
    schedules = found["scheduled-rescreen"].schedules or []
    assert [getattr(s.schedule, "cron", None) for s in schedules] == ["30 3 * * 1"]
    assert found["scheduled-rescreen"].entrypoint is not None
    assert "flows/rescreen.py:rescreen" in found["scheduled-rescreen"].entrypoint
