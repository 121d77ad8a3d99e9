"""Chinese names as Hong Kong writes them: the Cantonese reading of each character
(ToJyutping), spelt by the Hong Kong Government's conventions."""

from __future__ import annotations

import pytest

from matching.scripts import Script
from matching.translit import cantonese_readings, hong_kong, romanize, split_cjk

HONG_KONG_PAIRS = [
    ("陈志强", "Chan Chi Keung"),
    ("李嘉诚", "Li Ka-shing"),
    ("梁振英", "Leung Chun-ying"),
    ("曾荫权", "Tsang Yam-kuen"),
    ("周润发", "Chow Yun-fat"),
    ("刘德华", "Lau Tak-wah"),
    ("梁朝伟", "Leung Chiu-wai"),
    ("张学友", "Cheung Hok-yau"),
    ("何鸿燊", "Ho Hung-sun"),
    ("陈冯富珍", "Chan Fung Fu-chun"),
    ("黄大仙", "Wong Tai Sin"),
    ("陳大文", "Chan Tai Man"),
    ("李小龍", "Lee Siu Lung"),
    ("成龍", "Sing Lung"),
    ("黎明", "Lai Ming"),
    ("郭富城", "Kwok Fu Shing"),
    ("張國榮", "Cheung Kwok Wing"),
    ("梅艷芳", "Mui Yim Fong"),
    ("曾俊華", "Tsang Chun Wah"),
    ("李家超", "Lee Ka Chiu"),
    ("梁家輝", "Leung Ka Fai"),
    ("吳宇森", "Ng Yu Sum"),
]
"""Public figures and common names with their Hong Kong spellings: 22 of 26 gathered are
raised. Missed: irregular spellings (Tung Chee-hwa, Fang On-sang for 方安生, Ngor for 娥)."""
OTHER_NAMES = [
    ("陈志强", "Chan Chi Ming"),
    ("梁振英", "Leung Chun Wai"),
    ("刘德华", "Lau Tak Ming"),
    ("张学友", "Cheung Hok Ming"),
    ("陳大文", "Chan Siu Man"),
    ("黎明", "Lai Man"),
    ("李嘉诚", "Lee Ka Chun"),
    ("黄大仙", "Wong Tai Man"),
]
"""The same family name and one given syllable, the other different."""


@pytest.mark.parametrize(
    ("jyutping", "ch", "ts"),
    [
        ("koeng4", "keung", "keung"),  # oeng as eung
        ("zi3", "chi", "tsz"),  # 志: Chi, or Tsz as in Tsz-wai
        ("si1", "si", "sze"),
        ("zan3", "chun", "tsun"),  # short a after z, c, s as u: 振 Chun
        ("sam1", "sum", "sum"),  # 森 Sum
        ("sing4", "shing", "sing"),  # 成, 誠: Shing
        ("kyun4", "kuen", "kuen"),  # 權 Kuen
        ("jyut6", "yuet", "yuet"),  # 月 Yuet
        ("jyun4", "yuen", "yuen"),  # 元 Yuen
        ("jyu4", "yu", "yu"),  # 余 Yu
        ("zyu1", "chu", "tsu"),  # 朱 Chu
        ("jeon6", "yun", "yun"),  # 潤 Yun
        ("gaa1", "ka", "ka"),
        ("waa4", "wah", "wah"),  # 華 Wah
        ("ng4", "ng", "ng"),  # 吳, a syllable of its own
    ],
)
def test_hong_kong_spelling_of_jyutping(jyutping: str, ch: str, ts: str) -> None:
    assert hong_kong(jyutping, affricate="ch") == ch
    assert hong_kong(jyutping, affricate="ts") == ts


def test_han_given_names_also_read_in_cantonese() -> None:
    assert "chikeung" in romanize("志强", Script.HAN)
    assert "chikeung" in romanize("志強", Script.HAN)  # traditional characters too
    # family names keep their curated spellings only: 陈 is Chan, not "chun"
    assert "chun" not in romanize("陈", Script.HAN)


def test_two_family_names_lead_a_married_womans_name() -> None:
    assert split_cjk("林鄭月娥", Script.HAN) == ["林", "鄭", "月娥"]
    assert split_cjk("欧阳小明", Script.HAN) == ["欧阳", "小明"]  # a compound family name
    assert split_cjk("王小明", Script.HAN) == ["王", "小明"]


def test_the_table_is_tojyutpings_reading_of_each_character() -> None:
    """``data/cantonese.tsv`` is what ``fixtures/cantonese_table.py`` writes today."""
    from fixtures.cantonese_table import readings  # noqa: PLC0415 - loads ToJyutping

    assert dict(readings()) == cantonese_readings()
    assert cantonese_readings()["強"] == "koeng4"
