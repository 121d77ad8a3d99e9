"""Normalisation: tokens, titles, particles, and properties that must hold for any input."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from matching.names import PartKind, prepare_name
from matching.text import clean, hyphened_form, tokenize


def test_punctuation_hyphens_and_case() -> None:
    assert tokenize("AL-ASSAD, Bashar") == ["al", "assad", "bashar"]
    assert tokenize("Jean-Claude  JUNCKER") == ["jean", "claude", "juncker"]


def test_apostrophes_join_and_digits_inside_words_are_letters() -> None:
    assert tokenize("Ba'asyir") == ["baasyir"]
    assert tokenize("Ig0r Sech1n 1975") == ["igor", "sechin"]


def test_arabic_article_is_split_off() -> None:
    assert tokenize("الأسد") == ["ال", "أسد"]


@pytest.mark.parametrize("joined", ["اسدالله", "اسد\u200cالله", "اسد الله"])
def test_a_compound_with_allah_written_joined_splits_as_written_apart(joined: str) -> None:
    assert tokenize(joined) == ["اسد", "ال", "له"]
    assert tokenize("عبدالله") == ["عبد", "ال", "له"]
    assert tokenize("الله") == ["ال", "له"]  # Allah alone, as before


def test_titles_in_several_scripts_are_dropped() -> None:
    for text in (
        "Dr. Rami Makhlouf",
        "Sheikh Rami Makhlouf",
        "الشيخ رامي مخلوف",
        "г-н Рами Махлуф",
        "Sr. Rami Makhlouf",
    ):
        parts = [p.latin for p in prepare_name(text).parts]
        assert len(parts) == 2, text


def test_a_title_alone_is_kept_rather_than_leaving_nothing() -> None:
    assert [p.latin for p in prepare_name("Doctor").parts] == ["doctor"]


def test_particles_and_initials_are_marked() -> None:
    kinds = {p.latin: p.kind for p in prepare_name("Osama bin Laden J.").parts}
    assert kinds["bin"] is PartKind.PARTICLE
    assert kinds["j"] is PartKind.INITIAL
    assert kinds["osama"] is PartKind.NAME


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_tokenize_is_idempotent_and_never_fails(text: str) -> None:
    tokens = tokenize(text)
    assert tokenize(" ".join(tokens)) == tokens
    assert all(t and " " not in t for t in tokens)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_clean_is_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "M", "Nd", "P", "Zs"))))
@example("Ъ")  # a hard sign alone has no Cyrillic reading (once an IndexError)
@example("ь ъ")
def test_prepare_name_never_fails_and_parts_are_ascii(text: str) -> None:
    for part in prepare_name(text).parts:
        assert part.latin.isascii() and part.latin.isalpha()


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Sean O´Brien", ["sean", "obrien"]),  # an accent typed beside the letter
        ("N˜zamett˜n", ["nzamettn"]),
        ("Ba¨r", ["bar"]),
    ],
)
def test_modifier_symbols_do_not_split_a_name(name: str, tokens: list[str]) -> None:
    assert tokenize(name) == tokens


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Choi Geon-U", ["choi", "geonu"]),  # Korean 건우: one syllable, not an initial
        ("Kim Ji-A, Lee", ["kim", "jia", "lee"]),
        ("Jean-P Sartre", ["jean", "p", "sartre"]),  # a consonant stays an initial
        ("Marie-A. Dupont", ["marie", "a", "dupont"]),  # so does an abbreviated name
        ("Jean-Paul", ["jean", "paul"]),
    ],
)
def test_a_vowel_hyphened_to_a_name_is_one_of_its_syllables(name: str, tokens: list[str]) -> None:
    assert tokenize(name) == tokens


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Ata ur Rahman", ["ataur", "rahman"]),  # written as "Ataur Rahman" is
        ("Zia-ur-Rahman Khan", ["ziaur", "rahman", "khan"]),
        ("Shams un Nahar", ["shamsun", "nahar"]),
        ("Anis uz Zaman", ["anisuz", "zaman"]),
        ("Ata ur Hassan", ["ata", "ur", "hassan"]),  # no r to assimilate to
        ("Ur Rahman", ["ur", "rahman"]),  # nothing before it
        ("Al ur Rahman", ["al", "ur", "rahman"]),  # too short to be the name before
        ("Nizam ud Din", ["nizam", "ud", "din"]),  # "ud Din" is read as it stands
    ],
)
def test_a_detached_assimilated_article_joins_the_name_before(name: str, tokens: list[str]) -> None:
    assert tokenize(name) == tokens


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        ("Ma. Cristina Reyes", "maria cristina reyes"),  # Filipino "Ma." is María
        ("REYES, MA. CRISTINA", "reyes maria cristina"),
        ("Ma Ying-jeou", "ma ying jeou"),  # without its point, Ma is a name
        ("Jan van 't Hek", "jan van het hek"),  # Dutch 't is the article het
        ("Mark 'T' Smith", "mark t smith"),  # a quoted initial stays one
        ("علی خامنه\u200cای", "علی خامنای"),  # a Persian he before a joiner is a vowel
    ],
)
def test_abbreviations_and_joiners_read_as_written_out(raw: str, cleaned: str) -> None:
    assert clean(raw) == cleaned


def test_dutch_t_is_a_particle_not_an_initial() -> None:
    kinds = {p.raw: p.kind for p in prepare_name("Mick van 't Wel").parts}
    assert kinds["het"] is PartKind.PARTICLE and "t" not in kinds


def test_every_hyphen_a_keyboard_writes_hyphens_a_name() -> None:
    for dash in "-\u2010\u2013\u2014\u2043\u2212\ufe63\uff0d":
        assert hyphened_form(f"Kuo Tai{dash}ming") == "kuo tai-ming", repr(dash)
    assert hyphened_form("Kuo T\u2019ai - ming") == "kuo tai-ming"
    assert hyphened_form("Kuo Tai Ming") == ""
    assert hyphened_form("Jos\u00e9 Garc\u00eda") == ""
