"""Auditor pages: metrics with charts, the audit trail, CSV exports, and who may see them."""

from __future__ import annotations

import csv
import io

from fastapi.testclient import TestClient
from sqlmodel import Session

from tests.web.conftest import World
from tests.web.test_pages import _login
from vetting.audit import record_event


def test_only_auditors_and_admins_see_metrics_and_the_trail(client: TestClient) -> None:
    _login(client, "amira")
    assert client.get("/metrics").status_code == 403
    assert client.get("/audit/export.csv").status_code == 403
    client.cookies.clear()
    _login(client, "olga")
    assert client.get("/queue").status_code == 403
    assert client.get("/", follow_redirects=False).headers["location"] == "/metrics"


def test_metrics_page_charts_and_export(client: TestClient) -> None:
    _login(client, "olga")
    page = client.get("/metrics?since=2020-01-01")
    assert page.status_code == 200
    assert page.text.count('<img src="/metrics/chart/') == 3
    assert "Completion time by region" in page.text and "middle_east" in page.text
    chart = client.get("/metrics/chart/weekly.png?since=2020-01-01")
    assert chart.headers["content-type"] == "image/png"
    assert chart.content.startswith(b"\x89PNG") and len(chart.content) > 5_000
    assert client.get("/metrics/chart/nope.png").status_code == 404
    exported = client.get("/metrics/export.csv?table=batches")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert rows and rows[0]["region"] == "middle_east"
    assert int(rows[0]["candidates"]) > 0
    assert client.get("/metrics?since=yesterday").status_code == 400


def test_audit_trail_filters_and_safe_export(client: TestClient, world: World) -> None:
    with Session(world.engine) as session:
        record_event(session, actor="=HYPERLINK(\"x\")", action="user.added",
                     subject_type="user", subject_id="mallory")  # fmt: skip
        session.commit()
    _login(client, "olga")
    page = client.get("/audit?action=alert.raised")
    assert "alert.raised" in page.text and "batch.submitted" not in page.text
    everything = client.get("/audit")
    assert "batch.submitted" in everything.text and "list.imported" in everything.text
    exported = client.get("/audit/export.csv?action=user.")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    assert {r["action"] for r in rows} == {"user.added"}
    assert any(r["actor"] == '\'=HYPERLINK("x")' for r in rows)
    assert exported.headers["content-disposition"] == 'attachment; filename="audit-trail.csv"'
    logged = client.get("/audit?action=export.")
    assert "export.downloaded" in logged.text and "audit-trail" in logged.text
