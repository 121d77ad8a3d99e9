"""Well-formed romanised syllables, and mistyped ones counted as typos."""

from __future__ import annotations

import pytest

from matching.model import Person, score_pair
from matching.names import prepare_name
from matching.scripts import Script
from matching.syllables import spells_syllables


@pytest.mark.parametrize(
    ("latin", "script", "expected"),
    [
        ("xiaoming", Script.HAN, True),
        ("hsiaoming", Script.HAN, True),  # Wade-Giles
        ("zhang", Script.HAN, True),
        ("zahng", Script.HAN, False),
        ("jongsu", Script.HANGUL, True),
        ("junhyeok", Script.HANGUL, True),
        ("junhyeog", Script.HANGUL, False),  # no block is read "hyeog"
        ("", Script.HANGUL, False),
    ],
)
def test_spells_syllables(latin: str, script: Script, expected: bool) -> None:
    assert spells_syllables(latin, script) is expected


@pytest.mark.parametrize(
    ("candidate", "record"),
    [("Ming Zahng", "张明"), ("Choe Junhyeog", "최준혁"), ("Gu Ye-juj", "구예준")],
)
def test_a_mistyped_romanisation_still_meets_the_characters(candidate: str, record: str) -> None:
    pair = score_pair(
        Person(key="c", names=(prepare_name(candidate),)),
        Person(key="r", names=(prepare_name(record),)),
    )
    assert pair.score >= 0.8


def test_another_real_syllable_is_another_name() -> None:
    pair = score_pair(
        Person(key="c", names=(prepare_name("Kim Jongsu"),)),
        Person(key="r", names=(prepare_name("김종식"),)),
    )
    assert pair.score < 0.7  # "jongsu" is no typo of "jongsik"
