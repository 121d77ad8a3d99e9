"""Names prepared across processes are the names prepared here, parts interned as here."""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import matching.bulk
from matching.bulk import Helper, prepare_ahead, prepare_names
from matching.names import Name, part_values, prepare_name
from tests.matching.test_batch import NAMES
from vetting.ingest import load_exclusions
from vetting.settings import Settings

ONLY_SECOND = ["Գևորգ Սարգսյան", "ნინო ბერიძე", "Ιωάννης Παπαδόπουλος", "José da Silva"]


def _values(names: Sequence[Name]) -> list[tuple[str, list[tuple[Any, ...]]]]:
    return [(name.original, [part_values(part) for part in name.parts]) for name in names]


def _list_file(folder: Path, separator: str, rejected_alias: str) -> Path:
    """A list of the test names, some with aliases, and a row rejected for its empty name."""
    rows = ["record_id,full_name,aliases,date_of_birth"]
    for i, text in enumerate([*NAMES, *ONLY_SECOND]):
        aliases = f"{NAMES[i % len(NAMES) - 1]}{separator}{text}" if i % 3 == 0 else ""
        rows.append(f'R{i},"{text}","{aliases}",19{50 + i % 40}-01-0{1 + i % 9}')
    rows.append(f'R-bad,"","{rejected_alias}",1970')
    path = folder / "list.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    """Share even a short list with a helper process."""
    monkeypatch.setattr(matching.bulk, "PARALLEL_MIN_NAMES", 2)


@pytest.mark.usefixtures("parallel")
def test_shared_preparation_gives_the_same_names_with_parts_interned_here() -> None:
    # the helper takes the second half: the first's names reversed, four more twice, and
    # a name of initials only, whose two parts are equal copies made names
    texts = [*NAMES, *NAMES[::-1], *ONLY_SECOND, *ONLY_SECOND, "A. A."]
    found = prepare_names(texts, workers=2)
    expected = [prepare_name(text) for text in texts]
    assert _values(found) == _values(expected)
    half = -(-len(texts) // 2)
    assert half <= texts.index(ONLY_SECOND[0])
    mine = {part_values(p): p for name in found[:half] for p in name.parts}
    theirs = [p for name in found[half:] for p in name.parts]
    # a helper's part equal to one made here is the one made here (parts hash by identity)
    assert all(p is mine[part_values(p)] for p in theirs if part_values(p) in mine)
    # the helper's own parts came from the other process: equal, not those made here
    helper_only = [p for p in theirs if part_values(p) not in mine]
    made_here = {id(p) for name in expected for p in name.parts}
    assert helper_only
    assert not any(id(p) in made_here for p in helper_only)
    # a name met twice in a share is one object, as preparing it here twice gives
    first = len(texts) - 1 - 2 * len(ONLY_SECOND)
    for k in range(len(ONLY_SECOND)):
        assert found[first + k] is found[first + len(ONLY_SECOND) + k]
    # and two equal parts kept apart stay apart (the batch counts parts by identity)
    initials = found[-1].parts
    assert len(initials) == 2 and initials[0] is not initials[1]
    assert len({id(p) for p in expected[-1].parts}) == 2


def test_few_names_are_prepared_here() -> None:
    texts = NAMES[:5]
    found = prepare_names(texts, workers=2)
    assert all(a is b for a, b in zip(found, (prepare_name(t) for t in texts), strict=True))


@pytest.mark.usefixtures("parallel")
def test_a_list_file_loads_the_same_people_whatever_the_workers(tmp_path: Path) -> None:
    path = _list_file(tmp_path, ";", "")  # the bad row rejected, and nothing else moves
    one = load_exclusions(path, Settings(match_workers=1))
    two = load_exclusions(path, Settings(match_workers=2))
    assert [p.key for p in two.people] == [p.key for p in one.people]
    assert len(two.people) == len(NAMES) + len(ONLY_SECOND)
    assert [_values(p.names) for p in two.people] == [_values(p.names) for p in one.people]
    assert [(p.birth_date, p.countries, p.gender) for p in two.people] == [
        (p.birth_date, p.countries, p.gender) for p in one.people
    ]
    assert {len(p.names) for p in two.people} == {1, 2}  # the alias repeating the name goes
    assert [(r.line, r.message) for r in two.problems] == [
        (r.line, r.message) for r in one.problems
    ]


@pytest.mark.usefixtures("parallel")
def test_a_name_met_again_anywhere_in_the_list_is_prepared_once() -> None:
    """Repeated across the shares (here and in the helper), a text is one name."""
    texts = [*NAMES, *ONLY_SECOND, *NAMES[:3]]
    found = prepare_names(texts, workers=2)
    assert _values(found) == _values([prepare_name(text) for text in texts])
    for k in range(3):
        assert found[len(NAMES) + len(ONLY_SECOND) + k] is found[k]


@pytest.mark.usefixtures("parallel")
def test_names_prepared_ahead_are_the_names_prepared_here() -> None:
    """A helper prepares the names a list is expected to give while this process checks
    its rows; the names asked for then are those prepared here, parts interned here,
    whether the helper had them (a rejected row's it prepared for nothing) or not."""
    expected = [*NAMES, "Rejected Row", *ONLY_SECOND]
    asked = [*NAMES, *ONLY_SECOND, "Not Expected Name", *NAMES[:2]]
    with Helper() as helper:
        ahead = prepare_ahead(helper, expected, workers=2)
        assert ahead is not None
        assert "Rejected Row" in ahead.texts and ONLY_SECOND[0] in ahead.texts
        found = prepare_names(asked, workers=2, ahead=ahead)
    assert _values(found) == _values([prepare_name(text) for text in asked])
    assert found[-2] is found[0] and found[-1] is found[1]
    made_here = {
        part_values(p): p for name in found if name.original not in ahead.texts for p in name.parts
    }
    helped = [p for name in found if name.original in ahead.texts for p in name.parts]
    assert all(p is made_here[part_values(p)] for p in helped if part_values(p) in made_here)
    # some came from the helper: not the objects this process's cache holds
    assert any(found[k] is not prepare_name(text) for k, text in enumerate(asked))


@pytest.mark.usefixtures("parallel")
def test_a_helper_dead_before_its_names_leaves_them_here(caplog: pytest.LogCaptureFixture) -> None:
    texts = [*NAMES, *ONLY_SECOND]
    with Helper() as helper, caplog.at_level(logging.WARNING, logger="matching.bulk"):
        pool = helper.pool()
        for process in list(pool._processes.values()):  # killed for the test
            process.kill()
            process.join()
        ahead = prepare_ahead(helper, texts, workers=2)
        found = prepare_names(texts, workers=1, ahead=ahead)
    assert _values(found) == _values([prepare_name(text) for text in texts])
    assert "helper process" in caplog.text


@pytest.mark.usefixtures("parallel")
def test_a_list_file_loads_the_same_people_with_names_prepared_ahead(tmp_path: Path) -> None:
    path = _list_file(tmp_path, "; ", "Only In A Rejected Row")
    one = load_exclusions(path, Settings(match_workers=1))
    with Helper() as helper:
        ahead = load_exclusions(path, Settings(match_workers=2), helper=helper)
    assert [p.key for p in ahead.people] == [p.key for p in one.people]
    assert [_values(p.names) for p in ahead.people] == [_values(p.names) for p in one.people]
    assert [(r.line, r.message) for r in ahead.problems] == [
        (r.line, r.message) for r in one.problems
    ]
    names = [name for person in ahead.people for name in person.names]
    assert any(name is not prepare_name(name.original) for name in names)  # the helper's


def test_a_helper_restarted_is_a_fresh_process() -> None:
    """Restarted, a helper lets its process go with what it held, and starts another."""
    with Helper() as helper:
        first = helper.pool().submit(os.getpid).result()
        helper.restart(start=True)
        second = helper.pool().submit(os.getpid).result()
    assert len({first, second, os.getpid()}) == 3
