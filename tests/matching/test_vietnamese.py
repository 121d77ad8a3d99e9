"""Vietnamese names: Thị and Văn say the bearer's sex, not who they are."""

from __future__ import annotations

import pytest

from matching.batch import Matcher
from matching.model import Person
from matching.names import PartKind, prepare_name
from matching.vietnamese import reads_vietnamese, sex_markers
from tests.matching.real_names import REVIEW, score


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (("mai", "thị", "vân"), True),  # Vietnamese letters
        (("nguyen", "thi", "lan"), True),  # a Vietnamese family name first
        (("lan", "nguyen"), True),  # or last
        (("thi", "thi", "khaing"), False),  # Burmese
        (("jan", "van", "dijk"), False),
        (("nguyen",), False),
    ],
)
def test_reads_vietnamese(tokens: tuple[str, ...], expected: bool) -> None:
    assert reads_vietnamese(tokens) is expected


def test_sex_markers_stand_between_the_first_and_last_part() -> None:
    assert sex_markers(("nguyen", "thi", "lan")) == {1}
    assert sex_markers(("le", "văn", "hung")) == {1}
    assert sex_markers(("thi", "hoa", "nguyen")) == frozenset()
    assert sex_markers(("nguyen", "van")) == frozenset()


def _kinds(text: str) -> list[str]:
    return [part.kind.value for part in prepare_name(text).parts]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Nguyễn Thị Lan", ["name", "particle", "name"]),
        ("Nguyen Thi Van", ["name", "particle", "name"]),  # Vân, the given name
        ("Lê Hữu Vân", ["name", "name", "name"]),  # Lê is no French article here
        ("Le Van Hung", ["name", "particle", "name"]),
        ("Jan van Dijk", ["name", "particle", "name"]),
        ("Thi Thi Khaing", ["name", "name", "name"]),
    ],
)
def test_vietnamese_names_have_only_sex_markers_as_particles(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("MAI, Thị Vân", "MAI, Thị Ngọc"),  # one family name, two women
        ("Trần Thị Thảo", "Trần Thị Vân"),
        ("Nguyen Thi Van", "Nguyen Thi Hoa"),
        ("Vũ Hoàng Dương", "Vũ Thị Dương"),  # another middle name in Thị's place
        ("Nguyễn Văn An", "Nguyễn Thị An"),  # a man and a woman
        ("Nguyen Van An", "Nguyen Thi An"),
    ],
)
def test_other_people_are_not_raised(left: str, right: str) -> None:
    assert score(left, right) < REVIEW


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Nguyễn Thị Lan", "Nguyễn Lan"),  # Thị left out
        ("Nguyen Thi Lan", "Lan Nguyen"),
        ("Le Van", "Lê Hữu Vân"),  # a middle name left out, marks dropped
        ("Le Van Hung", "Lê Văn Hùng"),
        ("Nguyen Thi Van", "Nguyen Van"),
        ("Jan van Dijk", "Jan de Dijk"),  # Dutch van stays a particle
    ],
)
def test_the_same_person_is_raised(left: str, right: str) -> None:
    assert score(left, right) >= REVIEW


def test_batch_path() -> None:
    records = [Person(key="ngoc", names=(prepare_name("MAI, Thị Ngọc"),))]
    candidates = [
        Person(key="van", names=(prepare_name("MAI, Thị Vân"),)),
        Person(key="same", names=(prepare_name("Mai Ngọc"),)),
    ]
    found = {r.candidate_key for r in Matcher(records).match(candidates, threshold=REVIEW)}
    assert found == {"same"}
    assert prepare_name("MAI, Thị Ngọc").parts[1].kind is PartKind.PARTICLE
