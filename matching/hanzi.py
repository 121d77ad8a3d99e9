"""One written form for a Han character written several ways.

A name in Han characters reaches a list in the form its writer's office uses: 張偉 in
Taiwan or Hong Kong is 张伟 in mainland China, and a Japanese 澤田 is as often written
沢田. Short Han parts compare by their characters (:func:`matching.compare.characters_only`),
so those forms must meet there: :func:`han_characters` folds every character to its
simplified Chinese form, and in a name read as Japanese first a new form (shinjitai) to
its old one, by OpenCC's tables. The romanisations are untouched: they already agree.

The Japanese table is kept to names read as Japanese because some of its new forms are
other characters in Chinese (芸 is yún there, not a form of 藝, yì).
"""

from __future__ import annotations

from functools import cache, lru_cache

import opencc


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


@lru_cache(maxsize=65_536)
def _fold(char: str, japanese: bool) -> str:
    if japanese:
        old = _converter("jp2t").convert(char)
        char = old if len(old) == 1 else char
    simple = _converter("t2s").convert(char)
    return simple if len(simple) == 1 else char


@lru_cache(maxsize=200_000)
def han_characters(text: str, *, japanese: bool = False) -> str:
    """``text`` with each Han character in its simplified form (張偉: 张伟), and for a
    name read as Japanese each new form first made old (沢田, 澤田: 泽田). Character by
    character: a name is no phrase, and OpenCC's phrase tables would rewrite one."""
    # the CJK blocks start at U+2E80: letters before them are never folded
    return "".join(_fold(char, japanese) if char > "\u2e7f" else char for char in text)


@lru_cache(maxsize=65_536)
def simplified_form(char: str) -> bool:
    """Whether a Han character is the simplified form of another (张 of 張); some are
    also characters of their own (朴 is the Korean family name Park, and the simplified
    form of 樸)."""
    traditional = _converter("s2t").convert(char)
    return traditional != char and len(traditional) == 1
