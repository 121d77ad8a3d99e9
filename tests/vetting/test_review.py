"""The review workflow: queue order and scope, claims, four eyes, concurrency, completion."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, func, select

from tests.conftest import WriteCsv
from tests.vetting.pipeline_helpers import set_up
from vetting.batches import screen_all, submit_batch
from vetting.errors import (
    ClaimedError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    OwnMatchError,
    UsageError,
)
from vetting.models import Alert, Batch, Candidate, Decision, Role, utcnow
from vetting.review import QueueFilters, alert_view, claim, decide, highlight, queue
from vetting.settings import Settings
from vetting.users import Account, add_user

PASSWORD = "correct horse battery"


def _world(engine: Engine, settings: Settings, write_csv: WriteCsv) -> dict[str, Account]:
    path = set_up(engine, settings, write_csv)
    batch = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    screen_all(engine, batch.batch_id, settings)
    return {
        "ann": add_user(engine, username="ann", role=Role.REVIEWER, password=PASSWORD),
        "bob": add_user(
            engine, username="bob", role=Role.REVIEWER, password=PASSWORD, regions=["africa"]
        ),
        "eve": add_user(
            engine, username="eve", role=Role.REVIEWER, password=PASSWORD, regions=["middle_east"]
        ),
        "cyd": add_user(engine, username="cyd", role=Role.REVIEWER, password=PASSWORD),
        "sam": add_user(
            engine, username="sam", role=Role.SUBMITTER, password=PASSWORD, office="NBO"
        ),
    }


def _alert_of(engine: Engine, candidate_id: str) -> int:
    with Session(engine) as session:
        return int(
            session.exec(
                select(Alert.id)
                .join(Candidate, col(Candidate.id) == col(Alert.candidate_pk))
                .where(Candidate.candidate_id == candidate_id)
            ).one()
            or 0
        )


def _candidate(engine: Engine, candidate_id: str) -> Candidate:
    with Session(engine) as session:
        return session.exec(select(Candidate).where(Candidate.candidate_id == candidate_id)).one()


def test_queue_is_ordered_by_band_then_age_and_scoped_to_regions(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    users = _world(engine, settings, write_csv)
    items = queue(engine, users["bob"])
    assert len(items) == 3
    ranks = [{"high": 0, "medium": 1, "low": 2}[i.band] for i in items]
    assert ranks == sorted(ranks)
    assert [i.alert_id for i in queue(engine, users["ann"])] == [i.alert_id for i in items]
    assert queue(engine, users["eve"]) == []
    assert queue(engine, users["bob"], QueueFilters(region="europe")) == []
    assert len(queue(engine, users["bob"], QueueFilters(office="NBO"))) == 3
    assert queue(engine, users["bob"], QueueFilters(min_age_days=1)) == []
    later = utcnow() + timedelta(days=2)
    assert len(queue(engine, users["bob"], QueueFilters(min_age_days=1), now=later)) == 3
    with pytest.raises(ForbiddenError):
        queue(engine, users["sam"])
    with pytest.raises(NotFoundError):
        alert_view(engine, users["eve"], items[0].alert_id)


def test_not_a_match_is_final_and_completes_the_candidate(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    users = _world(engine, settings, write_csv)
    alert = _alert_of(engine, "C1")
    with pytest.raises(UsageError, match="reason is required"):
        decide(engine, users["bob"], alert, "not_a_match", "  ")
    outcome = decide(engine, users["bob"], alert, "not_a_match", "different father's name")
    assert (outcome.alert_status, outcome.candidate_status) == ("not_a_match", "cleared")
    assert _candidate(engine, "C1").completed_at is not None
    with pytest.raises(ConflictError, match="was just decided by bob"):
        decide(engine, users["ann"], alert, "match", "looks the same")


def test_a_match_needs_a_second_different_reviewer(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    users = _world(engine, settings, write_csv)
    alert = _alert_of(engine, "C2")
    first = decide(engine, users["bob"], alert, "match", "same name, same birth year")
    assert first.alert_status == "awaiting_confirmation"
    assert first.candidate_status == "under_review"
    with pytest.raises(OwnMatchError):
        decide(engine, users["bob"], alert, "match", "I confirm my own")
    view = alert_view(engine, users["ann"], alert)
    assert view.proposer == "bob"
    final = decide(engine, users["ann"], alert, "match", "confirmed: same passport")
    assert (final.alert_status, final.candidate_status) == ("match", "not_cleared")
    with Session(engine) as session:
        rows = session.exec(
            select(Decision.decision, Decision.resulting_status).order_by(col(Decision.id))
        ).all()
    assert [tuple(r) for r in rows] == [
        ("match", "awaiting_confirmation"),
        ("match", "match"),
    ]


def test_a_disputed_match_goes_back_to_the_queue_and_needs_information_parks(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    users = _world(engine, settings, write_csv)
    alert = _alert_of(engine, "C3")
    decide(engine, users["bob"], alert, "match", "same name")
    disputed = decide(engine, users["ann"], alert, "not_a_match", "different birth day")
    assert disputed.alert_status == "open"
    assert alert_view(engine, users["ann"], alert).disputed
    parked = decide(engine, users["ann"], alert, "needs_information", "asked HR for passport")
    assert parked.alert_status == "needs_information"
    assert [i.status for i in queue(engine, users["bob"]) if i.alert_id == alert] == [
        "needs_information"
    ]
    for party in ("bob", "ann"):  # neither the proposer nor the contester settles it alone
        with pytest.raises(OwnMatchError, match="has not taken part"):
            decide(engine, users[party], alert, "not_a_match", "passport differs")
    final = decide(engine, users["cyd"], alert, "not_a_match", "passport differs")
    assert final.alert_status == "not_a_match"


def test_parking_a_proposed_match_does_not_let_one_reviewer_overturn_it(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    users = _world(engine, settings, write_csv)
    alert = _alert_of(engine, "C2")
    decide(engine, users["bob"], alert, "match", "same name")
    decide(engine, users["ann"], alert, "needs_information", "asking HR")
    with pytest.raises(OwnMatchError):
        decide(engine, users["ann"], alert, "not_a_match", "never mind")
    assert decide(engine, users["cyd"], alert, "match", "confirmed").alert_status == "match"


def test_the_batch_completes_when_every_candidate_is_decided(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    users = _world(engine, settings, write_csv)
    for candidate in ("C1", "C2", "C3"):
        outcome = decide(engine, users["bob"], _alert_of(engine, candidate), "not_a_match", "no")
    assert outcome.batch_status == "complete"
    with Session(engine) as session:
        batch = session.exec(select(Batch)).one()
        assert batch.completed_at is not None


def test_claims_keep_others_off_until_they_expire(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    users = _world(engine, settings, write_csv)
    alert = _alert_of(engine, "C1")
    now = utcnow()
    claim(engine, users["bob"], alert, minutes=30, now=now)
    with pytest.raises(ClaimedError, match="claimed by bob"):
        claim(engine, users["ann"], alert, minutes=30, now=now)
    with pytest.raises(ClaimedError, match="claimed by bob"):
        decide(engine, users["ann"], alert, "not_a_match", "no", now=now)
    assert [i.claimed_by for i in queue(engine, users["ann"], now=now) if i.alert_id == alert] == [
        "bob"
    ]
    later = now + timedelta(minutes=31)
    claim(engine, users["ann"], alert, minutes=30, now=later)
    assert decide(engine, users["ann"], alert, "not_a_match", "no", now=later).alert_status == (
        "not_a_match"
    )


def _race(engine: Engine, users: dict[str, Account], alert: int, revision: int) -> dict[str, str]:
    """Two reviewers submit different decisions on one alert at the same instant."""
    barrier = threading.Barrier(2)
    results: dict[str, str] = {}

    def act(name: str, decision: str) -> None:
        barrier.wait()
        try:
            decide(engine, users[name], alert, decision, f"by {name}", seen_revision=revision)
            results[name] = "ok"
        except ConflictError as exc:
            results[name] = str(exc)

    threads = [
        threading.Thread(target=act, args=("bob", "not_a_match")),
        threading.Thread(target=act, args=("ann", "needs_information")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_two_reviewers_deciding_at_the_same_moment_exactly_one_counts(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    users = _world(engine, settings, write_csv)
    for candidate in ("C1", "C2", "C3"):
        alert = _alert_of(engine, candidate)
        revision = alert_view(engine, users["bob"], alert).alert.revision
        results = _race(engine, users, alert, revision)
        assert sorted(v == "ok" for v in results.values()) == [False, True], results
        loser = next(v for v in results.values() if v != "ok")
        assert "was just decided by" in loser and "not recorded" in loser
        with Session(engine) as session:
            count = session.exec(
                select(func.count()).select_from(Decision).where(Decision.alert_id == alert)
            ).one()
            assert count == 1
            stored = session.get(Alert, alert)
            assert stored is not None and stored.revision == revision + 1


def test_a_claim_taken_while_another_reviewer_looks_wins(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    users = _world(engine, settings, write_csv)
    alert = _alert_of(engine, "C1")
    revision = alert_view(engine, users["ann"], alert).alert.revision  # ann opens the page
    claim(engine, users["bob"], alert, minutes=30)  # bob claims meanwhile
    with pytest.raises(ClaimedError, match="bob"):
        decide(engine, users["ann"], alert, "not_a_match", "no", seen_revision=revision)


def test_a_han_name_is_highlighted_as_it_was_compared() -> None:
    """宇文泰 written as one word is cut 宇 | 文泰; compared with 宇文 泰 it was cut as that
    name is, and the page marks the parts so cut, each with its partner."""
    left, right, shown = highlight("宇文泰", ["Yuwen Tai", "宇文 泰"])
    assert shown == "宇文 泰"
    assert [(p.text, p.partner, p.matched) for p in left] == [
        ("宇文", "宇文", True),
        ("泰", "泰", True),
    ]
    assert all(p.matched for p in right)
