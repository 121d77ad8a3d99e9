"""Han characters written in another form: traditional, simplified, Japanese."""

from __future__ import annotations

import pytest

from matching.compare import compare_names
from matching.hanzi import han_characters
from matching.names import prepare_name
from tests.matching.real_names import REVIEW


def score(a: str, b: str) -> float:
    return compare_names(prepare_name(a), prepare_name(b)).score


def test_traditional_characters_fold_to_simplified_one_by_one() -> None:
    assert han_characters("張偉") == "张伟"
    assert han_characters("陳志強") == "陈志强"
    assert han_characters("张伟") == "张伟"
    # no phrase table: two characters that make a word are still two names' characters
    assert han_characters("頭髮") == "头发"
    assert han_characters("Wang 小明") == "Wang 小明"


def test_japanese_new_forms_fold_only_when_the_name_reads_as_japanese() -> None:
    assert han_characters("沢田", japanese=True) == han_characters("澤田", japanese=True)
    assert han_characters("沢田") != han_characters("澤田")
    # 芸 is a character of its own in Chinese (yún), not a form of 藝 (yì)
    assert han_characters("芸") == "芸"
    assert han_characters("藝") == "艺"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("张伟", "張偉"),  # mainland and Taiwan or Hong Kong records of one person
        ("陈志强", "陳志強"),
        ("劉 德華", "刘德华"),
        ("沢田花子", "澤田花子"),  # Japanese new and old forms
        ("渡辺健", "渡邊健"),
        ("広瀬すず", "廣瀬すず"),
        ("浜田雅功", "濱田雅功"),
    ],
)
def test_one_name_in_two_forms_of_its_characters_is_one_name(a: str, b: str) -> None:
    assert score(a, b) == pytest.approx(1.0)
    assert score(b, a) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("王小明", "汪小明"),  # both "wang": other characters, other family names
        ("王芸", "王艺"),  # 芸 is no form of 艺 in a Chinese name
        ("张伟", "章伟"),
    ],
)
def test_other_characters_stay_other_names(a: str, b: str) -> None:
    assert score(a, b) < 0.7


def test_a_title_that_is_a_chinese_syllable_is_a_name_among_such_syllables() -> None:
    """Eng (an engineer) and Hon (Honourable) are titles and family names (黄 in
    Hokkien, 韓 in Cantonese): first or last in a name of pinyin they are names, elsewhere
    titles. Pan is no title (潘, and the Odia Pani)."""
    assert [p.latin for p in prepare_name("Pan Jian Zhong").parts] == ["pan", "jian", "zhong"]
    assert score("潘建中", "Pan Jianzhong") >= REVIEW
    assert score("潘建中", "Pan Jian Zhong") >= REVIEW
    assert [p.latin for p in prepare_name("Jianzhong Pan").parts] == ["jianzhong", "pan"]
    assert [p.latin for p in prepare_name("Eng Ahmed Hassan").parts] == ["ahmed", "hassan"]
    assert [p.latin for p in prepare_name("Eng Jianzhong").parts] == ["eng", "jianzhong"]
    assert [p.latin for p in prepare_name("Hon Li Wei").parts] == ["hon", "li", "wei"]
