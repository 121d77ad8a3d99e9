"""A woman's family name in its feminine form, and the form it is made from.

Czech, Slovak, Lithuanian, Polish and Hungarian make a woman's family name from the
family's by a suffix that takes letters away as well as adding them: Novák is Nováková,
Dvořáček Dvořáčková, Kazlauskas Kazlauskienė (married) or Kazlauskaitė (unmarried),
Nowak Nowakowa. (Hungarian -né is not read: on a husband's given name, Kovács Jánosné,
it names his wife.) Papers abroad, and lists compiled from them, often write
the family's form: "Jana Novak" for Jana Nováková, whose two spellings are three letters
apart, too far for a spelling to meet (0.50 at model -136). Russian, Bulgarian, Polish,
Czech adjectival and Latvian forms (Ivanova, Kowalska, Hrubá, Bērziņa) differ by a letter
and met as spellings; they are read here too, as the two forms mark a woman and a man
(:func:`matching.compare.compare_names` tells a father from his daughter by it), and so
are Russian adjectival ones (Tolstaya / Tolstoy), two letters apart.

Only the written suffixes are read, on a romanised (ASCII) spelling, with a consonant
before the suffix and a stem of :data:`MIN_STEM` letters. A form one letter from the
family's (Ivanova, Hrubá, Bērziņa) scores as the spelling it is; it is read so that the
two forms mark a woman and a man (:func:`matching.compare.compare_names`).
"""

from __future__ import annotations

from functools import lru_cache

MIN_STEM = 4
"""Letters a stem keeps before the suffix: "Nováková" is Novák; shorter stems made other
languages' names forms (Canova of Cano, Manaia of Manoj, Adriene of Adra)."""

_VOWELS = frozenset("aeiouy")
_LITHUANIAN = (
    ("iene", ("as", "is", "ys", "us", "ius", "a", "e")),  # married: Kazlauskienė, Vaitkienė
    ("aite", ("as",)),  # unmarried, of -as: Kazlauskaitė
    ("yte", ("is", "ys")),  # of -is, -ys: Adomaitytė
    ("ute", ("us",)),  # of -us, -ius: Vaitkutė, Butkevičiūtė
)
"""Lithuanian feminine suffixes and the masculine endings they replace."""
_RUSSIAN_ADJECTIVAL = ("aya", "aia", "aja")
_RUSSIAN_MASCULINE = ("y", "iy", "yy", "ii", "ij", "yj", "oy", "oi", "oj", "yi")
"""Tolstaya, Tolstaia, Tolstaja of Tolstoy, Tolstoi, Tolstoj; Belaya of Belyy, Belyi."""


def _inserted_e(stem: str) -> str | None:
    """A Czech stem that lost an e before its last consonant: Dvořáčk- of Dvořáček, Němc- of
    Němec, Havl- of Havel (two consonants closing it); ``None`` otherwise."""
    if len(stem) < 2 or stem[-1] in _VOWELS or stem[-2] in _VOWELS:
        return None
    return stem[:-1] + "e" + stem[-1]


@lru_cache(maxsize=100_000)
def masculine_forms(latin: str) -> frozenset[str]:
    """The family names ``latin`` (romanised, lower case) may be the feminine form of:
    "novakova" is Novák's (or Svoboda's, "svobodova", or Slovak Baško's, "baskova"),
    "dvorackova" Dvořáček's,
    "kazlauskiene" Kazlauskas', "nowakowa" Nowak's; empty for a name that is no such
    form."""
    found: set[str] = set()
    if latin.endswith("ova"):  # Czech, Slovak: Nováková, Svobodová, Bašková, Němcová
        stem = latin[:-3]
        if len(stem) >= MIN_STEM and stem[-1] not in _VOWELS:
            found.update((stem, stem + "a", stem + "o"))
            inserted = _inserted_e(stem)
            if inserted:
                found.add(inserted)
    for suffix in ("ova", "eva", "ina", "yna"):  # Russian, Bulgarian, Ukrainian: Ivanova
        if latin.endswith(suffix) and len(latin) - len(suffix) >= MIN_STEM - 2:
            found.add(latin[:-1])  # a letter apart: Зуева of Зуев too
    if len(latin) > MIN_STEM and latin[-1] == "a" and latin[-2] not in _VOWELS:
        # Czech and Slovak adjectival -á of -ý (Hrubá, Černá, Kopecká), Polish -ska, -cka
        # of -ski, -cki; Latvian -a of -s (Bērziņa, Ozola)
        found.update((latin[:-1] + "y", latin[:-1] + "s"))
        if latin.endswith("ka"):
            found.add(latin[:-1] + "i")
    for suffix in ("owna", "owa"):  # Polish, older: Nowakówna, Nowakowa
        if latin.endswith(suffix):
            stem = latin[: -len(suffix)]
            if len(stem) >= MIN_STEM and stem[-1] not in _VOWELS:
                found.add(stem)
            break
    for suffix, endings in _LITHUANIAN:
        if latin.endswith(suffix):
            stem = latin[: -len(suffix)]
            if len(stem) >= MIN_STEM:
                found.update(stem + ending for ending in endings)
            break
    for suffix in _RUSSIAN_ADJECTIVAL:
        if latin.endswith(suffix):
            stem = latin[: -len(suffix)]
            # Белая's stem is three letters; "-aia" and "-aja" are other languages' too
            # (Georgian Manaia, Pataraia), and take four
            if len(stem) >= MIN_STEM - (suffix == "aya"):
                found.update(stem + ending for ending in _RUSSIAN_MASCULINE)
            break
    found.discard(latin)
    return frozenset(found)
