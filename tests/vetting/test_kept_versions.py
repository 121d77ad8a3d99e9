"""List versions kept between screening processes: built once, read back by the next."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest
from sqlalchemy import Engine, update
from sqlmodel import Session

import vetting.people
from matching.model import MatchResult, Person
from tests.conftest import WriteCsv
from tests.vetting.pipeline_helpers import set_up
from vetting.ingest import load_candidates
from vetting.models import ListVersion
from vetting.people import clear_matchers, matcher_for, people_at
from vetting.settings import Settings


def _kept(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.list"))


def _found(results: Iterable[MatchResult]) -> list[tuple[str, str, float, str]]:
    return sorted((r.candidate_key, r.record_key, r.score, r.explanation()) for r in results)


@pytest.fixture
def keeping(settings: Settings, tmp_path: Path) -> Settings:
    """Settings that keep every list version, however small, in a private folder."""
    return settings.model_copy(
        update={"list_cache_dir": str(tmp_path / "lists"), "list_cache_min_records": 1}
    )


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make reading the list from the database fail: a matcher must come from the file."""

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("the list was read from the database again")

    monkeypatch.setattr(vetting.people, "people_at", refuse)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_kept_version_is_read_back_by_the_next_process_and_matches_alike(
    engine: Engine,
    keeping: Settings,
    write_csv: WriteCsv,
    monkeypatch: pytest.MonkeyPatch,
    workers: int,
) -> None:
    """The first matcher of a version builds it and keeps it; the next process (a cleared
    cache here) reads it back instead of reading and indexing the list, packed for
    scoring processes or unpacked to score in-process, and finds the same pairs."""
    path = set_up(engine, keeping, write_csv)
    candidates = load_candidates(path, keeping).people
    built = matcher_for(engine, 1, workers=workers, settings=keeping)
    expected = _found(built.match(candidates, threshold=0.7))
    assert expected  # the helper's batch meets the list
    assert len(_kept(Path(keeping.list_cache_dir))) == 1
    clear_matchers()
    _no_reading(monkeypatch)
    read = matcher_for(engine, 1, workers=workers, settings=keeping)
    assert isinstance(read.records, list) is (workers == 1)  # else packed
    assert _found(read.match(candidates, threshold=0.7)) == expected
    assert [r.key for r in read.records] == [r.key for r in built.records]


def test_another_database_at_the_same_address_is_not_read_from_the_file(
    engine: Engine, keeping: Settings, write_csv: WriteCsv
) -> None:
    """A version is known by its checksum and import time too: version 1 of a database
    made again at the same address (as tests and demos do) is another list, which
    replaces the earlier one's file."""
    set_up(engine, keeping, write_csv)
    matcher_for(engine, 1, settings=keeping)
    (before,) = _kept(Path(keeping.list_cache_dir))
    clear_matchers()
    with Session(engine) as session:
        session.execute(update(ListVersion).values(checksum="0" * 64))
        session.commit()
    calls: list[int] = []
    real = vetting.people.people_at

    def counted(session: Session, version: int, *, workers: int = 1) -> object:
        calls.append(version)
        return real(session, version, workers=workers)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(vetting.people, "people_at", counted)
        matcher_for(engine, 1, settings=keeping)
    assert calls == [1]
    (after,) = _kept(Path(keeping.list_cache_dir))  # in place of the earlier database's
    assert after != before


def test_a_damaged_kept_version_is_built_again_and_replaced(
    engine: Engine, keeping: Settings, write_csv: WriteCsv, caplog: pytest.LogCaptureFixture
) -> None:
    set_up(engine, keeping, write_csv)
    first = _found(matcher_for(engine, 1, settings=keeping).match(_everyone(engine), threshold=0.7))
    clear_matchers()
    (kept,) = _kept(Path(keeping.list_cache_dir))
    kept.write_bytes(b"not a pickle")
    again = matcher_for(engine, 1, settings=keeping)
    assert "unreadable" in caplog.text
    assert _found(again.match(_everyone(engine), threshold=0.7)) == first
    assert kept.stat().st_size > 100  # kept anew


def test_small_versions_no_settings_or_an_empty_folder_keep_nothing(
    engine: Engine,
    settings: Settings,
    keeping: Settings,
    write_csv: WriteCsv,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Nothing is kept (nor looked for) without settings or with an empty folder setting,
    and a list smaller than the minimum is indexed afresh: no file anywhere, here or in
    the working folder an empty setting could be mistaken for."""
    set_up(engine, settings, write_csv)
    monkeypatch.chdir(tmp_path)
    asked: list[str] = []
    real_read, real_keep = vetting.people.read_version, vetting.people.keep_version

    def read(given: Settings, name: str) -> object:
        asked.append("read")
        return real_read(given, name)

    def keep(given: Settings, name: str, kept: object) -> None:
        asked.append("keep")
        real_keep(given, name, kept)  # type: ignore[arg-type]

    monkeypatch.setattr(vetting.people, "read_version", read)
    monkeypatch.setattr(vetting.people, "keep_version", keep)
    for given, expected in (
        (None, []),
        (keeping.model_copy(update={"list_cache_dir": ""}), []),
        (keeping.model_copy(update={"list_cache_min_records": 1_000}), ["read"]),
        (keeping, ["read", "keep"]),  # the same list kept, to show the others could be
    ):
        clear_matchers()
        asked.clear()
        matcher_for(engine, 1, settings=given)
        assert asked == expected
        kept = sorted(tmp_path.rglob("*.list"))
        assert len(kept) == (1 if given is keeping else 0)


def test_an_empty_version_reads_as_no_people(engine: Engine, settings: Settings) -> None:
    """A version with no records (none imported yet, read by number) is no people on
    either database, not an error."""
    with Session(engine) as session:
        assert people_at(session, 0) == []


def _everyone(engine: Engine) -> list[Person]:
    with Session(engine) as session:
        return list(people_at(session, 1))
