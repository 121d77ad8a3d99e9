"""A man's given name and the woman's made from it (Jan / Jana) beside the two forms of a
family name (Novák / Nováková) are two people; the pair lists also run through
:mod:`tests.matching.test_real_names`."""

from __future__ import annotations

import pytest

from matching.gender_pairs import gender_pairs, other_gender
from matching.model import Person, score_pair
from matching.names import prepare_name
from tests.matching.real_names import REVIEW, score

OTHER_GENDER_NAMES = [
    ("Jan Novák", "Jana Nováková"),  # a father and daughter: the family name in its two forms
    ("Petr Novák", "Petra Nováková"),
    ("Ivan Horváth", "Ivana Horváthová"),
    ("Andrej Baško", "Andrea Bašková"),
    ("Daniel Dvořáček", "Daniela Dvořáčková"),
    ("Aleksandr Tolstoy", "Aleksandra Tolstaya"),
    ("Aleksandr Ivanov", "Aleksandra Ivanova"),  # a letter apart, as spellings
    ("Александр Иванов", "Aleksandra Ivanova"),
    ("Dominik Hrubý", "Dominika Hrubá"),
    ("Jānis Bērziņš", "Jāna Bērziņa"),
]
"""The forms of the family name mark a man and a woman, and so do the given names: raised
at 0.75 to 0.85 by the feminine form alone."""

SAME_NAMES = [
    ("Mario Rossi", "Mario Rosi"),
    ("Maria Rossi", "Mariya Rossi"),
    ("Мария Иванова", "Maria Ivanova"),
    ("Nikola Petrović", "Nicola Petrovic"),
    ("Andrea Bianchi", "Andrea Bianchi"),
    ("آریا هدایت", "arya hdayt"),  # ICU's letters: "ary" of آریا is no man's name Ary
    # beside one form of the family name a man's and a woman's given name still meet as
    # spellings, as before: a mistyped name (Valentina written Valentin) must not be lost
    ("ვალენტინა პატარაია", "ქალბატონი ვალენტინ პატარაია"),
    ("Juana Maldonado", "Juan Maldonado"),
]


TABLE_PAIRS = [
    ("mario", "maria"), ("jan", "jana"), ("paul", "paula"), ("louis", "louise"),
    ("michel", "michelle"), ("karim", "karima"), ("alexander", "alexandra"),
    ("evgeniy", "evgeniya"), ("ioannis", "ioanna"), ("andrej", "andrea"),
]  # fmt: skip


@pytest.mark.parametrize(("male", "female"), TABLE_PAIRS)
def test_the_table_holds_the_pairs_endings_make(male: str, female: str) -> None:
    assert (male, female) in gender_pairs()
    assert other_gender(female, male)


@pytest.mark.parametrize("name", ["jean", "kim", "nikola", "sasha"])
def test_a_name_of_either_sex_makes_no_pair(name: str) -> None:
    assert not any(name in pair for pair in gender_pairs())


@pytest.mark.parametrize(("left", "right"), SAME_NAMES)
def test_one_name_still_meets_its_spellings(left: str, right: str) -> None:
    assert score(left, right) >= REVIEW


def test_the_conflict_is_explained() -> None:
    left = Person("a", (prepare_name("Petr Novák"),))
    right = Person("b", (prepare_name("Petra Nováková"),))
    detail = score_pair(left, right).contributions[0].detail
    assert "a man's and a woman's given name" in detail
    assert "feminine form" in detail


def test_the_table_is_what_the_fixture_writes() -> None:
    """``data/gender_pairs.tsv`` is what ``fixtures/gender_pairs_table.py`` writes today."""
    from fixtures.gender_pairs_table import given_names, pairs  # noqa: PLC0415 - reads Faker

    assert set(pairs(given_names())) == gender_pairs()
    assert len(gender_pairs()) > 1_000
