"""Korean names spelt in Latin letters by different schemes, read back to Hangul.

Koreans spell each syllable of a name as they like: Revised Romanisation, McCune-Reischauer
or the popular forms, often mixed within one name ("Yoon Suk-yeol" 윤석열: popular, popular,
Revised). Two such spellings of one name ("Kim Jong Un" / "Kim Jong Eun", "Moon Jae-in" /
"Mun Chae-in") differ by whole syllables, which edit distance cannot tell from another
name, and a mixed spelling is none of the schemes a Hangul name is read in. So a Latin
name that reads as Korean also reads each part as the Hangul syllables it may spell,
written in Revised Romanisation (:func:`korean_readings`): one spelling per Hangul name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import product
from typing import TypeAlias

from matching.sino_korean import sino_korean_readings
from matching.translit import KOREAN_SURNAMES, hangul_forms, revised_romanisation

_HANGUL = range(0xAC00, 0xD7A4)
_MAX_SYLLABLES = 3
"""Syllables a part may spell: a given name written as one has two, rarely three."""
MAX_READINGS = 8
"""Readings a part takes at most; a spelling that stands for more Hangul names than this
(a long run of short, ambiguous syllables) is read as written only."""
_LONGEST = 6
_FINALS = ("k", "n", "t", "l", "m", "p", "ng")
"""The finals a spelt Hangul syllable ends with (as :mod:`matching.syllables` has them)."""


def _common(syllable: str) -> bool:
    """Whether a Hangul syllable is among the 2,350 of KS X 1001 (EUC-KR), the syllables
    names are written with: the other 8,822 would make rare readings of short spellings."""
    try:
        syllable.encode("euc_kr")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _spelt() -> dict[str, frozenset[str]]:
    """Every Latin spelling of a common Hangul syllable (each scheme and the surnames' own
    spellings, :func:`matching.translit.hangul_forms`) -> the Revised Romanisation of
    every syllable it spells."""
    return _tables()[0]


@cache
def _family_spelt() -> dict[str, frozenset[str]]:
    """Latin spellings of family names -> the first spelling of every family name each
    spells (이: "lee", so that Lee, Yi and Rhee are one name)."""
    return _tables()[1]


@cache
def _sino_spelt() -> dict[str, frozenset[str]]:
    """:func:`_spelt` of the syllables that read some Han character (Sino-Korean), the
    syllables most given names are made of: "kun" is 건, 근 and 군, not 큰 or 쿤."""
    return _tables()[2]


_Table: TypeAlias = dict[str, frozenset[str]]


@cache
def _tables() -> tuple[_Table, _Table, _Table]:
    table: dict[str, set[str]] = {}
    families: dict[str, set[str]] = {}
    sino: dict[str, set[str]] = {}
    name_syllables = {s for found in sino_korean_readings().values() for s in found}
    for code in _HANGUL:
        syllable = chr(code)
        if not _common(syllable):
            continue
        reading = revised_romanisation(syllable)
        surnames = KOREAN_SURNAMES.get(syllable, ())
        forms = hangul_forms(syllable)
        if forms[0].startswith("l"):
            # an opening ㄹ, alone transliterated l, is r before a vowel in every scheme:
            # 룡 "ryong" (Choe Ryong-hae 최룡해), 름 "reum" (Ah-reum 아름)
            forms += tuple("r" + form[1:] for form in forms if form.startswith("l"))
        spelt = [
            form
            for form in forms
            if form in surnames or form[-1] in "aeiouwy" or form.endswith(_FINALS)
        ]
        spelt += _press_spellings(reading)
        for form in spelt:
            table.setdefault(form, set()).add(reading)
            if surnames:
                families.setdefault(form, set()).add(surnames[0])
            if syllable in name_syllables or surnames:
                sino.setdefault(form, set()).add(reading)
    return (
        {form: frozenset(found) for form, found in table.items()},
        {form: frozenset(found) for form, found in families.items()},
        {form: frozenset(found) for form, found in sino.items()},
    )


_NOT_ALONE = frozenset({"june"})
"""Spellings read as a syllable only beside another: alone, June is an English name."""
_VOICELESS = {"g": "k", "d": "t", "b": "p", "j": "ch"}
_NOT_OO = re.compile("eu|ou|ui|uo|ue")
"""Vowels with a u that no one writes "oo" (으, 의, 워, 웨)."""


def _press_spellings(revised: str) -> tuple[str, ...]:
    """Spellings of a syllable common in passports and the press that no scheme gives:
    영 "young", 연 "youn", 의 "eui", 운 "woon", 욱 "wook", 덕 "duck" (Kim Young-sam, Lee
    Eui-jin, Jae-wook), 아 "ah" (Kim Yeon-ah), 화 "wha", 회 "hoi", 중 "choong", 경 "kyoung"."""
    found = []
    if revised == "a":
        found.append("ah")  # 아: Yeon-ah, Ji-ah
    if revised.startswith("hw"):
        found.append("wh" + revised[2:])  # 화: Wha-young
    if revised.startswith("yeo"):
        found.append("you" + revised[3:])
    if revised == "ui":
        found.append("eui")
    if revised.startswith("u") and len(revised) > 1:
        found.append("woo" + revised[1:])
    if revised.endswith("eok"):
        found.append(revised[:-3] + "uck")
    if "oe" in revised:
        found.append(revised.replace("oe", "oi"))  # 회 "hoi" (Lee Hoi-chang 이회창)
    if revised == "jun":
        found.append("june")  # 준 in a given name: Yong-june 용준 (alone, :data:`_NOT_ALONE`)
    if "eo" in revised:
        # eo as "ou", and voiceless as McCune-Reischauer opens: 경 "kyoung", 정 "joung"
        # and "choung", 명 "myoung" (Han Min-kyoung 한민경, Park Myoung-soo 박명수)
        written = revised.replace("eo", "ou")
        found += [written, _VOICELESS.get(written[:1], written[:1]) + written[1:]]
    if revised.startswith("j") and "u" in revised and not _NOT_OO.search(revised):
        # the voiceless opening of McCune-Reischauer with u as "oo", as g, d and b take
        # it (:func:`matching.translit.hangul_forms`): 중 "choong" (Kim Woo-choong 김우중)
        found.append("ch" + revised[1:].replace("u", "oo", 1))
    return tuple(found)


@cache
def _surnames() -> frozenset[str]:
    return frozenset(form for forms in KOREAN_SURNAMES.values() for form in forms)


def _split(latin: str, count: int) -> list[list[str]]:
    """The ways ``latin`` splits into exactly ``count`` spellings of Hangul syllables."""
    if count == 1:
        return [[latin]] if latin in _spelt() else []
    found: list[list[str]] = []
    for end in range(1, min(len(latin), _LONGEST) + 1):
        if latin[:end] in _spelt():
            found.extend([latin[:end], *rest] for rest in _split(latin[end:], count - 1))
    return found


def _segmentations(latin: str) -> list[list[str]]:
    """The shortest ways ``latin`` splits into spellings of Hangul syllables (at most
    :data:`_MAX_SYLLABLES`): "moon" is 문, not 모 + 온."""
    for count in range(1, _MAX_SYLLABLES + 1):
        found = _split(latin, count)
        if found:
            return found
    return []


def _spelling(cuts: list[list[str]], table: _Table, latin: str) -> dict[str, None] | None:
    """The Revised Romanisation of every Hangul name the cuts spell by ``table``, but
    ``latin`` itself; None when more than :data:`MAX_READINGS`."""
    found: dict[str, None] = {}
    for pieces in cuts:
        for syllables in product(*(sorted(table.get(piece, ())) for piece in pieces)):
            found["".join(syllables)] = None
    found.pop(latin, None)
    return None if sum(len(reading) >= 2 for reading in found) > MAX_READINGS else found


@lru_cache(maxsize=50_000)
def korean_readings(latin: str) -> tuple[str, ...]:
    """The Hangul names ``latin`` may spell, syllable by syllable in any scheme, written in
    Revised Romanisation ("un": un 운, eon 언 and eun 은; "chae": chae 채 and jae 재), without
    ``latin`` itself; when it spells more than :data:`MAX_READINGS`, only those made of
    syllables that read Han characters ("Bum-kun": 범근, not 붐큰), and empty when it
    spells none or they are still too many."""
    if latin in _NOT_ALONE:
        return ()
    cuts = _segmentations(latin)
    table = _spelt()
    found = _spelling(cuts, table, latin)
    if found is None:
        # too many: the syllables names are made of may be few enough
        table = _sino_spelt()
        found = _spelling(cuts, table, latin)
        if found is None:
            return ()
    families = _family_spelt()
    # a family name also in its own first spelling, counted with its Revised one
    for pieces in cuts:
        for head in sorted(families.get(pieces[0], ())):
            for rest in product(*(sorted(table.get(piece, ())) for piece in pieces[1:])):
                found[head + "".join(rest)] = None
    found.pop(latin, None)
    return tuple(reading for reading in found if len(reading) >= 2)


@lru_cache(maxsize=100_000)
def looks_korean(tokens: Sequence[str]) -> bool:
    """Whether a Latin name reads as Korean: two to four parts, a Korean family name first
    or last, and every part a run of Hangul syllables as spelt in Latin. "Kim Jong Un"
    does; "Kim Johnson" and "Han Solo" do not."""
    if not 2 <= len(tokens) <= 4:
        return False
    if not all(token.isascii() and token.isalpha() for token in tokens):
        return False
    surnames = _surnames()
    if tokens[0] not in surnames and tokens[-1] not in surnames:
        return False
    return all(_segmentations(token) for token in tokens)
