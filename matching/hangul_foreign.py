"""Foreign names written in Hangul, read back towards the spelling they transcribe.

Korean papers write a foreign name by its sound (블라디미르 푸틴, Vladimir Putin; 안겔라
메르켈, Angela Merkel), adding the vowel ㅡ where a consonant stands without one
(크, 르, 스) and writing f, v, z and the l / r pair with the Korean consonants nearest.
Read as a Korean name, syllable by syllable ("beullladimireu"), such a name meets its
Latin spelling nowhere, and a romanised Korean syllable compares only exactly. So a name
that is not Korean (:func:`foreign_hangul`) reads each word with the epenthetic ㅡ
dropped, each ㄹ as r and as l, and the other sounds Korean merges twice: b, p, j and ㅓ
as o, and v, f, z and ㅓ as a; and it is compared with a Latin spelling as Korean hears
both (:func:`hangul_canonical`, :mod:`matching.ear`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from matching.ear import KOREAN, heard

_FIRST, _LAST = 0xAC00, 0xD7A3
_ONSETS = (
    ("g", "g"), ("k", "k"), ("n", "n"), ("d", "d"), ("t", "t"), ("r", "l"), ("m", "m"),
    ("b", "v"), ("p", "p"), ("s", "s"), ("s", "s"), ("", ""), ("j", "z"), ("j", "z"),
    ("ch", "ts"), ("k", "k"), ("t", "t"), ("p", "f"), ("h", "h"),
)  # fmt: skip
"""ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ, in the two readings."""
_NUCLEI = (
    ("a", "a"), ("ae", "e"), ("ya", "ya"), ("yae", "ye"), ("o", "a"), ("e", "e"),
    ("yo", "ye"), ("ye", "ye"), ("o", "o"), ("wa", "wa"), ("wae", "we"), ("oe", "we"),
    ("yo", "yo"), ("u", "u"), ("wo", "wo"), ("we", "we"), ("wi", "u"), ("yu", "yu"),
    ("eu", "eu"), ("ui", "ui"), ("i", "i"),
)  # fmt: skip
"""ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ: ㅓ writes English a and o
(버락 Barack, 도널드 Donald), ㅟ French u (에마뉘엘 Emmanuel)."""
_EU = 18
_CODAS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m",
    "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
_RIEUL_CODA, _RIEUL_ONSET, _IEUNG = 8, 5, 11


def _jamo(syllable: str) -> tuple[int, int, int] | None:
    code = ord(syllable) - _FIRST
    if not 0 <= code <= _LAST - _FIRST:
        return None
    return code // 588, (code % 588) // 28, code % 28


def _is_hangul_word(token: str) -> bool:
    return bool(token) and all(_FIRST <= ord(c) <= _LAST for c in token)


def _epenthetic(onset: int, nucleus: int, coda: int) -> bool:
    """A consonant Korean wrote with ㅡ only to make it a syllable (크 k, 르 r, 스 s)."""
    return nucleus == _EU and coda == 0 and onset != _IEUNG  # 으 is a vowel of its own


def foreign_hangul(tokens: Sequence[str], surnames: frozenset[str]) -> bool:
    """Whether a name in Hangul transcribes a foreign one: a word holds a consonant written
    with ㅡ only to be said (크, 르, 스: no Korean given name does), or the name has two
    words or more (titles left out), each of two syllables or more and none a Korean family
    name of two (``surnames``: 코피 아난, Kofi Annan; "정은 김", "사공 서기" are Korean). A
    foreign name with a word of one syllable and no such consonant (조 바이든, Joe Biden)
    is taken for Korean: Korean names are the likelier."""
    words = [t for t in tokens if t]
    if not words or not all(_is_hangul_word(t) for t in words):
        return False
    for word in words:
        for syllable in word:
            found = _jamo(syllable)
            if found is not None and _epenthetic(*found):
                return True
    # a word of one syllable may be a family name, whether the list of them knows it or
    # not (태, 소, 모); a Korean name written whole is one word, and its titles apart are
    # none (김정은 선생님)
    return len(words) >= 2 and all(len(w) >= 2 and w not in surnames for w in words)


_MAX_RIEUL = 3
"""Words with more ㄹ than this read each ㄹ one way (all r, all l), not every way."""


@lru_cache(maxsize=50_000)
def foreign_hangul_forms(token: str) -> tuple[str, ...]:
    """The readings of one Hangul word of a foreign name (see the module's docstring):
    each ㄹ as r and as l, the labials as b and p or as v and f (블라디미르 "bladimir",
    "vladimir"; 라가르드 "lagard"; 에마뉘엘 "emanuel")."""
    syllables = [found for found in map(_jamo, token) if found is not None]
    rieuls = sum((onset == _RIEUL_ONSET) + (coda == _RIEUL_CODA) for onset, _, coda in syllables)
    if rieuls <= _MAX_RIEUL:
        ways = [[(bits >> i) & 1 for i in range(rieuls)] for bits in range(2**rieuls)]
    else:
        ways = [[0] * rieuls, [1] * rieuls]
    forms = []
    for which in (0, 1):
        for way in ways:
            choices = iter(way)
            out: list[str] = []
            previous_coda = 0
            for index, (onset, nucleus, coda) in enumerate(syllables):
                following = syllables[index + 1][0] if index + 1 < len(syllables) else -1
                head = _ONSETS[onset][which]
                if onset == _RIEUL_ONSET:
                    head = "rl"[next(choices)]
                    if previous_coda == _RIEUL_CODA:
                        head = ""  # ㄹㄹ writes one l (블라 bla, 알렉산더 Alexander)
                if nucleus == _EU:  # written to be said (크 k, 블라 bla), else unstressed
                    closing_l = coda == _RIEUL_CODA and following == _RIEUL_ONSET
                    silent = _epenthetic(onset, nucleus, coda) or (closing_l and onset != _IEUNG)
                    vowel = "" if silent else "e"
                else:
                    vowel = _NUCLEI[nucleus][which]
                tail = "rl"[next(choices)] if coda == _RIEUL_CODA else _CODAS[coda]
                out.append(head + vowel + tail)
                previous_coda = coda
            forms.append("".join(out))
    return tuple(dict.fromkeys(f for f in forms if f))


_CANONICAL_ONSETS = (
    "g", "k", "n", "d", "t", "r", "m", "b", "p", "s", "s", "", "j", "j", "ch", "k", "t", "p", "h",
)  # fmt: skip
"""ㄱ ... ㅎ as one class each of the sounds Korean merges (ㄹ r, ㅂ b, ㅍ p, ㅈ j)."""


_EO = 4
"""ㅓ, which writes English a, e and o alike (버락 Barack, 페더러 Federer, 도널드 Donald)."""


@lru_cache(maxsize=50_000)
def hangul_canonical(token: str) -> tuple[str, ...]:
    """A Hangul word of a foreign name in the classes of sounds Korean writes alike: ㄹ r,
    ㅂ b, ㅍ p, ㅈ j, ㅡ dropped (an unstressed vowel where a consonant closes it: 존슨
    Johnson), ㅓ as a, e and o. Compared with :func:`korean_ear` of a Latin spelling,
    where the readings of :func:`foreign_hangul_forms` meet it only by letters it writes
    otherwise (Christine: 크리스틴 "kristin")."""
    forms = []
    for eo in "aeo":
        out: list[str] = []
        previous_coda = 0
        for onset, nucleus, coda in (f for f in map(_jamo, token) if f is not None):
            head = _CANONICAL_ONSETS[onset]
            if onset == _RIEUL_ONSET and previous_coda == _RIEUL_CODA:
                head = ""
            if nucleus == _EU:
                vowel = "" if onset != _IEUNG else "e"
            else:
                vowel = eo if nucleus == _EO else _NUCLEI[nucleus][0]
            out.append(head + vowel + ("r" if coda == _RIEUL_CODA else _CODAS[coda]))
            previous_coda = coda
        forms.append("".join(out))
    return tuple(dict.fromkeys(forms))


def korean_ear(latin: str) -> tuple[str, ...]:
    """A Latin spelling as Korean would hear it, in :func:`hangul_canonical`'s classes
    (:func:`matching.ear.heard`): Christine "kristin", Lagarde "ragard", Mark "mak"."""
    return heard(latin, KOREAN)
