"""Vietnamese names written in Cyrillic, read back to Vietnamese spelling.

Russian records write Vietnamese names by a fixed practical transcription, a syllable a
word: Nguyễn Thị Anh is "Нгуен Тхи Ань", Phạm Minh Chính "Фам Минь Тинь", Võ Nguyên Giáp
"Во Нгуен Зяп". Read as Russian these are "nguen", "tin" and "zyap": one letter from the
Latin spelling at best, and a Vietnamese name is many short syllables, so spelling alone
meets another name as often. Such a word also reads as the Vietnamese syllables it may
stand for (without marks, as Latin spellings are compared), met only when equal
(:attr:`matching.names.NamePart.syllabic`). The transcription merges letters (з is d,
gi or r; ч is tr or ch; т is t or ch), so a word takes each of them.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

from matching.vietnamese import FAMILY_NAMES

_ONSETS: dict[str, tuple[str, ...]] = {
    "нг": ("ng", "ngh"), "нь": ("nh",), "тх": ("th",), "кх": ("kh",), "ф": ("ph",),
    "ч": ("tr", "ch"), "т": ("t", "ch"), "з": ("d", "gi", "r"), "ж": ("r", "gi"),
    "д": ("d",), "к": ("c", "k", "q"), "х": ("h",), "ш": ("s",), "с": ("x",), "в": ("v",),
    "б": ("b",), "г": ("g", "gh"), "л": ("l",), "м": ("m",), "н": ("n",), "п": ("p",),
    "": ("",),
}  # fmt: skip
_NUCLEI: dict[str, tuple[str, ...]] = {
    "уе": ("uye",), "юи": ("uy",), "ие": ("ie", "ye"), "ия": ("ia",), "ыо": ("uo",),
    "ыа": ("ua",), "уо": ("uo",), "уа": ("ua", "oa"), "оа": ("oa",), "оэ": ("oe",),
    "уи": ("uy", "ui"), "я": ("a", "ia"), "а": ("a",), "е": ("e",), "э": ("e",),
    "и": ("i", "y"), "о": ("o",), "у": ("u",), "ы": ("u",),
}  # fmt: skip
"""The vowels (ă and â are а, ê and e е or э, ô and ơ о, ư ы); я after з is the a of gia."""
_CODAS: dict[str, tuple[str, ...]] = {
    "нг": ("ng",), "нь": ("nh",), "ть": ("ch",), "н": ("n", "nh"), "к": ("c", "ch"),
    "т": ("t",), "м": ("m",), "п": ("p",), "й": ("i", "y"), "у": ("u", "o"), "о": ("o",),
    "": ("",),
}  # fmt: skip
MAX_READINGS = 12


@lru_cache(maxsize=50_000)
def vietnamese_readings(word: str) -> tuple[str, ...]:
    """The Vietnamese syllables (without marks) a Cyrillic word may stand for
    ("нгуен": nguyen, "тинь": tinh and chinh); empty if it is no such syllable."""
    found: dict[str, None] = {}
    for onset, onset_forms in _ONSETS.items():
        if not word.startswith(onset):
            continue
        rest = word[len(onset) :]
        for nucleus, nucleus_forms in _NUCLEI.items():
            if not rest.startswith(nucleus):
                continue
            coda = rest[len(nucleus) :]
            for parts in product(onset_forms, nucleus_forms, _CODAS.get(coda, ())):
                found["".join(parts)] = None
    return tuple(found)[:MAX_READINGS]


def reads_vietnamese_cyrillic(tokens: tuple[str, ...]) -> bool:
    """Whether a Cyrillic name reads as Vietnamese: two to five words, each one syllable,
    a Vietnamese family name first or last (Нгуен, Чан, Ле, Фам ...)."""
    if not 2 <= len(tokens) <= 5:
        return False
    ends = {*vietnamese_readings(tokens[0]), *vietnamese_readings(tokens[-1])}
    if ends.isdisjoint(FAMILY_NAMES):
        return False
    return all(vietnamese_readings(token) for token in tokens)
