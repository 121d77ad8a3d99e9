"""Phonetic keys and consonant skeletons of romanised name tokens.

Use :func:`phonetic_key` to compare spellings of one sound across transliteration schemes
(Cyrillic "Ш" as sh/sch/ch/sz, "Х" as kh/h/ch, W/V, Y/J/I, doubled letters, Arabic "ou"
vs "u") and :func:`skeleton` where vowels are unreliable: names romanised from abjads
("محمد" -> "mhmd"), Indic schwas and Arabic-origin names (Mohammed / Muhammad).

These are hand-written rather than jellyfish's Metaphone or NYSIIS: those encode English
spelling and, measured on the multi-script benchmark, merge fewer of the variants HR data
shows (Selenskyj/Zelensky, Hsi/Xi, Husayn/Hossein). jellyfish still serves as a second key
(:func:`match_rating`) where English spellings meet.
"""

from __future__ import annotations

import re
from functools import lru_cache

import jellyfish

# Longest patterns first; applied left to right on lowercase ASCII. Upper-case letters
# are internal symbols: C is the "ch" of Chavez, Cyrillic Ч; S is the "sh" of Ш.
_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "S"),
    ("chtch", "C"),
    ("tsch", "C"),
    ("dsch", "j"),
    ("dzh", "j"),
    ("sch", "S"),
    ("tch", "C"),
    ("sh", "S"),
    ("sz", "S"),
    ("cz", "C"),
    ("ch", "C"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("hs", "S"),
    ("ts", "z"),
    ("tz", "z"),
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("ie", "i"),
    ("ai", "i"),
    ("ay", "i"),
    ("ei", "i"),
    ("ey", "i"),
    ("ae", "e"),
    ("ue", "u"),
    ("oe", "o"),
)
_RULE_MAP = dict(_RULES)


# the rules as one alternation, captured: splitting on it puts every digraph it reads at
# an odd place, left to right, at each letter the first rule (longest first) matching there
_RULES_SPLIT = re.compile("(" + "|".join(re.escape(old) for old, _ in _RULES) + ")")
# An abjad romanisation is consonants only: "hs" in "hsn" (Hasan) is two letters.
_ABJAD_RULES_SPLIT = re.compile(
    "(" + "|".join(re.escape(old) for old, _ in _RULES if old not in ("hs", "ts")) + ")"
)
_VOWEL_CLASS = str.maketrans({"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u"})
_HARD_C = str.maketrans({"c": "k", "z": "s"})
_ABJAD_LETTERS = str.maketrans({"c": "k", "z": "s", "p": "b"})
_NO_VOWELS = str.maketrans("", "", "aeiouy")
_NO_ABJAD_VOWELS = str.maketrans("", "", "aeiouyv")
_NO_RAW_VOWELS = str.maketrans("", "", "aeiouwy")

# The keys below are made in few passes, each a C string method where one serves: a key
# is made for every reading of every part a list holds, and of every run of parts a block
# tests as written together. As a chain of ten regular expressions (doubled letters by a
# back-reference and its template, the digraphs calling back into Python one by one) a
# key took 12.5 us a reading, now 3.2, and most of building a joined part went to it.
# tests/matching/test_phonetic.py keeps the expressions and checks both agree.


def _apply_rules(text: str, rules: re.Pattern[str]) -> str:
    """The digraph rules applied left to right (``rules``: :data:`_RULES_SPLIT` or
    :data:`_ABJAD_RULES_SPLIT`)."""
    pieces = rules.split(text)
    if len(pieces) == 1:
        return text
    pieces[1::2] = [_RULE_MAP[old] for old in pieces[1::2]]
    return "".join(pieces)


def _squeeze(text: str) -> str:
    """A run of one letter as one letter."""
    out: list[str] = []
    last = ""
    for letter in text:
        if letter != last:
            out.append(letter)
            last = letter
    return "".join(out) if len(out) < len(text) else text


def _soft_c(text: str) -> str:
    """c as s before a front vowel (c is /s/ or /ts/ there: Cecilia, Ciro)."""
    if "c" not in text:
        return text
    return text.replace("ce", "se").replace("ci", "si").replace("cy", "sy")


@lru_cache(maxsize=200_000)
def phonetic_key(latin: str) -> str:
    """A spelling-tolerant key: "Selenskyj", "Zelenskyy" and "Zelensky" come close."""
    # a closing "-que" is a k as French and Spanish spell it, and South Asian spellings
    # of Arabic names after them: Haque / Haq, Shafique / Shafiq, Enrique / Enrik
    text = latin[:-3] + "k" if len(latin) > 3 and latin.endswith("que") else latin
    text = _squeeze(text)
    if len(text) > 1 and text[-1] == "h" and text[-2] in "aeiou":
        text = text[:-1]  # a closing h after a vowel is silent: Sarah, Allah
    # the y of French and Romanian spellings, not the Scottish Ian, Iain: Iouri, Ioana
    if (
        text[:1] == "i"
        and text[1:2] in ("e", "o", "u", "a")
        and not text.startswith(("ian", "iain"))
    ):
        text = "y" + text[1:]
    # initial x is /s/ or /sh/ (Xi, Xavier); elsewhere /ks/ (Alexander)
    text = "S" + text[1:] if text.startswith("x") else text.replace("x", "ks")
    text = _apply_rules(text, _RULES_SPLIT)
    # c is /k/ before back vowels and consonants, /s/ (or /ts/) before front vowels
    text = _soft_c(text).translate(_HARD_C)
    # y is a consonant before a vowel at the start (Yusuf), a vowel elsewhere
    if text[:1] == "y" and text[1:2] in ("a", "e", "i", "o", "u"):
        text = "y" + text[1:].translate(_VOWEL_CLASS)
    else:
        text = text.translate(_VOWEL_CLASS)
    return _squeeze(text).lower()


@lru_cache(maxsize=200_000)
def skeleton(latin: str, abjad: bool = False) -> str:
    """Consonants only, after the phonetic rules: "Muhammad" and "mhmd" share "mhmd".

    ``abjad`` marks a romanisation of Arabic or Hebrew script: it is consonants already,
    and its w/y letters inside a word are long vowels. Two consonants that a vowel stood
    between stay two ("Layla" / "لیلا" is "ll", "Babak" / "بابک" is "bbk"): an abjad
    writes no doubled consonant, and Latin doubles merge in :func:`phonetic_key`.
    """
    if abjad:
        text = _soft_c(_apply_rules(latin, _ABJAD_RULES_SPLIT)).translate(_ABJAD_LETTERS)
        text = text.lstrip("aeiou")  # alef carries a vowel, not a consonant
        if len(text) > 1 and text[-1] == "h":
            text = text[:-1]  # ta marbuta: "Usamah" / "Usama"
        return (text[:1] + text[1:].translate(_NO_ABJAD_VOWELS)).lower()
    key = phonetic_key(latin).replace("p", "b")  # Arabic writes p as b (Pérez: بيريز)
    # long vowels written as w/y letters inside a word do not count as consonants
    head, tail = key[:1], key[1:]
    return (head if head not in "aiu" else "") + tail.replace("v", "").translate(_NO_VOWELS)


_FRENCH_CH = re.compile(r"(?<!s)ch")
_FRENCH_OU = re.compile(r"^ou(?=[aeiy])")


def french_reading(latin: str) -> str:
    """A Latin spelling of an Arabic name read the French way, as in North and West
    Africa: "ch" is the sh of ش (Rachid, Hichem, Achraf), "ou" before a vowel the w of و
    (Ouahid). Only raw skeletons use it, which keep sh apart from s: "Rachel" does not
    become "Rasul" (رسول)."""
    return _FRENCH_OU.sub("w", _FRENCH_CH.sub("sh", latin))


_CONSONANT_J = re.compile(r"(?<!d)j")


def j_as_y(latin: str) -> str:
    """A Latin spelling read as German, Dutch, Scandinavian and Slavic spellings write the
    y sound, j: "Jusuf", "Jasmin", "Jakob", "Benjamin" are يوسف, ياسمين, יעקב, בנימין
    (French "dj" is the j of ج: Djamel). Only raw skeletons use it: "Jan" must not become
    a Latin "Yan"."""
    return _CONSONANT_J.sub("y", latin)


@lru_cache(maxsize=200_000)
def raw_skeleton(latin: str, waw_as_v: bool = False) -> str:
    """Consonant letters as written, without the digraph rules: "Tehrani" -> "thrn" meets
    the abjad "thrny" (ت + ه), which :func:`skeleton` reads as "th" and loses.

    ``waw_as_v`` keeps a w inside the word, as v: in Persian a waw is often the consonant
    ("Alavi" علوی is "lv"), which is otherwise dropped as a long vowel ("Mashhour" مشهور
    is "mshhr")."""
    text = _squeeze(latin)
    head, tail = text[:1], text[1:]
    head = "" if head in "aeiou" else head
    if waw_as_v:  # and at the start: "عوض" (Awad) opens on its waw once ayin is dropped
        head = "v" if head == "w" else head
        tail = tail.replace("w", "v")
    return head + tail.translate(_NO_RAW_VOWELS)


def match_rating(latin: str) -> str:
    """jellyfish's Match Rating Approach codex: a second opinion for English spellings."""
    return str(jellyfish.match_rating_codex(latin)) if latin else ""
