"""Short forms of given names (:mod:`matching.short_forms`): Bob is Robert, Саша is Aleksandr."""

from __future__ import annotations

import random

import pytest

from matching.compare import SHORT_FORM, part_similarity
from matching.dates import parse_date
from matching.model import Person, score_pair
from matching.names import prepare_name
from matching.short_forms import short_form_groups, short_form_of
from tests.matching.real_names import REVIEW, batch_misses, score

SHORT_FORMS = [
    ("Bob Smith", "Robert Smith"),  # English, from the nicknames package
    ("Bill Gates", "William Gates"),
    ("Peggy Jones", "Margaret Jones"),
    ("Jack Brown", "John Brown"),  # one length: from the project's table
    ("Kate Miller", "Katherine Miller"),
    ("Alex Ivanov", "Alexander Ivanov"),  # a beginning of the full name
    ("Саша Петрова", "Aleksandra Petrova"),  # a Russian short form in Cyrillic
    ("Dima Volkov", "Дмитрий Волков"),
    ("Vova Sidorenko", "Volodymyr Sidorenko"),  # Ukrainian spelling of the full name
    ("Pepe García", "José Garcia"),  # Spanish
    ("Paco Lopez", "Francisco López"),
    ("Yannis Pappas", "Ιωάννης Παππάς"),  # Greek: the name used, the passport's
    ("Giorgos Nikolaou", "Georgios Nikolaou"),
    ("Κώστας Νικολάου", "Konstantinos Nikolaou"),
    ("Babis Papadakis", "Χαράλαμπος Παπαδάκης"),
    ("Katerina Georgiou", "Αικατερίνη Γεωργίου"),
    ("Kasia Nowak", "Katarzyna Nowak"),  # Polish
    ("Gosia Wiśniewska", "Małgorzata Wisniewska"),
    ("Wojtek Kowalski", "Wojciech Kowalski"),
    ("Jirka Novák", "Jiří Novák"),  # Czech
    ("Саша Петровић", "Aleksandar Petrovic"),  # Serbian, in Cyrillic
    ("Guille Ruiz", "Guillermo Ruiz"),
]


@pytest.mark.parametrize(("short", "full"), SHORT_FORMS)
def test_a_short_form_of_the_given_name_reaches_review(short: str, full: str) -> None:
    assert score(short, full) >= REVIEW
    assert score(full, short) == score(short, full)


@pytest.mark.parametrize(("short", "full"), SHORT_FORMS)
def test_the_explanation_says_short_form(short: str, full: str) -> None:
    result = score_pair(Person("c", (prepare_name(short),)), Person("r", (prepare_name(full),)))
    assert "short form 0.85" in result.explanation()


def test_the_batch_path_raises_short_forms_both_ways() -> None:
    assert batch_misses(SHORT_FORMS) == set()


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ian Brown", "John Brown"),  # a translation the package lists as a short form
        ("Erin Hall", "Aaron Hall"),
        ("Eric Stone", "Derrick Stone"),  # full names of their own
        ("Sandra Cole", "Alexandra Cole"),
        ("Lisa Clark", "Alice Clark"),
        ("Bill Moore", "Robert Moore"),  # listed the other way round too
        ("Ali Hassan", "Alice Hassan"),  # a very common name of its own elsewhere
        ("Jan Novak", "Janice Novak"),  # a full name in Czech, Dutch, Pashto
        ("Giorgos Nikolaou", "Giannis Nikolaou"),  # two Greek names people go by
        ("Sakis Pappas", "Spyridon Pappas"),  # Sakis is Athanasios's, or Anastasios's
        ("Ioanna Pappas", "Yannis Pappas"),  # his short form is not hers
        ("Katka Georgiou", "Aikaterini Georgiou"),  # Czech Katerina's, not the Greek
    ],
)
def test_other_given_names_the_table_links_are_not_short_forms(one: str, other: str) -> None:
    assert score(one, other) < REVIEW


def test_a_short_form_alone_is_no_match_and_a_birth_date_apart_still_counts() -> None:
    # only the given names agree: no family name to carry the pair
    assert score("Bob", "Robert Smith") < REVIEW
    born = parse_date("1970-01-02")
    other = parse_date("1985-05-05")
    apart = score_pair(
        Person("c", (prepare_name("Bob Smith"),), born),
        Person("r", (prepare_name("Robert Smith"),), other),
    )
    assert apart.score < REVIEW


def test_short_forms_of_two_letters_are_not_looked_up() -> None:
    # "Al" and "Ed" are also an article and initials
    assert short_form_groups(("al",)) == frozenset()
    assert short_form_groups(("ed",)) == frozenset()
    assert short_form_of(short_form_groups(("robert",)), short_form_groups(("bob",)))


def test_two_short_forms_of_one_name_are_not_linked() -> None:
    # "Green" and "Berry" are both short forms of Greenberry in the English table
    assert short_form_of(short_form_groups(("bob",)), short_form_groups(("robert",)))
    assert not short_form_of(short_form_groups(("green",)), short_form_groups(("berry",)))
    assert score("Benjamin Green", "Benjamin Berry") < REVIEW


def test_a_short_form_is_weaker_than_a_spelling_of_one_name() -> None:
    bob, robert = prepare_name("Bob").parts[0], prepare_name("Robert").parts[0]
    assert part_similarity(bob, robert) == (SHORT_FORM, "short form")
    # a particle or an initial takes no short-form group
    assert not prepare_name("J. Smith").parts[0].short
    assert part_similarity(*prepare_name("Roberto Robert").parts)[0] > SHORT_FORM


def test_blocking_finds_a_short_form_where_both_names_are_common() -> None:
    # at a million records "Robert" and "Smith" are common keys: only the two-part key of
    # the short-form group and the family name finds "Bob Smith"
    from matching.batch import Matcher  # noqa: PLC0415

    rng = random.Random(11)
    crowd = [
        f"{rng.choice(['Robert', 'James', 'William'])} {rng.choice(['Smith', 'Brown'])}"
        for _ in range(1800)
    ]
    records = [Person(f"n{i}", (prepare_name(n),)) for i, n in enumerate(crowd)]
    matcher = Matcher(records)
    assert crowd.count("Robert Smith") > matcher.index.common_limit
    found = matcher.match([Person("c", (prepare_name("Bob Smith"),))], threshold=REVIEW)
    raised = {crowd[int(m.record_key[1:])] for m in found}
    assert raised == {"Robert Smith"}
