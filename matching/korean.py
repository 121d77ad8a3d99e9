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

from collections.abc import Sequence
from functools import cache, lru_cache
from itertools import product

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
    every syllable it spells, and for a family name its first spelling as well (이: "i"
    and "lee", so Lee, Yi and Rhee are one name)."""
    table: dict[str, set[str]] = {}
    for code in _HANGUL:
        syllable = chr(code)
        if not _common(syllable):
            continue
        readings = {revised_romanisation(syllable)}
        if syllable in KOREAN_SURNAMES:
            readings.add(KOREAN_SURNAMES[syllable][0])
        surnames = KOREAN_SURNAMES.get(syllable, ())
        for form in hangul_forms(syllable):
            if form in surnames or form[-1] in "aeiouwy" or form.endswith(_FINALS):
                table.setdefault(form, set()).update(readings)
        for form in _press_spellings(revised_romanisation(syllable)):
            table.setdefault(form, set()).update(readings)
    return {form: frozenset(found) for form, found in table.items()}


def _press_spellings(revised: str) -> tuple[str, ...]:
    """Spellings of a syllable common in passports and the press that no scheme gives:
    영 "young", 연 "youn", 의 "eui", 운 "woon", 욱 "wook", 덕 "duck" (Kim Young-sam, Lee
    Eui-jin, Jae-wook), 아 "ah" (Kim Yeon-ah), 화 "wha"."""
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


@lru_cache(maxsize=50_000)
def korean_readings(latin: str) -> tuple[str, ...]:
    """The Hangul names ``latin`` may spell, syllable by syllable in any scheme, written in
    Revised Romanisation ("un": un 운, eon 언 and eun 은; "chae": chae 채 and jae 재), without
    ``latin`` itself; empty when it spells none, or more than :data:`MAX_READINGS`."""
    table = _spelt()
    found: dict[str, None] = {}
    for pieces in _segmentations(latin):
        for syllables in product(*(sorted(table[piece]) for piece in pieces)):
            found["".join(syllables)] = None
    found.pop(latin, None)
    readings = [reading for reading in found if len(reading) >= 2]
    return tuple(readings) if len(readings) <= MAX_READINGS else ()


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
