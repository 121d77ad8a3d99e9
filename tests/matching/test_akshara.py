"""Vowels a Brahmic spelling writes against the vowels of a Latin spelling."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matching.akshara import vowels_disagree, written_vowels
from matching.batch import Matcher
from matching.compare import MIN_PART_SIMILARITY, part_similarity
from matching.model import Person
from matching.names import prepare_name
from matching.scripts import Script, dominant_script


def _disagree(raw: str, latin: str) -> bool:
    return vowels_disagree(raw, dominant_script(raw), latin)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Harun: aa, then u (a Tamil u may only break a cluster), then no vowel
        ("ஹாருண்", (("a", False), ("u", True))),
        # Mangai: the inherent vowel, then ai; the virama takes ங's vowel
        ("மங்கை", (("*", True), ("ai", False))),
        # Krishna: a vocalic r, then the inherent vowel of ण
        ("कृष्ण", (("r", True), ("*", True))),
        # Sourav: au, then two consonants of their own vowel (o in Bengali)
        ("সৌরভ", (("au", False), ("*", True), ("*", True))),
        # Dilshani: Sinhala names its signs its own way
        ("ඩිල්ශානි", (("i", False), ("a", False), ("i", False))),
        # Iyer: a vowel letter opens the name
        ("ஐயர்", (("ai", False), ("*", True))),
    ],
)
def test_written_vowels(raw: str, expected: tuple[tuple[str, bool], ...]) -> None:
    assert written_vowels(raw, dominant_script(raw)) == expected


def test_written_vowels_of_another_script_are_unknown() -> None:
    assert written_vowels("harun", Script.LATIN) is None
    assert written_vowels("ஹாருண்x", Script.TAMIL) is None


@pytest.mark.parametrize(
    ("raw", "latin"),
    [
        ("ஹாருண்", "hiranya"),  # Harun: no u, and an i it does not write
        ("ஹாருண்", "hirnya"),  # anyascii's Hiranya, its inherent vowels left out
        ("மங்கை", "manikko"),  # Mangai: no ai, and an i and o it does not write
        ("हिरण्या", "harun"),  # Hiranya: no i
    ],
)
def test_other_vowels_disagree(raw: str, latin: str) -> None:
    assert _disagree(raw, latin)


@pytest.mark.parametrize(
    ("raw", "latin"),
    [
        ("ஹாருண்", "harun"),
        ("ஹாருண்", "haroon"),
        ("हारुन", "haroon"),
        ("லட்சுமி", "lakshmi"),  # the u only breaks the cluster
        ("பிரகாஷ்", "prakash"),  # and the i
        ("கிருஷ்ணன்", "krishnan"),
        ("कृष्ण", "krishna"),
        ("राजकुमार", "rajkumar"),  # an inherent vowel left unsaid
        ("তন্ময়", "tonmoy"),  # the Bengali inherent vowel is o
        ("তন্ময়", "tanmay"),
        ("সৌরভ", "sourav"),
        ("श्रेया", "shriya"),  # e and i are close
        ("ஐயர்", "iyer"),
        ("மங்கை", "mangay"),
        ("ඩිල්ශානි", "dilshani"),
        ("மணிக்கோ", "mnikkea"),  # an o in two parts, written letter by letter
        ("ஹாருண்", "hrn"),  # a spelling without vowels: nothing to compare
    ],
)
def test_same_vowels_agree(raw: str, latin: str) -> None:
    assert not _disagree(raw, latin)


def test_one_vowel_otherwise_is_a_typo_only_in_a_longer_name() -> None:
    assert not _disagree("चोपरा", "chipra")  # three syllables: Chopra mistyped
    assert _disagree("हिरण्या", "harun")  # two vowels otherwise
    assert _disagree("ஹாருண்", "hirun")  # two syllables: too short to tell


@given(st.text(max_size=12), st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=12))
def test_never_crashes(raw: str, latin: str) -> None:
    for script in (Script.TAMIL, Script.DEVANAGARI, Script.SINHALA):
        assert vowels_disagree(raw, script, latin) in (True, False)


def _similarity(latin: str, brahmic: str) -> float:
    (left,) = prepare_name(latin).parts
    (right,) = prepare_name(brahmic).parts
    return part_similarity(left, right)[0]


@pytest.mark.parametrize(
    ("latin", "brahmic"),
    [("Hiranya", "ஹாருண்"), ("Manikko", "மங்கை"), ("Harun", "हिरण्या")],
)
def test_equal_consonants_with_other_vowels_do_not_align(latin: str, brahmic: str) -> None:
    assert _similarity(latin, brahmic) < MIN_PART_SIMILARITY


@pytest.mark.parametrize(
    ("latin", "brahmic"),
    [
        ("Harun", "ஹாருண்"),
        ("Haroon", "हारुन"),
        ("Lakshmi", "லட்சுமி"),
        ("Prakash", "பிரகாஷ்"),
        ("Chipra", "चोपरा"),  # one vowel mistyped in a name of three syllables
        ("Naveen", "ନବୀନ"),  # by the sound of its second reading, ବ as v
        ("Naveen", "নবীন"),
    ],
)
def test_the_same_name_still_aligns(latin: str, brahmic: str) -> None:
    assert _similarity(latin, brahmic) >= MIN_PART_SIMILARITY


def test_batch_path_raises_the_name_and_not_its_consonants() -> None:
    records = [
        Person(key="harun", names=(prepare_name("ஹாருண்"),)),
        Person(key="mangai", names=(prepare_name("மங்கை"),)),
    ]
    found = {
        (r.candidate_key, r.record_key)
        for r in Matcher(records).match(
            [
                Person(key="Hiranya", names=(prepare_name("Hiranya"),)),
                Person(key="Haroon", names=(prepare_name("Haroon"),)),
                Person(key="Manikko", names=(prepare_name("Manikko"),)),
                Person(key="Mangai", names=(prepare_name("Mangai"),)),
            ],
            threshold=0.7,
        )
    }
    assert found == {("Haroon", "harun"), ("Mangai", "mangai")}


def test_batch_path_raises_a_name_by_its_other_reading() -> None:
    records = [Person(key="naveen", names=(prepare_name("ନବୀନ ପଟ୍ଟନାୟକ"),))]
    found = [
        r.record_key
        for r in Matcher(records).match(
            [Person(key="c", names=(prepare_name("Naveen Patnaik"),))], threshold=0.7
        )
    ]
    assert found == ["naveen"]


def test_a_reading_without_its_vowels_meets_a_latin_spelling_only_when_equal() -> None:
    # anyascii writes अर्चना "arcna": Aruna is one letter from it, and another name
    assert _similarity("Aruna", "अर्चना") < MIN_PART_SIMILARITY
    assert _similarity("Arcna", "अर्चना") == 1.0
    assert _similarity("Archana", "अर्चना") == 1.0
