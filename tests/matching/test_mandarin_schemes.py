"""Chinese names as Taiwan's passports write them: Wade-Giles, Gwoyeu Romatzyh, MPS II and
Tongyong pinyin, often mixed within one name. The pairs run through ``test_real_names.py``
(raised, other people not raised, kept by blocking)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matching.mandarin_schemes import (
    character_spellings,
    gwoyeu,
    mps2,
    parse,
    pinyin_respellings,
    spelt_in_mandarin,
    tongyong,
)
from tests.matching.real_names import score

TAIWAN_PAIRS = [
    ("蔡英文", "Tsai Ing-wen"),  # Wade-Giles Tsai, Gwoyeu Romatzyh Ing (英, first tone)
    ("馬英九", "Ma Ying-jeou"),  # jeou: 九 in Gwoyeu Romatzyh's third tone
    ("柯文哲", "Ko Wen-je"),  # je: 哲 in MPS II
    ("郝龍斌", "Hau Lung-pin"),  # Hau: 郝 in MPS II
    ("盧秀燕", "Lu Shiow-yen"),  # Shiow: 秀 in Gwoyeu Romatzyh's fourth tone
    ("王金平", "Wang Jin-pyng"),  # pyng: 平, second tone
    ("江宜樺", "Jiang Yi-huah"),
    ("劉兆玄", "Liu Chao-shiuan"),  # shiuan: 玄 in MPS II
    ("邱義仁", "Chiou I-jen"),
    ("吳思瑤", "Wu Sih-yao"),  # Sih: 思 in Tongyong
    ("蘇嘉全", "Su Jia-chyuan"),
    ("吳釗燮", "Wu Jaushieh"),  # the given name as one word
    ("張家豪", "Jhang Jia-hao"),  # Jhang: 張 in Tongyong
    ("徐志明", "Syu Jhih-ming"),
    ("張惠妹", "Chang Huei-mei"),
    ("陳美玲", "Chern Mei-ling"),  # Chern: 陳 in Gwoyeu Romatzyh's second tone
]
"""Public figures and common names. Of the first 28 gathered, missed: readings of no
scheme (Wu Den-yih 吳敦義, Hou Yu-ih 侯友宜, Hsu Tain-tsair 許添財, Lee Yuan-tseh 李遠哲,
Cheng Li-chiun 鄭麗君, Perng Fai-nan 彭淮南) and a tone Taiwan reads otherwise than the
dictionary (錫 xí: Yu Shyi-kun 游錫堃). Also missed: a character read otherwise than its
usual reading (省 xǐng, not shěng: Chern Shiing-shen 陳省身)."""

PINYIN_PAIRS = [
    ("Cai Yingwen", "Tsai Ing-wen"),
    ("Ma Yingjiu", "Ma Ying-jeou"),
    ("Zhang Jiahao", "Jhang Jia-hao"),
    ("Xu Zhiming", "Syu Jhih-ming"),  # Syu: 徐 in Tongyong, no other spelling's Xu
    ("Lu Xiuyan", "Lu Shiow-yen"),
    ("Wu Zhaoxie", "Wu Jaushieh"),
    ("Liu Zhaoxuan", "Liu Chao-shiuan"),
]
"""The same names as the mainland's pinyin writes them (a list compiled from its press).
Missed: Ke Wenzhe / Ko Wen-je, whose family name Wade-Giles spells Ko, a letter from Ke,
which pinyin reads as no Wade-Giles spelling."""

OTHER_NAMES = [
    ("蔡英文", "Tsai Ing-jeou"),
    ("馬英九", "Ma Ying-wen"),
    ("張惠妹", "Jhang Huei-ling"),
    ("徐志明", "Syu Jhih-hua"),
    ("王建", "Jean Wang"),  # 建 is jiàn, Gwoyeu Romatzyh jiann; Jean is jiǎn's
    ("李安", "Ann Lee"),  # 安 is ān, an; Ann is àn's
    ("Cai Yingwen", "Tsai Ing-jeou"),
    ("Xu Zhiming", "Syu Jhih-hua"),
    ("Xu Zhiming", "Syu Ming"),
]
"""The same family name and another given name; and Western given names that spell
another tone of the Han given name's syllable."""


@pytest.mark.parametrize(
    ("text", "spelt"),
    [
        ("国语罗马字", ["gwo", "yeu", "luo", "maa", "tzyh"]),  # Gwoyeu Romatzyh itself
        ("中华", ["jong", "hwa"]),
        ("北京上海", ["beei", "jing", "shanq", "hae"]),
        ("有以五也我", ["yeou", "yii", "wuu", "yee", "woo"]),  # third tone, no initial
        ("意印物月用", ["yih", "yinn", "wuh", "yueh", "yonq"]),  # fourth tone, no initial
        ("妈明马骂", ["mha", "ming", "maa", "mah"]),  # a sonorant's four tones
        ("女雪水九", ["neu", "sheue", "shoei", "jeou"]),
        ("时是死日", ["shyr", "shyh", "syy", "ryh"]),
        ("二而耳", ["ell", "erl", "eel"]),
    ],
)
def test_gwoyeu_romatzyh_writes_the_tone_in_letters(text: str, spelt: list[str]) -> None:
    for char, form in zip(text, spelt, strict=True):
        assert form in character_spellings(char), (char, form)


MPS2 = [("zhe", "je"), ("jiu", "jiou"), ("zhong", "jung"), ("xu", "shiu"), ("zi", "tz"),
        ("shi", "shr"), ("xuan", "shiuan"), ("gui", "guei"), ("yong", "yung")]  # fmt: skip
TONGYONG = [("zhang", "jhang"), ("xu", "syu"), ("xiu", "siou"), ("feng", "fong"), ("si", "sih"),
            ("zhi", "jhih"), ("qing", "cing"), ("wen", "wun"), ("jun", "jyun")]  # fmt: skip


@pytest.mark.parametrize(
    ("scheme", "pinyin", "expected"),
    [(mps2, *pair) for pair in MPS2] + [(tongyong, *pair) for pair in TONGYONG],
)
def test_mps2_and_tongyong(scheme: Callable[[str, str], str], pinyin: str, expected: str) -> None:
    parsed = parse(pinyin)
    assert parsed is not None
    assert scheme(*parsed) == expected


def test_gwoyeu_of_a_parsed_syllable() -> None:
    assert gwoyeu(*("j", "iou"), 3) == "jeou"
    assert gwoyeu("", "ing", 1) == "ing"
    assert gwoyeu("", "ing", 2) == "yng"
    assert gwoyeu("l", "i", 1) == "lhi"


def test_what_no_syllable_is_not_parsed() -> None:
    assert parse("ng") is None
    assert parse("hm") is None
    assert parse("xyz") is None


def test_a_mixed_spelling_splits_syllable_by_syllable() -> None:
    assert spelt_in_mandarin("英九", "yingjeou")  # pinyin, then Gwoyeu Romatzyh
    assert spelt_in_mandarin("英文", "ingwen")
    assert not spelt_in_mandarin("英文", "ingwan")
    assert not spelt_in_mandarin("英文", "ing")  # one character unspelt
    assert not spelt_in_mandarin("", "ing")


def test_a_spelling_is_read_back_to_pinyin_in_its_fewest_syllables() -> None:
    assert pinyin_respellings("jeou") == ("jiu",)  # not je + o + u
    assert pinyin_respellings("ingwen") == ("yingwen",)
    assert pinyin_respellings("jhang") == ("zhang",)
    assert pinyin_respellings("wenje") == ("wenzhe",)  # je: Wade-Giles re, MPS II zhe
    assert set(pinyin_respellings("chaoshiuan")) == {"chaoxuan", "zhaoxuan"}


@pytest.mark.parametrize("latin", ["zhang", "chen", "hsiao", "ming", "john", "maria", "li"])
def test_pinyin_and_wade_giles_and_other_names_are_not_read_back(latin: str) -> None:
    assert pinyin_respellings(latin) == ()


def test_the_pairs_score_as_one_person_and_the_others_do_not() -> None:
    pairs = TAIWAN_PAIRS + PINYIN_PAIRS
    raised = [pair for pair in pairs if score(*pair) >= 0.9]
    assert raised == pairs
    assert all(score(*pair) < 0.7 for pair in OTHER_NAMES)


def test_either_order_scores_alike() -> None:
    for han, latin in TAIWAN_PAIRS[:5] + PINYIN_PAIRS[:3]:
        assert score(han, latin) == score(latin, han)


def test_latin_spellings_meet_their_pinyin_only_as_a_name_pinyin_alone_writes() -> None:
    assert score("Xu Wei", "Syu Wei") >= 0.9  # x: pinyin's alone
    assert score("Jian Smith", "Jean Smith") < 1.0  # Jean is no Jian read back
