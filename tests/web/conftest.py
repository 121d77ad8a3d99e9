"""A screened batch with reviewers, the app on it, and a live server for the browser."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import polars as pl
import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from vetting.batches import screen_all, submit_batch
from vetting.exclusions import import_list
from vetting.models import Role
from vetting.orgs import add_office
from vetting.settings import Settings
from vetting.users import add_user
from vetting.web.app import create_app

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "data"
PASSWORD = "review-password-123"


@dataclass(frozen=True)
class World:
    """The database and the people in it."""

    engine: Engine
    settings: Settings
    batch_id: int


def build_world(engine: Engine, settings: Settings, tmp_path: Path) -> World:
    """Fixture list, Amman's and Beirut's candidates screened, four users."""
    add_office(engine, office="AMM", region="middle_east", name="Amman")
    add_office(engine, office="NBO", region="africa", name="Nairobi")
    import_list(engine, FIXTURES / "exclusions.csv", settings)
    frame = pl.read_csv(FIXTURES / "candidates_middle_east.csv", infer_schema=False)
    path = tmp_path / "AMM.csv"
    frame.filter(
        pl.col("candidate_id").str.starts_with("AMM")
        | pl.col("candidate_id").str.starts_with("BEY")
    ).write_csv(path)
    batch = submit_batch(engine, path, region="middle_east", office="AMM", settings=settings)
    screen_all(engine, batch.batch_id, settings)
    add_user(engine, username="amira", role=Role.REVIEWER, password=PASSWORD,
             display_name="Amira Haddad", regions=["middle_east"])  # fmt: skip
    add_user(engine, username="tomas", role=Role.REVIEWER, password=PASSWORD,
             display_name="Tomas Berg")  # fmt: skip
    add_user(engine, username="kofi", role=Role.REVIEWER, password=PASSWORD,
             display_name="Kofi Mensah", regions=["africa"])  # fmt: skip
    add_user(engine, username="sara", role=Role.SUBMITTER, password=PASSWORD, office="AMM")
    add_user(engine, username="olga", role=Role.AUDITOR, password=PASSWORD, display_name="Olga")
    add_user(engine, username="root", role=Role.ADMIN, password=PASSWORD, display_name="Admin")
    return World(engine, settings, batch.batch_id)


@pytest.fixture
def world(engine: Engine, db_url: str, tmp_path: Path) -> World:
    """The review world on the test database (SQLite and PostgreSQL)."""
    settings = Settings(database_url=db_url, upload_dir=str(tmp_path / "uploads"))
    return build_world(engine, settings, tmp_path)


@pytest.fixture
def client(world: World) -> Iterator[TestClient]:
    """The web app in process."""
    with TestClient(create_app(world.settings, engine=world.engine)) as test_client:
        yield test_client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def live_server(world: World) -> Iterator[str]:
    """The app served over HTTP on loopback (for the browser)."""
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(world.settings, engine=world.engine),
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "web server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
