"""Burmese names: syllables written without spaces, each a name of its own in Latin letters,
read as Burmese names are spelt (Aung San Suu Kyi, Min Aung Hlaing)."""

from __future__ import annotations

import pytest

from matching.names import prepare_name
from matching.scripts import Script
from matching.translit import myanmar_syllables, romanize

BURMESE_PAIRS = [
    ("အောင်ဆန်းစုကြည်", "Aung San Suu Kyi"),
    ("ဝင်းမြင့်", "Win Myint"),
    ("သိန်းစိန်", "Thein Sein"),
    ("မင်းအောင်လှိုင်", "Min Aung Hlaing"),
    ("ဦးသန့်", "U Thant"),
    ("ထင်ကျော်", "Htin Kyaw"),
    ("နေဝင်း", "Ne Win"),
    ("သန်းရွှေ", "Than Shwe"),
    ("ခင်ညွန့်", "Khin Nyunt"),
    ("မောင်မောင်", "Maung Maung"),
    ("စောမောင်", "Saw Maung"),
    ("အောင်ဆန်း", "Aung San"),
    ("ဇော်ဝင်း", "Zaw Win"),
    ("ကျော်ဇော", "Kyaw Zaw"),
    ("ဦးနု", "U Nu"),
    ("သန်းထွန်း", "Than Tun"),
    ("မြင့်ဆွေ", "Myint Swe"),
    ("စိုးဝင်း", "Soe Win"),
    ("သိန်းဦး", "Thein Oo"),
    ("ကျော်ကျော်", "Kyaw Kyaw"),
    ("ဖြိုးမင်းသိန်း", "Phyo Min Thein"),
    ("ဇင်မာအောင်", "Zin Mar Aung"),
    ("နန်းခင်ထွေးမြင့်", "Nan Khin Htwe Myint"),
    ("အောင်ကျော်မိုး", "Aung Kyaw Moe"),
    ("ထွန်းထွန်းဝင်း", "Htun Htun Win"),
    ("ဆုမွန်", "Su Mon"),
    ("သီဟ", "Thiha"),
    ("လှမြင့်", "Hla Myint"),
    ("တင်အောင်မြင့်ဦး", "Tin Aung Myint Oo"),
    ("ဒေါ်ခင်ကြည်", "Daw Khin Kyi"),
]
"""Public figures and common names with their usual Latin spellings: all 30 raised."""
OTHER_NAMES = [
    ("ဝင်းမြင့်", "Win Naing"),
    ("သိန်းစိန်", "Thein Htun"),
    ("အောင်ဆန်း", "Aung Kyaw"),
    ("ခင်ညွန့်", "Khin Maung"),
    ("ဇော်ဝင်း", "Zaw Min"),
    ("သန်းရွှေ", "Than Htay"),
    ("ထင်ကျော်", "Htin Lin"),
    ("စိုးဝင်း", "Soe Naing"),
    ("မင်းထွန်း", "Man Htan"),
    ("မင်းထွန်း", "Maung Htin"),
    ("ဝင်းမြင့်", "Wan Myat"),
    ("သိန်းစိန်", "Than Sann"),
    ("ကျော်ဇော", "Kyi Zin"),
    ("အောင်ဆန်း", "Aye Sein"),
]
"""Other names sharing a syllable, or sounding alike by consonants (Min / Man)."""


def test_a_name_is_cut_into_its_syllables() -> None:
    assert myanmar_syllables("အောင်ဆန်းစုကြည်") == ["အောင်", "ဆန်း", "စု", "ကြည်"]
    assert myanmar_syllables("ဝင်းမြင့်") == ["ဝင်း", "မြင့်"]  # the creaky tone before asat
    # a stacked consonant is a syllable, but one Pali word is one name
    assert myanmar_syllables("စန္ဒာ") == ["စန္", "ဒာ"]
    assert myanmar_syllables("စန္ဒာ", words=True) == ["စန္ဒာ"]
    assert [p.raw for p in prepare_name("မင်းအောင်လှိုင်").parts] == ["မင်း", "အောင်", "လှိုင်"]


@pytest.mark.parametrize(
    ("burmese", "readings"),
    [
        ("အောင်", ("aung",)),  # the vowel carrier and ောင်
        ("ကြည်", ("kyi",)),  # medial ra after k
        ("ချစ်", ("chit",)),  # medial ya after kh
        ("လှိုင်", ("hlaing",)),  # medial ha voices ahead
        ("ထွန်း", ("htun",)),  # medial wa before a closing n is u
        ("မြင့်", ("myint",)),  # a creaky nasal is written with t
        ("သိန်း", ("thein",)),
        ("ကျော်", ("kyaw",)),
        ("မာ", ("ma", "mar")),  # open aa is also "ar"
        ("မိုး", ("mo", "moe")),  # open o is also "oe"
        ("ဦး", ("u", "oo")),
    ],
)
def test_burmese_readings(burmese: str, readings: tuple[str, ...]) -> None:
    assert romanize(burmese, Script.MYANMAR) == readings
