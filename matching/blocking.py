"""Candidate generation: which exclusion records are worth scoring for each candidate.

Use :class:`BlockingIndex` over the prepared records and ask it for the pairs of a chunk
of candidates. A record is proposed when it shares a *rare* key with the candidate (an
exact, phonetic, consonant-skeleton, variant-group or one-deletion key of any name part or
joined parts), or when it shares the keys of *two different* parts however common they
are ("Mohammed Ali" against every Mohammed Ali, not against every Mohammed). Single-part
names on either side are matched on their one part whatever its frequency. Blocking recall
(the share of the pairs exhaustive scoring would raise that blocking keeps) is measured in
``benchmarks/``; the target is 99.9%.

The joins run in polars over 64-bit key hashes, so a list of a million records is
indexed in seconds and in well under a gigabyte.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations

import polars as pl

from matching.model import Person
from matching.names import NamePart, PartKind

MIN_COMMON = 500
"""A key shared by more records than this (or ``COMMON_SHARE`` of the list) is common."""
COMMON_SHARE = 0.001
MIN_DELETION_LENGTH = 4
"""Phonetic keys at least this long also index their one-letter deletions (typos)."""


def part_keys(part: NamePart) -> list[str]:
    """Every blocking key of one part (initials and particles have none)."""
    if part.kind is not PartKind.NAME:
        return []
    keys = [f"l:{latin}" for latin in part.latins if len(latin) >= 2]
    if len(part.phonetic) >= 2:
        keys.append(f"p:{part.phonetic}")
    if len(part.skeleton) >= 3:
        keys.append(f"s:{part.skeleton}")
    keys.extend(f"g:{group}" for group in sorted(part.groups))
    phonetic = part.phonetic
    if len(phonetic) >= MIN_DELETION_LENGTH:
        keys.append(f"d:{phonetic}")
        keys.extend(f"d:{phonetic[:i]}{phonetic[i + 1 :]}" for i in range(len(phonetic)))
    return keys


def canonical_key(part: NamePart) -> str:
    """The one key of a part used in two-part keys: its variant group, else its sound."""
    if part.groups:
        return f"g:{min(part.groups)}"
    return f"p:{part.phonetic}"


@dataclass(frozen=True, slots=True)
class _Slots:
    """Keys of one person: (key, slot) rows, canonical keys per slot, name-part count."""

    keys: list[tuple[str, int]]
    canonical: dict[int, str]
    name_parts: int


def _slots(person: Person) -> _Slots:
    keys: list[tuple[str, int]] = []
    canonical: dict[int, str] = {}
    slot = 0
    most_parts = 0
    for name in person.names:
        for part in name.parts:
            keys.extend((key, slot) for key in part_keys(part))
            if part.kind is PartKind.NAME:
                canonical[slot] = canonical_key(part)
            slot += 1
        most_parts = max(most_parts, sum(p.kind is PartKind.NAME for p in name.parts))
    return _Slots(keys, canonical, most_parts)


def _hash(keys: list[str]) -> pl.Series:
    return pl.Series("key", keys, dtype=pl.String).hash(seed=7)


def _pair_keys(slots: _Slots) -> list[str]:
    """Unordered pairs of canonical keys of two different parts."""
    pairs = set()
    for (_, a), (_, b) in combinations(sorted(slots.canonical.items()), 2):
        if a != b:
            pairs.add("|".join(sorted((a, b))))
    return sorted(pairs)


class BlockingIndex:
    """Keys of every exclusion record, ready to be joined with candidates' keys."""

    def __init__(self, records: Sequence[Person]) -> None:
        rec_keys: list[str] = []
        rec_ids: list[int] = []
        pair_keys: list[str] = []
        pair_ids: list[int] = []
        single: list[int] = []
        for index, record in enumerate(records):
            slots = _slots(record)
            for key, _slot in slots.keys:
                rec_keys.append(key)
                rec_ids.append(index)
            for key in _pair_keys(slots):
                pair_keys.append(key)
                pair_ids.append(index)
            if slots.name_parts <= 1:
                single.append(index)
        self.size = len(records)
        self.common_limit = max(MIN_COMMON, int(COMMON_SHARE * len(records)))
        keys = pl.DataFrame(
            {"key": _hash(rec_keys), "rec": pl.Series(rec_ids, dtype=pl.UInt32)}
        ).unique()
        counts = keys.group_by("key").agg(pl.len().alias("df"))
        keys = keys.join(counts, on="key")
        self._rare = keys.filter(pl.col("df") <= self.common_limit).select("key", "rec")
        self._all = keys.select("key", "rec")
        self._single = keys.filter(pl.col("rec").is_in(single)).select("key", "rec")
        self._pairs = pl.DataFrame(
            {"key": _hash(pair_keys), "rec": pl.Series(pair_ids, dtype=pl.UInt32)}
        ).unique()
        self.common_keys = int(counts.filter(pl.col("df") > self.common_limit).height)

    def pairs(self, candidates: Sequence[Person]) -> pl.DataFrame:
        """Distinct ``(cand, rec)`` index pairs worth scoring, for a chunk of candidates."""
        cand_keys: list[str] = []
        cand_ids: list[int] = []
        pair_keys: list[str] = []
        pair_ids: list[int] = []
        single_keys: list[str] = []
        single_ids: list[int] = []
        for index, candidate in enumerate(candidates):
            slots = _slots(candidate)
            for key, _slot in slots.keys:
                cand_keys.append(key)
                cand_ids.append(index)
                if slots.name_parts <= 1:
                    single_keys.append(key)
                    single_ids.append(index)
            for key in _pair_keys(slots):
                pair_keys.append(key)
                pair_ids.append(index)
        ck = pl.DataFrame(
            {"key": _hash(cand_keys), "cand": pl.Series(cand_ids, dtype=pl.UInt32)}
        ).unique()
        frames = [
            ck.join(self._rare, on="key").select("cand", "rec"),
            ck.join(self._single, on="key").select("cand", "rec"),
        ]
        if pair_keys:
            pk = pl.DataFrame(
                {"key": _hash(pair_keys), "cand": pl.Series(pair_ids, dtype=pl.UInt32)}
            )
            frames.append(pk.join(self._pairs, on="key").select("cand", "rec"))
        if single_keys:
            sk = pl.DataFrame(
                {"key": _hash(single_keys), "cand": pl.Series(single_ids, dtype=pl.UInt32)}
            )
            frames.append(sk.join(self._all, on="key").select("cand", "rec"))
        return pl.concat(frames).unique().sort("cand", "rec")


def iter_blocks(pairs: pl.DataFrame) -> Iterator[tuple[int, list[int]]]:
    """``(candidate index, record indexes)`` per candidate, from :meth:`BlockingIndex.pairs`."""
    grouped = pairs.group_by("cand", maintain_order=True).agg(pl.col("rec"))
    for cand, recs in grouped.iter_rows():
        yield int(cand), [int(r) for r in recs]
