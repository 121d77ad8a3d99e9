"""Screening on a Dask cluster: the same alerts as in-process, from the flow and the CLI."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
from distributed import Client, LocalCluster
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session, select
from typer.testing import CliRunner

import vetting.people
from flows.screen_batch import screen_batch_on
from vetting.cli import app
from vetting.exclusions import import_list
from vetting.models import Alert, Batch, Candidate
from vetting.orgs import add_office
from vetting.people import clear_matchers
from vetting.settings import Settings, get_settings
from vetting.tokens import create_token
from vetting.web.app import create_app

pytestmark = pytest.mark.usefixtures("prefect_harness")

DATA = Path(__file__).resolve().parents[2] / "fixtures" / "data"
BATCH = DATA / "candidates_europe.csv"  # 60 candidates, some of them listed people

AlertKey = tuple[str, str, float, str]


@pytest.fixture(scope="module")
def dask_address() -> Iterator[str]:
    """A two-worker cluster of separate processes, so each worker builds its own index."""
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield str(cluster.scheduler_address)


def _configure_worker(environment: dict[str, str]) -> None:
    """What a deployment does to a worker's environment, done on a running test worker."""
    os.environ.update(environment)
    get_settings.cache_clear()
    clear_matchers()


@pytest.fixture
def small_chunks(
    db_url: str, dask_address: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Settings]:
    """Every process (this one and the workers) reads the test database and chunks of 12
    from its environment, as flows do in a deployment.

    The workers also forget their indexes: the PostgreSQL test database is reused with its
    row ids restarted, so an index kept from an earlier test would look current.
    """
    environment = {"VETTING_DATABASE_URL": db_url, "VETTING_CHUNK_SIZE": "12"}
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    get_settings.cache_clear()
    with Client(dask_address) as client:
        client.run(_configure_worker, environment)
    yield get_settings()
    get_settings.cache_clear()


def _alerts(engine: Engine, office: str) -> set[AlertKey]:
    """(candidate id from the file, record id, score, band) of every alert of the office's
    batches."""
    with Session(engine) as session:
        rows = session.exec(
            select(Candidate.candidate_id, Alert.record_id, Alert.score, Alert.band)
            .join(Candidate, Candidate.id == Alert.candidate_pk)  # type: ignore[arg-type]
            .join(Batch, Batch.id == Alert.batch_id)  # type: ignore[arg-type]
            .where(Batch.office_id == _office_id(session, office))
        ).all()
    return {(c, r, float(s), b) for c, r, s, b in rows}


def _office_id(session: Session, code: str) -> int:
    from vetting.models import Office  # noqa: PLC0415 - only this helper needs it

    office = session.exec(select(Office).where(Office.code == code)).one()
    assert office.id is not None
    return office.id


def _workers_with_index(address: str, engine: Engine) -> int:
    """How many Dask workers hold a cached index for this database."""
    url = engine.url.render_as_string(hide_password=False)
    with Client(address) as client:
        cached = client.run(lambda: [k[0] for k in vetting.people._cache])
    return sum(url in keys for keys in cached.values())


def test_dask_screening_equals_the_local_run(
    engine: Engine, small_chunks: Settings, dask_address: str
) -> None:
    add_office(engine, office="GVA", region="europe")
    add_office(engine, office="KBP", region="europe")
    import_list(engine, DATA / "exclusions.csv", small_chunks)

    local, local_summary = screen_batch_on(None)(BATCH, "europe", "GVA")
    remote, remote_summary = screen_batch_on(dask_address)(BATCH, "europe", "KBP")

    assert local.created and remote.created and local.batch_id != remote.batch_id
    expected = _alerts(engine, "GVA")
    assert len(expected) >= 5  # the file holds listed people: equality is not vacuous
    assert _alerts(engine, "KBP") == expected
    assert remote_summary.by_status == local_summary.by_status
    assert remote_summary.status == local_summary.status
    assert sum(remote_summary.by_status.values()) == remote.candidates == 60
    assert _workers_with_index(dask_address, engine) >= 1


def test_screen_command_takes_a_dask_address(
    engine: Engine, small_chunks: Settings, dask_address: str
) -> None:
    add_office(engine, office="GVA", region="europe")
    add_office(engine, office="KBP", region="europe")
    import_list(engine, DATA / "exclusions.csv", small_chunks)
    screen_batch_on(None)(BATCH, "europe", "GVA")

    result = CliRunner().invoke(
        app,
        ["screen", str(BATCH), "--region", "europe", "--office", "KBP",
         "--dask-address", dask_address],
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    assert "under review" in result.output
    assert _alerts(engine, "KBP") == _alerts(engine, "GVA")


def test_api_submissions_screen_on_the_cluster(
    engine: Engine, small_chunks: Settings, dask_address: str, tmp_path: Path
) -> None:
    add_office(engine, office="GVA", region="europe")
    add_office(engine, office="KBP", region="europe")
    import_list(engine, DATA / "exclusions.csv", small_chunks)
    screen_batch_on(None)(BATCH, "europe", "GVA")
    clear_matchers()  # this process must not have an index the cluster could be spared
    settings = small_chunks.model_copy(
        update={"dask_address": dask_address, "upload_dir": str(tmp_path)}
    )
    token = create_token(engine, office="KBP", name="hr-system")
    people = pl.read_csv(BATCH, infer_schema=False).fill_null("").to_dicts()

    with TestClient(create_app(settings, engine=engine)) as client:
        response = client.post(
            "/api/v1/batches",
            json={"reference": "weekly", "candidates": people},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.status_code == 202, response.text
        state = client.get(
            f"/api/v1/batches/{response.json()['batch_id']}",
            headers={"Authorization": f"Bearer {token}"},
        ).json()

    assert _alerts(engine, "KBP") == _alerts(engine, "GVA")
    assert len(state["candidates"]) == 60
    assert {c["outcome"] for c in state["candidates"]} >= {"under review", "cleared"}
    assert not vetting.people._cache  # matched on the cluster, not in the web process
    assert _workers_with_index(dask_address, engine) >= 1


_READ = vetting.people.people_at


def _refusing(*_: object, **__: object) -> None:
    raise AssertionError("a list version read from the database while it is kept")


def _reading(allowed: bool) -> None:
    """In a worker: forget the indexes, and read lists from the database only if
    ``allowed`` (else they must come from the kept files)."""
    clear_matchers()
    vetting.people.people_at = _READ if allowed else _refusing  # type: ignore[assignment]


def test_dask_workers_keep_the_list_version_and_read_it_back(
    engine: Engine, small_chunks: Settings, dask_address: str, tmp_path: Path
) -> None:
    """A worker that indexes a list version keeps it in its list cache; workers that
    start afresh (their indexes forgotten, the database's list not readable) read it
    back and raise the same alerts as a local run."""
    kept = tmp_path / "lists"
    environment = {"VETTING_LIST_CACHE_DIR": str(kept), "VETTING_LIST_CACHE_MIN_RECORDS": "1"}
    for office in ("GVA", "KBP", "ZRH"):
        add_office(engine, office=office, region="europe")
    import_list(engine, DATA / "exclusions.csv", small_chunks)
    screen_batch_on(None)(BATCH, "europe", "GVA")
    with Client(dask_address) as client:
        client.run(_configure_worker, environment)
        try:
            screen_batch_on(dask_address)(BATCH, "europe", "KBP")
            assert len(list(kept.glob("*.list"))) == 1
            client.run(_reading, False)
            again, _ = screen_batch_on(dask_address)(BATCH, "europe", "ZRH")
        finally:
            client.run(_reading, True)
            for name in environment:
                client.run(os.environ.pop, name, None)
            client.run(get_settings.cache_clear)
    assert again.created
    expected = _alerts(engine, "GVA")
    assert len(expected) >= 5
    assert _alerts(engine, "KBP") == expected
    assert _alerts(engine, "ZRH") == expected
