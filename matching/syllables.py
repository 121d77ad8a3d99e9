"""Which Latin spellings are well-formed Chinese or Korean syllables.

A romanised Han or Hangul name that is not a sequence of real syllables ("Zahng",
"Junhyeog") was mistyped; one that is ("Jongsu" against "Jongsik") is another name.
:func:`matching.compare.part_similarity` is strict with the second and lets the first
count as a typo. The syllables are every reading the romanisers in
:mod:`matching.translit` give a single Han character (pinyin, Wade-Giles, Hong Kong
Cantonese) or Hangul block. Not the Straits and Malaysian spellings (:mod:`matching.hokkien`):
with them, Sean, Jean, Mia and Liam spelt syllables, and a Western given name beside a
Chinese one counted as a given name the other side lacks ("Mia Wong Lai Ying" / 黃麗英
0.94 -> 0.49), and more typos spelt syllables (measured at model -121).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from anyascii import anyascii

from matching.japanese import kana_forms
from matching.scripts import Script
from matching.translit import (
    CHINESE_SURNAMES,
    CJK_UNIFIED,
    cantonese_syllables,
    hangul_forms,
    hangul_transliteration,
    wade_giles,
)

_HANGUL = range(0xAC00, 0xD7A4)
_KOREAN_FINALS = ("k", "n", "t", "l", "m", "p", "ng")
"""The finals a romanised Hangul block ends with (Revised and McCune-Reischauer); other
final letters come only from letter-by-letter readings names do not use."""
_LONGEST = 6
_INTERJECTIONS = frozenset({"m", "hm"})
"""Readings without a vowel that no name is written with (呣, 噷, 唔); as syllables they
would make any spelling that opens on an m one ("Mtasuda": m + ta + su + da). Ng (吳) and
Tsz (子) are names."""
_SMALL_Y = "ゃゅょ"
_I_ROW = "きしちにひみりぎじぢびぴ"
"""Kana that take a small ya, yu or yo: kya, sha, cho..."""


def _kana_syllables() -> set[str]:
    """Every Hepburn spelling of one mora, as :func:`matching.japanese.kana_forms` writes
    readings: with its long vowel as an h ("toh") and its consonant doubled after a small
    tsu ("tta", "tchi")."""
    moras = [chr(code) for code in range(0x3041, 0x3097)]
    moras += [a + b for a in _I_ROW for b in _SMALL_Y]
    found = {form for mora in moras for form in kana_forms(mora) if "x" not in form}
    found |= {form + "h" for form in found if form.endswith("o")}
    found |= {
        ("t" if form.startswith("ch") else form[0]) + form
        for form in found
        if form[0] not in "aeiouny"
    }
    return found


@cache
def syllables(script: Script) -> frozenset[str]:
    """Every Latin spelling of one syllable of ``script`` (Han or Hangul; Kana: the
    Hepburn moras a Japanese reading is written in)."""
    found: set[str] = set()
    if script is Script.HAN:
        for code in CJK_UNIFIED:
            pinyin = anyascii(chr(code)).lower()
            if pinyin.isalpha():
                found.update((pinyin, wade_giles(pinyin)))
        for spellings in CHINESE_SURNAMES.values():
            found.update(spellings)
        found.update(cantonese_syllables())
        found -= _INTERJECTIONS
    elif script is Script.KANA:
        found = _kana_syllables()
    elif script is Script.HANGUL:
        for code in _HANGUL:
            found.update(
                form
                for form in hangul_forms(chr(code))
                if form[-1] in "aeiouwy" or form.endswith(_KOREAN_FINALS)
            )
    return frozenset(found)


_NAME_FINALS = frozenset({0, 1, 4, 8, 16, 17, 21})
"""The finals of Hangul blocks that names are written with: none, ㄱ, ㄴ, ㄹ, ㅁ, ㅂ and ㅇ
(the index of the final in a block's code: 박 has ㄱ, 1)."""


@cache
def _transliterated_hangul() -> frozenset[str]:
    """Every Hangul block with a final names use (:data:`_NAME_FINALS`) as Revised
    Romanization transliterates it, its final as written (박 "bag"), with the usual
    spellings (:func:`syllables`). Blocks of other finals would make typos syllables
    ("Ye-juj" is 예준 mistyped, though 줒 is "juj")."""
    found = {
        hangul_transliteration(chr(code))
        for code in _HANGUL
        if (code - _HANGUL.start) % 28 in _NAME_FINALS
    }
    return frozenset(found | syllables(Script.HANGUL))


@lru_cache(maxsize=50_000)
def spells_transliterated_hangul(latin: str) -> bool:
    """Whether ``latin`` splits into Hangul syllables, transliterated letter by letter or
    spelt as usual ("gimmyeongsug": gim + myeong + sug). Not in :func:`spells_syllables`:
    with every final as written, far more typos would spell some block."""
    return _splits(latin, _transliterated_hangul())


@lru_cache(maxsize=50_000)
def spells_syllables(latin: str, script: Script) -> bool:
    """Whether ``latin`` splits into syllables of ``script`` ("xiaoming": xiao + ming)."""
    return _splits(latin, syllables(script))


def _splits(latin: str, known: frozenset[str]) -> bool:
    """Whether ``latin`` is a sequence of ``known`` syllables."""
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


_VOWEL = re.compile("[aeiouv]")
"""Readings without a vowel (n, ng, hm: interjections) are no syllables of names."""


@cache
def pinyin_inventory() -> frozenset[str]:
    """The pinyin reading of every Han character names are written in."""
    return frozenset(
        reading
        for code in CJK_UNIFIED
        if (reading := anyascii(chr(code)).lower()).isalpha() and _VOWEL.search(reading)
    )


def _pinyin_pieces(latin: str) -> list[str] | None:
    """``latin`` cut into the fewest pinyin syllables, or ``None`` if it is no pinyin."""
    known = pinyin_inventory()
    # fewest syllables up to each end, and where the last of them starts
    best: list[tuple[int, int] | None] = [(0, 0)] + [None] * len(latin)
    for end in range(1, len(latin) + 1):
        for start in range(max(0, end - _LONGEST), end):
            before = best[start]
            if before is not None and latin[start:end] in known:
                count = before[0] + 1
                current = best[end]
                if current is None or count < current[0]:
                    best[end] = (count, start)
    if best[-1] is None:
        return None
    pieces: list[str] = []
    end = len(latin)
    while end:
        step = best[end]
        assert step is not None
        pieces.append(latin[step[1] : end])
        end = step[1]
    return pieces[::-1]


_PINYIN_ONLY = re.compile("x|q|zh|z|c(?!h)|j")
"""Letters pinyin uses and Wade-Giles does not: only a spelling with one of them is read
as pinyin, and one syllable only if it is no Korean syllable too."""


_PINYIN_U = re.compile("([ln])(?:v|yu)(e?)")
"""Pinyin's lü and nü (and lüe, nüe) as keyboards and passports write them: "Lv", since
2012 "Lyu"."""


UMLAUT_SPELLINGS = frozenset(
    {f"{initial}{u}{e}" for initial in "ln" for u in ("v", "yu") for e in ("", "e")}
)
"""The words :func:`umlaut_reading` reads: lv, lyu, lve, lyue, nv, nyu, nve, nyue."""


def umlaut_reading(latin: str) -> str | None:
    """A pinyin ü-syllable written without its ü ("lv", "lyu": 吕 Lü), as the fold of
    every other spelling writes it ("lu": Lü, 吕 and Wade-Giles' Lu all fold so);
    ``None`` for any other spelling."""
    found = _PINYIN_U.fullmatch(latin)
    return None if found is None else f"{found[1]}u{found[2]}"


@lru_cache(maxsize=50_000)
def wade_giles_reading(latin: str) -> str | None:
    """A Latin spelling of a pinyin name in Wade-Giles, apostrophes dropped ("zedong":
    "tsetung", "xiaoping": "hsiaoping"), or ``None`` when it is no pinyin (in the fewest
    syllables: "xian" is one, not xi + an) or its Wade-Giles spelling is pinyin too
    (Zhang's "chang" is 常 in pinyin: two pinyin names must not meet through it). A given
    name of two syllables, each with its initial, keeps a spelling that pinyin cuts only
    into more syllables: "chienping" (Jianping) is no chi + en + ping; "chui" (Zhuyi) is
    垂. Not a syllable alone ("chien" would spell "chen"), nor Vietnamese "Quang" (qu +
    ang: "chuang"), nor a whole name run together (:data:`GIVEN_SYLLABLES`)."""
    if _PINYIN_ONLY.search(latin) is None:
        return None
    pieces = _pinyin_pieces(latin)
    if pieces is None:
        return None
    if len(pieces) < 2 and latin in syllables(Script.HANGUL) and "x" not in latin:
        return None  # "Jun", "Jin", "Cha": as often Korean (준 is no "Chun")
    reading = "".join(wade_giles(piece) for piece in pieces)
    back = _pinyin_pieces(reading)
    if back is None:
        return reading
    if len(pieces) == GIVEN_SYLLABLES and len(back) > len(pieces) and _initialed(pieces):
        return reading
    return None


GIVEN_SYLLABLES = 2
"""Syllables of a Chinese given name: a whole name run together is no given name, and its
Wade-Giles may be another's Cantonese ("zhanjianguo" is no "chanchienkuo", 陈建国)."""


def wade_giles_given_name(latin: str) -> str | None:
    """A pinyin given name of two syllables or more, each with its initial, in
    Wade-Giles, also where that spelling is pinyin too ("yuzhen": "yuchen", as "Yu-chen"
    writes 玉珍; "mingde": "mingte"), which :func:`wade_giles_reading` leaves out: a
    blocking lookup, which only proposes. Pinyin's er too, which Wade-Giles writes erh
    ("yier": "ierh", 一二), as a hyphened Wade-Giles name is read (``WADE_GILES_VOWELS``
    of :mod:`matching.mandarin_schemes`)."""
    pieces = _pinyin_pieces(latin)
    if pieces is None or len(pieces) < GIVEN_SYLLABLES:
        return None
    if any(piece[0] in "aeio" and piece != "er" for piece in pieces) or set(pieces) == {"er"}:
        return None
    return "".join(wade_giles(piece) for piece in pieces)


def _initialed(pieces: Sequence[str]) -> bool:
    """Whether ``pieces`` are two syllables or more, each opening with a consonant."""
    return len(pieces) >= 2 and all(piece[0] not in "aeio" for piece in pieces)


def initialed_pinyin(latin: str) -> bool:
    """Whether ``latin`` is pinyin of two syllables or more, each opening with a
    consonant (y and w too): a Chinese given name's shape ("guilan", "haiyan"), which
    many Western names that cut into pinyin lack ("an na", "e le na", "ma ri a"), not
    all ("ta lia", "di ana"): it only narrows what another test found."""
    pieces = _pinyin_pieces(latin)
    return pieces is not None and _initialed(pieces)


def pinyin_syllables(latin: str) -> int:
    """How many pinyin syllables ``latin`` is at fewest ("jianzhong": 2), 0 if it is none."""
    pieces = _pinyin_pieces(latin)
    return 0 if pieces is None else len(pieces)
