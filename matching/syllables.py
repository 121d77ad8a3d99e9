"""Which Latin spellings are well-formed Chinese or Korean syllables.

A romanised Han or Hangul name that is not a sequence of real syllables ("Zahng",
"Junhyeog") was mistyped; one that is ("Jongsu" against "Jongsik") is another name.
:func:`matching.compare.part_similarity` is strict with the second and lets the first
count as a typo. The syllables are every reading the romanisers in
:mod:`matching.translit` give a single Han character (pinyin, Wade-Giles, Hong Kong
Cantonese) or Hangul block.
"""

from __future__ import annotations

from functools import cache, lru_cache

from anyascii import anyascii

from matching.scripts import Script
from matching.translit import (
    CHINESE_SURNAMES,
    CJK_UNIFIED,
    cantonese_syllables,
    hangul_forms,
    wade_giles,
)

_HANGUL = range(0xAC00, 0xD7A4)
_KOREAN_FINALS = ("k", "n", "t", "l", "m", "p", "ng")
"""The finals a romanised Hangul block ends with (Revised and McCune-Reischauer); other
final letters come only from letter-by-letter readings names do not use."""
_LONGEST = 6


@cache
def syllables(script: Script) -> frozenset[str]:
    """Every Latin spelling of one syllable of ``script`` (Han or Hangul)."""
    found: set[str] = set()
    if script is Script.HAN:
        for code in CJK_UNIFIED:
            pinyin = anyascii(chr(code)).lower()
            if pinyin.isalpha():
                found.update((pinyin, wade_giles(pinyin)))
        for spellings in CHINESE_SURNAMES.values():
            found.update(spellings)
        found.update(cantonese_syllables())
    elif script is Script.HANGUL:
        for code in _HANGUL:
            found.update(
                form
                for form in hangul_forms(chr(code))
                if form[-1] in "aeiouwy" or form.endswith(_KOREAN_FINALS)
            )
    return frozenset(found)


@lru_cache(maxsize=50_000)
def spells_syllables(latin: str, script: Script) -> bool:
    """Whether ``latin`` splits into syllables of ``script`` ("xiaoming": xiao + ming)."""
    known = syllables(script)
    reachable = [True] + [False] * len(latin)
    for end in range(1, len(latin) + 1):
        reachable[end] = any(
            reachable[start] and latin[start:end] in known
            for start in range(max(0, end - _LONGEST), end)
        )
    return bool(latin) and reachable[-1]


def is_syllable(latin: str) -> bool:
    """Whether ``latin`` is one Han or Hangul syllable as romanised ("hyun", "xiao")."""
    return latin in syllables(Script.HANGUL) or latin in syllables(Script.HAN)
