"""Hostile input: random files and random JSON never crash, hang or half-store anything."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.web.conftest import World
from vetting.errors import VettingError
from vetting.ingest import load_candidates, load_exclusions
from vetting.intake import safe_name
from vetting.settings import Settings
from vetting.tokens import create_token

HEADER = "candidate_id,full_name,date_of_birth,nationality,gender\n"
cells = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)
rows = st.lists(st.lists(cells, min_size=0, max_size=7), max_size=20)


def _csv(table: list[list[str]]) -> str:
    def quote(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"'

    return HEADER + "".join(",".join(quote(c) for c in row) + "\n" for row in table)


@settings(
    max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(table=rows)
def test_any_csv_rows_load_or_fail_cleanly(tmp_path: Path, table: list[list[str]]) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_text(_csv(table), encoding="utf-8")
    try:
        loaded = load_candidates(path, Settings())
    except VettingError:
        return
    keys = [p.key for p in loaded.people]
    assert len(keys) == len(set(keys))
    for problem in loaded.problems:
        assert 2 <= problem.line <= len(table) + 1 and problem.message


@settings(
    max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000))
@example(data=b"x\x01\x02\x01")  # a zlib header: polars read it as a compressed stream
def test_any_bytes_as_a_file_fail_cleanly(tmp_path: Path, data: bytes) -> None:
    for suffix in (".csv", ".xlsx", ".parquet"):
        path = tmp_path / f"fuzz{suffix}"
        path.write_bytes(data)
        for load in (load_candidates, load_exclusions):
            with contextlib.suppress(VettingError):
                load(path, Settings())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | cells,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "candidates",
                    "candidate_id",
                    "full_name",
                    "date_of_birth",
                    "reference",
                    "date_format",
                    "x",
                ]
            ),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


def test_random_json_gets_a_clear_4xx_never_a_crash(client: TestClient, world: World) -> None:
    token = create_token(world.engine, office="AMM", name="fuzz")
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    @settings(max_examples=120, deadline=3000)
    @given(body=json_values)
    def post(body: object) -> None:
        response = client.post("/api/v1/batches", content=json.dumps(body), headers=headers)
        assert response.status_code in (202, 422), (body, response.text)
        assert "detail" in response.json() or "batch_id" in response.json()

    post()
    garbage = client.post("/api/v1/batches", content=b"{not json", headers=headers)
    assert garbage.status_code == 422


@given(name=st.text(max_size=300))
def test_upload_names_are_always_safe(name: str) -> None:
    safe = safe_name(name)
    assert safe and len(safe) <= 80
    assert "/" not in safe and "\\" not in safe and not safe.startswith(".")
    assert safe.isascii()
