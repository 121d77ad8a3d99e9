"""The pipeline commands end to end: init, offices, exclusions, screen, rescreen, batches."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import CANDIDATE_HEADER, EXCLUSION_HEADER, WriteCsv
from tests.vetting.pipeline_helpers import CANDIDATES, LIST_ROWS
from vetting.cli import app
from vetting.settings import get_settings

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture
def cli_db(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The test database as the configured one (settings are read from the environment)."""
    monkeypatch.setenv("VETTING_DATABASE_URL", db_url)
    get_settings.cache_clear()
    yield db_url
    get_settings.cache_clear()


def _ok(*args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result.output


def test_commands_refuse_an_uninitialised_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VETTING_DATABASE_URL", f"sqlite:///{tmp_path / 'new.db'}")
    get_settings.cache_clear()
    try:
        output = _ok("offices", "list", code=4)
        assert "not initialised: run `vetting init`" in output
        assert "created (schema" in _ok("init")
        assert "up to date" in _ok("init")
    finally:
        get_settings.cache_clear()


def test_screen_from_the_command_line(cli_db: str, write_csv: WriteCsv) -> None:
    _ok("init")
    assert "office NBO" in _ok("offices", "add", "NBO", "--region", "africa", "--name", "Nairobi")
    list_file = write_csv("list.csv", EXCLUSION_HEADER, LIST_ROWS)
    assert "list version 1: 3 records, 3 added" in _ok("exclusions", "import", str(list_file))
    assert "no change (3 records)" in _ok("exclusions", "import", str(list_file))
    assert "list.csv" in _ok("exclusions", "show")
    rows = [*CANDIDATES, ["C6", "", "1990", "", ""]]
    batch = write_csv("batch.csv", CANDIDATE_HEADER, rows)
    output = _ok("screen", str(batch), "--region", "africa", "--office", "NBO", code=3)
    assert "batch.csv:7: error: full_name: empty name" in output
    assert "1 row(s) rejected" in output
    assert "2 cleared, 3 under review" in output
    output = _ok("screen", str(batch), "--region", "africa", "--office", "NBO", code=3)
    assert "already submitted by NBO as batch 1" in output
    output = _ok("screen", str(batch), "--region", "europe", "--office", "NBO", code=4)
    assert "office 'NBO' is in region 'africa', not 'europe'" in output
    assert "under_review" in _ok("batches", "list")
    assert "0 new or changed record(s), 0 candidate(s) rescreened" in _ok("rescreen")  # done


def test_a_rejected_list_reports_each_row_and_exits_1(cli_db: str, write_csv: WriteCsv) -> None:
    _ok("init")
    bad = write_csv("bad.csv", EXCLUSION_HEADER, [LIST_ROWS[0], ["R2", "", *LIST_ROWS[1][2:]]])
    output = _ok("exclusions", "import", str(bad), code=1)
    assert "1 row(s) rejected; list not imported" in output
    assert "bad.csv:3: error: full_name: empty name" in output


def test_screen_runs_with_no_prefect_server_configured(tmp_path: Path, write_csv: WriteCsv) -> None:
    """A real ``vetting`` process with no PREFECT_API_URL: Prefect's temporary server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env |= {
        "VETTING_DATABASE_URL": f"sqlite:///{tmp_path / 'own.db'}",
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    vetting = str(Path(sys.executable).parent / "vetting")

    def call(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [vetting, *args], env=env, capture_output=True, text=True, timeout=300, check=False
        )

    assert call("init").returncode == 0
    assert call("offices", "add", "NBO", "--region", "africa").returncode == 0
    list_file = write_csv("list.csv", EXCLUSION_HEADER, LIST_ROWS)
    assert call("exclusions", "import", str(list_file), "--no-rescreen").returncode == 0
    batch = write_csv("batch.csv", CANDIDATE_HEADER, CANDIDATES)
    result = call("screen", str(batch), "--region", "africa", "--office", "NBO")
    assert result.returncode == 0, result.stderr
    assert "2 cleared, 3 under review" in result.stdout
    assert "temporary server" in (result.stdout + result.stderr).lower()


def test_a_submitter_sees_outcomes_but_no_alert_bands(cli_db: str, write_csv: WriteCsv) -> None:
    _ok("init")
    _ok("offices", "add", "NBO", "--region", "africa")
    _ok("exclusions", "import", str(write_csv("list.csv", EXCLUSION_HEADER, LIST_ROWS)))
    result = runner.invoke(
        app,
        ["users", "add", "sam", "--role", "submitter", "--office", "NBO", "--password-stdin"],
        input="a-long-enough-password\n",
    )
    assert result.exit_code == 0, result.output
    batch = write_csv("batch.csv", CANDIDATE_HEADER, CANDIDATES)
    output = _ok("--as", "sam", "screen", str(batch), "--region", "africa", "--office", "NBO")
    assert "2 cleared, 3 under review" in output
    assert "alerts" not in output and "high" not in output
