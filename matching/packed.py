"""An exclusion list packed into one buffer, for scoring processes to read from.

Scoring processes forked from the matcher shared its list copy-on-write, and reading a
record writes its reference counts: over a run each process copied most pages of the list
(900 MiB each at 1,000,000 records, 4.2 GiB for the run). Packed, the list is one bytes
object (73 MiB at 1,000,000 records) plus the distinct name parts (21,000 there), birth
dates and sets of countries, which a scoring process receives once and unpacks record by
record (4.6 us each: marshal, then the record and its names; 6.8 us when every date was
built anew), so the processes can be started fresh and hold only what they use.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable, Hashable, Iterator, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any, TypeAlias, TypeVar

import numpy as np
import numpy.typing as npt

from matching.dates import PartialDate
from matching.model import Person
from matching.names import Name, NamePart

_Row: TypeAlias = tuple[str, tuple[tuple[str, tuple[int, ...]], ...], int, int, str | None]
_T = TypeVar("_T")

RECENT = 50_000
"""Unpacked records a packed list keeps. Blocks overlap: over 10,000 candidates against
1,000,000 records, 28% of the records a block asks for were among the last 50,000 asked
for (41% within 100,000), and a kept record is also the same object to the caches keyed
by names."""


class PackedRecords(Sequence[Person]):
    """People packed by :func:`pack`; indexing unpacks one, or returns it from the
    :data:`RECENT` last unpacked."""

    def __init__(
        self,
        data: bytes,
        offsets: npt.NDArray[np.int64],
        parts: list[NamePart],
        dates: list[PartialDate],
        countries: list[frozenset[str]],
    ) -> None:
        self._data = data
        self._offsets = offsets
        self._parts = parts
        self._dates = dates
        self._countries = countries
        self._recent: Callable[[int], Person] = lru_cache(maxsize=RECENT)(self._unpack)

    def __reduce__(self) -> tuple[Any, ...]:
        # the kept records stay behind: the receiver unpacks its own
        return PackedRecords, (self._data, self._offsets, self._parts, self._dates, self._countries)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index: int) -> Person:  # type: ignore[override]
        # a slice would be a sequence of people: nothing asks for one
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._recent(index)

    def _unpack(self, index: int) -> Person:
        start, end = self._offsets[index], self._offsets[index + 1]
        return self._person(self._data[start:end])

    def _person(self, row: bytes | memoryview) -> Person:
        key, names, born, countries, gender = marshal.loads(row)
        part = self._parts.__getitem__
        return Person(
            key,
            tuple([Name(original, tuple(map(part, ids))) for original, ids in names]),
            None if born < 0 else self._dates[born],
            self._countries[countries],
            gender,
        )

    def unpacked(self, since: int, stop: int) -> Iterator[Person]:
        """The people from ``since`` to ``stop``, in order, each unpacked once and not
        kept: a pass over a share of the list (:class:`matching.blocking.BlockingIndex`)."""
        data = memoryview(self._data)
        offsets: list[int] = self._offsets[since : stop + 1].tolist()
        for start, end in pairwise(offsets):
            yield self._person(data[start:end])

    @property
    def parts(self) -> list[NamePart]:
        """The distinct name parts, by the numbers the records hold them under."""
        return self._parts

    @property
    def nbytes(self) -> int:
        """Size of the buffer and offsets (the parts are shared with the unpacked list)."""
        return len(self._data) + self._offsets.nbytes


def _number(table: dict[Any, int], values: list[_T], key: Hashable, value: _T) -> int:
    """The number of ``value`` in ``values`` (added when its ``key`` is new)."""
    number = table.get(key)
    if number is None:
        number = table[key] = len(values)
        values.append(value)
    return number


def pack(people: Sequence[Person]) -> PackedRecords:
    """The people as one buffer; a name part, birth date or set of countries met in several
    records is stored once, so unpacked records share parts as the originals did (parts
    are compared by identity) and unpacking builds only the records and their names."""
    numbers: dict[Any, int] = {}
    parts: list[NamePart] = []
    date_numbers: dict[Any, int] = {}
    dates: list[PartialDate] = []
    country_numbers: dict[Any, int] = {}
    countries: list[frozenset[str]] = []
    dumps = marshal.dumps
    rows: list[bytes] = []
    for person in people:
        names = tuple(
            (name.original, tuple(_number(numbers, parts, id(p), p) for p in name.parts))
            for name in person.names
        )
        born = person.birth_date
        row: _Row = (
            person.key,
            names,
            -1 if born is None else _number(date_numbers, dates, born, born),
            _number(country_numbers, countries, person.countries, person.countries),
            person.gender,
        )
        rows.append(dumps(row))
    offsets = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum([len(row) for row in rows], out=offsets[1:])
    return PackedRecords(b"".join(rows), offsets, parts, dates, countries)


def packed(people: Sequence[Person]) -> PackedRecords:
    """The people packed (:func:`pack`), or as they are when they already are."""
    return people if isinstance(people, PackedRecords) else pack(people)
