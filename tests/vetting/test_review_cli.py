"""``vetting users`` and ``vetting review``: the scripted equivalents of the web pages."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from tests.web.conftest import World, build_world
from vetting.cli import app
from vetting.settings import Settings, get_settings

runner = CliRunner()


@pytest.fixture
def cli_world(
    engine: Engine, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[World]:
    """The review world, configured as the command line's database."""
    monkeypatch.setenv("VETTING_DATABASE_URL", db_url)
    get_settings.cache_clear()
    yield build_world(engine, Settings(database_url=db_url), tmp_path)
    get_settings.cache_clear()


def _ok(*args: str, code: int = 0, stdin: str | None = None) -> str:
    result = runner.invoke(app, list(args), input=stdin)
    assert result.exit_code == code, result.output
    return result.output


def test_users_add_list_disable(cli_world: World) -> None:
    output = _ok(
        "--as", "root", "users", "add", "lena", "--role", "reviewer", "--region", "africa",
        "--password-stdin", stdin="a-long-enough-password\n",
    )  # fmt: skip
    assert "user lena (reviewer, africa)" in output
    assert "at least 12" in _ok(
        "--as",
        "root",
        "users",
        "add",
        "short",
        "--role",
        "auditor",
        "--password-stdin",
        stdin="short\n",
        code=2,
    )
    assert "needs --office" in _ok(
        "--as", "root", "users", "add", "sub", "--role", "submitter", "--password-stdin",
        stdin="a-long-enough-password\n", code=2,
    )  # fmt: skip
    listing = _ok("--as", "olga", "users", "list")
    assert "lena" in listing and "amira" in listing
    assert "amira is a reviewer; this needs: admin" in _ok(
        "--as", "amira", "users", "disable", "lena", code=4
    )
    _ok("--as", "root", "users", "disable", "lena")
    assert "no active user 'lena'" in _ok("review", "list", "--user", "lena", code=2)


def test_review_list_show_decide(cli_world: World) -> None:
    listing = _ok("review", "list", "--user", "amira")
    assert "5 open alert(s)" in listing
    shown = _ok("review", "show", "1", "--user", "amira")
    assert "revision 0" in shown and "name +" in shown
    assert "no alert 1 in your regions" in _ok("review", "show", "1", "--user", "kofi", code=4)
    decided = _ok(
        "review", "decide", "1", "--user", "amira", "--decision", "match",
        "--reason", "same person", "--revision", "0",
    )  # fmt: skip
    assert "now awaiting_confirmation" in decided
    own = _ok(
        "review", "decide", "1", "--user", "amira", "--decision", "match", "--reason", "again",
        code=4,
    )  # fmt: skip
    assert "second, different reviewer" in own
    final = _ok(
        "review", "decide", "1", "--user", "tomas", "--decision", "match", "--reason", "agreed"
    )
    assert "now match; candidate not_cleared" in final
    assert "4 open alert(s)" in _ok("review", "list", "--user", "amira")


def test_vetting_serve_starts_on_the_embedded_default(tmp_path: Path) -> None:
    """``vetting serve`` in a real process, on a fresh SQLite file."""
    env = {**os.environ, "VETTING_DATABASE_URL": f"sqlite:///{tmp_path / 'serve.db'}"}
    vetting = str(Path(sys.executable).parent / "vetting")
    subprocess.run([vetting, "init"], env=env, check=True, capture_output=True)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [vetting, "serve", "--port", str(port)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login") as response:
                    body = response.read().decode()
                    headers = response.headers
                break
            except OSError:
                assert time.monotonic() < deadline, "server did not answer"
                time.sleep(0.2)
        assert "Log in" in body
        assert headers["X-Frame-Options"] == "DENY"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_vetting_user_names_the_acting_user(
    cli_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VETTING_USER", "olga")
    get_settings.cache_clear()
    assert "audit trail intact" in _ok("audit", "verify")
    monkeypatch.setenv("VETTING_USER", "amira")
    get_settings.cache_clear()
    assert "amira is a reviewer; this needs: auditor" in _ok("audit", "verify", code=4)
    assert "audit trail intact" in _ok("--as", "olga", "audit", "verify")  # --as wins
