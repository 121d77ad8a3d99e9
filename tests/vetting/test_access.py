"""Login throttling and separation of duties."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from tests.conftest import WriteCsv
from tests.vetting.pipeline_helpers import set_up
from vetting.batches import screen_all, submit_batch
from vetting.errors import ForbiddenError, ThrottledError
from vetting.models import Role, utcnow
from vetting.review import decide, queue
from vetting.settings import Settings
from vetting.users import add_user, authenticate

PASSWORD = "a-long-enough-password"


def test_repeated_failures_lock_a_username_for_a_while(engine: Engine) -> None:
    add_user(engine, username="ann", role=Role.REVIEWER, password=PASSWORD)
    now = utcnow()
    for _ in range(4):
        assert authenticate(engine, "ann", "guess", max_failures=4, now=now) is None
    with pytest.raises(ThrottledError, match="try again in 15 minute"):
        authenticate(engine, "ann", PASSWORD, max_failures=4, now=now + timedelta(minutes=1))
    later = now + timedelta(minutes=16)
    found = authenticate(engine, "ann", PASSWORD, max_failures=4, now=later)
    assert found is not None and found.username == "ann"
    assert authenticate(engine, "ann", "guess", max_failures=4, now=later) is None  # reset


def test_unknown_usernames_lock_too(engine: Engine) -> None:
    now = utcnow()
    for _ in range(3):
        assert authenticate(engine, "nobody", "x", max_failures=3, now=now) is None
    with pytest.raises(ThrottledError):
        authenticate(engine, "nobody", "x", max_failures=3, now=now)


def test_failures_spread_out_do_not_lock(engine: Engine) -> None:
    add_user(engine, username="bob", role=Role.REVIEWER, password=PASSWORD)
    now = utcnow()
    for hour in range(6):
        when = now + timedelta(hours=hour)
        assert authenticate(engine, "bob", "guess", max_failures=3, now=when) is None
    assert authenticate(engine, "bob", PASSWORD, max_failures=3, now=now + timedelta(hours=6))


def test_separation_of_duties_bars_the_home_region(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    path = set_up(engine, settings, write_csv)
    batch = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    screen_all(engine, batch.batch_id, settings)
    local = add_user(engine, username="local", role=Role.REVIEWER, password=PASSWORD,
                     home_region="africa")  # fmt: skip
    outsider = add_user(engine, username="outsider", role=Role.REVIEWER, password=PASSWORD,
                        home_region="middle_east")  # fmt: skip
    alert = queue(engine, outsider)[0].alert_id
    assert queue(engine, local, separation=True) == []
    assert len(queue(engine, local, separation=False)) == 3
    with pytest.raises(ForbiddenError, match="separation of duties"):
        decide(engine, local, alert, "not_a_match", "no", separation=True)
    assert decide(engine, outsider, alert, "not_a_match", "no", separation=True).alert_status == (
        "not_a_match"
    )


def test_separation_of_duties_also_bars_viewing_and_claiming(
    engine: Engine, settings: Settings, write_csv: WriteCsv
) -> None:
    from vetting.review import alert_view, claim  # noqa: PLC0415

    path = set_up(engine, settings, write_csv)
    batch = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    screen_all(engine, batch.batch_id, settings)
    local = add_user(engine, username="local", role=Role.REVIEWER, password=PASSWORD,
                     home_region="africa")  # fmt: skip
    alert = queue(engine, local)[0].alert_id
    with pytest.raises(ForbiddenError):
        alert_view(engine, local, alert, separation=True)
    with pytest.raises(ForbiddenError):
        claim(engine, local, alert, minutes=30, separation=True)
    assert alert_view(engine, local, alert, separation=False).alert.id == alert


def test_parallel_guesses_are_all_counted(engine: Engine) -> None:
    import threading  # noqa: PLC0415

    add_user(engine, username="cat", role=Role.REVIEWER, password=PASSWORD)
    outcomes: list[str] = []

    def guess() -> None:
        try:
            outcomes.append(str(authenticate(engine, "cat", "wrong", max_failures=5)))
        except ThrottledError:
            outcomes.append("throttled")

    threads = [threading.Thread(target=guess) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("None") == 5 and outcomes.count("throttled") == 7
    with pytest.raises(ThrottledError):
        authenticate(engine, "cat", PASSWORD, max_failures=5)
