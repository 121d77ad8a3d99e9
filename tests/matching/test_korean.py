"""Korean names spelt in Latin by other schemes, read back to Hangul (:mod:`matching.korean`)."""

from __future__ import annotations

import pytest

from matching.batch import BlockScorer, _score_block, match_people
from matching.compare import part_similarity
from matching.korean import MAX_READINGS, korean_readings, looks_korean
from matching.model import Person
from matching.names import joined_part, prepare_name
from matching.scripts import Script
from matching.translit import romanize
from tests.matching.real_names import REVIEW, batch_misses, score


@pytest.mark.parametrize(
    ("latin", "reading"),
    [
        ("un", "eun"),  # 은: McCune-Reischauer / Revised
        ("chae", "jae"),  # 재 with its opening consonant voiceless (MR)
        ("moon", "mun"),  # 문 as the press writes it
        ("sok", "seok"),  # 석 (MR)
        ("suk", "seok"),  # 석 as popularly written
        ("sukyeol", "seokyeol"),  # one given name, two schemes mixed: 석열
        ("roh", "no"),  # the family name 노
        ("rhee", "lee"),  # 이, as its first spelling
        ("pak", "park"),  # 박
        ("young", "yeong"),  # 영 as passports write it (Kim Young-sam)
        ("eui", "ui"),  # 의
        ("wook", "uk"),  # 욱
        ("duck", "deok"),  # 덕 (Han Duck-soo)
    ],
)
def test_a_spelling_reads_as_the_hangul_it_may_spell(latin: str, reading: str) -> None:
    assert reading in korean_readings(latin)


def test_a_reading_is_never_the_spelling_itself_nor_a_single_letter() -> None:
    for latin in ("eun", "lee", "yi", "jaein", "kim"):
        readings = korean_readings(latin)
        assert latin not in readings
        assert all(len(reading) >= 2 for reading in readings)


def test_a_spelling_of_no_hangul_has_no_readings() -> None:
    assert korean_readings("smith") == ()
    assert korean_readings("xavier") == ()


def test_a_spelling_of_too_many_hangul_names_is_read_as_written() -> None:
    # four short ambiguous syllables would stand for dozens of names: none is taken
    assert korean_readings("junsukyeolun") == ()
    assert all(len(korean_readings(w)) <= MAX_READINGS for w in ("jongun", "sooyoung", "kyungsoo"))


@pytest.mark.parametrize(
    ("tokens", "korean"),
    [
        (("kim", "jong", "un"), True),
        (("yoon", "suk", "yeol"), True),
        (("jae", "in", "moon"), True),  # family name last
        (("kim", "johnson"), False),  # Johnson spells no Hangul
        (("lee", "ann", "smith"), False),
        (("jong",), False),  # one part: no family name to tell
        (("kim", "jong", "un", "ho", "min"), False),  # five parts
    ],
)
def test_a_name_reads_as_korean_with_a_family_name_and_hangul_syllables(
    tokens: tuple[str, ...], korean: bool
) -> None:
    assert looks_korean(tokens) is korean


def test_only_a_korean_name_takes_the_readings() -> None:
    korean = prepare_name("Kim Jong Un").parts[2]
    assert korean.latins == ("un",)
    assert "eun" in korean.syllabic
    assert prepare_name("Un Smith").parts[0].syllabic == ()


def test_a_hyphened_given_name_joined_reads_as_its_hangul() -> None:
    name = prepare_name("Yoon Suk-yeol")
    assert "seokyeol" in joined_part(name, (1, 2)).syllabic
    plain = prepare_name("Suk Yeol Johnson")
    assert joined_part(plain, (0, 1)).syllabic == ()


def test_a_hangul_reading_meets_only_when_equal() -> None:
    """Readings are no typos of each other: "Yon" (연, yeon) and "Yong" (영, yeong) are one
    letter apart in five, but compare as their own spellings are, one letter in four."""
    korean = prepare_name("Kim Yon Chol").parts[1], prepare_name("Kim Yong Chol").parts[1]
    plain = prepare_name("Yon Smith").parts[0], prepare_name("Yong Smith").parts[0]
    assert korean[0].syllabic and korean[1].syllabic
    assert part_similarity(*korean) == part_similarity(*plain)
    assert part_similarity(*korean)[0] < 0.8


def test_the_batch_path_meets_a_family_name_by_its_hangul() -> None:
    """ "Roh" and "No" share no letter a screen of spellings would see: only 노."""
    assert batch_misses([("Roh Moo-hyun", "No Mu-hyeon"), ("Moon Jae-in", "Mun Chae-in")]) == set()


def test_a_korean_given_name_joined_meets_its_other_scheme_written_apart() -> None:
    """ "Jaein" and "Chae-in" start with other letters, but both spell 재인."""
    assert score("Moon Jaein", "Mun Chae-in") >= REVIEW
    assert score("Mun Chaein", "Moon Jae-in") >= REVIEW
    assert score("Mun Chaein", "Moon Jae-won") < REVIEW


def test_the_screens_before_scoring_keep_a_joined_korean_name() -> None:
    """Given the pair, the batch path's screens (which parts could align, the ceiling of
    the score) must not drop it for its first letters, either side the candidate."""
    joined = Person("a", (prepare_name("Moon Jaein"),))
    apart = Person("b", (prepare_name("Mun Chae-in"),))
    for candidate, record in ((joined, apart), (apart, joined)):
        assert BlockScorer(candidate, [record]).worth_scoring(record, REVIEW)
        assert [r.record_key for r in _score_block(candidate, [record], REVIEW)] == [record.key]


WRITTEN_WHOLE = [
    ("강현정", "Ganghyeonjeong"),  # Revised Romanization; the family name reads Kang first
    ("박정식", "Bagjeongsig"),  # its letter-by-letter transliteration: ㄱ is always g
    ("이준서", "Ijunseo"),  # 이 as I, its fifth reading
    ("이명자", "IMyeongJa"),  # the given name alone would also align
    ("김미정", "Kimmijeong"),
    ("王小明", "Wangxiaoming"),
]


@pytest.mark.parametrize(("native", "latin"), WRITTEN_WHOLE)
def test_a_name_romanised_whole_as_one_word_meets_its_hangul_or_han(
    native: str, latin: str
) -> None:
    """Systems that romanise without spaces write a Han or Hangul name as one word; it
    rests on the whole name, so the cap of a match on one part of several does not hold."""
    assert score(native, latin) >= 0.9
    assert score(latin, native) >= 0.9


def test_the_batch_path_meets_a_name_romanised_whole() -> None:
    assert batch_misses(WRITTEN_WHOLE) == set()


def test_a_name_written_whole_is_still_the_whole_name() -> None:
    """One part of the name written alone keeps the cap; another given name written whole
    is another person."""
    assert score("이명자", "Myeongja") < REVIEW
    assert score("王小明", "Xiaoming") < REVIEW
    assert score("강현정", "Gangminjun") < REVIEW
    assert score("김미정", "Kimminseo") < REVIEW
    # one letter off and still syllables is another name; no syllables, a typo
    assert score("张明", "Zhangying") < REVIEW
    assert score("邹杰", "Zhujie") < REVIEW
    assert score("张明", "Zhangmnig") >= REVIEW
    # a Korean name transliterated letter by letter one syllable off is another name
    assert score("김경숙", "Gimmyeongsug") < REVIEW
    assert score("박미영", "Bagmijeong") < REVIEW
    assert score("김경숙", "Gimgyeongsgu") >= REVIEW
    assert score("이경숙", "LEE, Yeongsug") < REVIEW  # 영숙 transliterated


def test_hangul_reads_letter_by_letter_too() -> None:
    """Revised Romanization's transliteration writes final ㄱ as g: 박 "bag"."""
    part = prepare_name("박정식").parts
    assert "bag" in part[0].latins
    assert "jeongsig" in part[1].latins


def test_blocking_meets_a_name_romanised_whole_among_many_names() -> None:
    """Among many Korean names no key is rare: the list's run 조준호 must be keyed in the
    readings its family name has besides the first ("Jo", not only "Cho")."""
    families = "김이박최정강조윤장임한오서신권황안송류홍"
    givens = ["민준", "서연", "지훈", "수빈", "현우", "지원", "준호", "예은", "시우", "하은"]
    records = [
        Person(f"r{i}", (prepare_name(family + given),))
        for i, (family, given) in enumerate((f, g) for f in families for g in givens)
    ]
    for latin, native in (("JoJunHo", "조준호"), ("GimSiU", "김시우"), ("Ijiwon", "이지원")):
        expected = {r.key for r in records if r.names[0].original == native}
        candidate = Person("c", (prepare_name(latin),))
        raised = {r.record_key for r in match_people([candidate], records, threshold=REVIEW)}
        assert expected <= raised, latin


@pytest.mark.parametrize(
    ("hangul", "reading"),
    [
        ("보람", "boram"),
        ("나래", "narae"),
        ("하아름", "haareum"),
        ("람", "ram"),
        ("설리", "seolli"),
    ],
)
def test_an_opening_rieul_reads_r_as_revised_romanisation_writes_it(
    hangul: str, reading: str
) -> None:
    """ㄹ before a vowel is r (anyascii writes l), but after another ㄹ: ㄹㄹ is "ll"."""
    assert reading in romanize(hangul, Script.HANGUL)


RIEUL_NAMES = [("보람", "Boram"), ("하아름", "Haareum"), ("이나래", "Inarae")]
"""Names written whole, met only by a key of their spelling with r (lost in blocking
when ㄹ read only l); run through ``test_real_names.py``."""


ICU_WHOLE = [
    ("장정웅", "jangjeong-ung"),
    ("박준영", "bagjun-yeong"),
    ("이하은", "iha-eun"),
    ("장순옥", "jangsun-og"),
]
"""Korean names written whole, as ICU's ``Any-Latin`` transliterates them: a hyphen
where a syllable opens with a vowel, not between family and given name; run through
``test_real_names.py``."""
ICU_WHOLE_BLOCKING_LOSSES = {
    # a Hangul candidate against the Latin on the list: no key of the list's pieces
    # ("bagjun", "yeong") is one the Hangul parts (박, 준영) look up
    ("박준영", "bagjun-yeong"),
}


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [("장정웅", "jangjeong-ho"), ("박준영", "bagjun-yeon"), ("이하은", "iha-yun")],
)
def test_a_whole_name_meets_only_its_own_spelling(hangul: str, latin: str) -> None:
    assert score(hangul, latin) < REVIEW
