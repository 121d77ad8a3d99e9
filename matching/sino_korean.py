"""The Korean readings of a name written in Han characters.

A Korean name is written in Han characters (Hanja) as well as in Hangul: 李明博 is 이명박
(Lee Myung-bak), 朴智星 박지성 (Park Ji-sung). Read as Chinese, its characters spell
another name (Li Mingbo, Piao Zhixing), which no Hangul or Latin spelling of the Korean
one meets. :func:`korean_forms` gives a Han part's Korean readings, spelt as a Hangul
part's own readings are (:func:`matching.translit.hangul_forms`); a part meets another
by them only when equal (:attr:`matching.names.NamePart.syllabic`), as the Hangul a
Latin spelling of a Korean name may spell does.

Each character's readings are libhangul's (``data/sino_korean.tsv``, written by
``fixtures/sino_korean_table.py``): every one, the initial-sound rule's forms included,
since a family name reads both ways (李 Lee in the South, Ri in the North).
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources
from itertools import islice, product

from matching.hanzi import simplified_form
from matching.translit import hangul_forms

MAX_READINGS = 8
"""Hangul readings of one part taken at most: most characters have one reading, and a
given name two characters."""


@cache
def _table() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    text = resources.files("matching").joinpath("data/sino_korean.tsv").read_text("utf-8")
    readings: dict[str, tuple[str, ...]] = {}
    unglossed: set[str] = set()
    for line in text.splitlines():
        if not line or line[0] == "#":
            continue
        char, hangul, *marked = line.split("\t")
        readings[char] = tuple(hangul.split(" "))
        if marked:
            unglossed.add(char)
    return readings, frozenset(unglossed)


def sino_korean_readings() -> dict[str, tuple[str, ...]]:
    """Each Han character's Korean readings, as Hangul syllables."""
    return _table()[0]


def korean_writes(char: str) -> bool:
    """Whether a Korean name may be written with ``char``: a character the dictionary
    glosses in Korean, or one it does not (慜 in 孫興慜) that is no simplified form
    (张, 刘: Korean writes 張, 劉)."""
    readings, unglossed = _table()
    return char in readings and (char not in unglossed or not simplified_form(char))


def hangul_readings(token: str) -> tuple[str, ...]:
    """The Hangul a run of Han characters reads as in Korean (李明博: 리명박, 이명박); none if
    a character has no reading."""
    table = sino_korean_readings()
    each = [table.get(char) for char in token]
    if not each or any(readings is None for readings in each):
        return ()
    return tuple("".join(r) for r in islice(product(*(r for r in each if r)), MAX_READINGS))


@lru_cache(maxsize=100_000)
def korean_forms(token: str) -> tuple[str, ...]:
    """Every spelling of the Korean readings of a run of Han characters, as a Hangul
    part's readings spell it ("朴": park, pak, bak, ...; "明博": myeongbak, myongbak, ...)."""
    forms = (form for hangul in hangul_readings(token) for form in hangul_forms(hangul))
    return tuple(dict.fromkeys(forms))
