"""A packed list unpacks to the same people, sharing name parts as the originals did."""

from __future__ import annotations

import pickle

import pytest

from matching.dates import PartialDate, parse_date
from matching.model import Person, score_pair
from matching.names import prepare_name
from matching.packed import pack


def _people() -> list[Person]:
    shared = prepare_name("Mohammed Al-Hassan")
    return [
        Person(
            "r1",
            (shared, prepare_name("محمد الحسن")),
            parse_date("1980-03-04"),
            frozenset({"SY", "LB"}),
            "m",
        ),
        Person("r2", (prepare_name("Wang Xiaoming"),), parse_date("1975"), frozenset({"CN"})),
        Person("r3", (prepare_name("Владимир Петров"),), PartialDate(1961, 1, 1, "placeholder?")),
        Person("r4", (shared,)),
        Person("r5", ()),
    ]


def test_every_person_unpacks_to_the_same_fields() -> None:
    people = _people()
    packed = pack(people)
    assert len(packed) == len(people)
    for original, unpacked in zip(people, packed, strict=True):
        assert unpacked.key == original.key
        assert unpacked.birth_date == original.birth_date
        assert unpacked.countries == original.countries
        assert unpacked.gender == original.gender
        assert [n.original for n in unpacked.names] == [n.original for n in original.names]
        for mine, theirs in zip(unpacked.names, original.names, strict=True):
            # the very same part objects: parts compare by identity
            assert all(a is b for a, b in zip(mine.parts, theirs.parts, strict=True))
            assert len(mine.parts) == len(theirs.parts)


def test_a_share_unpacked_in_order_is_what_indexing_gives() -> None:
    people = _people()
    packed = pack(people)
    share = list(packed.unpacked(1, 4))
    assert [p.key for p in share] == ["r2", "r3", "r4"]
    for mine, theirs in zip(share, people[1:4], strict=True):
        assert mine.birth_date == theirs.birth_date
        assert mine.countries == theirs.countries
        assert [[id(p) for p in n.parts] for n in mine.names] == [
            [id(p) for p in n.parts] for n in theirs.names
        ]
    assert list(packed.unpacked(5, 5)) == []
    assert packed.parts[0] is people[0].names[0].parts[0]


def test_sent_to_another_process_the_parts_stay_shared() -> None:
    """A scoring process receives the list pickled: a part in two records is one object."""
    copy = pickle.loads(pickle.dumps(pack(_people())))
    first, fourth = copy[0], copy[3]
    assert first.names[0].parts[0] is fourth.names[0].parts[0]
    assert first.names[0].parts[0] is not _people()[0].names[0].parts[0]


def test_unpacked_records_score_as_the_originals() -> None:
    people = _people()
    copy = pickle.loads(pickle.dumps(pack(people)))
    candidate = Person("c", (prepare_name("Muhammad Hasan"),), parse_date("1980-04-03"))
    for original, unpacked in zip(people, copy, strict=True):
        assert score_pair(candidate, unpacked) == score_pair(candidate, original)


def test_an_index_past_the_end_is_refused() -> None:
    packed = pack(_people())
    for index in (5, -1):
        with pytest.raises(IndexError):
            packed[index]


def test_a_record_asked_for_again_is_the_one_unpacked_before() -> None:
    """Kept records are the same objects, which the caches keyed by names meet again; a
    copy sent to another process keeps none and unpacks its own."""
    packed = pack(_people())
    first = packed[0]
    assert packed[0] is first
    copy = pickle.loads(pickle.dumps(packed))
    assert copy[0] is not first
    assert copy[0].key == first.key and copy[0] is copy[0]


def test_birth_dates_and_countries_met_twice_are_stored_once() -> None:
    born = parse_date("1980-03-04")
    people = [
        Person(f"r{i}", (prepare_name(name),), parse_date("1980-03-04"), frozenset({"SY"}))
        for i, name in enumerate(("Ali Hassan", "Omar Khalil"))
    ]
    copy = pickle.loads(pickle.dumps(pack(people)))
    assert copy[0].birth_date == born
    assert copy[0].birth_date is copy[1].birth_date
    assert copy[0].countries is copy[1].countries
