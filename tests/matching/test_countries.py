"""Nationality cells to ISO codes."""

from __future__ import annotations

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
