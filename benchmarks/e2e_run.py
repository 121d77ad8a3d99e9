"""One end-to-end case: a fresh PostgreSQL database, a list imported, batches screened.

The stages are the functions the Prefect flows' tasks call, in the order the flows call
them (import-exclusions, then per batch: submit, plan + chunks, finish), timed one by one
in this process. Building the list's blocking index is timed on its own (it otherwise
hides inside the first chunk). Prefect's own bookkeeping is left out: it adds a few
milliseconds per task, not per candidate.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from sqlalchemy import Engine, text
from sqlmodel import Session, col, func, select

from benchmarks.e2e_data import BatchFile, region_code
from benchmarks.memory import TreeSampler
from vetting.batches import finish_batch, screen_chunk, start_screening, submit_batch
from vetting.db import make_engine, upgrade
from vetting.exclusions import import_list
from vetting.models import Alert, Candidate
from vetting.orgs import add_office
from vetting.people import clear_matchers, matcher_for
from vetting.settings import Settings

log = logging.getLogger("benchmarks.e2e")

ADMIN_DSN = os.environ.get(
    "VETTING_BENCH_POSTGRES", "host=127.0.0.1 port=5432 user=postgres dbname=postgres"
)
"""Where the harness may create and drop its databases (``libpq`` connection string)."""


@contextmanager
def fresh_database() -> Iterator[str]:
    """A new, migrated PostgreSQL database, dropped afterwards whatever happens."""
    name = f"vetting_e2e_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(ADMIN_DSN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    params = psycopg.conninfo.conninfo_to_dict(ADMIN_DSN)
    url = (
        f"postgresql+psycopg://{params.get('user', 'postgres')}@{params.get('host', '127.0.0.1')}"
        f":{params.get('port', 5432)}/{name}"
    )
    try:
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url
    finally:
        clear_matchers()
        with psycopg.connect(ADMIN_DSN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass(frozen=True, slots=True)
class Stage:
    """Wall time and peak memory of one stage."""

    name: str
    seconds: float
    peak_mib: float


@dataclass(frozen=True, slots=True)
class BatchRun:
    """One batch through the pipeline."""

    region: str
    office: str
    candidates: int
    submit_s: float
    screen_s: float
    finish_s: float
    alerts: int


@dataclass(slots=True)
class CaseResult:
    """Everything measured for one list size and set of batches."""

    records: int
    candidates: int
    stages: list[Stage] = field(default_factory=list)
    batches: list[BatchRun] = field(default_factory=list)
    alerts: int = 0
    under_review: int = 0
    true_found: int = 0
    true_total: int = 0
    database_mib: float = 0.0
    list_only_mib: float = 0.0
    index_read_s: float = 0.0
    """What a later process pays for the index: reading back the version kept by the
    index build (:func:`vetting.people.matcher_for`), not a stage of this run."""

    def seconds(self, stage: str) -> float:
        """Wall time of a stage (0 if it did not run)."""
        return sum(s.seconds for s in self.stages if s.name == stage)

    @property
    def ingest_to_alerts_s(self) -> float:
        """From the list file to every batch's alerts stored and batches finished."""
        return round(sum(s.seconds for s in self.stages), 1)

    @property
    def peak_mib(self) -> float:
        """Highest PSS (this process and the ones it starts) of any stage."""
        return max((s.peak_mib for s in self.stages), default=0.0)


def _database_mib(engine: Engine) -> float:
    with engine.connect() as connection:
        size = connection.execute(text("SELECT pg_database_size(current_database())")).scalar()
    return round(int(size or 0) / 2**20, 1)


def _true_found(engine: Engine, truth: set[tuple[str, str]]) -> int:
    with Session(engine) as session:
        rows = session.exec(
            select(Candidate.candidate_id, Alert.record_id).join(
                Candidate,
                col(Candidate.id) == col(Alert.candidate_pk),
            )
        ).all()
    return len(truth & {(c, r) for c, r in rows})


def run_case(
    list_path: Path,
    records: int,
    batches: Sequence[BatchFile],
    truth: set[tuple[str, str]],
    memory: TreeSampler,
) -> CaseResult:
    """Import the list and screen every batch into a fresh database; measure each stage."""
    result = CaseResult(records, sum(b.candidates for b in batches), true_total=len(truth))
    # list versions kept where this run alone reads them (a private folder, as required)
    with fresh_database() as url, tempfile.TemporaryDirectory(prefix="vetting-e2e-") as kept:
        settings = Settings(database_url=url, list_cache_dir=str(Path(kept) / "lists"))
        engine = make_engine(url)
        for batch in batches:
            add_office(engine, office=batch.office, region=region_code(batch.region))

        memory.reset()
        start = time.perf_counter()
        imported = import_list(engine, list_path, settings)
        result.stages.append(Stage("list import", _since(start), memory.peak_mib()))
        log.info("imported %d records: %.1f s", imported.total, result.stages[-1].seconds)
        result.list_only_mib = _database_mib(engine)

        memory.reset()
        start = time.perf_counter()
        matcher_for(engine, imported.version_id, workers=settings.match_workers, settings=settings)
        result.stages.append(Stage("index build", _since(start), memory.peak_mib()))
        log.info("index built and kept: %.1f s", result.stages[-1].seconds)
        clear_matchers()  # as a new process would find it: kept by the build
        start = time.perf_counter()
        matcher_for(engine, imported.version_id, workers=settings.match_workers, settings=settings)
        result.index_read_s = _since(start)
        log.info("kept index read back: %.1f s", result.index_read_s)

        submit = screen = finish = 0.0
        peaks = {"submit": 0.0, "screening": 0.0, "finish": 0.0}
        for batch in batches:
            memory.reset()
            start = time.perf_counter()
            submission = submit_batch(
                engine,
                batch.path,
                region=region_code(batch.region),
                office=batch.office,
                settings=settings,
                submitted_by="bench",
            )
            submit_s = _since(start)
            peaks["submit"] = max(peaks["submit"], memory.peak_mib())

            memory.reset()
            start = time.perf_counter()
            plan = start_screening(engine, submission.batch_id, settings)
            alerts = 0
            for chunk in plan.chunks:
                alerts += sum(screen_chunk(engine, plan, chunk, settings).alerts.values())
            screen_s = _since(start)
            peaks["screening"] = max(peaks["screening"], memory.peak_mib())

            memory.reset()
            start = time.perf_counter()
            summary = finish_batch(engine, submission.batch_id)
            finish_s = _since(start)
            peaks["finish"] = max(peaks["finish"], memory.peak_mib())

            submit, screen, finish = submit + submit_s, screen + screen_s, finish + finish_s
            result.batches.append(
                BatchRun(
                    batch.region,
                    batch.office,
                    batch.candidates,
                    submit_s,
                    screen_s,
                    finish_s,
                    alerts,
                )
            )
            result.under_review += summary.by_status.get("under_review", 0)
            log.info(
                "batch %s/%s, %d candidates: submit %.1f s, screening %.1f s, finish %.2f s, "
                "%d alerts", batch.region, batch.office, batch.candidates, submit_s, screen_s,
                finish_s, alerts,
            )  # fmt: skip
        result.stages += [
            Stage("submit", round(submit, 2), peaks["submit"]),
            Stage("screening", round(screen, 2), peaks["screening"]),
            Stage("finish", round(finish, 2), peaks["finish"]),
        ]
        with Session(engine) as session:
            result.alerts = int(session.exec(select(func.count()).select_from(Alert)).one())
        result.true_found = _true_found(engine, truth)
        result.database_mib = _database_mib(engine)
        engine.dispose()
    return result


def _since(start: float) -> float:
    return round(time.perf_counter() - start, 2)
