"""Vietnamese names written in Cyrillic by the Russian practical transcription."""

from __future__ import annotations

import pytest

from matching.cyrillic_vietnamese import reads_vietnamese_cyrillic, vietnamese_readings
from matching.text import tokens_of
from tests.matching.real_names import REVIEW, batch_misses, score


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("нгуен", "nguyen"),
        ("тхи", "thi"),
        ("ань", "anh"),
        ("чонг", "trong"),  # ч is tr or ch
        ("тинь", "chinh"),  # т is t or ch
        ("зяп", "giap"),  # з is d, gi or r
        ("зунг", "dung"),
        ("хюинь", "huynh"),
        ("зыонг", "duong"),  # ы is ư
        ("куанг", "quang"),
    ],
)
def test_a_word_reads_as_the_syllables_it_may_stand_for(cyrillic: str, latin: str) -> None:
    assert latin in vietnamese_readings(cyrillic)


@pytest.mark.parametrize(
    ("name", "vietnamese"),
    [
        ("Нгуен Тхи Ань", True),
        ("Фам Минь Тинь", True),
        ("Иван Петров", False),  # no Vietnamese family name, words of no syllable
        ("Ле Анна", False),  # Анна is no syllable
        ("Нгуен", False),  # one word
    ],
)
def test_a_name_reads_as_vietnamese_by_its_family_name(name: str, vietnamese: bool) -> None:
    assert reads_vietnamese_cyrillic(tokens_of(name)) is vietnamese


VIETNAMESE = [
    ("Нгуен Тхи Ань", "Nguyễn Thị Anh"),
    ("Нгуен Фу Чонг", "Nguyen Phu Trong"),
    ("Во Нгуен Зяп", "Vo Nguyen Giap"),
    ("Фам Минь Тинь", "Pham Minh Chinh"),
    ("Чан Дай Куанг", "Tran Dai Quang"),
    ("Зыонг Ван Минь", "Duong Van Minh"),
]


@pytest.mark.parametrize(("cyrillic", "latin"), VIETNAMESE)
def test_the_cyrillic_spelling_meets_the_latin_one(cyrillic: str, latin: str) -> None:
    assert min(score(cyrillic, latin), score(latin, cyrillic)) >= 0.95


def test_the_cyrillic_spellings_are_raised_by_the_batch_path() -> None:
    assert batch_misses(VIETNAMESE) == set()


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("Нгуен Тхи Ань", "Nguyen Thi Lan"), ("Фам Минь Тинь", "Pham Minh Tuan")],
)
def test_another_given_name_stays_another(cyrillic: str, latin: str) -> None:
    assert max(score(cyrillic, latin), score(latin, cyrillic)) < REVIEW
