"""A screening killed with SIGKILL mid-batch, then run again: nothing lost, nothing twice."""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from prefect.settings import PREFECT_API_URL
from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from tests.conftest import CANDIDATE_HEADER
from vetting.batches import screen_all, submit_batch
from vetting.exclusions import import_list
from vetting.ingest import load_candidates, load_exclusions
from vetting.models import Alert, Candidate
from vetting.orgs import add_office
from vetting.screening import match_people
from vetting.settings import Settings

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "data"
COPIES = 4
CHUNK = 6


def _big_batch(path: Path) -> Path:
    """Every fixture candidate of every region, four times over with distinct ids."""
    rows: list[list[str]] = []
    for source in sorted(FIXTURES.glob("candidates_*.csv")):
        with source.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for copy in range(COPIES):
                    rows.append(
                        [f"{row['candidate_id']}-{copy}", row["full_name"],
                         row["date_of_birth"], row["nationality"], row["gender"]]
                    )  # fmt: skip
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(CANDIDATE_HEADER)
        writer.writerows(rows)
    return path


def _screened(engine: Engine) -> tuple[int, int]:
    with Session(engine) as session:
        total = session.exec(select(func.count()).select_from(Candidate)).one()
        done = session.exec(
            select(func.count()).select_from(Candidate).where(Candidate.status != "pending")
        ).one()
        return int(total), int(done)


@pytest.mark.usefixtures("prefect_harness")
def test_kill_minus_nine_mid_screening_then_rerun(
    engine: Engine, db_url: str, tmp_path: Path
) -> None:
    settings = Settings(database_url=db_url)
    add_office(engine, office="NBO", region="africa")
    import_list(engine, FIXTURES / "exclusions.csv", settings)
    batch = _big_batch(tmp_path / "batch.csv")
    env = {
        **os.environ,
        "VETTING_DATABASE_URL": db_url,
        "VETTING_CHUNK_SIZE": str(CHUNK),
        "PREFECT_API_URL": str(PREFECT_API_URL.value()),
    }
    command = [
        str(Path(sys.executable).parent / "vetting"),
        "screen", str(batch), "--region", "africa", "--office", "NBO",
    ]  # fmt: skip
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    total = done = 0
    while time.monotonic() < deadline and process.poll() is None:
        total, done = _screened(engine)
        if total and done >= CHUNK * 3:
            break
        time.sleep(0.02)
    assert process.poll() is None, "screening finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    total, done = _screened(engine)
    assert 0 < done < total, (done, total)

    rerun = subprocess.run(
        command, check=False, env=env, capture_output=True, text=True, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr
    assert "already submitted by NBO" in rerun.stdout

    candidates = load_candidates(batch, settings)
    expected = match_people(
        candidates.people, load_exclusions(FIXTURES / "exclusions.csv", settings).people, settings
    )
    with Session(engine) as session:
        assert _screened(engine) == (len(candidates.people), len(candidates.people))
        pairs = session.exec(
            select(Candidate.candidate_id, Alert.record_id).join(
                Candidate, col(Candidate.id) == col(Alert.candidate_pk)
            )
        ).all()
    assert len(pairs) == len(set(pairs))
    assert set(pairs) == set(zip(expected["candidate_id"], expected["record_id"], strict=True))
    assert len(pairs) == expected.height > 0


def test_a_rerun_after_a_finished_batch_changes_nothing(engine: Engine, db_url: str) -> None:
    settings = Settings(database_url=db_url, chunk_size=50)
    add_office(engine, office="NBO", region="africa")
    import_list(engine, FIXTURES / "exclusions.csv", settings)
    path = FIXTURES / "candidates_africa.csv"
    first = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    summary = screen_all(engine, first.batch_id, settings)
    again = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    assert screen_all(engine, again.batch_id, settings) == summary
