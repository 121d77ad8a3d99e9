"""The scoring model: features, explanations, birth dates as evidence not a gate."""

from __future__ import annotations

import pickle

import pytest

from matching.countries import normalize_countries
from matching.dates import parse_date
from matching.model import (
    DATE_VALUES,
    GENDER_DIFFERS,
    MODEL,
    NATIONALITY_DIFFERS,
    SHARED_NATIONALITY,
    Person,
    quick_score,
    score_ceiling,
    score_pair,
)
from matching.names import prepare_name


def person(
    name: str, dob: str | None = None, nationality: str | None = None, gender: str | None = None
) -> Person:
    return Person(
        name, (prepare_name(name),), parse_date(dob), normalize_countries(nationality), gender
    )


def test_every_feature_is_explained() -> None:
    result = score_pair(
        person("Ivan Petrov", "1970-01-02", "RU"), person("Иван Петров", "1970-01-02", "Russia")
    )
    assert [c.feature for c in result.contributions] == [f.name for f in MODEL]
    text = result.explanation()
    assert "ivan~иван" in text and "same birth date" in text and "nationality RU" in text


def test_a_result_survives_the_trip_from_a_scoring_process() -> None:
    result = score_pair(
        person("Maria Garcia", "1980-03-04", "ES", "female"),
        person("María García López", "1980-04-03", "MX", "male"),
    )
    back = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == result and back.explanation() == result.explanation()
    assert "gender differs" in back.explanation() and "nationality differs" in back.explanation()


def test_the_ceiling_bounds_the_score_with_the_same_nationality_and_gender_values() -> None:
    candidate = person("Maria Garcia", "1980-03-04", "ES", "female")
    for record in (
        person("Maria Garcia", "1980-03-04", "ES", "female"),
        person("Maria Garcia", "1980-03-04", "MX", "male"),
        person("Maria Garcia", "1951", None, None),
    ):
        score = quick_score(candidate, record)
        assert score_ceiling(candidate, record, name=1.0, agreeing=2) >= score
    # a nationality and a gender that differ take their weight from the bound
    same = score_ceiling(candidate, person("Maria Garcia", "1980-03-04", "ES", "female"),
                         name=0.3, agreeing=2)  # fmt: skip
    other = score_ceiling(candidate, person("Maria Garcia", "1980-03-04", "MX", "male"),
                          name=0.3, agreeing=2)  # fmt: skip
    assert same - other == pytest.approx(SHARED_NATIONALITY - NATIONALITY_DIFFERS - GENDER_DIFFERS)


def test_birth_date_conflict_lowers_with_distance_but_never_gates() -> None:
    name = "Abdulhai Salek"
    same = score_pair(person(name, "1965"), person(name, "1965")).score
    near = score_pair(person(name, "1966"), person(name, "1965")).score
    far = score_pair(person(name, "1990"), person(name, "1965")).score
    assert same > near > far
    assert far >= 0.7  # an identical name is still reviewed


def test_a_keying_slip_in_a_full_birth_date_is_not_a_conflict() -> None:
    name = "Amara Okafor"
    swapped = score_pair(person(name, "1974-06-12"), person(name, "1947-06-12"))
    assert swapped.score >= 0.9 and "two digits swapped" in swapped.explanation()
    # the same distance without a slip that explains it is another person's date
    other = score_pair(person(name, "1974-06-12"), person(name, "1947-03-20"))
    assert other.score < 0.7


def test_exact_birth_date_rescues_a_weak_name() -> None:
    weak = score_pair(person("Jon Smithe"), person("John Smith")).score
    with_dob = score_pair(
        person("Jon Smithe", "1980-02-03"), person("John Smith", "1980-02-03")
    ).score
    assert with_dob > weak


def test_same_full_birth_date_offsets_part_of_a_different_given_name() -> None:
    # an uncommon family name (with a typo) and the birth date agree to the day
    same_day = score_pair(
        person("Carly Hoffamn", "1952-12-07"), person("Emma Hoffman", "1952-12-07")
    )
    assert same_day.score >= 0.7
    assert "offsets part of the names that differ" in same_day.explanation()
    # not when the dates differ, or are known only to the year
    other_day = score_pair(
        person("Carly Hoffamn", "1952-12-08"), person("Emma Hoffman", "1952-12-07")
    )
    assert other_day.score < 0.7
    assert score_pair(person("Carly Hoffamn", "1952"), person("Emma Hoffman", "1952")).score < 0.7
    # not when only a very common name agrees (thousands share Smith and a birthday)
    common = score_pair(person("Carly Smiht", "1952-12-07"), person("Emma Smith", "1952-12-07"))
    assert common.score < 0.7
    # not when the agreeing part is a neighbouring name rather than a typo of it
    near = score_pair(person("Jane Odhiambo", "1992-02-02"), person("Janet Achieng", "1992-02-02"))
    assert near.score < 0.7
    # nor when the nationalities differ: another sign against one person
    abroad = score_pair(
        person("Carly Hoffamn", "1952-12-07", "AU"), person("Emma Hoffman", "1952-12-07", "DE")
    )
    assert abroad.score < 0.7
    home = score_pair(
        person("Carly Hoffamn", "1952-12-07", "DE"), person("Emma Hoffman", "1952-12-07", "DE")
    )
    assert home.score >= 0.7


def test_more_differing_names_never_raise_a_same_birth_date_pair() -> None:
    # each step adds a differing name on both sides: the score may only go down, and
    # what the date gives back never exceeds what the names lost
    given = [("Carly", "Emma"), ("Beth", "Joan"), ("Anne", "Ruth"), ("Lou", "Kay")]
    scores = []
    for steps in range(1, len(given) + 1):
        left = " ".join(g for g, _ in given[:steps]) + " Hoffamn"
        right = " ".join(g for _, g in given[:steps]) + " Hoffman"
        result = score_pair(person(left, "1952-12-07"), person(right, "1952-12-07"))
        date = next(c for c in result.contributions if c.feature == "birth_date")
        assert date.value <= DATE_VALUES["exact"] + 0.5 * (1 - result.contributions[0].value)
        scores.append(result.score)
    assert scores == sorted(scores, reverse=True), scores
    assert scores[-1] < 0.7


def test_nationality_and_gender_are_weak_evidence() -> None:
    base = score_pair(person("Lucia Zubizarreta"), person("Lucia Zubizarreta")).score
    other = score_pair(
        person("Lucia Zubizarreta", nationality="CO", gender="female"),
        person("Lucia Zubizarreta", nationality="ES", gender="male"),
    ).score
    assert base - 0.15 < other < base


def test_common_names_with_signs_against_are_likely_namesakes() -> None:
    # only very common names agree, the nationalities differ and no birth date is known
    namesakes = score_pair(
        person("정식 김", nationality="KR"), person("KIM JONG SIK", nationality="KP")
    )
    assert namesakes.score < 0.7
    assert "likely namesakes" in namesakes.explanation()
    # the same name alone, or with a shared nationality, is still raised
    assert score_pair(person("정식 김"), person("KIM JONG SIK")).score >= 0.9
    shared = score_pair(
        person("Maria Lopez", nationality="ES"), person("Maria Lopez", nationality="ES")
    )
    assert shared.score == 1.0
    # a rarer name part carries the match
    rare = score_pair(
        person("Maria Zubizarreta", nationality="CO"), person("Maria Zubizarreta", nationality="ES")
    )
    assert rare.score > 0.9


def test_aliases_are_tried() -> None:
    record = Person("R", (prepare_name("Abu Bakr Ahmed"), prepare_name("Ahmed Ibrahim Saleh")))
    assert score_pair(person("Ahmed Ibrahim Saleh"), record).score == 1.0
