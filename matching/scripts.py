"""Which writing system a name (or part of it) is in.

Use it to pick a transliteration path: abjads (Arabic, Persian, Hebrew) lose their vowels,
Han and Hangul names are written without spaces between family and given name, and
Latin text needs nothing but diacritics removed.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from functools import lru_cache


class Script(StrEnum):
    """A writing system, as far as name matching cares."""

    LATIN = "latin"
    CYRILLIC = "cyrillic"
    GREEK = "greek"
    ARMENIAN = "armenian"
    GEORGIAN = "georgian"
    ARABIC = "arabic"
    HEBREW = "hebrew"
    DEVANAGARI = "devanagari"
    BENGALI = "bengali"
    GURMUKHI = "gurmukhi"
    GUJARATI = "gujarati"
    ORIYA = "oriya"
    TAMIL = "tamil"
    TELUGU = "telugu"
    KANNADA = "kannada"
    MALAYALAM = "malayalam"
    SINHALA = "sinhala"
    HAN = "han"
    HANGUL = "hangul"
    KANA = "kana"
    THAI = "thai"
    LAO = "lao"
    KHMER = "khmer"
    MYANMAR = "myanmar"
    ETHIOPIC = "ethiopic"
    THAANA = "thaana"
    TIBETAN = "tibetan"
    OTHER = "other"
    NONE = "none"
    HANGUL_FOREIGN = "hangul_foreign"
    """Hangul transcribing a foreign name (:mod:`matching.hangul_foreign`): never detected
    from a character, only from a whole name."""
    KANA_FOREIGN = "kana_foreign"
    """Katakana transcribing a foreign name (:mod:`matching.katakana_foreign`), likewise."""
    HAN_FOREIGN = "han_foreign"
    """Han characters transcribing a foreign name (:mod:`matching.han_foreign`), likewise."""


# Unicode block ranges; ordered lookups are fast enough for names (a few dozen chars).
_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0041, 0x024F, Script.LATIN),
    (0x1E00, 0x1EFF, Script.LATIN),
    (0x0370, 0x03FF, Script.GREEK),
    (0x1F00, 0x1FFF, Script.GREEK),
    (0x0400, 0x052F, Script.CYRILLIC),
    (0x0530, 0x058F, Script.ARMENIAN),
    (0x0590, 0x05FF, Script.HEBREW),
    (0x0600, 0x06FF, Script.ARABIC),
    (0x0750, 0x077F, Script.ARABIC),
    (0x08A0, 0x08FF, Script.ARABIC),
    (0xFB50, 0xFDFF, Script.ARABIC),
    (0xFE70, 0xFEFF, Script.ARABIC),
    (0x0780, 0x07BF, Script.THAANA),
    (0x0F00, 0x0FFF, Script.TIBETAN),
    (0x0900, 0x097F, Script.DEVANAGARI),
    (0x0980, 0x09FF, Script.BENGALI),
    (0x0A00, 0x0A7F, Script.GURMUKHI),
    (0x0A80, 0x0AFF, Script.GUJARATI),
    (0x0B00, 0x0B7F, Script.ORIYA),
    (0x0B80, 0x0BFF, Script.TAMIL),
    (0x0C00, 0x0C7F, Script.TELUGU),
    (0x0C80, 0x0CFF, Script.KANNADA),
    (0x0D00, 0x0D7F, Script.MALAYALAM),
    (0x0D80, 0x0DFF, Script.SINHALA),
    (0x0E00, 0x0E7F, Script.THAI),
    (0x0E80, 0x0EFF, Script.LAO),
    (0x1780, 0x17FF, Script.KHMER),
    (0x1000, 0x109F, Script.MYANMAR),
    (0x10A0, 0x10FF, Script.GEORGIAN),
    (0x1C90, 0x1CBF, Script.GEORGIAN),
    (0x1100, 0x11FF, Script.HANGUL),
    (0x3130, 0x318F, Script.HANGUL),
    (0xAC00, 0xD7AF, Script.HANGUL),
    (0x1200, 0x139F, Script.ETHIOPIC),
    (0x3040, 0x30FF, Script.KANA),
    (0x3400, 0x4DBF, Script.HAN),
    (0x4E00, 0x9FFF, Script.HAN),
    (0xF900, 0xFAFF, Script.HAN),
    (0x20000, 0x2FA1F, Script.HAN),
)

ABJADS = frozenset({Script.ARABIC, Script.HEBREW})
BRAHMIC = frozenset(
    {
        Script.DEVANAGARI,
        Script.BENGALI,
        Script.GURMUKHI,
        Script.GUJARATI,
        Script.ORIYA,
        Script.TAMIL,
        Script.TELUGU,
        Script.KANNADA,
        Script.MALAYALAM,
        Script.SINHALA,
    }
)
"""The scripts of South Asia whose consonants carry an inherent vowel unless a sign says
otherwise (:func:`matching.translit.romanize` writes it)."""
KEEP_FINAL_VOWEL = frozenset(
    {Script.ORIYA, Script.TAMIL, Script.TELUGU, Script.KANNADA, Script.MALAYALAM, Script.SINHALA}
)
"""Brahmic scripts of languages that say a word's final inherent vowel (Telugu
"వెంకటేశ్వర", Venkateswara; Sinhala "මහින්ද", Mahinda), where Hindi, Bengali, Punjabi and
Gujarati drop it (Narendr-a is Narendra only after a cluster)."""
"""Scripts that usually omit short vowels: compare their names by consonant skeleton."""


@lru_cache(maxsize=4096)
def char_script(char: str) -> Script:
    """The script of one character; digits, marks and punctuation are ``NONE``."""
    code = ord(char)
    if not unicodedata.category(char).startswith("L"):
        return Script.NONE
    for low, high, script in _RANGES:
        if low <= code <= high:
            return script
    return Script.OTHER


_ALLAH = "\u0627\u0644\u0644\u0647"


@lru_cache(maxsize=200_000)
def dominant_script(text: str) -> Script:
    """The script most letters of ``text`` are written in (``NONE`` if it has no letters).
    A word closing with the ligature ﷲ, which NFKC spells in Arabic letters, is in the
    script of the rest: ޢަބްދުﷲ (Abdulla) is Thaana."""
    if text.endswith(_ALLAH) and len(text) > len(_ALLAH):
        rest = dominant_script(text[: -len(_ALLAH)])
        if rest not in (Script.NONE, Script.ARABIC):
            return rest
    counts: dict[Script, int] = {}
    for char in text:
        script = char_script(char)
        if script is not Script.NONE:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return Script.NONE
    return max(counts.items(), key=lambda item: item[1])[0]
