"""Submitters' pages and the JSON API: outcomes only, tokens scoped to one office."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, func, select

from tests.web.conftest import World
from tests.web.test_pages import _csrf, _login
from vetting.models import Batch
from vetting.tokens import create_token, revoke_token

CSV = "candidate_id,full_name,date_of_birth\nX1,Anas Baghdadi,1962-07-12\nX2,Grace Wanjiru,1988\n"


def test_a_submitter_uploads_and_sees_outcomes_only(client: TestClient, world: World) -> None:
    _login(client, "sara")
    page = client.get("/batches")
    assert page.status_code == 200 and "Submit batch" in page.text
    done = client.post(
        "/batches/upload",
        data={"csrf": _csrf(page.text)},
        files={"file": ("../../etc/batch one.csv", CSV.encode(), "text/csv")},
        follow_redirects=False,
    )
    assert done.status_code == 303, done.text
    batch_page = client.get(done.headers["location"])
    assert "X1" in batch_page.text and "X2" in batch_page.text
    assert re.search(r"<td>X1</td><td>under review</td>", batch_page.text)
    assert re.search(r"<td>X2</td><td>cleared</td>", batch_page.text)
    for secret in ("Baghdadi", "EXC-", "score", "explanation"):
        assert secret not in batch_page.text  # no record, no score, no name echoed back
    stored = list(Path(world.settings.upload_dir).glob("*-batch_one.csv"))
    assert stored and all(".." not in p.name and "/" not in p.name for p in stored)


def test_uploads_refuse_other_formats_and_other_offices_batches(
    client: TestClient, world: World
) -> None:
    _login(client, "sara")
    token = _csrf(client.get("/batches").text)
    bad = client.post("/batches/upload", data={"csrf": token},
                      files={"file": ("list.exe", b"MZ", "application/octet-stream")})  # fmt: skip
    assert bad.status_code == 400 and "upload a .csv, .xlsx or .parquet file" in bad.text
    assert client.get(f"/batches/{world.batch_id}").status_code == 200  # AMM's own batch
    with Session(world.engine) as session:
        other = Batch(office_id=2, region_id=2, source_name="n.csv", checksum="zz",
                      total_rows=0, rejected_rows=0, candidate_count=0)  # fmt: skip
        session.add(other)
        session.commit()
        other_id = other.id
    assert client.get(f"/batches/{other_id}").status_code == 404


def _api(client: TestClient, token: str, body: object) -> tuple[int, dict[str, object]]:
    response = client.post(
        "/api/v1/batches", json=body, headers={"Authorization": f"Bearer {token}"}
    )
    return response.status_code, response.json()


def test_api_submission_status_idempotency_and_revocation(client: TestClient, world: World) -> None:
    token = create_token(world.engine, office="AMM", name="hr-system")
    body = {
        "reference": "weekly",
        "candidates": [
            {"candidate_id": "A1", "full_name": "Anas Baghdadi", "date_of_birth": "1962-07-12"},
            {"candidate_id": "A2", "full_name": "", "date_of_birth": "1990"},
            {"candidate_id": "A3", "full_name": "Grace Wanjiru", "date_of_birth": "03/04/1988"},
        ],
    }
    status, answer = _api(client, token, body)
    assert status == 202, answer
    assert (answer["created"], answer["candidates"], answer["rejected"]) == (True, 2, 1)
    problems = answer["problems"]
    assert isinstance(problems, list)
    assert {
        "index": 1,
        "field": "full_name",
        "problem": "empty name",
        "severity": "error",
    } in problems
    assert any(p["index"] == 2 and "ambiguous" in p["problem"] for p in problems)
    again_status, again = _api(client, token, body)
    assert again_status == 202 and again["batch_id"] == answer["batch_id"] and not again["created"]
    state = client.get(f"/api/v1/batches/{answer['batch_id']}",
                       headers={"Authorization": f"Bearer {token}"}).json()  # fmt: skip
    assert state["candidates"] == [
        {"candidate_id": "A1", "outcome": "under review"},
        {"candidate_id": "A3", "outcome": "cleared"},
    ]
    other = create_token(world.engine, office="NBO", name="other")
    denied = client.get(f"/api/v1/batches/{answer['batch_id']}",
                        headers={"Authorization": f"Bearer {other}"})  # fmt: skip
    assert denied.status_code == 404
    revoke_token(world.engine, 1)
    status, answer = _api(client, token, body)
    assert status == 401 and "valid API token" in str(answer["detail"])


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"candidates": []},
        {"candidates": [{"candidate_id": "", "full_name": "X"}]},
        {"candidates": [{"candidate_id": "1", "full_name": "X", "extra": 1}]},
        {"candidates": [{"candidate_id": "1", "full_name": "X" * 301}]},
        {"candidates": "nope"},
        {"candidates": [{"candidate_id": "1", "full_name": "X"}], "date_format": "YMD"},
    ],
)
def test_api_rejects_malformed_bodies_with_a_clear_422(
    client: TestClient, world: World, body: object
) -> None:
    token = create_token(world.engine, office="AMM", name="t")
    status, answer = _api(client, token, body)
    assert status == 422
    assert isinstance(answer["detail"], list) and answer["detail"][0]["problem"]
    with Session(world.engine) as session:
        assert session.exec(select(func.count()).select_from(Batch)).one() == 1


def test_api_without_or_with_a_bad_token_is_401_and_oversized_is_413(client: TestClient) -> None:
    body = {"candidates": [{"candidate_id": "1", "full_name": "X"}]}
    assert client.post("/api/v1/batches", json=body).status_code == 401
    assert _api(client, "vt_made-up", body)[0] == 401
    huge = client.post(
        "/api/v1/batches",
        content=b"{" + b" " * (60 * 1024 * 1024) + b"}",
        headers={"Authorization": "Bearer vt_x", "Content-Type": "application/json"},
    )
    assert huge.status_code == 413
