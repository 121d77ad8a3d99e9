"""Vowels a Brahmic spelling writes, against the vowels of a Latin spelling.

A Brahmic script (:data:`matching.scripts.BRAHMIC`) writes every vowel but one: a
consonant alone carries the inherent vowel (a, or o in Bengali and Odia), which Hindi,
Bengali, Punjabi and Gujarati often leave unsaid and romanisations leave out ("Rajkumar",
राजकुमार). Every other vowel is a sign, and any romanisation writes it. Such a part is
compared with a Latin spelling by its consonants too, because the inherent vowels are
unsure; but when the vowels it does write cannot be read in the Latin spelling, equal
consonants say nothing: "Hiranya" is not ஹாருண் (Harun), though both are h-r-n.

Read loosely, since Latin spellings of South Asian names vary: long and short vowels are
one, e and i are close and so are o and u (Shreya / Shriya), ai may be e or ay, au may be
o or ou, a vocalic r may be ri or ru, and the Dravidian scripts' i and u that only break
a cluster may be left out (பிரகாஷ், Prakash; கிருஷ்ணன், Krishnan).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from matching.scripts import BRAHMIC, Script, char_script
from matching.vowels import vowel_runs

_INHERENT = "*"
"""A consonant's own vowel: said or not, as a, o or e."""
_VOCALIC = "r"
"""A vocalic r or l: ri, ru, re, or nothing between the consonants."""
_OPEN = "x"
"""Candra e and o, the Sinhala ae: English loan vowels, written a, e or o."""

_SIGNS = {
    "A": _INHERENT,
    "AA": "a",
    "I": "i",
    "II": "i",
    "U": "u",
    "UU": "u",
    "E": "e",
    "EE": "e",
    "SHORT E": "e",
    "AI": "ai",
    "O": "o",
    "OO": "o",
    "SHORT O": "o",
    "AU": "au",
    "CANDRA E": _OPEN,
    "CANDRA O": _OPEN,
    "CANDRA A": _OPEN,
    "VOCALIC R": _VOCALIC,
    "VOCALIC RR": _VOCALIC,
    "VOCALIC L": _VOCALIC,
    "VOCALIC LL": _VOCALIC,
    # Sinhala names its signs and vowel letters its own way
    "AELA-PILLA": "a",
    "KETTI IS-PILLA": "i",
    "DIGA IS-PILLA": "i",
    "KETTI PAA-PILLA": "u",
    "DIGA PAA-PILLA": "u",
    "KETTI AEDA-PILLA": _OPEN,
    "DIGA AEDA-PILLA": _OPEN,
    "GAETTA-PILLA": _VOCALIC,
    "DIGA GAETTA-PILLA": _VOCALIC,
    "KOMBUVA": "e",
    "DIGA KOMBUVA": "e",
    "KOMBU DEKA": "ai",
    "KOMBUVA HAA AELA-PILLA": "o",
    "KOMBUVA HAA DIGA AELA-PILLA": "o",
    "KOMBUVA HAA GAYANUKITTA": "au",
    "AYANNA": _INHERENT,
    "AAYANNA": "a",
    "AEYANNA": _OPEN,
    "AEEYANNA": _OPEN,
    "IYANNA": "i",
    "IIYANNA": "i",
    "UYANNA": "u",
    "UUYANNA": "u",
    "IRUYANNA": _VOCALIC,
    "IRUUYANNA": _VOCALIC,
    "EYANNA": "e",
    "EEYANNA": "e",
    "AIYANNA": "ai",
    "OYANNA": "o",
    "OOYANNA": "o",
    "AUYANNA": "au",
}
"""A vowel sign or vowel letter, by the end of its Unicode name, as a class of vowel."""

_DRAVIDIAN = frozenset({Script.TAMIL, Script.MALAYALAM, Script.TELUGU, Script.KANNADA})
"""Scripts whose i and u also break a cluster of a loan name, or end a name Latin
spellings end with its consonant."""

_READS: dict[str, frozenset[str]] = {
    "a": frozenset("a"),
    "i": frozenset("iey"),
    "u": frozenset("uo"),
    "e": frozenset("eiy"),
    "o": frozenset("ou"),
    "ai": frozenset("aeiy"),
    "au": frozenset("aou"),
    _OPEN: frozenset("aeo"),
    _VOCALIC: frozenset("iuea"),
    _INHERENT: frozenset("aoe"),
}
"""The first letters of a Latin vowel group that may write each class."""


def _reads(vowel: str, group: str) -> bool:
    """Whether a Latin vowel group may write a vowel class. An o or au written in two
    parts, e before the consonant and aa after (Tamil ோ, Malayalam ോ, Sinhala ො), is
    e and a to libraries that write letter by letter ("மணிக்கோ": mnikkea)."""
    return group[0] in _READS[vowel] or (vowel in ("o", "au") and group[0] == "e" and "a" in group)


def _vowel_of(name: str) -> str | None:
    """The class of a vowel sign or letter by its Unicode name, else ``None``."""
    for marker in (" VOWEL SIGN ", " LETTER "):
        _, found, tail = name.partition(marker)
        if found:
            return _SIGNS.get(tail)
    return None


@lru_cache(maxsize=100_000)
def written_vowels(raw: str, script: Script) -> tuple[tuple[str, bool], ...] | None:
    """The vowel of each syllable of a spelling in a Brahmic ``script``, in order, with
    whether a Latin spelling may leave it out; ``None`` when a letter of ``raw`` is of
    another script."""
    if script not in BRAHMIC:
        return None
    dravidian = script in _DRAVIDIAN
    vowels: list[tuple[str, bool]] = []
    for char in raw:
        if char_script(char) not in (script, Script.NONE):
            return None
        name = unicodedata.name(char, "")
        vowel = _vowel_of(name)
        if vowel is not None and " VOWEL SIGN " in name:
            if vowels and vowels[-1][0] == _INHERENT:
                droppable = vowel == _VOCALIC or (dravidian and vowel in ("i", "u"))
                vowels[-1] = (vowel, droppable)
            elif vowels and vowels[-1][0] == "e" and vowel == "a":
                vowels[-1] = ("o", False)  # an o in two parts, left decomposed
            continue
        if vowel is not None:  # a vowel letter opens a syllable
            vowels.append((vowel, vowel in (_INHERENT, _VOCALIC)))
        elif " SIGN VIRAMA" in name or name.endswith("AL-LAKUNA"):
            if vowels and vowels[-1][0] == _INHERENT:
                vowels.pop()
        elif " LETTER CHILLU " in name:
            continue  # a consonant with no vowel
        elif " LETTER " in name:
            vowels.append((_INHERENT, True))
    return tuple(vowels)


TYPO_SYLLABLES = 3
"""Syllables a Brahmic spelling needs for one of its vowels to be read otherwise in a
Latin spelling, as a typo ("Chipra" / "चोपरा", Chopra): a shorter name has too few other
letters to tell a slip from another name (Hiranya / ஹாருண், Manikko / மங்கை)."""


@lru_cache(maxsize=100_000)
def vowels_disagree(raw: str, script: Script, latin: str) -> bool:
    """Whether the vowels a Brahmic spelling writes cannot be read, in order, in a Latin
    spelling: each written vowel one group of the Latin spelling, an inherent vowel one
    group or none, and no group left over; one vowel read otherwise, left out or added
    is a typo in a name of :data:`TYPO_SYLLABLES` or more. False when either side has no
    vowels to compare (a romanisation of an abjad writes none)."""
    syllables = written_vowels(raw, script)
    groups = vowel_runs(latin)
    if not syllables or not groups:
        return False
    allowed = 1 if len(syllables) >= TYPO_SYLLABLES else 0
    return _vowel_edits(syllables, groups) > allowed


def _vowel_edits(syllables: tuple[tuple[str, bool], ...], groups: tuple[str, ...]) -> int:
    """The fewest vowels read otherwise, left out or added that align ``groups`` with
    ``syllables`` (an optional vowel is left out for nothing)."""
    width = len(groups) + 1
    cost = [list(range(width))]  # no syllable yet: every group so far added
    for vowel, optional in syllables:
        above = cost[-1]
        row = [above[0] + (0 if optional else 1)]
        for j, group in enumerate(groups, start=1):
            read = 0 if _reads(vowel, group) else 1
            row.append(min(above[j] + (0 if optional else 1), above[j - 1] + read, row[j - 1] + 1))
        cost.append(row)
    return cost[-1][-1]
