"""Tibetan and Dzongkha names, read syllable by syllable as they are said and spelt.

Tibetan script writes a syllable's history, not its sound: བསྟན is b-s-t-n in Wylie and
"ten" in speech; prefixes and superscripts are silent, subscripts change the root
(ཕྱ is cha, བྲ dra, ཟླ da), and a final ད ན ལ or ས turns a into e, o into ö and u into ü
(ཆོས: chö). Letter by letter ("bstn", as anyascii writes it) no Latin spelling meets it,
so each syllable (the tokeniser cuts at the tsheg) reads as said, in the spellings
Tibetan and Bhutanese names take in Latin: Tenzin Gyatso, Jigme Khesar Namgyel Wangchuck,
Tshering Tobgay, Sonam Choden. Several spellings per syllable (ö as o or e, Bhutanese ü
as i, aspirates with and without their h, a final g as k or left out).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

_LETTERS = {
    "ཀ": "k", "ཁ": "kh", "ག": "g", "ང": "ng", "ཅ": "ch", "ཆ": "ch", "ཇ": "j", "ཉ": "ny",
    "ཏ": "t", "ཐ": "th", "ད": "d", "ན": "n", "པ": "p", "ཕ": "ph", "བ": "b", "མ": "m",
    "ཙ": "ts", "ཚ": "tsh", "ཛ": "dz", "ཝ": "w", "ཞ": "zh", "ཟ": "z", "འ": "", "ཡ": "y",
    "ར": "r", "ལ": "l", "ཤ": "sh", "ས": "s", "ཧ": "h", "ཨ": "",
}  # fmt: skip
"""Root letters as said (THL simplified phonetics, tone left out)."""
_SUBJOINED = {chr(ord(base) + 0x50): base for base in _LETTERS if base != "ཨ"}
"""A subjoined letter (U+0F90 on) -> the letter it is."""
_VOWELS = {"\u0f72": "i", "\u0f74": "u", "\u0f7a": "e", "\u0f7c": "o", "\u0f71": "a"}
_PREFIXES = frozenset("གདབམའ")
_SUFFIXES = {"ག": "k", "ང": "ng", "ད": "", "ན": "n", "བ": "p", "མ": "m", "འ": "", "ར": "r",
             "ལ": "l", "ས": ""}  # fmt: skip
_UMLAUT = frozenset("དནལས")
"""Finals that front the vowel: a e, o ö, u ü (ཆོས chö, བསྟན ten, ཀུན kün)."""
_WITH_YA = {"པ": "ch", "ཕ": "ch", "བ": "j", "མ": "ny", "ཀ": "ky", "ཁ": "khy", "ག": "gy"}
_WITH_RA = {"ཀ": "tr", "ཁ": "tr", "ག": "dr", "ཏ": "tr", "ཐ": "tr", "ད": "dr", "པ": "tr",
            "ཕ": "tr", "བ": "dr", "ས": "s", "ཧ": "hr"}  # fmt: skip
MAX_FORMS = 6


def _stacks(syllable: str) -> list[tuple[str, list[str], str]] | None:
    """The syllable as stacks: a letter, the letters subjoined to it, its vowel sign."""
    stacks: list[tuple[str, list[str], str]] = []
    for char in syllable:
        if char in _LETTERS:
            stacks.append((char, [], ""))
        elif char in _SUBJOINED and stacks:
            stacks[-1][1].append(_SUBJOINED[char])
        elif char in _VOWELS and stacks:
            base, under, _ = stacks[-1]
            stacks[-1] = (base, under, _VOWELS[char])
        elif char in "\u0f7e\u0f83":  # anusvara: a final m
            stacks.append(("མ", [], ""))
        else:
            return None
    return stacks or None


def _sanskrit(stacks: list[tuple[str, list[str], str]]) -> str:
    return "".join(
        _LETTERS[base] + "".join(_LETTERS[letter] for letter in under) + (vowel or "a")
        for base, under, vowel in stacks
    )


def _main(stacks: list[tuple[str, list[str], str]]) -> int:
    """Which stack is the syllable's root: the one with a vowel sign or subjoined
    letters, else the second of three or four letters after a prefix, else the first."""
    for index, (_, under, vowel) in enumerate(stacks):
        if vowel or under:
            return index
    if len(stacks) >= 3 and stacks[0][0] in _PREFIXES:
        return 1
    return 0


def _onset(prefix: str, base: str, under: list[str]) -> str:
    """How the root, with its superscript or subscripts, begins the syllable."""
    if under and base in "རལས" and under[0] in _LETTERS:
        # (a superscript r is said at the end of the syllable before: རྡོ་རྗེ, Dorje)
        if base == "ལ" and under[0] == "ཧ":
            return "lh"  # ལྷ: Lhamo
        base, under = under[0], under[1:]  # a superscript is silent: རྒྱ gya, སྟ t
    if "ཡ" in under:
        if prefix == "ད" and base in "བཔ":
            return "y"  # དབྱ: Yangchen
        return _WITH_YA.get(base, _LETTERS[base] + "y")
    if "ར" in under:
        return _WITH_RA.get(base, _LETTERS[base] + "r")
    if "ལ" in under:
        return "d" if base == "ཟ" else "l"  # ཟླ: Dawa; བླ: la
    if prefix == "ད" and base == "བ":
        return "w"  # དབང: Wang
    return _LETTERS[base]


@lru_cache(maxsize=20_000)
def tibetan_forms(syllable: str) -> tuple[str, ...]:
    """Latin spellings of one Tibetan syllable as said ("བསྟན": ten, "ཕྱུག": chuk,
    chug, chu), the likeliest first; empty if it is no syllable of the script."""
    stacks = _stacks(syllable)
    if stacks is None:
        return ()
    main = _main(stacks)
    base, under, vowel = stacks[main]
    prefix = stacks[main - 1][0] if main else ""
    if main > 1 or (prefix and prefix not in _PREFIXES):
        # no Tibetan syllable: a Sanskrit word (པདྨ Padma, ཀརྨ Karma), every letter
        # said with its vowel, a subjoined one before it; and as Tibetans say it, the
        # letter above the stack closing the first syllable (Pema, Karma)
        found = [_sanskrit(stacks)]
        if len(stacks) == 2 and not stacks[0][1] and not stacks[0][2]:
            (first, _, _), (last, below, vowel_last) = stacks
            if last in _SUFFIXES and below:
                said = "".join(_LETTERS[letter] for letter in below) + (vowel_last or "a")
                found += [head + said for head in tibetan_forms(first + last)]
        return tuple(dict.fromkeys(found))[:MAX_FORMS]
    onset = _onset(prefix, base, under)
    finals = [letter for letter, _, _ in stacks[main + 1 :]]
    suffix = finals[0] if finals else ""
    if suffix and suffix not in _SUFFIXES:
        return ()
    vowel = vowel or "a"
    fronted = suffix in _UMLAUT
    vowels = {"a": ("e", "a"), "o": ("o", "e"), "u": ("u", "i")}.get(vowel, (vowel,))
    vowel_forms = vowels if fronted else (vowel,)
    coda = _SUFFIXES.get(suffix, "")
    codas = [coda]
    if suffix == "ག":
        codas += ["g", ""]  # Wangchuk, Wangchug, Phuntsho
    if suffix == "ལ":
        codas = ["l", ""]  # Namgyel; Dolma
    if suffix == "བ":
        codas += ["b"]  # Tobgay
    onsets = [onset]
    if base == "ར" and under and onset[:1] != "r":
        onsets.append("r" + onset)  # the r the syllable before says: Dorje (རྡོ་རྗེ)
    if onset in ("tsh", "kh", "th"):
        onsets.append(onset[:-1])  # Tsering, Tshering
    if onset == "dz":
        onsets.append("z")  # Tenzin
    if onset in ("tr", "dr"):
        onsets.append(onset[0])  # Tashi, Dolma
    if onset == "b" and not prefix:
        onsets.append("w")  # ba after a vowel: Dawa
    found = ["".join(parts) for parts in product(onsets, vowel_forms, codas)]
    return tuple(dict.fromkeys(f for f in found if f))[:MAX_FORMS]
