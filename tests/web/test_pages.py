"""The review pages over HTTP: login, scope, CSRF, decisions, conflicts."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlmodel import Session, col, func, select

from tests.web.conftest import PASSWORD, World
from vetting.models import Alert, Decision


def _login(client: TestClient, username: str) -> None:
    page = client.get("/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token is not None
    response = client.post(
        "/login",
        data={"username": username, "password": PASSWORD, "csrf": token.group(1)},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found is not None
    return found.group(1)


def _first_alert(world: World) -> Alert:
    with Session(world.engine) as session:
        return session.exec(select(Alert).order_by(col(Alert.id))).first()  # type: ignore[return-value]


def test_pages_need_a_login_and_say_so(client: TestClient) -> None:
    response = client.get("/queue", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=/queue")
    bad = client.post("/login", data={"username": "amira", "password": "nope", "csrf": "x"})
    assert bad.status_code == 403  # no CSRF token from a login page
    page = client.get("/login")
    wrong = client.post(
        "/login", data={"username": "amira", "password": "wrong", "csrf": _csrf(page.text)}
    )
    assert wrong.status_code == 401 and "Wrong username or password" in wrong.text


def test_queue_shows_only_the_reviewers_regions(client: TestClient, world: World) -> None:
    _login(client, "kofi")
    assert "Nothing to review" in client.get("/queue").text
    alert = _first_alert(world)
    assert client.get(f"/alerts/{alert.id}").status_code == 404
    client.cookies.clear()
    _login(client, "amira")
    page = client.get("/queue")
    assert f'href="/alerts/{alert.id}"' in page.text
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert page.headers["x-frame-options"] == "DENY"
    rows = client.get("/queue?band=low", headers={"HX-Request": "true"})
    assert "<html" not in rows.text and "<table" in rows.text


def test_submitters_cannot_open_the_queue(client: TestClient) -> None:
    _login(client, "sara")
    assert client.get("/queue").status_code == 403


def test_decide_from_the_alert_page_and_a_stale_form_is_refused(
    client: TestClient, world: World
) -> None:
    alert = _first_alert(world)
    _login(client, "amira")
    page = client.get(f"/alerts/{alert.id}")
    assert "<mark" in page.text  # matched name parts highlighted
    token = _csrf(page.text)
    form = {"decision": "not_a_match", "reason": "different person", "revision": "0", "csrf": token}
    missing = client.post(f"/alerts/{alert.id}/decide", data={**form, "reason": " "})
    assert missing.status_code == 400 and "reason is required" in missing.text
    forged = client.post(f"/alerts/{alert.id}/decide", data={**form, "csrf": "forged"})
    assert forged.status_code == 403
    done = client.post(f"/alerts/{alert.id}/decide", data=form, follow_redirects=False)
    assert done.status_code == 303
    stale = client.post(f"/alerts/{alert.id}/decide", data={**form, "decision": "match"})
    assert stale.status_code == 409 and "was just decided by amira" in stale.text
    with Session(world.engine) as session:
        count = session.exec(
            select(func.count()).select_from(Decision).where(Decision.alert_id == alert.id)
        ).one()
    assert count == 1


def test_out_of_scope_actions_are_404_not_errors(client: TestClient, world: World) -> None:
    alert = _first_alert(world)
    _login(client, "kofi")  # reviews africa only
    token = _csrf(client.get("/queue").text)
    form = {"decision": "not_a_match", "reason": "x", "csrf": token}
    assert client.post(f"/alerts/{alert.id}/decide", data=form).status_code == 404
    assert client.post(f"/alerts/{alert.id}/release", data={"csrf": token}).status_code == 404
    assert client.get("/queue?age=99999999999").status_code == 200
