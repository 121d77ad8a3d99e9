"""The audit trail's hash chain: every kind of tampering, done directly in the database."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine, text
from sqlmodel import Session
from typer.testing import CliRunner

from tests.conftest import WriteCsv
from tests.vetting.pipeline_helpers import set_up
from vetting.audit import canonical, record_event, verify
from vetting.batches import screen_all, submit_batch
from vetting.cli import app
from vetting.db import make_engine, upgrade
from vetting.settings import Settings, get_settings


@pytest.fixture
def trail(engine: Engine, settings: Settings, write_csv: WriteCsv) -> Engine:
    """A real history: offices, a list import, a batch screened (a few dozen events)."""
    path = set_up(engine, settings, write_csv)
    batch = submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    screen_all(engine, batch.batch_id, settings)
    return engine


def _sql(engine: Engine, statement: str, **params: object) -> None:
    with engine.begin() as connection:
        connection.execute(text(statement), params)


def _count(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM auditevent")).scalar_one())


def test_an_untouched_trail_verifies(trail: Engine) -> None:
    result = verify(trail)
    assert result.ok, result.problems
    assert result.checked == _count(trail) >= 8


def test_an_edited_event_is_detected(trail: Engine) -> None:
    _sql(trail, "UPDATE auditevent SET actor = 'someone-else' WHERE seq = 3")
    assert any("seq 3" in p and "altered" in p for p in verify(trail).problems)


def test_an_edited_detail_is_detected(trail: Engine) -> None:
    _sql(trail, "UPDATE auditevent SET detail = '{}' WHERE action = 'list.imported'")
    assert not verify(trail).ok


def test_a_deleted_event_is_detected(trail: Engine) -> None:
    _sql(trail, "DELETE FROM auditevent WHERE seq = 4")
    problems = verify(trail).problems
    assert any("jumps from 3 to 5" in p for p in problems)


def test_a_removed_tail_is_detected(trail: Engine) -> None:
    _sql(trail, "DELETE FROM auditevent WHERE seq = (SELECT max(seq) FROM auditevent)")
    assert any("head says" in p for p in verify(trail).problems)


def test_reordered_events_are_detected(trail: Engine) -> None:
    _sql(trail, "UPDATE auditevent SET seq = -1 WHERE seq = 2")
    _sql(trail, "UPDATE auditevent SET seq = 2 WHERE seq = 5")
    _sql(trail, "UPDATE auditevent SET seq = 5 WHERE seq = -1")
    assert not verify(trail).ok


def _when(value: object) -> dt.datetime:
    when = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when


def test_an_inserted_event_is_detected_even_with_a_well_formed_hash(trail: Engine) -> None:
    _sql(trail, "UPDATE auditevent SET seq = -(seq + 1) WHERE seq > 5")
    _sql(trail, "UPDATE auditevent SET seq = -seq WHERE seq < 0")
    with Session(trail) as session:
        previous, at = session.execute(text("SELECT hash, at FROM auditevent WHERE seq = 5")).one()
    content = canonical(6, _when(at), "mallory", "alert.decided", "alert", "1", {})
    forged = hashlib.sha256(previous.encode() + b"\n" + content).hexdigest()
    _sql(trail, "INSERT INTO auditevent (seq, prev_hash, hash, at, actor, action, subject_type, "
         "subject_id, detail) VALUES (6, :p, :h, :at, 'mallory', 'alert.decided', 'alert', '1', "
         "'{}')", p=previous, h=forged, at=at)  # fmt: skip
    problems = verify(trail).problems
    assert any("seq 7" in p and "does not link" in p for p in problems), problems


def test_with_a_key_a_rewritten_chain_is_detected(
    engine: Engine, settings: Settings, write_csv: WriteCsv, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(get_settings(), "audit_key", SecretStr("kept-outside-the-database"))
    path = set_up(engine, settings, write_csv)
    submit_batch(engine, path, region="africa", office="NBO", settings=settings)
    assert verify(engine).ok
    # someone with database access edits an event and recomputes every hash without the key
    _sql(engine, "UPDATE auditevent SET actor = 'mallory' WHERE seq = 2")
    with Session(engine) as session:
        rows = session.execute(text(
            "SELECT seq, at, actor, action, subject_type, subject_id, detail FROM auditevent "
            "ORDER BY seq")).all()  # fmt: skip
    previous = "0" * 64
    for seq, at, actor, action, stype, sid, detail in rows:
        when = _when(at)
        body = detail if isinstance(detail, dict) else json.loads(detail)
        digest = hashlib.sha256(
            previous.encode() + b"\n" + canonical(seq, when, actor, action, stype, sid, body)
        ).hexdigest()
        _sql(engine, "UPDATE auditevent SET prev_hash = :p, hash = :h WHERE seq = :s",
             p=previous, h=digest, s=seq)  # fmt: skip
        previous = digest
    _sql(engine, "UPDATE audithead SET hash = :h", h=previous)
    assert any("altered" in p for p in verify(engine).problems)


def test_audit_verify_command(trail: Engine, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VETTING_DATABASE_URL", db_url)
    get_settings.cache_clear()
    try:
        ok = CliRunner().invoke(app, ["audit", "verify"])
        assert ok.exit_code == 0 and "audit trail intact" in ok.output
        _sql(trail, "UPDATE auditevent SET action = 'nothing' WHERE seq = 1")
        bad = CliRunner().invoke(app, ["audit", "verify"])
        assert bad.exit_code == 5 and "TAMPERED" in bad.output
    finally:
        get_settings.cache_clear()


def test_upgrading_an_older_database_chains_its_existing_events(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(engine, "0002")
    with engine.begin() as connection:
        for n in range(3):
            connection.execute(text(
                "INSERT INTO auditevent (at, actor, action, subject_type, subject_id, detail) "
                f"VALUES ('2026-01-0{n + 1} 10:00:00.000000', 'cli', 'office.added', 'office', "
                f"'X{n}', '{{}}')"))  # fmt: skip
    upgrade(engine)
    with Session(engine) as session:
        record_event(session, actor="cli", action="region.added", subject_type="region",
                     subject_id="r")  # fmt: skip
        session.commit()
    result = verify(engine)
    assert result.ok, result.problems
    assert result.checked == 4


def test_a_tail_cut_with_a_rewound_head_is_caught_by_an_anchor(trail: Engine) -> None:
    from vetting.audit import head  # noqa: PLC0415

    anchor = head(trail)
    _sql(trail, "DELETE FROM auditevent WHERE seq > :s", s=anchor[0] - 3)
    with Session(trail) as session:
        seq, digest = session.execute(
            text("SELECT seq, hash FROM auditevent ORDER BY seq DESC LIMIT 1")
        ).one()
    _sql(trail, "UPDATE audithead SET seq = :s, hash = :h", s=seq, h=digest)
    assert verify(trail).ok  # undetectable from inside the database alone...
    problems = verify(trail, anchor=anchor).problems
    assert any("cut below it" in p for p in problems)  # ...but not against an anchor
