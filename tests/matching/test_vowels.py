"""Long vowels an abjad writes against the vowels of a romanisation."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from matching.compare import MIN_PART_SIMILARITY, part_similarity
from matching.names import prepare_name
from matching.vowels import (
    fewer_vowels,
    misplaced_vowels,
    one_consonant,
    other_vowel_letters,
    reads_vowels,
    vowel_groups,
    written_vowels,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("نیما", 2),  # Nima: yeh and final alef
        ("تهرانی", 2),  # Tehrani
        ("محمد", 0),  # Muhammad: no long vowel written
        ("إبراهيم", 2),  # the opening alef is not counted ("Brahim")
        ("ایمان", 1),  # Iman: the yeh after the opening alef belongs to it
        ("يوسف", 1),  # Yusuf: the opening yeh is a consonant
        ("שאול", 1),  # Shaul: alef and vav together are one vowel
        ("חיים", 1),  # Chaim: double yod is one group
        # alef-lam is a long a before an l, not an article, with no name on each side
        ("خالد", 1),  # Khalid
        ("صالح", 1),  # Salih
        ("جمال", 1),  # Jamal
        ("كمالی", 2),  # Kamali
        ("نورالدين", 2),  # Nur al-Din: the article's alef is not read
        ("عبدالله", 0),  # Abd Allah
        ("ذوالفقار", 2),  # Dhu al-Fiqar
    ],
)
def test_written_vowels(raw: str, expected: int) -> None:
    assert written_vowels(raw) == expected


@pytest.mark.parametrize(
    ("latin", "expected"),
    [("nam", 1), ("nima", 2), ("fahmy", 2), ("yusuf", 2), ("sayed", 2), ("shaul", 1)],
)
def test_vowel_groups(latin: str, expected: int) -> None:
    assert vowel_groups(latin) == expected


def _part_similarity(latin: str, abjad: str) -> float:
    (left,) = prepare_name(latin).parts
    (right,) = prepare_name(abjad).parts
    return part_similarity(left, right)[0]


@pytest.mark.parametrize(
    ("latin", "abjad"),
    [("Nam", "نیما"), ("Tran", "تهرانی"), ("Sam", "سامی")],
)
def test_a_romanisation_short_of_written_vowels_does_not_align(latin: str, abjad: str) -> None:
    assert _part_similarity(latin, abjad) < MIN_PART_SIMILARITY


@pytest.mark.parametrize(
    ("latin", "abjad"),
    [
        ("Nima", "نیما"),
        ("Tehrani", "تهرانی"),
        ("Brahim", "إبراهيم"),
        ("Shaul", "שאול"),
        ("Chaim", "חיים"),
        ("Mousavi", "موسوی"),
        ("Rohani", "روحانی"),
        ("Chaudhry", "چودھری"),
        ("Babaei", "بابائی"),  # hamza seats and ayin are silent in Latin
        ("Khoei", "خوئی"),
        ("Shoaei", "شعاعی"),
    ],
)
def test_real_spellings_still_align(latin: str, abjad: str) -> None:
    assert _part_similarity(latin, abjad) >= MIN_PART_SIMILARITY


@pytest.mark.parametrize(
    ("latin", "abjad"),
    [
        ("Tran Nam", "نیما تهرانی"),  # fewer vowels than the abjad writes
        ("Enzo Navone", "نازنین اکبری"),  # no vowel where Nazanin writes its alef
    ],
)
def test_vowels_keep_look_alike_consonants_apart(latin: str, abjad: str) -> None:
    from matching.model import Person, score_pair  # noqa: PLC0415

    pair = score_pair(
        Person(key="c", names=(prepare_name(latin),)),
        Person(key="r", names=(prepare_name(abjad),)),
    )
    assert pair.score < 0.5


@given(st.text(max_size=30), st.text(alphabet="abcdefhiklmnorstuyz", max_size=12))
def test_more_vowels_never_make_a_disagreement(raw: str, latin: str) -> None:
    """Any text is counted without error, and a romanisation with a vowel added can
    only agree more."""
    if not fewer_vowels(raw, (latin,)):
        assert not fewer_vowels(raw, (latin + "a",))
        assert not fewer_vowels(raw, ("a" + latin,))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("داؤد", "داود"),  # Urdu hamza on waw
        ("فؤاد", "فواد"),
        ("یحیی", "یحیا"),  # a final alef maqsura reads a
        ("مصطفى", "مصطفا"),
        ("ابراهيم", "ابراهم"),  # a dropped letter no name list knows: maybe a typo
        ("کوروش", "کورش"),
        ("پرویز", "پوریز"),  # the same letters moved
        ("דוד", "דויד"),  # Hebrew plene and defective
        ("שלמה", "שלומו"),
    ],
)
def test_one_name_in_one_abjad_still_aligns(left: str, right: str) -> None:
    assert _part_similarity(left, right) >= MIN_PART_SIMILARITY


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("محمد", "محمود"),  # two known names, a vowel letter apart
        ("حسن", "حسين"),
        ("منى", "آمنة"),  # each writes a vowel the other does not
        ("حمید", "احمد"),
        ("جميل", "جمال"),
        ("بدوي", "عبد"),  # an ayin is a letter, not a sound to drop
    ],
)
def test_two_names_in_one_abjad_do_not_align(left: str, right: str) -> None:
    assert _part_similarity(left, right) < MIN_PART_SIMILARITY


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("نازنین", "enzonavone"),  # Nazanin writes its alef between n and z
        ("سليمان", "salmon"),  # yeh as a vowel wants one between l and m
        ("هلال", "hill"),  # Hilal writes l twice with its alef between; Hill, one l
    ],
)
def test_no_vowel_where_the_arabic_script_writes_a_long_one(arabic: str, latin: str) -> None:
    assert misplaced_vowels(arabic, latin)


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("نازنین", "nazanin"),
        ("پرویز", "parviz"),  # waw as v, yeh as i
        ("داود", "davood"),
        ("داود", "daud"),
        ("محمود", "mahmoud"),
        ("ياسمين", "yasmin"),
        ("فاطمة", "fatma"),  # a final ta marbuta may be a vowel or h
        ("فاطمة", "fatimah"),
        ("مصطفى", "mustafa"),
        ("سليمان", "slimane"),  # Maghreb spellings drop short vowels, not long ones
        ("إبراهيم", "brahim"),
        ("رائد", "raed"),  # hamza on a seat is silent
        ("عثمان", "uthman"),  # a digraph is one consonant
        ("جمال", "djamel"),
        ("محمد", "mohammed"),  # doubled letters are one consonant
        ("نورالدين", "noureddine"),  # consonants that do not pair are not judged
        ("احسانالله", "ehsanullah"),  # the article's lam and Allah's are one geminate l
    ],
)
def test_vowels_where_the_arabic_script_writes_them(arabic: str, latin: str) -> None:
    assert not misplaced_vowels(arabic, latin)


@given(st.text(max_size=20), st.text(alphabet="abdhiklmnorstuyz", max_size=14))
def test_a_vowel_added_in_every_gap_never_misplaces(raw: str, latin: str) -> None:
    """Any text is judged without error, and a spelling with a vowel after each of its
    letters has a vowel in every gap."""
    misplaced_vowels(raw, latin)
    assert not misplaced_vowels(raw, "".join(letter + "a" for letter in latin))


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("علا", "ola"),  # an opening ayin: spoken opening with a vowel
        ("علاء", "alaa"),
        ("علاء", "ala"),  # a final hamza is often not written
        ("ضياء", "zia"),  # yeh and alef after the consonant
        ("ضياء", "ziya"),  # the yeh as a glide
        ("ضياء", "diaa"),
        ("ضیا", "zia"),  # Persian yeh, no hamza
        ("دعاء", "doaa"),  # a short vowel before the ayin
        ("دعاء", "dua"),
        ("إياد", "iyad"),
        ("إياد", "eyad"),
        ("عيد", "eid"),
        ("علي", "ali"),
    ],
)
def test_a_name_of_one_consonant_read_with_its_long_vowels(arabic: str, latin: str) -> None:
    assert one_consonant(arabic)
    assert reads_vowels(arabic, latin)


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("علا", "lea"),  # no vowel before l where the ayin opens the word
        ("علا", "ali"),  # i where alef writes a
        ("علي", "ola"),  # a where yeh writes i
        ("ضياء", "zio"),
        ("دعاء", "di"),
        ("إياد", "idi"),  # a vowel after the consonant, which the Arabic does not write
        ("إياد", "yad"),  # an opening y is a consonant
        ("محمد", "mo"),  # not one consonant
    ],
)
def test_other_vowels_or_places_do_not_read_a_name_of_one_consonant(
    arabic: str, latin: str
) -> None:
    assert not reads_vowels(arabic, latin)


def test_one_consonant_needs_a_long_vowel_written() -> None:
    # "عز" (Izz) writes no vowel: one consonant alone says too little
    assert not one_consonant("عز")
    assert not reads_vowels("عز", "izz")
    assert not one_consonant("محمد")


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("بشير", "bashar"),  # Bashir writes a yeh where Bashar has an a
        ("هاشم", "hisham"),  # Hashim writes an alef where Hisham has an i
        ("سليمان", "salman"),
        ("محمود", "mohamed"),  # a waw against an e
        ("رشيد", "rashad"),
        ("صالح", "silva"),  # the alef of Salih before its l
        ("جمال", "jamil"),  # Jamal's alef before its l
        ("خالد", "khulud"),
        ("مالك", "milk"),
        # a doubled letter is the consonant the Arabic writes twice, its long vowel between
        ("بلال", "bell"),
        ("هلال", "hill"),
        ("جلال", "jill"),
    ],
)
def test_another_vowel_where_the_arabic_script_writes_a_long_one(arabic: str, latin: str) -> None:
    assert other_vowel_letters(arabic, latin)


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("بشير", "basheer"),
        ("سليمان", "suleiman"),
        ("سليمان", "slimane"),  # vowels the Arabic does not write are short ones
        ("حسين", "husayn"),
        ("موسى", "moussa"),  # a final alef maqsura reads a
        ("مصطفى", "mustafa"),
        ("پرویز", "parviz"),  # a waw read as the consonant v
        ("زياد", "ziyad"),
        ("جمال", "djamel"),  # an e for an alef
        ("مهدی", "mehdi"),
        ("عمرو", "amr"),  # the waw of Amr is not read
        ("صالح", "saleh"),
        ("خالد", "khalid"),
        ("عبدالله", "abdullah"),  # an article's alef is not read
        ("نورالدين", "nuruddin"),
        # an o for an alef, as Tajik and Uzbek spellings say the long a
        ("خالد", "kholid"),
        ("جمال", "jamol"),
        ("صابر", "sobir"),
        ("يوسف", "yosef"),  # and for a waw
        ("بلال", "billal"),  # a doubled letter with the long vowel after it
        ("غسان", "ghassan"),  # a doubled letter the Arabic writes once
        ("عباسی", "abbasi"),
    ],
)
def test_the_vowels_the_arabic_script_writes_are_read(arabic: str, latin: str) -> None:
    assert not other_vowel_letters(arabic, latin)
