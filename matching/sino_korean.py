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

from matching.translit import hangul_forms

MAX_READINGS = 8
"""Hangul readings of one part taken at most: most characters have one reading, and a
given name two characters."""


@cache
def sino_korean_readings() -> dict[str, tuple[str, ...]]:
    """Each Han character's Korean readings, as Hangul syllables."""
    text = resources.files("matching").joinpath("data/sino_korean.tsv").read_text("utf-8")
    return {
        char: tuple(hangul.split(" "))
        for char, _, hangul in (
            line.partition("\t") for line in text.splitlines() if line and line[0] != "#"
        )
    }


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
