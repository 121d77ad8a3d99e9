"""A real browser (Debian's chromium driven by Playwright) through the review workflow.

Set ``VETTING_SCREENSHOT_DIR=docs`` to refresh the committed screenshots of the queue and
the alert page.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright
from sqlmodel import Session, col, select

from tests.web.conftest import PASSWORD, World
from vetting.db import make_engine, upgrade
from vetting.models import Alert, AlertStatus, Candidate

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Chromium from the system (no browser download)."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """The browser tests run on the embedded default, a SQLite file."""
    url = f"sqlite:///{tmp_path / 'browser.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return url


def _login(browser: Browser, base: str, username: str) -> Page:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{base}/queue")
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Review queue")).to_be_visible()
    return page


def _login_as_auditor(browser: Browser, base: str) -> Page:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{base}/login")
    page.get_by_label("Username").fill("olga")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Turnaround metrics")).to_be_visible()
    return page


def _alerts(world: World) -> list[tuple[int, str]]:
    with Session(world.engine) as session:
        rows = session.exec(
            select(Alert.id, Candidate.full_name)
            .join(Candidate, col(Candidate.id) == col(Alert.candidate_pk))
            .order_by(col(Alert.id))
        ).all()
        return [(int(i or 0), n) for i, n in rows]


def _status(world: World, alert_id: int) -> str:
    with Session(world.engine) as session:
        alert = session.get(Alert, alert_id)
        assert alert is not None
        return alert.status


def _decide(page: Page, decision: str, reason: str) -> None:
    page.get_by_label(decision, exact=False).check()
    page.get_by_label("Reason (required)").fill(reason)
    page.get_by_role("button", name="Record decision").click()


def test_review_in_the_browser(
    browser: Browser, live_server: str, world: World, tmp_path: Path
) -> None:
    shots = Path(os.environ.get("VETTING_SCREENSHOT_DIR") or tmp_path)
    alerts = _alerts(world)
    assert len(alerts) >= 3
    first, second = alerts[0][0], alerts[1][0]

    amira = _login(browser, live_server, "amira")
    rows = amira.locator("table.queue tbody tr")
    expect(rows).to_have_count(len(alerts))
    amira.screenshot(path=str(shots / "review-queue.png"), full_page=True)
    amira.get_by_label("Band").select_option("high")  # HTMX swaps the rows in place
    expect(amira.locator("table.queue caption")).to_contain_text("open alert")

    native = next((i for i, name in alerts if not name.isascii()), first)
    amira.goto(f"{live_server}/alerts/{native}")
    expect(amira.get_by_role("heading", name="Candidate", exact=True)).to_be_visible()
    expect(amira.locator("mark").first).to_be_visible()
    amira.screenshot(path=str(shots / "alert-page.png"), full_page=True)

    amira.goto(f"{live_server}/queue")  # keyboard only: focus the first alert, Enter, decide
    amira.locator(f'a[href="/alerts/{first}"]').focus()
    amira.keyboard.press("Enter")
    expect(amira).to_have_url(f"{live_server}/alerts/{first}")
    amira.get_by_label("Not a match").focus()
    amira.keyboard.press("Space")
    amira.keyboard.press("Tab")  # out of the radio group, into the reason
    expect(amira.get_by_label("Reason (required)")).to_be_focused()
    amira.keyboard.type("Different father's name and birth place on the passport.")
    amira.keyboard.press("Tab")
    amira.keyboard.press("Enter")
    expect(amira.locator(".flash")).to_contain_text("not a match recorded")
    assert _status(world, first) == AlertStatus.NOT_A_MATCH

    amira.goto(f"{live_server}/alerts/{second}")
    _decide(amira, "Match (needs a second reviewer)", "Same name, birth date and nationality.")
    expect(amira.locator(".flash")).to_contain_text("awaiting confirmation")
    amira.goto(f"{live_server}/alerts/{second}")
    _decide(amira, "Confirm match", "I confirm my own proposal.")
    expect(amira.get_by_role("alert")).to_contain_text("a second, different reviewer")
    assert _status(world, second) == AlertStatus.AWAITING_CONFIRMATION

    tomas = _login(browser, live_server, "tomas")
    tomas.goto(f"{live_server}/alerts/{second}")
    expect(tomas.locator(".note")).to_contain_text("Proposed as a match by amira")
    _decide(tomas, "Confirm match", "Confirmed against the HR file.")
    expect(tomas.locator(".flash")).to_contain_text("alert is now match")
    assert _status(world, second) == AlertStatus.MATCH
    tomas.goto(f"{live_server}/alerts/{second}")
    expect(tomas.locator("ol.history li")).to_have_count(2)  # the refused one left no row

    olga = _login_as_auditor(browser, live_server)
    expect(olga.locator(".charts img")).to_have_count(3)
    olga.wait_for_load_state("networkidle")
    assert olga.evaluate("[...document.images].every(i => i.complete && i.naturalWidth > 0)")
    olga.screenshot(path=str(shots / "metrics-page.png"), full_page=True)
    names = ("review-queue.png", "alert-page.png", "metrics-page.png")
    assert all((shots / n).stat().st_size > 10_000 for n in names)
