"""Nationality values to ISO 3166 alpha-2 codes, using pycountry's maintained tables.

Use :func:`normalize_countries` on a nationality cell: "af", "AFG", "Afghanistan" and
"Iraq; Syria" all come out as sets of codes. What cannot be read is dropped, which makes
the nationality feature neutral rather than wrong.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

_SPLIT = re.compile(r"[;,/|]+")
# Common names pycountry's tables do not carry (or would map elsewhere).
_EXTRA = {"kosovo": "XK", "ivory coast": "CI", "turkey": "TR", "russia": "RU", "palestine": "PS"}


@lru_cache(maxsize=4096)
def normalize_country(value: str) -> str | None:
    """One country name or code to its alpha-2 code, or ``None`` if unknown."""
    text = value.strip()
    if not text:
        return None
    if text.casefold() in _EXTRA:
        return _EXTRA[text.casefold()]
    try:
        return str(pycountry.countries.lookup(text).alpha_2)
    except LookupError:
        pass
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
