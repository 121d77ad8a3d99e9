"""An exclusion list packed into one buffer, for scoring processes to read from.

Scoring processes forked from the matcher shared its list copy-on-write, and reading a
record writes its reference counts: over a run each process copied most pages of the list
(900 MiB each at 1,000,000 records, 4.2 GiB for the run). Packed, the list is one bytes
object (73 MiB at 1,000,000 records) plus the distinct name parts (21,000 there), which a
scoring process receives once and unpacks record by record (4 us each: marshal, then the
objects), so the processes can be started fresh and hold only what they use.
"""

from __future__ import annotations

import marshal
from collections.abc import Sequence
from typing import TypeAlias

import numpy as np
import numpy.typing as npt

from matching.dates import PartialDate
from matching.model import Person
from matching.names import Name, NamePart

_Date: TypeAlias = tuple[int, int | None, int | None, str | None]
_Row: TypeAlias = tuple[
    str, tuple[tuple[str, tuple[int, ...]], ...], _Date | None, tuple[str, ...], str | None
]


class PackedRecords(Sequence[Person]):
    """People packed by :func:`pack`; indexing unpacks one (a new object each time)."""

    def __init__(self, data: bytes, offsets: npt.NDArray[np.int64], parts: list[NamePart]):
        self._data = data
        self._offsets = offsets
        self._parts = parts

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index: int) -> Person:  # type: ignore[override]
        # a slice would be a sequence of people: nothing asks for one
        if not 0 <= index < len(self):
            raise IndexError(index)
        start, end = self._offsets[index], self._offsets[index + 1]
        key, names, born, countries, gender = marshal.loads(self._data[start:end])
        parts = self._parts
        return Person(
            key,
            tuple(Name(original, tuple(parts[i] for i in ids)) for original, ids in names),
            None if born is None else PartialDate(*born),
            frozenset(countries),
            gender,
        )

    @property
    def nbytes(self) -> int:
        """Size of the buffer and offsets (the parts are shared with the unpacked list)."""
        return len(self._data) + self._offsets.nbytes


def pack(people: Sequence[Person]) -> PackedRecords:
    """The people as one buffer; a name part met in several records is stored once, so
    unpacked records share parts as the originals did (parts are compared by identity)."""
    numbers: dict[int, int] = {}
    parts: list[NamePart] = []
    dumps = marshal.dumps
    rows: list[bytes] = []
    for person in people:
        names = []
        for name in person.names:
            ids = []
            for part in name.parts:
                number = numbers.get(id(part))
                if number is None:
                    number = numbers[id(part)] = len(parts)
                    parts.append(part)
                ids.append(number)
            names.append((name.original, tuple(ids)))
        born = person.birth_date
        row: _Row = (
            person.key,
            tuple(names),
            None if born is None else (born.year, born.month, born.day, born.note),
            tuple(person.countries),
            person.gender,
        )
        rows.append(dumps(row))
    offsets = np.zeros(len(rows) + 1, dtype=np.int64)
    np.cumsum([len(row) for row in rows], out=offsets[1:])
    return PackedRecords(b"".join(rows), offsets, parts)
