"""Chinese names as Singapore, Malaysia and the Philippines write them: the Hokkien
reading of each character (taibun), spelt the Straits way. The pairs run through
``test_real_names.py`` (raised, other people not raised, kept by blocking)."""

from __future__ import annotations

import pytest

from matching import hokkien
from matching.names import prepare_name
from matching.scripts import Script
from matching.syllables import is_syllable
from matching.translit import malaysian, romanize

STRAITS_PAIRS = [
    ("陳志明", "Tan Chee Beng"),
    ("陈志明", "Tan Chee Beng"),  # simplified characters read as their traditional forms
    ("林文興", "Lim Boon Heng"),
    ("吳慶瑞", "Goh Keng Swee"),
    ("吳作棟", "Goh Chok Tong"),
    ("張志賢", "Teo Chee Hean"),
    ("邱德拔", "Khoo Teck Puat"),
    ("李光前", "Lee Kong Chian"),
    ("王鼎昌", "Ong Teng Cheong"),
    ("郭令燦", "Quek Leng Chan"),
    ("許文遠", "Khaw Boon Wan"),
    ("王瑞傑", "Heng Swee Keat"),  # Heng: 王 in Teochew
    ("陳禎祿", "Tan Cheng Lock"),
    ("陳福成", "Tan Hock Seng"),
    ("王明星", "Ong Beng Seng"),
    ("蔡阿九", "Chua Ah Kow"),
    ("陳榮發", "Tan Eng Huat"),  # Eng, no engineer
    ("林淑英", "Maria Lim Siok Eng"),  # beside a Western given name
    ("趙明福", "Teoh Beng Hock"),
    ("蔡秀英", "Chuah Siew Eng"),
    ("黃蕙蘭", "Oei Hui Lan"),  # Indonesia's older spelling of the family name
    ("梁國強", "Leong Kok Keong"),  # Cantonese as Malaysia spells it
    ("張志明", "Tiu Chee Beng"),  # the Philippines' spelling of 張
]
"""Public figures and common names with their Straits spellings. Of the first 24 gathered,
missed: Hakka or Teochew readings (Lee Kuan Yew 李光耀, Ng Eng Hen 黃永宏), a vernacular
or unlisted reading (Lim Hng Kiang 林勳強, Lim Kit Siang 林吉祥, Yeo Yong Boon 楊榮文), a
character taibun lacks (琨 of Koh Poh Koon), an h-less spelling (Wee Kim Wee 黃金輝) and
a spoken reading (Tan Kah Kee 陳嘉庚: 庚 kenn, where names take king)."""
OTHER_NAMES = [
    ("陳志明", "Tan Chee Keong"),
    ("林文興", "Lim Boon Kiat"),
    ("吳慶瑞", "Goh Keng Hock"),
    ("張志賢", "Teo Chee Seng"),
    ("王明星", "Ong Beng Huat"),
    ("陳福成", "Tan Hock Lim"),
    ("陳志明", "Tan Ah Kow"),
    ("梁國強", "Leong Kok Wah"),
    ("陳榮發", "Tan Eng Seng"),
    ("林淑英", "Maria Lim Siok Lan"),
]
"""The same family name and one given syllable, the other different."""


@pytest.mark.parametrize(
    ("tai_lo", "spelt", "other"),
    [
        ("tsi", "chee", "chee"),  # 志: ts as ch, i as ee
        ("bing", "beng", "beng"),  # 明: ing as eng
        ("tik", "tek", "teck"),  # 德: Tek or Teck
        ("hok", "hok", "hock"),  # 福: Hock
        ("khing", "keng", "keng"),  # 慶: aspiration seldom written
        ("tshua", "chua", "chuah"),  # 蔡: Chua or Chuah
        ("bun", "boon", "boon"),  # 文: un as oon
        ("sui", "swee", "swee"),  # 瑞: ui as wee
        ("hian", "hian", "hean"),  # 賢: Hian or Hean
        ("kiat", "kiat", "keat"),  # 傑: Kiat or Keat
        ("tshiong", "chiong", "cheong"),  # 昌
        ("goo", "goh", "gaw"),  # 吳, 許 Khaw
        ("po", "poh", "poh"),  # 寶
        ("kau", "kau", "kow"),  # 九
        ("ka", "ka", "kah"),  # 嘉: Kah
        ("siu", "siu", "siew"),  # 秀: Siew
        ("tsai", "chai", "chye"),  # 財: Chye
        ("tio", "teo", "teoh"),  # 張 in Teochew: Teo or Teoh
        ("te", "te", "teh"),  # 鄭: Teh
        ("io", "yeo", "yeo"),  # 楊: an opening i before a vowel is y
        ("uan", "wan", "wan"),  # 遠: an opening u before a vowel is w
        ("ing", "eng", "eng"),  # 英, 永: Eng
        ("a", "ah", "ah"),  # 阿: Ah
        ("ng", "ng", "ng"),  # 黃: a syllabic nasal
        ("tiunn", "tiu", "tiew"),  # the nasal mark is not spelt
    ],
)
def test_straits_spelling_of_tai_lo(tai_lo: str, spelt: str, other: str) -> None:
    assert hokkien.straits(tai_lo) == spelt
    assert hokkien.straits(tai_lo, other=True) == other


def test_a_character_reads_its_literary_looking_readings() -> None:
    # 光 is kng, kong and kuinn in taibun's order; names read it Kong
    assert hokkien.readings()["光"] == ("kong",)
    assert hokkien.readings()["張"] == ("tiong",)
    assert hokkien.readings()["林"] == ("lim",)  # not the spoken na
    assert hokkien.readings()["吳"] == ("ngoo",)  # its only reading, spoken or not
    assert hokkien.readings()["陈"] == hokkien.readings()["陳"]  # simplified as traditional


def test_a_name_keeps_a_few_readings_and_none_without_every_character() -> None:
    found = hokkien.forms("志明")
    assert "cheebeng" in found
    assert 1 <= len(found) <= 2 * hokkien.MAX_FORMS
    assert hokkien.forms("志\U0002a700") == ()  # a character outside the table
    assert hokkien.forms("") == ()
    assert hokkien.forms("陳志明林文興吳慶瑞") == ()  # no name's word: its readings would multiply
    assert hokkien.forms("歐陽志明")  # a family name and a given name of two characters each


def test_han_given_names_also_read_in_hokkien() -> None:
    assert "cheebeng" in romanize("志明", Script.HAN)
    assert "boonheng" in romanize("文興", Script.HAN)
    # family names keep their curated spellings only: 陳 is Tan, not "tin"
    assert "tin" not in romanize("陳", Script.HAN)
    assert "heng" in romanize("王", Script.HAN)  # Teochew


def test_straits_spellings_are_no_han_syllables() -> None:
    """Straits spellings stay out of the syllables that tell a typo from another name:
    Sean, Mia and Liam would be Han syllables, and a Western given name beside a Chinese
    one a given name the other side lacks."""
    assert not is_syllable("sean")
    assert not is_syllable("mia")
    assert is_syllable("xiao")
    assert "sean" in hokkien.syllables()  # "Eng" beside them is no engineer's title


def test_the_table_is_what_the_fixture_writes() -> None:
    """``data/hokkien.tsv`` is what ``fixtures/hokkien_table.py`` writes today, and
    :func:`matching.hokkien.readings` takes a character's literary-looking readings, or
    its others when it has none."""
    from fixtures.hokkien_table import readings  # noqa: PLC0415 - reads taibun's data

    written = readings()
    assert {char: read or other for char, read, other in written} == hokkien.readings()
    assert len(written) > 5_000


@pytest.mark.parametrize(
    ("reading", "cantonese", "expected"),
    [
        ("lim", "lam4", True),  # 林: both close on a nasal
        ("na", "lam4", False),  # spoken: the nasal lost
        ("bing", "ming4", True),  # 明
        ("mia", "ming4", False),
        ("tsok", "zok3", True),  # 作: both close on a stop
        ("tsoh", "zok3", False),  # spoken: a glottal h
        ("tiunn", "zoeng1", False),  # nasalised
        ("kng", "gwong1", False),  # syllabic
        ("ka", "gaa1", True),  # 嘉: both open
        ("ka", None, True),  # no Cantonese reading: only the nasal and syllabic tests
    ],
)
def test_a_literary_reading_closes_as_cantonese_does(
    reading: str, cantonese: str | None, expected: bool
) -> None:
    from fixtures.hokkien_table import literary  # noqa: PLC0415 - reads taibun's data

    assert literary(reading, cantonese) is expected


def test_eng_among_chinese_syllables_is_a_name_not_an_engineer() -> None:
    assert [p.raw for p in prepare_name("Tan Eng Huat").parts] == ["tan", "eng", "huat"]
    assert "eng" in [p.raw for p in prepare_name("Maria Lim Siok Eng").parts]
    assert [p.raw for p in prepare_name("Ahmed Ali Eng").parts] == ["ahmed", "ali"]
    assert [p.raw for p in prepare_name("Eng. Mohamed Salah").parts] == ["mohamed", "salah"]
    assert [p.raw for p in prepare_name("Peter Lee, Eng.").parts] == ["peter", "lee"]


@pytest.mark.parametrize(
    ("hong_kong", "spelt"),
    [("leung", "leong"), ("cheung", "cheong"), ("ming", "meng"), ("choi", "choy"),
     ("kwok", "kok"), ("fuk", "fook"), ("tak", "tuck"), ("chan", "chan"), ("yuk", "yook")],
)  # fmt: skip
def test_malaysian_spelling_of_cantonese(hong_kong: str, spelt: str) -> None:
    assert malaysian(hong_kong) == spelt
