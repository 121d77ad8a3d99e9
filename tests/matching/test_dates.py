"""Partial dates: reading what files hold, and the evidence two dates give."""

from __future__ import annotations

import pytest

from matching.dates import PartialDate, Precision, compare_dates, parse_date
from matching.errors import InvalidDateError, VettingError


def test_precisions() -> None:
    assert parse_date("1975") == PartialDate(1975)
    assert parse_date("1975-07") == PartialDate(1975, 7)
    assert parse_date("1975-7-2") == PartialDate(1975, 7, 2)
    assert parse_date("19750702") == PartialDate(1975, 7, 2)
    assert parse_date("") is None and parse_date(None) is None
    assert parse_date("1975-07-02").precision is Precision.DAY  # type: ignore[union-attr]


def test_unambiguous_day_first_and_month_first() -> None:
    assert parse_date("25/04/1985") == PartialDate(1985, 4, 25)
    assert parse_date("04/25/1985") == PartialDate(1985, 4, 25)


def test_ambiguous_date_keeps_only_the_year_and_says_so() -> None:
    date = parse_date("03/04/1985")
    assert date is not None and date.precision is Precision.YEAR and date.year == 1985
    assert date.note is not None and "ambiguous" in date.note


@pytest.mark.parametrize(
    "text", ["1974-01-32", "1968-13-30", "2999", "1800-01-01", "next year", "31.02.1990"]
)
def test_impossible_dates_raise_under_the_project_root(text: str) -> None:
    with pytest.raises(InvalidDateError) as info:
        parse_date(text)
    assert isinstance(info.value, VettingError)


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        ("1975-07-02", "1975-07-02", "exact"),
        ("1975-07-02", "1975-02-07", "swap"),
        ("1975-07-02", "1975-07-03", "near"),
        ("1975-07-02", "1975-07-22", "typo"),
        ("1988-01-06", "1989-01-06", "typo"),
        ("1935-10-25", "1953-10-25", "typo"),  # two neighbouring digits typed swapped
        ("1975-07-12", "1975-07-21", "typo"),
        ("1935-10-25", "1936-10-26", "conflict"),  # two digits differ, not a swap
        ("1935-10-25", "1955-10-23", "conflict"),  # two digits apart, not neighbours
        ("1935", "1953", "conflict"),  # known only to the year: no typo to tell
        ("1975", "1975-07-02", "same_year"),
        ("1975-01-01", "1975-06-30", "same_year"),
        ("1975", "1979", "conflict"),
    ],
)
def test_kinds_of_agreement(left: str, right: str, kind: str) -> None:
    a, b = parse_date(left), parse_date(right)
    assert a is not None and b is not None
    assert compare_dates(a, b).kind == kind
    assert compare_dates(b, a).kind == kind
    # batch bounds ask without the detail: the same verdict, nothing written
    quiet, said = compare_dates(a, b, explain=False), compare_dates(a, b)
    assert (quiet.kind, quiet.years_apart, quiet.detail) == (said.kind, said.years_apart, "")
    assert said.detail


def test_conflict_measures_the_distance() -> None:
    a, b = parse_date("1960"), parse_date("1971-05-05")
    assert a is not None and b is not None
    assert compare_dates(a, b).years_apart == 11


def test_swapped_digits_are_named_in_the_detail() -> None:
    a, b = parse_date("1952-10-10"), parse_date("1925-10-10")
    assert a is not None and b is not None
    found = compare_dates(a, b)
    assert found.kind == "typo" and "two digits swapped" in found.detail


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12-MAR-1985", (1985, 3, 12)),  # spreadsheet and database exports
        ("March 12, 1985", (1985, 3, 12)),
        ("12th March 1985", (1985, 3, 12)),
        ("1er mars 1985", (1985, 3, 1)),
        ("12 de marzo de 1985", (1985, 3, 12)),
        ("12. März 1985", (1985, 3, 12)),
        ("12 марта 1985", (1985, 3, 12)),
        ("12 مارس 1985", (1985, 3, 12)),
        ("1985年3月12日", (1985, 3, 12)),
        ("1985년 3월 12일", (1985, 3, 12)),
        ("fevrier 1990", (1990, 2, None)),  # typed without its accent; no day: a month
    ],
)
def test_a_month_by_name_is_read_in_any_order(
    text: str, expected: tuple[int, int, int | None]
) -> None:
    date = parse_date(text)
    assert date is not None
    assert (date.year, date.month, date.day) == expected


@pytest.mark.parametrize(
    "text", ["Mar 12 85", "12 Foo 1985", "March April 1985", "12 13 March 1985", "30 February 1985"]
)
def test_a_named_month_date_is_read_whole_or_not_at_all(text: str) -> None:
    """A two-digit year, a word that is no month, two months or two days: unreadable."""
    with pytest.raises(InvalidDateError):
        parse_date(text)
