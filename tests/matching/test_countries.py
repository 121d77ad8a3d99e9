"""Nationality cells to ISO codes."""

from __future__ import annotations

import pytest

from matching.countries import normalize_countries


def test_codes_names_and_lists() -> None:
    assert normalize_countries("af") == {"AF"}
    assert normalize_countries("AFG") == {"AF"}
    assert normalize_countries("Russia; Syria") == {"RU", "SY"}
    assert normalize_countries("Kosovo") == {"XK"}


def test_unknown_and_empty_are_neutral() -> None:
    assert normalize_countries("Atlantis") == frozenset()
    assert normalize_countries(None) == frozenset()
    assert normalize_countries("") == frozenset()


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("Kenyan", "KE"),
        ("Somali", "SO"),
        ("Iraqi", "IQ"),
        ("Sudanese", "SD"),
        ("South Sudanese", "SS"),
        ("Ukrainian", "UA"),
        ("Moroccan", "MA"),
        ("Filipino", "PH"),
        ("British", "GB"),
        ("Nigerian", "NG"),
        ("Nigerien", "NE"),
        ("Syrie", "SY"),  # the UN's other languages
        ("سوريا", "SY"),
        ("Сирия", "SY"),
        ("叙利亚", "SY"),
        ("Côte d’Ivoire", "CI"),
        ("DRC", "CD"),
    ],
)
def test_nationalities_and_names_in_other_languages_are_read(cell: str, code: str) -> None:
    assert normalize_countries(cell) == {code}


@pytest.mark.parametrize("cell", ["Congolese", "Korean", "Stateless", "Unknown"])
def test_a_nationality_of_two_countries_or_none_is_not_guessed(cell: str) -> None:
    assert normalize_countries(cell) == frozenset()
