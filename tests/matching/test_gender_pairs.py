"""A man's given name and the woman's made from it are two names (Mario / Maria); the
pair lists also run through :mod:`tests.matching.test_real_names`."""

from __future__ import annotations

import pytest

from matching.dates import parse_date
from matching.gender_pairs import gender_pairs, other_gender
from matching.model import Person, score_pair
from matching.names import prepare_name
from tests.matching.real_names import REVIEW, score

OTHER_GENDER_NAMES = [
    ("Mario Rossi", "Maria Rossi"),
    ("Juan Garcia", "Juana Garcia"),
    ("Daniel Martin", "Daniela Martin"),
    ("Paul Smith", "Paula Smith"),
    ("Louis Martin", "Louise Martin"),
    ("Michel Dupont", "Michelle Dupont"),
    ("Francesco Bianchi", "Francesca Bianchi"),
    ("Giovanni Russo", "Giovanna Russo"),
    ("Aleksandr Ivanov", "Aleksandra Ivanova"),
    ("Александр Иванов", "Aleksandra Ivanova"),
    ("Karim Benali", "Karima Benali"),
    ("Jan Novák", "Jana Nováková"),  # a father and daughter, the family name in its forms
    ("Petr Novák", "Petra Nováková"),
]
"""Brothers and sisters, husbands and wives, namesakes: raised at 0.75 to 0.94 before."""

SAME_NAMES = [
    ("Mario Rossi", "Mario Rosi"),
    ("Maria Rossi", "Mariya Rossi"),
    ("Мария Иванова", "Maria Ivanova"),
    ("Nikola Petrović", "Nicola Petrovic"),  # Nikola is either sex's name: no pair
    ("Andrea Bianchi", "Andrea Bianchi"),
    ("آریا هدایت", "arya hdayt"),  # ICU's letters: "ary" of آریا is no man's name Ary
]


@pytest.mark.parametrize(("male", "female"), [("mario", "maria"), ("jan", "jana"),
                                              ("paul", "paula"), ("louis", "louise"),
                                              ("michel", "michelle"), ("karim", "karima"),
                                              ("alexander", "alexandra"), ("evgeniy", "evgeniya"),
                                              ("ioannis", "ioanna"), ("andrej", "andrea")])  # fmt: skip
def test_the_table_holds_the_pairs_endings_make(male: str, female: str) -> None:
    assert (male, female) in gender_pairs()
    assert other_gender(female, male)


@pytest.mark.parametrize("name", ["jean", "kim", "nikola", "sasha"])
def test_a_name_of_either_sex_makes_no_pair(name: str) -> None:
    assert not any(name in pair for pair in gender_pairs())


@pytest.mark.parametrize(("left", "right"), SAME_NAMES)
def test_one_name_still_meets_its_spellings(left: str, right: str) -> None:
    assert score(left, right) >= REVIEW


def test_the_same_birth_date_still_raises_a_name_mistyped_as_the_other_sexs() -> None:
    born = parse_date("1980-03-04")
    left = Person("a", (prepare_name("Mario Rossi"),), born)
    right = Person("b", (prepare_name("Maria Rossi"),), born)
    assert score_pair(left, right).score >= REVIEW
    assert score("Mario Rossi", "Maria Rossi") < REVIEW


def test_the_table_is_what_the_fixture_writes() -> None:
    """``data/gender_pairs.tsv`` is what ``fixtures/gender_pairs_table.py`` writes today."""
    from fixtures.gender_pairs_table import given_names, pairs  # noqa: PLC0415 - reads Faker

    assert set(pairs(given_names())) == gender_pairs()
    assert len(gender_pairs()) > 1_000
