"""A bounded load test on loopback: reviewers on the web app while batches are screened.

Run ``python -m benchmarks.loadtest`` (``--seconds 30 --reviewers 4`` for a shorter one). In
a fresh PostgreSQL database it imports a list, screens two batches to fill the queue and
starts ``vetting serve`` on a free port; then, for a fixed time, logged-in reviewers
(httpx, one session each) open the queue, open an alert and decide some of them, while
other processes screen further batches at the same moment. It reports requests per second
and latency percentiles per page, then checks the database: every submitted candidate
stored once and screened, no duplicate alert, one decision row per decision the app
accepted, and an intact audit chain. Results go to ``benchmarks/results/loadtest.md`` and
``loadtest.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import Engine, text

from benchmarks.e2e_data import BatchFile, region_code, write_batches, write_list
from benchmarks.e2e_run import fresh_database
from benchmarks.provenance import git_commit
from benchmarks.speed import RESULTS, ROOT
from vetting.audit import verify
from vetting.batches import screen_all, submit_batch
from vetting.db import make_engine
from vetting.exclusions import import_list
from vetting.models import Role
from vetting.orgs import add_office
from vetting.settings import Settings
from vetting.users import add_user

log = logging.getLogger("benchmarks.loadtest")

PASSWORD = "load-test-password-1"  # a throw-away user in a throw-away database
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
_REVISION = re.compile(r'name="revision" value="(\d+)"')
_ALERT = re.compile(r'href="/alerts/(\d+)"')


@dataclass(slots=True)
class Tally:
    """Latencies per page and what the reviewers did."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    decided: int = 0
    conflicts: int = 0

    def add(self, page: str, seconds: float, ok: bool) -> None:
        """One request."""
        self.latencies.setdefault(page, []).append(seconds)
        if not ok:
            self.errors[page] = self.errors.get(page, 0) + 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _csrf(html: str) -> str:
    found = _CSRF.search(html)
    if found is None:
        raise RuntimeError("no CSRF token on the page")
    return found.group(1)


async def _login(client: httpx.AsyncClient, username: str) -> None:
    form = await client.get("/login")
    done = await client.post(
        "/login",
        data={"username": username, "password": PASSWORD, "csrf": _csrf(form.text), "next": "/"},
    )
    if done.status_code != 303:
        raise RuntimeError(f"login of {username} failed: {done.status_code}")


async def _timed(tally: Tally, page: str, call: Awaitable[httpx.Response]) -> httpx.Response:
    start = time.perf_counter()
    response = await call
    tally.add(page, time.perf_counter() - start, response.status_code < 500)
    return response


async def _reviewer(base: str, username: str, until: float, seed: int, tally: Tally) -> None:
    """Queue, an alert, sometimes a decision; again until time is up."""
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        await _login(client, username)
        while time.perf_counter() < until:
            queue = await _timed(tally, "queue", client.get("/queue"))
            ids = _ALERT.findall(queue.text)
            if not ids:
                await asyncio.sleep(0.2)
                continue
            alert_id = rng.choice(ids[:20])
            page = await _timed(tally, "alert", client.get(f"/alerts/{alert_id}"))
            revision = _REVISION.search(page.text)
            if revision is None or rng.random() > 0.3:
                continue
            decided = await _timed(
                tally,
                "decide",
                client.post(
                    f"/alerts/{alert_id}/decide",
                    data={
                        "decision": "not_a_match",
                        "reason": "load test: different person",
                        "revision": revision.group(1),
                        "csrf": _csrf(page.text),
                    },
                ),
            )
            if decided.status_code == 303:
                tally.decided += 1
            elif decided.status_code in {400, 409}:
                tally.conflicts += 1  # someone else decided or holds it: expected under load


def _screen_in_background(url: str, batch: BatchFile, kept: Path) -> subprocess.Popen[bytes]:
    """Submit and screen a batch in its own process (as a flow run would), reading the
    list version from ``kept`` where the batches screened first kept it."""
    env = {**os.environ, "VETTING_DATABASE_URL": url, "VETTING_LIST_CACHE_DIR": str(kept)}
    return subprocess.Popen(
        [sys.executable, "-m", "benchmarks.loadtest", "screen", str(batch.path),
         region_code(batch.region), batch.office],
        cwd=ROOT,
        env=env,
    )  # fmt: skip


def screen_one(path: Path, region: str, office: str) -> None:
    """``screen FILE REGION OFFICE``: what a background screening process does."""
    settings = Settings(database_url=os.environ["VETTING_DATABASE_URL"])
    engine = make_engine(settings.database_url)
    submission = submit_batch(
        engine, path, region=region, office=office, settings=settings, submitted_by="load"
    )
    screen_all(engine, submission.batch_id, settings)
    engine.dispose()


def _percentile(values: Sequence[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _checks(engine: Engine, batches: Sequence[BatchFile], decided: int) -> dict[str, object]:
    """Lost or duplicated rows, decisions, the audit chain."""
    with engine.connect() as c:

        def one(sql: str) -> int:
            return int(c.execute(text(sql)).scalar_one())

        return {
            "candidates_expected": sum(b.candidates for b in batches),
            "candidates_stored": one("SELECT count(*) FROM candidate"),
            "candidates_stored_twice": one(
                "SELECT count(*) FROM (SELECT batch_id, candidate_id FROM candidate "
                "GROUP BY batch_id, candidate_id HAVING count(*) > 1) d"
            ),
            "candidates_pending": one("SELECT count(*) FROM candidate WHERE status = 'pending'"),
            "duplicate_alerts": one(
                "SELECT count(*) FROM (SELECT candidate_pk, exclusion_pk FROM alert "
                "GROUP BY candidate_pk, exclusion_pk HAVING count(*) > 1) d"
            ),
            "alerts": one("SELECT count(*) FROM alert"),
            "decisions_accepted": decided,
            "decision_rows": one("SELECT count(*) FROM decision"),
            "batches_not_screened": one("SELECT count(*) FROM batch WHERE screened_at IS NULL"),
            "audit_chain_ok": verify(engine).ok,
        }


def _wait_until_up(base: str, server: subprocess.Popen[bytes]) -> None:
    for _ in range(150):
        if server.poll() is not None:
            raise RuntimeError(f"vetting serve exited with {server.returncode}")
        try:
            if httpx.get(f"{base}/healthz").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError("vetting serve did not answer within 30 s")


async def _load(base: str, usernames: Sequence[str], seconds: float, tally: Tally) -> None:
    until = time.perf_counter() + seconds
    await asyncio.gather(
        *(_reviewer(base, name, until, i, tally) for i, name in enumerate(usernames))
    )


def run(options: argparse.Namespace) -> dict[str, object]:
    """Set up, load, check; return the results."""
    sizes = [options.batch_size] * (2 + options.concurrent)
    batches = write_batches(sizes, options.seed)
    list_path = write_list(options.records, options.seed)
    # list versions kept where this run alone reads them (a private folder, as required)
    with fresh_database() as url, tempfile.TemporaryDirectory(prefix="vetting-load-") as folder:
        kept = Path(folder) / "lists"
        settings = Settings(database_url=url, list_cache_dir=str(kept))
        engine = make_engine(url)
        for batch in batches:
            add_office(engine, office=batch.office, region=region_code(batch.region))
        import_list(engine, list_path, settings)
        for batch in batches[:2]:
            submission = submit_batch(
                engine, batch.path, region=region_code(batch.region), office=batch.office,
                settings=settings,
            )  # fmt: skip
            screen_all(engine, submission.batch_id, settings)
        usernames = [f"reviewer{i}" for i in range(options.reviewers)]
        for name in usernames:
            add_user(engine, username=name, role=Role.REVIEWER, password=PASSWORD)
        add_user(engine, username="ops", role=Role.ADMIN, password=PASSWORD)  # starts the app
        port = _free_port()
        env = {**os.environ, "VETTING_DATABASE_URL": url, "VETTING_SESSION_SECRET": "load-" * 8,
               "VETTING_USER": "ops", "VETTING_LIST_CACHE_DIR": str(kept)}  # fmt: skip
        server = subprocess.Popen(
            [str(Path(sys.executable).with_name("vetting")), "serve", "--port", str(port)],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_until_up(base, server)
            screeners = [_screen_in_background(url, b, kept) for b in batches[2:]]
            tally = Tally()
            start = time.perf_counter()
            asyncio.run(_load(base, usernames, options.seconds, tally))
            elapsed = time.perf_counter() - start
            screening_done = all(p.poll() is not None for p in screeners)
            codes = [p.wait() for p in screeners]
        finally:
            server.terminate()
            server.wait()
        checks = _checks(engine, batches, tally.decided)
        engine.dispose()
    pages = {
        page: {
            "requests": len(values),
            "per_second": round(len(values) / elapsed, 1),
            "p50_ms": round(_percentile(values, 0.50) * 1000, 1),
            "p95_ms": round(_percentile(values, 0.95) * 1000, 1),
            "max_ms": round(max(values) * 1000, 1),
            "errors": tally.errors.get(page, 0),
        }
        for page, values in sorted(tally.latencies.items())
    }
    return {
        "date": str(dt.date.today()),
        "commit": git_commit(),
        "records": options.records,
        "reviewers": options.reviewers,
        "concurrent_batches": options.concurrent,
        "batch_size": options.batch_size,
        "seconds": round(elapsed, 1),
        "screening_finished_within_load": screening_done,
        "screening_exit_codes": codes,
        "total_per_second": round(sum(len(v) for v in tally.latencies.values()) / elapsed, 1),
        "pages": pages,
        "decided": tally.decided,
        "conflicts": tally.conflicts,
        "checks": checks,
    }


def report(result: dict[str, object]) -> str:
    """Write loadtest.md and loadtest.json; return the markdown."""
    pages = result["pages"]
    checks = result["checks"]
    assert isinstance(pages, dict) and isinstance(checks, dict)
    lines = [
        "# Load test: reviewers on the web app while batches are screened",
        "",
        f"Run by `python -m benchmarks.loadtest` on {result['date']} at commit "
        f"{result['commit'] or 'n/a'}, on this 2-core machine (shared with other work), "
        "loopback, PostgreSQL. One `vetting serve` process (uvicorn, one worker); "
        f"{result['reviewers']} logged-in reviewers (httpx, one session each, no think time) "
        "loop over: the queue, one of its first 20 alerts, and in 30% of visits a "
        f"`not_a_match` decision; meanwhile {result['concurrent_batches']} batches of "
        f"{result['batch_size']:,} candidates are submitted and screened by as many separate "
        f"processes against a {result['records']:,}-record list, whose index they read "
        "from the list cache, where the batches screened before the load kept it.",
        "",
        f"Duration {result['seconds']} s; {result['total_per_second']} requests/s in all.",
        "",
        "| page | requests | requests/s | p50 (ms) | p95 (ms) | max (ms) | 5xx |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for page, row in pages.items():
        lines.append(
            f"| {page} | {row['requests']:,} | {row['per_second']} | {row['p50_ms']} | "
            f"{row['p95_ms']} | {row['max_ms']} | {row['errors']} |"
        )
    lines += [
        "",
        f"Decisions accepted: {result['decided']}; refused as already decided or held by "
        f"another reviewer (409, expected with no think time): {result['conflicts']}. "
        "Screening was "
        + (
            "over before the load window ended"
            if result["screening_finished_within_load"]
            else "still running when the load window ended (the whole window was under load)"
        )
        + f"; the screening processes exited with {result['screening_exit_codes']}. "
        "All of it (server, client, screening, PostgreSQL) shares the machine's 2 cores.",
        "",
        "## Checks after the run",
        "",
        "| check | value |",
        "|---|---|",
        *(f"| {k.replace('_', ' ')} | {v} |" for k, v in checks.items()),
        "",
    ]
    text_ = "\n".join(lines)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "loadtest.md").write_text(text_, "utf-8")
    (RESULTS / "loadtest.json").write_text(json.dumps(result, indent=2), "utf-8")
    return text_


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: the load test, or ``screen FILE REGION OFFICE`` (internal)."""
    git_commit()  # stamp results with the code loaded now
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["screen"]:
        screen_one(Path(args[1]), args[2], args[3])
        return
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=2_000)
    parser.add_argument("--concurrent", type=int, default=3, help="batches screened meanwhile")
    parser.add_argument("--reviewers", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=11)
    result = run(parser.parse_args(args))
    print(report(result))
    checks = result["checks"]
    assert isinstance(checks, dict)
    if (
        checks["candidates_stored"] != checks["candidates_expected"]
        or checks["candidates_stored_twice"]
        or checks["duplicate_alerts"]
        or checks["decision_rows"] != checks["decisions_accepted"]
        or not checks["audit_chain_ok"]
    ):
        raise SystemExit("load test found lost or duplicated rows")


if __name__ == "__main__":
    main()
