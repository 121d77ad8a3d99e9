"""Nationality values to ISO 3166 alpha-2 codes, using pycountry's maintained tables.

Use :func:`normalize_countries` on a nationality cell: "af", "AFG", "Afghanistan",
"Afghan", "Afghanistan" in the UN's languages ("سوريا", "Syrie") and "Iraq; Syria" all come
out as sets of codes. What cannot be read is dropped, which makes
the nationality feature neutral rather than wrong.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

import pycountry
from babel import Locale

_SPLIT = re.compile(r"[;,/|]+")
# Common names pycountry's tables do not carry (or would map elsewhere).
_EXTRA = {"kosovo": "XK", "ivory coast": "CI", "turkey": "TR", "russia": "RU", "palestine": "PS"}


_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh", "pt", "de")
"""Languages whose country names a nationality cell may hold: the UN's six official
languages, Portuguese and German (CLDR's names by Babel: "Syrie", "سوريا", "叙利亚")."""
_DEMONYM_ENDINGS = (("", "n"), ("", "an"), ("", "ian"), ("", "i"), ("", "ese"), ("", "lese"),
                    ("a", "ian"), ("a", "an"), ("a", "ese"), ("ia", "i"), ("o", "an"),
                    ("y", "ian"), ("e", "ian"), ("s", "n"))  # fmt: skip
"""How English makes a nationality of a country's name, most usual first (Kenya: Kenyan,
Chile: Chilean, Egypt: Egyptian, Iraq: Iraqi, Sudan: Sudanese, Togo: Togolese, Somalia:
Somali, Morocco: Moroccan, Italy: Italian, Ukraine: Ukrainian, Honduras: Honduran)."""
_DEMONYMS = {
    "british": "GB", "english": "GB", "scottish": "GB", "welsh": "GB", "american": "US",
    "dutch": "NL", "french": "FR", "swiss": "CH", "filipino": "PH", "filipina": "PH",
    "burmese": "MM", "turkish": "TR", "emirati": "AE", "saudi": "SA", "afghan": "AF",
    "thai": "TH", "lao": "LA", "kazakh": "KZ", "uzbek": "UZ", "tajik": "TJ", "kyrgyz": "KG",
    "turkmen": "TM", "azeri": "AZ", "greek": "GR", "spanish": "ES", "polish": "PL",
    "danish": "DK", "swedish": "SE", "norwegian": "NO", "finnish": "FI", "icelandic": "IS",
    "irish": "IE", "czech": "CZ", "slovak": "SK", "croat": "HR", "serb": "RS",
    "kosovar": "XK", "palestinian": "PS", "ivorian": "CI", "malagasy": "MG",
    "burkinabe": "BF", "nigerien": "NE", "bissau-guinean": "GW", "timorese": "TL",
    "east timorese": "TL", "comorian": "KM", "mauritian": "MU", "cypriot": "CY",
    "luxembourgish": "LU", "belgian": "BE", "argentine": "AR", "peruvian": "PE",
    "salvadoran": "SV", "new zealander": "NZ", "south korean": "KR", "north korean": "KP",
    "lebanese": "LB", "maldivian": "MV", "mozambican": "MZ", "motswana": "BW",
    "basotho": "LS", "swazi": "SZ", "german": "DE", "portuguese": "PT", "macedonian": "MK",
    "montenegrin": "ME", "panamanian": "PA", "bangladeshi": "BD", "yemeni": "YE",
    "congolese (kinshasa)": "CD", "congolese (brazzaville)": "CG", "vincentian": "VC",
    "laotian": "LA", "bosnian": "BA", "uk": "GB", "uae": "AE", "drc": "CD", "dr congo": "CD",
    "democratic republic of the congo": "CD", "republic of the congo": "CG",
}  # fmt: skip
"""Nationalities no ending makes (British, Dutch, Filipino), and the ones it would make
ambiguous or wrong; "Congolese", "Korean" and "Dominican" name two countries and stay
unread."""
_ARTICLE = re.compile(r"^the ")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return _ARTICLE.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))


@cache
def _names() -> dict[str, str]:
    """Folded country names in :data:`_LANGUAGES` and English nationalities, to codes;
    a name two countries could make (Congolese) is left out."""
    named: dict[str, set[str]] = {}
    for language in _LANGUAGES:
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                named.setdefault(_fold(name), set()).add(code)
    found = {name: next(iter(codes)) for name, codes in named.items() if len(codes) == 1}
    made: dict[str, tuple[int, set[str]]] = {}
    for code, name in Locale("en").territories.items():
        if len(code) != 2 or not code.isalpha():
            continue
        base = _fold(name)
        for rank, (drop, ending) in enumerate(_DEMONYM_ENDINGS):
            if drop and not base.endswith(drop):
                continue
            demonym = base[: len(base) - len(drop)] + ending
            best = made.get(demonym)
            if best is None or rank < best[0]:
                made[demonym] = (rank, {code})
            elif rank == best[0]:
                best[1].add(code)
    for demonym, (_, codes) in made.items():
        if len(codes) == 1 and demonym not in found:
            found[demonym] = next(iter(codes))
    found.update(_DEMONYMS)
    for ambiguous in ("congolese", "korean", "dominican"):
        found.pop(ambiguous, None)
    return found


@lru_cache(maxsize=4096)
def normalize_country(value: str) -> str | None:
    """One country name, nationality or code to its alpha-2 code, or ``None`` if unknown."""
    text = value.strip()
    if not text:
        return None
    if text.casefold() in _EXTRA:
        return _EXTRA[text.casefold()]
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        pass
    named = _names().get(_fold(text))
    if named is not None:
        return named
    if len(text) <= 3:
        return None
    try:
        found = pycountry.countries.search_fuzzy(text)
    except LookupError:
        return None
    return str(found[0].alpha_2) if len(found) == 1 else None


def normalize_countries(value: str | None) -> frozenset[str]:
    """All countries named in one cell (separated by ``;``, ``,``, ``/`` or ``|``)."""
    if not value:
        return frozenset()
    codes = (normalize_country(part) for part in _SPLIT.split(value))
    return frozenset(code for code in codes if code is not None)
