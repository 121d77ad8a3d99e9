"""The readings of a Han name that a character-by-character romaniser misses.

anyascii reads each character its most frequent way, which is not always how a name
reads it. Two habits of Chinese names part from it, and a passport's pinyin follows them:

- a family name has a reading of its own: 单 is dān, but the family name is Shàn; 解 is
  jiě, the family name Xiè (翟 Zhai, 查 Zha, 仇 Qiu, 区 Ou, 朴 Piao, ...);
- a given name that is a word reads as that word: 长江 is Changjiang, not "zhangjiang";
  朝阳 is Zhaoyang as well as Chaoyang; 重阳 is Chongyang.

:func:`other_readings` gives those readings as pinyin syllables; the romanisation keeps
anyascii's reading too (乐嘉 is Le Jia; 单 is Dan in a given name). The family names
come from the surname readings dictionaries publish (overtrue/pinyin's list among them),
kept to those anyascii reads otherwise; the given names from pypinyin's phrase
dictionary, imported only when a name written in Han needs it (about 55 MiB).
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from itertools import islice, product

from matching.hanzi import han_characters

SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "单": ("shan",), "解": ("xie",), "查": ("zha",), "翟": ("zhai",), "仇": ("qiu",),
    "区": ("ou",), "朴": ("piao",), "乐": ("yue",), "覃": ("qin",), "盖": ("ge",),
    "缪": ("miao",), "重": ("chong",), "种": ("chong",), "秘": ("bi",), "繁": ("po",),
    "折": ("she",), "藏": ("zang",), "都": ("du",), "六": ("lu",), "召": ("shao",),
    "员": ("yun",), "贠": ("yun",), "句": ("gou",), "粘": ("nian",), "乜": ("nie",),
    "尉迟": ("yu", "chi"),
}  # fmt: skip
"""Family names (in simplified characters) with the pinyin syllables they read as names,
where the character is read otherwise on its own."""

MAX_PHRASE = 3
"""Given names are one to three characters: a longer run is no word to look up."""
MAX_WORD_READINGS = 4
"""The dictionary's readings of one word taken at most (朝阳: zhaoyang, chaoyang)."""


@cache
def _phrases() -> dict[str, list[list[str]]]:
    """pypinyin's phrase dictionary: words of two or more characters and their pinyin."""
    from pypinyin.constants import PHRASES_DICT  # noqa: PLC0415 - 55 MiB, only for Han

    return PHRASES_DICT


def _strip(syllable: str) -> str:
    """A toned pinyin syllable as anyascii writes it: marks dropped, ü as u."""
    bare = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in bare if c.isascii() and c.isalpha()).lower()


@lru_cache(maxsize=65_536)
def other_readings(token: str, own: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The pinyin syllables ``token`` also reads as in a name, other than ``own`` (its
    syllables as read character by character): as a family name, or as the word a given
    name spells."""
    key = han_characters(token)
    found: list[tuple[str, ...]] = []
    surname = SURNAME_READINGS.get(key)
    if surname is not None:
        found.append(surname)
    elif 2 <= len(key) <= MAX_PHRASE:
        word = _phrases().get(key)
        if word is not None:  # 朝阳 is zhāoyáng and cháoyáng
            readings = [dict.fromkeys(_strip(r) for r in char) for char in word]
            found.extend(islice(product(*readings), MAX_WORD_READINGS))
    return tuple(f for f in dict.fromkeys(found) if f != own and len(f) == len(own))
