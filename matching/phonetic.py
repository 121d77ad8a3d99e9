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
_RULE_RE = re.compile("|".join(re.escape(old) for old, _ in _RULES))
# An abjad romanisation is consonants only: "hs" in "hsn" (Hasan) is two letters.
_ABJAD_RULE_RE = re.compile(
    "|".join(re.escape(old) for old, _ in _RULES if old not in ("hs", "ts"))
)
_VOWEL_CLASS = str.maketrans({"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u"})
_DOUBLES = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouy]")
_FINAL_H = re.compile(r"(?<=[aeiou])h$")
_FINAL_QUE = re.compile(r"(?<=.)que$")
"""A closing "-que" is a k as French and Spanish spell it, and South Asian spellings of
Arabic names after them: Haque / Haq, Shafique / Shafiq, Enrique / Enrik."""
_OPENING_I = re.compile(r"i(?!ain|an)[aeou]")  # not the Scottish Ian, Iain
_SOFT_C = re.compile(r"c(?=[eiy])")
_OPENING_Y = re.compile(r"y[aeiou]")
_OPENING_VOWELS = re.compile(r"^[aeiou]+")
_TA_MARBUTA = re.compile(r"(?<=.)h$")
_ABJAD_VOWELS = re.compile(r"[aeiouyv]")
_RAW_VOWELS = re.compile(r"[aeiouwy]")


@lru_cache(maxsize=200_000)
def phonetic_key(latin: str) -> str:
    """A spelling-tolerant key: "Selenskyj", "Zelenskyy" and "Zelensky" come close."""
    text = _FINAL_H.sub("", _DOUBLES.sub(r"\1", _FINAL_QUE.sub("k", latin)))
    if _OPENING_I.match(text):  # the y of French and Romanian spellings: Iouri, Ioana
        text = "y" + text[1:]
    # initial x is /s/ or /sh/ (Xi, Xavier); elsewhere /ks/ (Alexander)
    text = "S" + text[1:] if text.startswith("x") else text.replace("x", "ks")
    text = _RULE_RE.sub(lambda m: _RULE_MAP[m.group(0)], text)
    # c is /k/ before back vowels and consonants, /s/ (or /ts/) before front vowels
    text = _SOFT_C.sub("s", text).replace("c", "k").replace("z", "s")
    # y is a consonant before a vowel at the start (Yusuf), a vowel elsewhere
    head, tail = (text[:1], text[1:]) if _OPENING_Y.match(text) else ("", text)
    text = head + tail.translate(_VOWEL_CLASS)
    return _DOUBLES.sub(r"\1", text).lower()


@lru_cache(maxsize=200_000)
def skeleton(latin: str, abjad: bool = False) -> str:
    """Consonants only, after the phonetic rules: "Muhammad" and "mhmd" share "mhmd".

    ``abjad`` marks a romanisation of Arabic or Hebrew script: it is consonants already,
    and its w/y letters inside a word are long vowels. Two consonants that a vowel stood
    between stay two ("Layla" / "لیلا" is "ll", "Babak" / "بابک" is "bbk"): an abjad
    writes no doubled consonant, and Latin doubles merge in :func:`phonetic_key`.
    """
    if abjad:
        text = _ABJAD_RULE_RE.sub(lambda m: _RULE_MAP[m.group(0)], latin)
        text = _SOFT_C.sub("s", text).replace("c", "k").replace("z", "s")
        text = text.replace("p", "b")
        text = _OPENING_VOWELS.sub("", text)  # alef carries a vowel, not a consonant
        text = _TA_MARBUTA.sub("", text)  # ta marbuta: "Usamah" / "Usama"
        head, tail = text[:1], text[1:]
        return (head + _ABJAD_VOWELS.sub("", tail)).lower()
    key = phonetic_key(latin).replace("p", "b")  # Arabic writes p as b (Pérez: بيريز)
    # long vowels written as w/y letters inside a word do not count as consonants
    head, tail = key[:1], key[1:]
    return (head if head not in "aiu" else "") + _VOWELS.sub("", tail.replace("v", ""))


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
    text = _DOUBLES.sub(r"\1", latin)
    head, tail = text[:1], text[1:]
    head = "" if head in "aeiou" else head
    if waw_as_v:  # and at the start: "عوض" (Awad) opens on its waw once ayin is dropped
        head = "v" if head == "w" else head
        tail = tail.replace("w", "v")
    return head + _RAW_VOWELS.sub("", tail)


def match_rating(latin: str) -> str:
    """jellyfish's Match Rating Approach codex: a second opinion for English spellings."""
    return str(jellyfish.match_rating_codex(latin)) if latin else ""
