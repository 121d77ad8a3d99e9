"""Chinese and Korean names written in Cyrillic (Palladius, Kontsevich, Koryo-mar)."""

from __future__ import annotations

import pytest

from matching.compare import MIN_PART_SIMILARITY, part_similarity
from matching.cyrillic_cjk import MAX_READINGS, cyrillic_cjk_readings, kontsevich, palladius
from matching.names import PartKind, prepare_name
from matching.text import tokens_of
from tests.matching.real_names import REVIEW, batch_raised, score


@pytest.mark.parametrize(
    ("pinyin", "cyrillic"),
    [
        ("xi", "си"),
        ("jin", "цзинь"),
        ("ping", "пин"),
        ("zhang", "чжан"),
        ("si", "сы"),
        ("zi", "цзы"),
        ("xue", "сюэ"),
        ("jun", "цзюнь"),
        ("quan", "цюань"),
        ("guo", "го"),
        ("hui", "хуэй"),
        ("wei", "вэй"),
        ("you", "ю"),
        ("zhong", "чжун"),
        ("xiao", "сяо"),
    ],
)
def test_palladius_spells_pinyin_as_the_system_does(pinyin: str, cyrillic: str) -> None:
    assert palladius(pinyin)[0] == cyrillic


def test_kontsevich_spellings_rank_the_systems_own_first() -> None:
    kim = kontsevich("김")
    assert kim["ким"] == 0
    assert kim["гим"] > 0
    assert kontsevich("정")["чон"] == 0
    assert "чен" in kontsevich("정")  # the older usage: Ким Чен Ын
    assert kontsevich("닭") == {}  # a final no name is written with


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Си Цзиньпин", ("xi", "jinping")),
        ("Мао Цзэдун", ("mao", "zedong")),
        ("Ким Чен Ын", ("kim", "jeong", "eun")),
        ("Ким Ир Сен", ("kim", "il", "seong")),
        ("Мун Чжэ Ин", ("mun", "jae", "in")),
        ("Цой Виктор", ("choe",)),
    ],
)
def test_a_chinese_or_korean_name_reads_as_its_syllables(
    name: str, expected: tuple[str, ...]
) -> None:
    readings = cyrillic_cjk_readings(tokens_of(name))
    for found, reading in zip(readings, expected, strict=False):
        assert reading in found
        assert len(found) <= 2 * MAX_READINGS  # pinyin with its Wade-Giles spelling


@pytest.mark.parametrize(
    "name", ["Иван Петров", "Анна Сергеевна Смирнова", "Олег", "Ли", "Ван Дер Саар"]
)
def test_other_cyrillic_names_read_as_before(name: str) -> None:
    assert cyrillic_cjk_readings(tokens_of(name)) == ()


@pytest.mark.parametrize(
    ("cyrillic", "other"),
    [
        ("Си Цзиньпин", "Xi Jinping"),
        ("Си Цзиньпин", "习近平"),
        ("Си Цзиньпин", "Hsi Chin-ping"),
        ("Мао Цзэдун", "Mao Tse-tung"),
        ("Ван Сяомин", "Wang Xiaoming"),
        ("Ван Сяомин", "王小明"),
        ("Дэн Сяопин", "Deng Xiaoping"),
        ("Чжоу Эньлай", "Zhou Enlai"),
        ("Ким Чен Ын", "Kim Jong Un"),
        ("Ким Чен Ын", "김정은"),
        ("Ким Ир Сен", "Kim Il Sung"),
        ("Пак Кын Хе", "Park Geun-hye"),
        ("Юн Сок Ёль", "Yoon Suk Yeol"),
        ("Ли Чжэ Мён", "Lee Jae-myung"),
        ("Цой Виктор", "Viktor Choi"),
    ],
)
def test_the_cyrillic_spelling_meets_the_others(cyrillic: str, other: str) -> None:
    assert min(score(cyrillic, other), score(other, cyrillic)) >= 0.95


@pytest.mark.parametrize(
    ("cyrillic", "other"),
    [
        ("Ким Чен Ын", "Kim Jong Il"),
        ("Си Цзиньпин", "Xi Jinhua"),
        ("Ван Сяомин", "Wang Xiaoping"),
        ("Пак Кын Хе", "Park Chung-hee"),
    ],
)
def test_another_given_name_stays_another(cyrillic: str, other: str) -> None:
    assert max(score(cyrillic, other), score(other, cyrillic)) < REVIEW


def test_no_particles_in_a_chinese_name() -> None:
    wang = prepare_name("Ван Сяомин").parts[0]
    assert wang.kind is PartKind.NAME
    assert "wang" in wang.syllabic
    assert prepare_name("Ван Дер Саар").parts[0].kind is PartKind.PARTICLE


def test_a_syllable_meets_only_its_own_spelling() -> None:
    # сяомин is xiaoming: the syllables never count as typos of another name
    xiaoming = prepare_name("Ван Сяомин").parts[1]
    xiaoping = prepare_name("Wang Xiaoping").parts[1]
    assert part_similarity(xiaoming, xiaoping)[0] < MIN_PART_SIMILARITY


def test_batch_path_raises_cyrillic_spellings() -> None:
    found = batch_raised(
        ["Си Цзиньпин", "Ким Чен Ын", "Ван Сяомин"], ["习近平", "Kim Jong Un", "Wang Xiaoping"]
    )
    assert found == {("Си Цзиньпин", "习近平"), ("Ким Чен Ын", "Kim Jong Un")}


def test_a_title_is_no_family_name() -> None:
    # пан is Mr in Ukrainian (and 반 in Kontsevich): Мирон Худяк is no Korean name
    assert all(not p.syllabic for p in prepare_name("пан Мирон Худяк").parts)
    assert prepare_name("Пак Мирон").parts[0].syllabic
