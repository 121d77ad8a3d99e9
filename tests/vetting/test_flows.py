"""The Prefect flows, run on Prefect's test server: results, artifacts, retries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from prefect import flow, task
from prefect.client.orchestration import get_client
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from flows.common import transient
from flows.import_exclusions import import_exclusions
from flows.screen_batch import screen_batch
from tests.conftest import EXCLUSION_HEADER, WriteCsv
from tests.vetting.pipeline_helpers import LIST_ROWS, set_up
from vetting.errors import InputFileError
from vetting.settings import Settings

pytestmark = pytest.mark.usefixtures("prefect_harness")

GRACE = ["R9", "Grace Wanjiru", "", "1988-08-08", "KE", "female", "UNFPA", "SH",
         "substantiated", "2024-01-01"]  # fmt: skip


def _artifact(key: str) -> str:
    """The newest artifact's markdown for ``key``, read through the server's REST API.

    (The client's own ``read_artifacts`` sends explicit nulls this server version rejects.)
    """
    query = {"artifacts": {"key": {"any_": [key]}}, "limit": 1, "offset": 0, "sort": "CREATED_DESC"}
    with get_client(sync_client=True) as client:
        found: list[dict[str, Any]] = client.request("POST", "/artifacts/filter", json=query).json()
    assert found, f"no artifact {key}"
    return str(found[0]["data"])


def test_screen_batch_flow_stores_alerts_and_publishes_a_summary(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    path = set_up(engine, settings, write_csv)
    submission, summary = screen_batch(path, "africa", "NBO", database_url=settings.database_url)
    assert submission.created and submission.candidates == 5
    assert summary.by_status == {"cleared": 2, "under_review": 3}
    assert summary.alerts_by_band.get("high", 0) >= 1
    data = _artifact(f"batch-{summary.batch_id}")
    assert "| candidates under_review | 3 |" in data
    assert "| candidates cleared | 2 |" in data
    assert "Petrenko" not in data  # counts only, never names
    again, same = screen_batch(path, "africa", "NBO", database_url=settings.database_url)
    assert not again.created and same.batch_id == summary.batch_id
    assert same.alerts_by_band == summary.alerts_by_band


def test_import_flow_rescreens_after_a_change(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    path = set_up(engine, settings, write_csv)
    screen_batch(path, "africa", "NBO", database_url=settings.database_url)
    new_list = write_csv("v2.csv", EXCLUSION_HEADER, [*LIST_ROWS, GRACE])
    result, summary = import_exclusions(new_list, database_url=settings.database_url)
    assert result.created and result.added == 1
    assert summary is not None and summary.reopened == 1
    assert "| candidates reopened | 1 |" in _artifact(f"rescreen-v{result.version_id}")
    unchanged, nothing = import_exclusions(new_list, database_url=settings.database_url)
    assert not unchanged.created and nothing is None


def test_only_transient_database_failures_are_retried() -> None:
    calls: dict[str, int] = {"transient": 0, "bad_input": 0}

    @task(retries=2, retry_delay_seconds=0, retry_condition_fn=transient)
    def flaky(kind: str) -> str:
        calls[kind] += 1
        if kind == "transient" and calls[kind] == 1:
            raise OperationalError("SELECT 1", {}, Exception("database is locked"))
        if kind == "bad_input":
            raise InputFileError(Path("x.csv"), "unreadable")
        return "ok"

    @flow
    def run(kind: str) -> str:
        return flaky(kind)

    assert run("transient") == "ok"
    assert calls["transient"] == 2
    with pytest.raises(InputFileError):
        run("bad_input")
    assert calls["bad_input"] == 1
