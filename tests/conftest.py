"""Shared fixtures: small files written on the fly, never real people."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from prefect.testing.utilities import prefect_test_harness
from sqlalchemy import Engine, text
from sqlmodel import SQLModel

import vetting.models  # noqa: F401  (registers the tables)
from vetting.audit import seal_existing
from vetting.db import make_engine, upgrade
from vetting.people import clear_matchers
from vetting.settings import Settings

EXCLUSION_HEADER = [
    "record_id",
    "full_name",
    "aliases",
    "date_of_birth",
    "nationality",
    "gender",
    "entity",
    "category",
    "status",
    "recorded_on",
]
CANDIDATE_HEADER = ["candidate_id", "full_name", "date_of_birth", "nationality", "gender"]

WriteCsv = Callable[[str, list[str], list[list[str]]], Path]


@pytest.fixture
def write_csv(tmp_path: Path) -> WriteCsv:
    """Write a CSV file in the test's temporary folder and return its path."""

    def write(name: str, header: list[str], rows: list[list[str]]) -> Path:
        path = tmp_path / name
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        return path

    return write


@pytest.fixture
def exclusions_csv(write_csv: WriteCsv) -> Path:
    """A small exclusion list in several scripts."""
    return write_csv(
        "exclusions.csv",
        EXCLUSION_HEADER,
        [
            [
                "R1",
                "Владимир Сергеевич Петренко",
                "Vladimir Petrenko",
                "1971-03-14",
                "UA",
                "male",
                "UNDP",
                "SEA",
                "substantiated",
                "2021-05-01",
            ],
            [
                "R2",
                "محمد عبد الرحمن الحسيني",
                "",
                "1980",
                "JO",
                "male",
                "WFP",
                "SH",
                "pending_investigation",
                "2022-01-10",
            ],
            [
                "R3",
                "王小明",
                "",
                "1975-07-02",
                "CN",
                "male",
                "UNICEF",
                "SEA",
                "substantiated",
                "2019-11-20",
            ],
            [
                "R4",
                "Maria Fernanda Lopez Garcia",
                "",
                "1990-12-01",
                "CO",
                "female",
                "UNHCR",
                "SH",
                "substantiated",
                "2023-02-14",
            ],
            [
                "R5",
                "김정숙",
                "Kim Jong Suk",
                "1968",
                "KR",
                "female",
                "UNFPA",
                "SEA",
                "substantiated",
                "2020-08-30",
            ],
        ],
    )


# --- databases -------------------------------------------------------------------------

POSTGRES_ADMIN = "host=127.0.0.1 port=5432 user=postgres dbname=test"


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session, migrated once, dropped after.

    PostgreSQL must be running (``.ci/run`` starts it): a missing server fails the tests
    instead of skipping them.
    """
    name = f"vetting_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    yield url
    with psycopg.connect(POSTGRES_ADMIN, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _truncate_all(engine: Engine) -> None:
    tables = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        seal_existing(connection)  # the audit chain's head row, as a fresh database has it


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database: a SQLite file, or the session's PostgreSQL database."""
    clear_matchers()
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'vetting.db'}"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url
        return
    url = str(request.getfixturevalue("postgres_url"))
    engine = make_engine(url)
    _truncate_all(engine)
    engine.dispose()
    yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on :func:`db_url`, disposed after the test."""
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def settings(db_url: str) -> Settings:
    """Default settings pointed at the test database, small chunks to exercise chunking."""
    return Settings(database_url=db_url, chunk_size=3)


# --- Prefect ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One Prefect test server for the whole session (starting one costs seconds)."""
    with prefect_test_harness(server_startup_timeout=120):
        yield
