"""Foreign names in katakana, as Japanese papers write them (ウラジーミル・プーチン).

Japanese writes a foreign name by its sound, a consonant without a vowel given one of its
own (ク ku for k, ル ru for r, ト to for t), l and r alike, a long vowel with ー. Read as
Hepburn ("urajiimiru puuchin") such a name is far from its Latin spelling. A name in
katakana (:func:`foreign_katakana`) is also compared as Japanese hears it: each kana by
its consonant and vowel, the vowel Japanese added after a consonant left out, and a Latin
spelling folded alike (:func:`japanese_ear`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from matching.ear import JAPANESE, heard

_ROWS = {
    "": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ", "z": "ザジズゼゾ",
    "t": "タチツテト", "d": "ダヂヅデド", "n": "ナニヌネノ", "h": "ハヒフヘホ", "b": "バビブベボ",
    "p": "パピプペポ", "m": "マミムメモ", "r": "ラリルレロ",
}  # fmt: skip
_KANA: dict[str, tuple[str, str]] = {
    kana: (consonant, "aiueo"[index])
    for consonant, row in _ROWS.items()
    for index, kana in enumerate(row)
}
_KANA.update(
    {
        "シ": ("s", "i"), "ジ": ("j", "i"), "チ": ("ch", "i"), "ヂ": ("j", "i"),
        "ツ": ("ts", "u"), "ヅ": ("z", "u"), "フ": ("f", "u"), "ヤ": ("y", "a"),
        "ユ": ("y", "u"), "ヨ": ("y", "o"), "ワ": ("w", "a"), "ヲ": ("", "o"),
        "ヴ": ("b", "u"), "ヷ": ("b", "a"), "ヸ": ("b", "i"), "ヹ": ("b", "e"), "ヺ": ("b", "o"),
        "ヰ": ("w", "i"), "ヱ": ("w", "e"), "ヵ": ("k", "a"), "ヶ": ("k", "e"),
    }
)  # fmt: skip
"""Katakana by consonant and vowel, in :data:`matching.ear.JAPANESE`'s classes (シ s,
ヴ b)."""
_SMALL_VOWELS = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o"}
"""A small vowel replaces the vowel of the kana before it (ティ ti, ファ fa, ウィ wi)."""
_SMALL_Y = {"ャ": "a", "ュ": "u", "ョ": "o"}
"""A small ya, yu, yo glides the kana before it (ニュ nyu; シャ sha, ジョ jo)."""
_HUSHING = frozenset({"s", "j", "ch"})
_LONG, _GEMINATE, _N = "ー", "ッ", "ン"
_ADDED = {"u": frozenset({"k", "g", "s", "z", "ts", "f", "b", "p", "m", "r"}), "o": frozenset("td")}
"""The vowel Japanese adds after a consonant standing alone: u, and o after t and d."""


def _is_katakana(token: str) -> bool:
    return bool(token) and all("\u30a1" <= c <= "\u30fc" for c in token)


def foreign_katakana(tokens: Sequence[str]) -> bool:
    """Whether a name is written wholly in katakana, which Japanese keeps for foreign names
    (ウラジーミル・プーチン, ウサイン ボルト) and for the readings of Japanese ones, which
    their Hepburn readings still meet (ヤマダ タロウ; measured: thirty such names raise no
    alert among 56,918 Latin names). Such a part is not compared by consonants, as other
    kana are: "ヤマダ タロウ" / "Yamada Toru" falls from 0.86 to 0.50, "オオノ ショウ" /
    "Oono Show" from 0.875 to 0.75."""
    words = [t for t in tokens if t]
    return bool(words) and all(_is_katakana(t) for t in words)


def _syllables(token: str) -> list[tuple[str, str, bool]]:
    """Each kana as (consonant, vowel, long): small kana merged into the one before, ッ
    dropped, ン a consonant alone."""
    out: list[tuple[str, str, bool]] = []
    for char in token:
        if char == _LONG and out:
            consonant, vowel, _ = out[-1]
            out[-1] = (consonant, vowel, True)
        elif char in _SMALL_VOWELS and out:
            consonant, vowel, long = out[-1]
            if not consonant and vowel in "uo":  # ウィ wi, ウォ wo
                consonant = "w"
            elif not consonant and vowel == "i":  # イェ ye
                consonant = "y"
            elif consonant in ("k", "g") and vowel == "u":  # クァ kwa, グォ gwo
                consonant += "w"
            out[-1] = (consonant, _SMALL_VOWELS[char], long)
        elif char in _SMALL_Y and out:
            consonant, _, long = out[-1]
            glide = consonant if consonant in _HUSHING else consonant + "y"
            out[-1] = (glide, _SMALL_Y[char], long)
        elif char == _N:
            out.append(("n", "", False))
        elif char in _KANA:
            consonant, vowel = _KANA[char]
            out.append((consonant, vowel, False))
    return out


@lru_cache(maxsize=50_000)
def katakana_canonical(token: str) -> tuple[str, ...]:
    """A katakana word of a foreign name as Japanese hears it: every vowel written; without
    the vowels it adds after a consonant standing alone, the word's first kana kept (ドナルド
    "donard") and not (クリスティーヌ "kristinu"); and each such form with チ and ジ as the
    t and d older spellings write them so (プーチン "putin", ウラジーミル "uradimir")."""
    syllables = _syllables(token)
    full: list[str] = []
    bare: list[str] = []
    for index, (consonant, vowel, long) in enumerate(syllables):
        following = syllables[index + 1] if index + 1 < len(syllables) else None
        head = consonant
        if consonant == "n" and not vowel and following and following[0][:1] in "bpm":
            head = "m"  # ンマ, ンバ: Muhammad, Hamburg
        full.append(head + vowel)
        added = (
            not long
            and consonant in _ADDED.get(vowel, frozenset())
            and (following is None or bool(following[0]))
        )
        bare.append(head if added else head + vowel)
    forms = ["".join(full), "".join(bare)]
    if bare and bare[0] != full[0]:
        forms.append(full[0] + "".join(bare[1:]))
    forms += [form.replace("chi", "ti").replace("ji", "di") for form in forms]
    return tuple(dict.fromkeys(form for form in forms if form))


def japanese_ear(latin: str) -> tuple[str, ...]:
    """A Latin spelling as Japanese hears it (:func:`matching.ear.heard`): Vladimir
    "bradimir", Putin "putin", Smith "smis"; a closing v as f, as Japanese writes the
    Russian -ov and -ev (Lavrov: ラブロフ "rabrof")."""
    forms = heard(latin, JAPANESE)
    if latin.endswith("v"):
        forms = (*forms, *heard(latin[:-1] + "f", JAPANESE))
    return tuple(dict.fromkeys(forms))
