"""Han names read in Hokkien and spelt as Singapore, Malaysia and the Philippines spell them.

Most Chinese families of South-East Asia came from Fujian, and their names are
registered in Hokkien, Teochew or Hakka, in spellings that follow none of pinyin,
Wade-Giles or Hong Kong's Cantonese: 陳志明 is Tan Chee Beng, 林文興 Lim Boon Heng,
吳慶瑞 Goh Keng Swee, 許寶琨 Koh Poh Koon. The family names have their own table
(:data:`matching.translit.CHINESE_SURNAMES`); this module reads a whole name character by
character from ``data/hokkien.tsv`` (taibun's readings, ``fixtures/hokkien_table.py``)
and spells each syllable the Straits way (:func:`straits`).

A character often has a literary and a spoken reading (林 lîm and nâ). Names take the
literary one, which the table keeps apart by how it closes (``fixtures/hokkien_table.py``),
and a name keeps a few combinations of its characters' readings.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from itertools import islice, product

READINGS_PER_CHARACTER = 3
"""A character's readings taken at most, the likelier first."""
MAX_FORMS = 4
"""Spellings of one name taken at most: its characters' likelier readings together."""
MAX_CHARACTERS = 4
"""The longest run read: a name's word, or a whole name of a family name and a given name
of two characters each (歐陽志明). The combinations of a longer run's readings would
grow without bound (a run of 30 characters of two readings each: 2**30)."""

_INITIAL = re.compile("^(tsh|ts|ph|th|kh|ng|[pbmtnlkghsj])?(.*)$")
_INITIALS = {"tsh": "ch", "ts": "ch", "ph": "p", "th": "t", "kh": "k"}
"""Aspiration is seldom written (慶 khing: Keng; 琨 khun: Koon); ts and tsh are ch."""
_FINALS = {
    "i": "ee", "ing": "eng", "ik": "ek", "u": "oo", "un": "oon", "o": "oh", "oo": "oh",
    "ui": "wee", "io": "eo",
}  # fmt: skip
"""Finals as names spell them (志 tsi: Chee, 明 bing: Beng, 德 tik: Tek, 邱 khu: Khoo,
文 bun: Boon, 寶 po: Poh, 吳 goo: Goh, 瑞 sui: Swee, 楊 io: Yeo); others as Tai-lo writes
them (Tiong, Kiat, Hian, Chua, Huat)."""
_OTHER_FINALS = {
    "ian": "ean", "iat": "eat", "iong": "eong", "iok": "eok", "ik": "eck", "ok": "ock",
    "oo": "aw", "au": "ow", "iau": "eow", "iu": "iew", "ai": "ye", "a": "ah", "ua": "uah",
    "io": "eoh", "e": "eh",
}  # fmt: skip
"""The other habit of the same spellings (賢 hian: Hean, 傑 kiat: Keat, 德 tik: Teck,
福 hok: Hock, 虎 hoo: Haw, 九 kau: Kow, 耀 iau: Yeow, 秀 siu: Siew, 財 tsai: Chye, and an
open vowel closed with h: 嘉 ka: Kah, 蔡 tshua: Chuah, 張 tio: Teoh, 鄭 te: Teh); a name's
likeliest reading also takes it syllable by syllable (Kok Keong), the others whole."""
MAX_MIXED = 8
"""Spellings of the likeliest reading with the habits mixed, taken at most."""
_OPEN = {"i": "ee", "u": "oo", "a": "ah", "o": "oh", "oo": "oh", "ing": "eng", "ik": "ek"}
"""A syllable without an initial that is its vowel alone, or i before ng and k (阿 a: Ah,
英 ing: Eng, 胡 oo: Oh)."""


def straits(syllable: str, *, other: bool = False) -> str:
    """One toneless Tai-lo syllable as Straits Chinese names spell it: ch for ts and tsh,
    aspiration dropped, the nasal mark dropped, i as ee and ing as eng, u as oo, o as oh,
    ui as wee, io as eo, an opening i before a vowel y and u w (iong: Yong, uan: Wan);
    ``other``: with the finals of :data:`_OTHER_FINALS`."""
    match = _INITIAL.match(syllable.removesuffix("nn").replace("nnh", "h"))
    initial, final = (match[1] or "", match[2]) if match else ("", syllable)
    if not final:  # 黃 ng, 梅 m: a syllabic nasal
        return initial
    if not initial:
        if final in _OPEN:
            return _OPEN[final]
        if final[0] in "iu" and len(final) > 1 and final[1] in "aeiou":
            head = "y" if final[0] == "i" else "w"
            rest = final[1:]
            return head + ("ee" if rest == "i" else "eo" if final == "io" else rest)
        return final
    spelt = (_OTHER_FINALS.get(final) if other else None) or _FINALS.get(final, final)
    return _INITIALS.get(initial, initial) + spelt


@cache
def readings() -> dict[str, tuple[str, ...]]:
    """The toneless Tai-lo readings of each character the table holds: its literary-looking
    ones, the readings names take, or its others if it has none (吳 ngoo)."""
    text = resources.files("matching").joinpath("data/hokkien.tsv").read_text("utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            char, read, other = line.split("\t")
            table[char] = tuple((read or other).split(","))
    return table


def forms(token: str) -> tuple[str, ...]:
    """A Han name read character by character in Hokkien and spelt the Straits way, its
    likelier readings first (志明: cheebin, cheebeng, ...); none if a character is unknown,
    for a run longer than :data:`MAX_CHARACTERS`, or for a single character: a family
    name has its own table, and a character alone would meet other characters of its own
    script by sound in blocking, as scoring never takes them (芳 hong and 王 heng are one
    typo apart)."""
    if not 2 <= len(token) <= MAX_CHARACTERS:
        return ()
    table = readings()
    options = [table.get(char, ())[:READINGS_PER_CHARACTER] for char in token]
    if not options or not all(options):
        return ()
    ranked = sorted(product(*(range(len(o)) for o in options)), key=sum)[:MAX_FORMS]
    spelt = [
        "".join(straits(o[i], other=other) for o, i in zip(options, pick, strict=True))
        for other in (False, True)
        for pick in ranked
    ]
    likeliest = [dict.fromkeys((straits(o[0]), straits(o[0], other=True))) for o in options]
    spelt += map("".join, islice(product(*likeliest), MAX_MIXED))
    return tuple(dict.fromkeys(spelt))


@cache
def syllables() -> frozenset[str]:
    """Every Straits spelling of a character's reading, both habits (:func:`straits`).
    Kept out of :func:`matching.syllables.syllables`, where Sean and Mia would become
    Han syllables; a name of such syllables keeps "Eng" as one of them."""
    every = (r for found in readings().values() for r in found)
    return frozenset(straits(r, other=other) for r in every for other in (False, True))
