"""Korean names written in Han characters (Hanja), read as Korean: against their Hangul
and their usual Latin spellings (the pairs are raised, the other people not, and blocking
keeps them: ``test_real_names.py``)."""

from __future__ import annotations

from matching.compare import part_similarity
from matching.names import prepare_name
from matching.sino_korean import (
    _table,
    hangul_readings,
    korean_forms,
    korean_writes,
    sino_korean_readings,
)
from tests.matching.real_names import REVIEW, Pair, score

HANJA_PAIRS: list[Pair] = [
    ("李明博", "Lee Myung-bak"),
    ("朴槿惠", "Park Geun-hye"),
    ("文在寅", "Moon Jae-in"),
    ("盧武鉉", "Roh Moo-hyun"),
    ("金大中", "Kim Dae-jung"),
    ("金泳三", "Kim Young-sam"),
    ("潘基文", "Ban Ki-moon"),
    ("尹錫悅", "Yoon Suk-yeol"),
    ("朴智星", "Park Ji-sung"),
    ("金正恩", "Kim Jong-un"),
    ("金日成", "Kim Il-sung"),
    ("全斗煥", "Chun Doo-hwan"),
    ("朴正熙", "Park Chung-hee"),
    ("孫興慜", "Son Heung-min"),
    ("李在明", "Lee Jae-myung"),
    ("安哲秀", "Ahn Cheol-soo"),
    ("柳寬順", "Yu Gwan-sun"),
    ("李舜臣", "Yi Sun-sin"),
    ("黃禹錫", "Hwang Woo-suk"),
    ("申京淑", "Shin Kyung-sook"),
    ("宋康昊", "Song Kang-ho"),
    ("李明博", "이명박"),
    ("朴智星", "박지성"),
    ("金正恩", "김정은"),
    ("盧武鉉", "노무현"),
    ("柳寬順", "유관순"),
    ("潘基文", "반기문"),
    ("金正恩", "Ким Чен Ын"),
]
"""Korean public figures in Hanja against their own spellings, their Hangul and a
Russian spelling. Left out, as their Hangul misses them too: Choi Kyu-hah (하 as "hah"),
Чон Ду Хван (전두환, each syllable a word)."""

OTHER_NAMES: list[Pair] = [
    ("李明博", "Lee Myung-hee"),  # another given name, one syllable apart
    ("金正恩", "Kim Jong-il"),
    ("朴智星", "Park Ji-hoon"),
    ("金大中", "김대호"),
    ("王小明", "왕소연"),
]
"""Other people sharing a family name or a syllable: not raised."""


def test_readings() -> None:
    assert hangul_readings("李") == ("리", "이")  # both sides of the initial-sound rule
    assert hangul_readings("金") == ("금", "김")
    assert hangul_readings("明博") == ("명박",)
    assert hangul_readings("盧武鉉") == ("노무현", "로무현")
    assert hangul_readings("李a") == ()  # a character with no reading reads as none
    assert {"park", "pak", "bak"} <= set(korean_forms("朴"))
    assert {"lee", "yi", "rhee", "ri"} <= set(korean_forms("李"))
    assert "myungbak" in korean_forms("明博")


def test_han_parts_still_compare_by_their_characters() -> None:
    """Read as Korean, 王 and 汪 are both 왕, and 小明 and 昭明 both 소명: as two Han
    parts they stay the other name they are written as."""
    wang, other_wang = prepare_name("王").parts[0], prepare_name("汪").parts[0]
    assert part_similarity(wang, other_wang)[0] < REVIEW
    assert score("王小明", "王昭明") < REVIEW
    assert score("王小明", "汪小明") < REVIEW


def test_a_name_reads_as_korean_whole_or_not_at_all() -> None:
    """Korean writes no simplified form: "张亮" is Zhang Liang, so its 亮 is no Korean
    양 (Yang) beside the Chinese Zhang, together or written apart."""
    assert not korean_writes("张") and korean_writes("張")
    assert korean_writes("朴") and korean_writes("慜")  # 朴 is also 樸 simplified
    assert hangul_readings("亮") == ("량", "양")
    assert all(not part.syllabic for part in prepare_name("张 亮").parts)
    assert score("张亮", "Zhang Yang") < REVIEW
    assert score("张 亮", "Zhang Yang") < REVIEW
    assert score("張亮", "Zhang Liang") >= REVIEW  # its own reading, as ever


def test_the_table_is_what_the_fixture_writes() -> None:
    """``data/sino_korean.tsv`` is what ``fixtures/sino_korean_table.py`` writes today."""
    from fixtures.sino_korean_table import readings  # noqa: PLC0415 - reads pyhanja's data

    assert {char: hangul for char, (hangul, _) in readings().items()} == sino_korean_readings()
    assert {char for char, (_, glossed) in readings().items() if glossed} == {
        char for char in sino_korean_readings() if char not in _table()[1]
    }
    assert len(sino_korean_readings()) > 20_000
