"""``vetting metrics`` exports and the ``metrics-report`` flow, on the hand-built history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from flows.metrics_report import metrics_report
from tests.vetting.test_metrics import history  # noqa: F401 - the fixture
from vetting.cli import app
from vetting.settings import get_settings

runner = CliRunner()


@pytest.fixture
def cli_history(history: Engine, db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:  # noqa: F811
    monkeypatch.setenv("VETTING_DATABASE_URL", db_url)
    get_settings.cache_clear()
    yield db_url
    get_settings.cache_clear()


@pytest.mark.parametrize("fmt", ["csv", "parquet", "json"])
def test_metrics_exports_each_format(cli_history: str, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"weeks.{fmt}"
    result = runner.invoke(
        app,
        ["--as", "aud", "metrics", "--since", "2026-03-02", "--until", "2026-03-30", "--table",
         "completion_by_week", "--format", fmt, "--output", str(target)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    frame = {"csv": pl.read_csv, "parquet": pl.read_parquet, "json": pl.read_json}[fmt](target)
    assert frame["completed"].to_list() == [3, 1, 1, 0]
    assert frame["p90_h"].to_list()[0] == pytest.approx(19.4)


def test_metrics_prints_tables_and_refuses_bad_options(cli_history: str) -> None:
    shown = runner.invoke(app, ["--as", "aud", "metrics", "--since", "2026-03-02", "--region", "a"])
    assert shown.exit_code == 0, shown.output
    assert "Completion time by region" in shown.output and "54.4" in shown.output
    bad = runner.invoke(app, ["--as", "aud", "metrics", "--since", "March"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output
    no_table = runner.invoke(app, ["--as", "aud", "metrics", "--output", "x.csv"])
    assert no_table.exit_code == 2 and "--output needs --table" in no_table.output
    denied = runner.invoke(app, ["--as", "rev1", "metrics"])
    assert denied.exit_code == 4 and "this needs: auditor" in denied.output
    assert no_table.exit_code == 2 and "--output needs --table" in no_table.output


@pytest.mark.usefixtures("prefect_harness")
def test_metrics_report_flow_writes_html_with_charts(cli_history: str, tmp_path: Path) -> None:
    path = metrics_report(days=3650, output_dir=str(tmp_path), database_url=cli_history)
    html = Path(path).read_text(encoding="utf-8")
    assert html.count("<svg") == 3
    assert "Completion time by region" in html and "Reviewer throughput" in html
    assert "<td>rev1</td>" in html
