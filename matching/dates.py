"""Partial birth dates and how far apart two of them are.

Use :func:`parse_date` on what a file holds (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, unpadded
or slashed variants, unambiguous day-first or month-first forms, a month by name in the
UN's languages and others: "12-MAR-1985", "12 марта 1985", "1985年3月12日") and
:func:`compare_dates` for the evidence two dates give. A date that could be read two ways
("03/04/1985") keeps only its certain part, the year, and says so: it is never guessed.
``YYYY-01-01`` is often a placeholder for an unknown day and month, so it only counts as
a year. A file whose sender declares its order (``DateOrder.DMY`` or ``MDY``) has its
slashed dates read that way, and a date contradicting the declared order is an error, not
a silent swap.
"""

from __future__ import annotations

import datetime as dt
import re
import time
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, lru_cache

from babel.dates import get_month_names

from matching.errors import InvalidDateError

_ISO = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
MIN_YEAR = 1880


class Precision(StrEnum):
    """How much of a date is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class DateOrder(StrEnum):
    """Declared order of day and month in slashed dates (``03/04/1985``)."""

    DMY = "DMY"
    MDY = "MDY"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to year, month or day; ``note`` says why precision was reduced."""

    year: int
    month: int | None = None
    day: int | None = None
    note: str | None = None
    _iso: str = field(init=False, repr=False, compare=False)
    """:meth:`iso`, formatted once: it is asked for on every pair scored."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_iso", _format(self.year, self.month, self.day))

    def __reduce__(
        self,
    ) -> tuple[type[PartialDate], tuple[int, int | None, int | None, str | None]]:
        # pickled as its fields, as NamePart is
        return (PartialDate, (self.year, self.month, self.day, self.note))

    @property
    def precision(self) -> Precision:
        """The finest part that is known."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def placeholder(self) -> bool:
        """``YYYY-01-01`` usually stands for "some day in YYYY"."""
        return self.month == 1 and self.day == 1

    def iso(self) -> str:
        """The date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        return self._iso


def _format(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


_EPOCH = dt.date(1970, 1, 1).toordinal()


@lru_cache(maxsize=4)
def _today(epoch_day: int) -> dt.date:
    return dt.date.fromordinal(_EPOCH + epoch_day)


def _checked(year: int, month: int | None, day: int | None, text: str) -> PartialDate:
    today = _today(int(time.time() // 86400))
    if not MIN_YEAR <= year <= today.year:
        raise InvalidDateError(f"impossible year in {text!r}")
    if month is not None and not 1 <= month <= 12:
        raise InvalidDateError(f"impossible month in {text!r}")
    if day is not None:
        try:
            value = dt.date(year, month or 1, day)
        except ValueError:
            raise InvalidDateError(f"impossible day in {text!r}") from None
        if value > today:
            raise InvalidDateError(f"date in the future: {text!r}")
    return PartialDate(year, month, day)


def parse_date(text: str | None, order: DateOrder | None = None) -> PartialDate | None:
    """Read a birth date; ``None`` for empty, :class:`InvalidDateError` if unreadable.

    ``order`` is the day/month order the sender declared for slashed dates, if any.
    """
    if text is None:
        return None
    return _parse(text, order)


@lru_cache(maxsize=100_000)
def _parse(text: str, order: DateOrder | None) -> PartialDate | None:
    value = text.strip()
    if not value:
        return None
    if match := _ISO.match(value):
        year, month, day = match.groups()
        return _checked(int(year), int(month) if month else None, int(day) if day else None, value)
    if match := _COMPACT.match(value):
        year, month, day = (int(g) for g in match.groups())
        return _checked(year, month, day, value)
    if match := _DMY.match(value):
        first, second, year = (int(g) for g in match.groups())
        if order is DateOrder.DMY:
            return _checked(year, second, first, value)
        if order is DateOrder.MDY:
            return _checked(year, first, second, value)
        if first > 12 >= second:
            return _checked(year, second, first, value)
        if second > 12 >= first:
            return _checked(year, first, second, value)
        if first == second:
            return _checked(year, first, first, value)
        date = _checked(year, None, None, value)
        return PartialDate(date.year, note=f"ambiguous day and month in {value!r}: year only")
    named = _named(value)
    if named is not None:
        return _checked(*named, value)
    raise InvalidDateError(
        f"unreadable date {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD, or a month by name)"
    )


_MONTH_LOCALES = ("en", "fr", "es", "ru", "ar", "zh", "pt", "de", "it", "tr", "uk")
"""Languages whose month names a date may be written in: the UN's six official languages
and those of other large HR exports. CLDR's names (Babel), full and abbreviated, as in a
date and alone ("марта" and "март")."""
_FILLERS = frozenset({"de", "del", "of", "the"})
"""Words between the parts of a date ("12 de marzo de 1985")."""
_DATE_WORDS = re.compile(r"[^\W_]+")
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|re|e|º|°)?$")
_CJK_DATE = re.compile(r"^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日일])?$")


def _plain(word: str) -> str:
    """A month name folded as it may be typed: casefolded, without accents or dots."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().strip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _month_names() -> dict[str, int]:
    """Every month name of :data:`_MONTH_LOCALES`, folded, that names one month only."""
    found: dict[str, set[int]] = {}
    for locale in _MONTH_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    found.setdefault(_plain(name), set()).add(number)
    return {name: next(iter(months)) for name, months in found.items() if len(months) == 1}


def _named(value: str) -> tuple[int, int, int | None] | None:
    """(year, month, day) of a date with its month by name ("12-MAR-1985", "March 12,
    1985", "12 de marzo de 1985", "12 марта 1985", "1985年3月12日"; "March 1985" has no
    day), or ``None``: a year of four digits, a month named once, at most a day."""
    if match := _CJK_DATE.match(value):
        year, month, day = match.groups()
        return int(year), int(month), int(day) if day else None
    months = _month_names()
    year = month = day = None
    for word in _DATE_WORDS.findall(value):
        plain = _plain(word)
        if plain in months and month is None:
            month = months[plain]
        elif len(word) == 4 and word.isdecimal() and year is None:
            year = int(word)
        elif (found := _DAY.match(plain)) and day is None:
            day = int(found.group(1))
        elif plain not in _FILLERS:
            return None
    if year is None or month is None:
        return None
    return year, month, day


@dataclass(frozen=True, slots=True)
class DateComparison:
    """Evidence from two birth dates: ``kind`` names it, ``years_apart`` measures it."""

    kind: str
    years_apart: float
    detail: str


def _effective(date: PartialDate) -> PartialDate:
    return PartialDate(date.year) if date.placeholder else date


def _typo(left: PartialDate, right: PartialDate, explain: bool) -> str | None:
    """How two full dates differ by one keying error, if they do ("" unexplained): one
    digit, or two neighbouring digits typed in the wrong order ("1935" / "1953", "12" /
    "21"), the commonest keying errors in a date."""
    a, b = left.iso().replace("-", ""), right.iso().replace("-", "")
    if len(a) != len(b):
        return None
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 1:
        return f"one digit differs: {left.iso()} / {right.iso()}" if explain else ""
    if (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and (a[diff[0]], a[diff[1]])
        == (
            b[diff[1]],
            b[diff[0]],
        )
    ):
        return f"two digits swapped: {left.iso()} / {right.iso()}" if explain else ""
    return None


def compare_dates(left: PartialDate, right: PartialDate, *, explain: bool = True) -> DateComparison:
    """Compare at the coarser of the two precisions; name the kind of (dis)agreement.

    ``explain=False`` leaves ``detail`` empty: batch matching bounds most pairs by the
    kind alone, and writing the detail cost a third of the comparison."""
    a, b = _effective(left), _effective(right)
    both_days = a.day is not None and b.day is not None
    if a.year == b.year:
        if both_days:
            if (a.month, a.day) == (b.month, b.day):
                return DateComparison("exact", 0.0, f"same birth date {a.iso()}" if explain else "")
            if (a.month, a.day) == (b.day, b.month):
                return DateComparison(
                    "swap", 0.0, f"day and month swapped: {a.iso()} / {b.iso()}" if explain else ""
                )
            gap = abs(
                (
                    dt.date(a.year, a.month or 1, a.day or 1)
                    - dt.date(b.year, b.month or 1, b.day or 1)
                ).days
            )
            if gap <= 1:
                return DateComparison(
                    "near", 0.0, f"one day apart: {a.iso()} / {b.iso()}" if explain else ""
                )
            if (typo := _typo(a, b, explain)) is not None:
                return DateComparison("typo", 0.0, typo)
            return DateComparison(
                "same_year",
                gap / 365.25,
                f"same year, other day: {a.iso()} / {b.iso()}" if explain else "",
            )
        if a.month is not None and b.month is not None:
            if a.month == b.month:
                return DateComparison(
                    "same_month", 0.0, f"same month {a.year}-{a.month:02d}" if explain else ""
                )
            return DateComparison(
                "same_year",
                abs(a.month - b.month) / 12,
                f"same year, other month: {a.iso()} / {b.iso()}" if explain else "",
            )
        return DateComparison("same_year", 0.0, f"same birth year {a.year}" if explain else "")
    years = abs(a.year - b.year)
    if both_days and (typo := _typo(a, b, explain)) is not None:
        return DateComparison("typo", 0.0, typo)
    return DateComparison(
        "conflict",
        float(years),
        f"born {years} year{'s' if years > 1 else ''} apart: {a.iso()} / {b.iso()}"
        if explain
        else "",
    )
