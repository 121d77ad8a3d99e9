"""Every web route and every command, against every role: allowed and denied.

A route or command missing from the tables below fails the test, so a new one cannot
ship without a decision about who may use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from typer.main import get_command
from typer.testing import CliRunner

from tests.web.conftest import World, build_world
from tests.web.test_pages import _csrf, _login
from vetting.cli import app as cli_app
from vetting.settings import Settings, get_settings
from vetting.tokens import create_token
from vetting.web.app import create_app

UPLOAD = b"candidate_id,full_name,date_of_birth\nQ1,Zed Q,1990\n"
ROLES = ("anonymous", "sara", "amira", "olga", "root")  # submitter, reviewer, auditor, admin
SUB, REV, AUD, ADM = "sara", "amira", "olga", "root"
EVERYONE = set(ROLES)
SIGNED_IN = {SUB, REV, AUD, ADM}

ROUTES: dict[tuple[str, str], set[str]] = {
    ("GET", "/healthz"): EVERYONE,
    ("GET", "/login"): EVERYONE,
    ("POST", "/login"): EVERYONE,
    ("POST", "/logout"): SIGNED_IN,
    ("GET", "/"): SIGNED_IN,
    ("GET", "/queue"): {REV, ADM},
    ("GET", "/alerts/{alert_id}"): {REV, ADM},
    ("POST", "/alerts/{alert_id}/claim"): {REV, ADM},
    ("POST", "/alerts/{alert_id}/release"): {REV, ADM},
    ("POST", "/alerts/{alert_id}/decide"): {REV, ADM},
    ("GET", "/metrics"): {AUD, ADM},
    ("GET", "/metrics/chart/{name}.png"): {AUD, ADM},
    ("GET", "/metrics/export.csv"): {AUD, ADM},
    ("GET", "/audit"): {AUD, ADM},
    ("GET", "/audit/export.csv"): {AUD, ADM},
    ("GET", "/batches"): {SUB, ADM},
    ("POST", "/batches/upload"): {SUB},
    ("GET", "/batches/{batch_id}"): {SUB, ADM},
    ("POST", "/api/v1/batches"): set(),  # API tokens only, never a session
    ("GET", "/api/v1/batches/{batch_id}"): set(),
}


def _path(template: str) -> str:
    return (
        template.replace("{alert_id}", "1").replace("{batch_id}", "1").replace("{name}", "weekly")
    )


def test_every_route_is_in_the_table(world: World) -> None:
    app = create_app(world.settings, engine=world.engine)
    found = {
        (method, route.path)
        for route in app.routes
        if isinstance(route, APIRoute)
        for method in route.methods
    }
    assert found == set(ROUTES)


@pytest.mark.parametrize("role", ROLES)
def test_routes_allow_and_deny_by_role(world: World, role: str) -> None:
    with TestClient(create_app(world.settings, engine=world.engine)) as client:
        if role != "anonymous":
            _login(client, role)
        token = _csrf(client.get("/login").text)
        for (method, template), allowed in ROUTES.items():
            if template in ("/login", "/logout"):
                continue
            path = _path(template)
            if method == "GET":
                response = client.get(path, follow_redirects=False)
            elif template == "/batches/upload":
                response = client.post(path, data={"csrf": token}, follow_redirects=False,
                                       files={"file": ("b.csv", UPLOAD)})  # fmt: skip
            elif template.startswith("/api/"):
                response = client.post(path, json={"candidates": [{"candidate_id": "1",
                                       "full_name": "X"}]})  # fmt: skip
            else:
                response = client.post(path, data={"csrf": token, "decision": "needs_information",
                                       "reason": "auth test"}, follow_redirects=False)  # fmt: skip
            code = response.status_code
            where = f"{role} {method} {template} -> {code}"
            if role in allowed:
                assert code not in (401, 403), where
                assert not (code == 303 and "/login" in response.headers.get("location", "")), where
            elif role == "anonymous" and not template.startswith("/api/"):
                assert code == 303 and "/login" in response.headers["location"], where
            elif template.startswith("/api/"):
                assert code == 401, where
            else:
                assert code == 403, where


def test_the_api_accepts_tokens_only_for_their_office(world: World) -> None:
    token = create_token(world.engine, office="AMM", name="hr")
    with TestClient(create_app(world.settings, engine=world.engine)) as client:
        headers = {"Authorization": f"Bearer {token}"}
        assert client.get(f"/api/v1/batches/{world.batch_id}", headers=headers).status_code == 200
        assert client.get("/queue", headers=headers, follow_redirects=False).status_code == 303


# --- commands ---------------------------------------------------------------------------

COMMANDS: dict[str, tuple[list[str], set[str]]] = {
    "offices add": (["offices", "add", "ZZZ", "--region", "africa"], {ADM}),
    "offices list": (["offices", "list"], {SUB, REV, AUD, ADM}),
    "exclusions import": (["exclusions", "import", "missing.csv"], {ADM}),
    "exclusions show": (["exclusions", "show"], {REV, AUD, ADM}),
    "screen": (
        ["screen", "missing.csv", "--region", "middle_east", "--office", "AMM"],
        {SUB, ADM},
    ),
    "rescreen": (["rescreen", "--days", "1"], {ADM}),
    "batches list": (["batches", "list"], {SUB, AUD, ADM}),
    "users add": (["users", "add", "newbie", "--role", "auditor", "--password-stdin"], {ADM}),
    "users list": (["users", "list"], {AUD, ADM}),
    "users disable": (["users", "disable", "newbie"], {ADM}),
    "review list": (["review", "list"], {REV, ADM}),
    "review show": (["review", "show", "1"], {REV, ADM}),
    "review decide": (
        ["review", "decide", "2", "--decision", "needs_information", "--reason", "auth test"],
        {REV, ADM},
    ),
    "metrics": (["metrics"], {AUD, ADM}),
    "audit verify": (["audit", "verify"], {AUD, ADM}),
    "audit head": (["audit", "head"], {AUD, ADM}),
    "tokens create": (["tokens", "create", "--office", "AMM", "--name", "x"], {ADM}),
    "tokens list": (["tokens", "list"], {ADM}),
    "tokens revoke": (["tokens", "revoke", "1"], {ADM}),
    "retention purge": (["retention", "purge", "--dry-run"], {ADM}),
    "init": (["init"], {ADM}),
    "serve": (["serve", "--port", "1"], set()),  # run by admins; only denials tested here
}
NOT_DATABASE = {"match"}  # works on files only; reads and changes no stored data


def _leaves(group: object, prefix: str = "") -> set[str]:
    commands = getattr(group, "commands", None)
    if not commands:
        return {prefix.strip()}
    found: set[str] = set()
    for name, sub in commands.items():
        found |= _leaves(sub, f"{prefix} {name}")
    return found


def test_every_command_is_in_the_table() -> None:
    assert _leaves(get_command(cli_app)) == set(COMMANDS) | NOT_DATABASE


@pytest.fixture
def cli_world(engine: Engine, db_url: str, tmp_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> Iterator[World]:  # fmt: skip
    monkeypatch.setenv("VETTING_DATABASE_URL", db_url)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield build_world(engine, Settings(database_url=db_url), tmp_path)
    get_settings.cache_clear()


@pytest.mark.usefixtures("prefect_harness")
@pytest.mark.parametrize("role", [SUB, REV, AUD, ADM, "nobody"])
def test_commands_allow_and_deny_by_role(cli_world: World, role: str) -> None:
    runner = CliRunner()
    for name, (args, allowed) in COMMANDS.items():
        if name == "serve" and role in allowed | {ADM}:
            continue
        result = runner.invoke(cli_app, ["--as", role, *args], input="long-enough-password\n")
        denied = result.exit_code == 4 and (
            "this needs" in result.output
            or "no active user" in result.output
            or "another office" in result.output
        )
        where = f"{role}: vetting {' '.join(args)} -> {result.exit_code}: {result.output[-300:]}"
        if role in allowed:
            assert not denied, where
        else:
            assert denied, where
