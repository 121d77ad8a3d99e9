"""Dhivehi names in Thaana, the script of the Maldives, read as Latin spellings write them.

Thaana writes every vowel (as a sign over or under its consonant), so a name reads one
way, in the official Malé Latin (ދ dh, ތ th, long vowels doubled, a consonant doubled after
an alifu without a vowel: މުޙައްމަދު Muhammadhu). Maldivians spell their names of Arabic
origin in Latin as the Arabic world does: without the vowel Dhivehi adds after a final
consonant, d and t for dh and th, long vowels mostly single ("Mohamed Nasheed", "Abdulla
Yameen", "Ibrahim Solih"). So a part reads in Malé Latin first, then as such a spelling;
both are the script's own readings (their variant groups make Muhammadhu a Mohamed).
"""

from __future__ import annotations

import re
from functools import lru_cache

_LETTERS = {
    "ހ": "h", "ށ": "sh", "ނ": "n", "ރ": "r", "ބ": "b", "ޅ": "lh", "ކ": "k", "އ": "",
    "ވ": "v", "މ": "m", "ފ": "f", "ދ": "dh", "ތ": "th", "ލ": "l", "ގ": "g", "ޏ": "gn",
    "ސ": "s", "ޑ": "d", "ޒ": "z", "ޓ": "t", "ޔ": "y", "ޕ": "p", "ޖ": "j", "ޗ": "ch",
    "ޘ": "th", "ޙ": "h", "ޚ": "kh", "ޛ": "dh", "ޜ": "z", "ޝ": "sh", "ޞ": "s", "ޟ": "dh",
    "ޠ": "t", "ޡ": "z", "ޢ": "", "ޣ": "gh", "ޤ": "q", "ޥ": "w", "ޱ": "n",
}  # fmt: skip
"""Consonants in Malé Latin; alifu (އ) and ainu (ޢ) carry a vowel and are not written."""
_VOWELS = {
    "\u07a6": "a", "\u07a7": "aa", "\u07a8": "i", "\u07a9": "ee", "\u07aa": "u",
    "\u07ab": "oo", "\u07ac": "e", "\u07ad": "ey", "\u07ae": "o", "\u07af": "oa",
}  # fmt: skip
_SUKUN = "\u07b0"
"""No vowel: after an alifu inside a word, the next consonant is doubled (އްމ: mm)."""
_ALLAH = "الله"
"""The ligature ﷲ, which NFKC writes in Arabic letters: ޢަބްދުﷲ is Abdulla."""
_FINAL_U = re.compile(r"(?<=[^aeiou])u$")


def _male_latin(token: str) -> str:
    """``token`` in Malé Latin, the Maldives' official romanisation."""
    out: list[str] = []
    double = False
    for index, char in enumerate(token):
        if char in _LETTERS:
            letter = _LETTERS[char]
            following = token[index + 1 : index + 2]
            if char == "އ" and following == _SUKUN and index + 2 < len(token):
                double = True  # the alifu of gemination, not a sound of its own
                continue
            out.append(letter[:1] + letter if double and letter else letter)
            double = False
        elif char in _VOWELS:
            out.append(_VOWELS[char])
    return "".join(out)


@lru_cache(maxsize=50_000)
def thaana_forms(token: str) -> tuple[str, ...]:
    """The Latin spellings of a Thaana name: Malé Latin ("muhammadhu", "nasheedhu"), then
    without the vowel after a final consonant, with d, t and g for dh, th and q, and with
    single long vowels, as Latin spellings of the Arabic name write it ("muhammad",
    "nasheed", "gayoom", "yamin")."""
    allah = token.endswith(_ALLAH)
    male = _male_latin(token.removesuffix(_ALLAH)) + ("llah" if allah else "")
    forms = [male, _FINAL_U.sub("", male)]  # Nasheedhu, Nasheed; Aminathu, Aminath
    # d and t for dh and th (Mohamed), g for qaf as Maldivians say it (Gayoom, Gasim)
    forms += [form.replace("dh", "d").replace("th", "t").replace("q", "g") for form in forms]
    forms += [form.replace("aa", "a") for form in forms]
    forms += [form.replace("ee", "i").replace("oo", "u") for form in forms]
    if allah:
        forms.append(forms[2].removesuffix("h"))  # Abdulla, as the Maldives write it
    return tuple(dict.fromkeys(form for form in forms if form))
