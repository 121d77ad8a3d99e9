"""Japanese names written in Cyrillic by Polivanov's system."""

from __future__ import annotations

import pytest

from matching.polivanov import polivanov_readings, reads_japanese
from matching.text import tokens_of
from tests.matching.real_names import REVIEW, batch_raised, score


@pytest.mark.parametrize(
    ("cyrillic", "hepburn"),
    [
        ("синдзо", "shinzo"),
        ("абэ", "abe"),
        ("дзюнъитиро", "junichiro"),
        ("коидзуми", "koizumi"),
        ("кэйко", "keiko"),
        ("хаттори", "hattori"),
        ("ёсихидэ", "yoshihide"),
        ("сигэру", "shigeru"),
        ("тиэко", "chieko"),
        ("симбаси", "shimbashi"),
        ("шинзо", "shinzo"),  # the English-minded spelling
        ("кадзуо", "kazuo"),
        ("казуо", "kazuo"),
        ("абе", "abe"),  # э written е
    ],
)
def test_a_word_reads_as_the_kana_it_spells(cyrillic: str, hepburn: str) -> None:
    assert hepburn in polivanov_readings(cyrillic)


def test_a_word_of_other_letters_reads_as_nothing() -> None:
    assert polivanov_readings("владимир") == ()
    assert polivanov_readings("петров") == ()


@pytest.mark.parametrize(
    ("name", "japanese"),
    [
        ("Синдзо Абэ", True),
        ("Фумио Кисида", True),
        ("Харуки Мураками", False),  # no sign of the system: read as Russian reads it
        ("Анна Мария", False),
        ("Иван Петров", False),
        ("Сато", False),
    ],
)
def test_a_name_reads_as_japanese_by_a_sign_of_the_system(name: str, japanese: bool) -> None:
    assert reads_japanese(tokens_of(name)) is japanese


@pytest.mark.parametrize(
    ("cyrillic", "other"),
    [
        ("Синдзо Абэ", "Shinzo Abe"),
        ("Абэ Синдзо", "安倍晋三"),
        ("Дзюнъитиро Коидзуми", "Junichiro Koizumi"),
        ("Ёсихидэ Суга", "Yoshihide Suga"),
        ("Тиэко Сато", "Chieko Sato"),
        ("Сигэру Исиба", "Shigeru Ishiba"),
    ],
)
def test_the_cyrillic_spelling_meets_the_others(cyrillic: str, other: str) -> None:
    assert min(score(cyrillic, other), score(other, cyrillic)) >= 0.95


@pytest.mark.parametrize(
    ("cyrillic", "other"),
    [("Синдзо Абэ", "Shintaro Abe"), ("Тиэко Сато", "Chiharu Sato")],
)
def test_another_given_name_stays_another(cyrillic: str, other: str) -> None:
    assert max(score(cyrillic, other), score(other, cyrillic)) < REVIEW


def test_batch_path_raises_cyrillic_spellings() -> None:
    found = batch_raised(
        ["Абэ Синдзо", "Сёхэй Отани"], ["安倍晋三", "Shohei Ohtani", "Shintaro Abe"]
    )
    assert found == {("Абэ Синдзо", "安倍晋三"), ("Сёхэй Отани", "Shohei Ohtani")}
