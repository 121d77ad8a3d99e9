"""Batch matching: every candidate against a whole exclusion list, blocked and vectorised.

Use :func:`match_people` (or :class:`Matcher` to reuse one index across batches). For each
candidate the records proposed by :mod:`matching.blocking` are scored with the model; part
similarities for the whole block are first screened with ``rapidfuzz.process.cdist`` (one
C call per key type, GIL released), and the exact similarity is computed only for the few
part pairs that could reach :data:`matching.compare.MIN_PART_SIMILARITY`.
"""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from itertools import pairwise
from typing import TypeAlias

import numpy as np
import polars as pl
from rapidfuzz import process
from rapidfuzz.distance import OSA

from matching.blocking import BlockingIndex, iter_blocks
from matching.compare import (
    HEARD,
    JOIN_LENGTH_SLACK,
    MIN_PART_SIMILARITY,
    PART_WEIGHT,
    UNSPACED,
    JoinProbe,
    conflict_kind,
    family_bases,
    forget_parts,
    inherent_key,
    join_window,
    joinable,
    name_ceiling,
    part_similarity,
    run_spellings,
    unspaced_spans,
    whole_readings,
)
from matching.gcpause import collector_off, paused_gc
from matching.hancut import han_cuts, may_recut
from matching.mandarin_schemes import MAX_RESPELT_SYLLABLES, pinyin_respellings
from matching.model import (
    NO_PART_CEILING,
    ONE_PART_CEILING,
    MatchResult,
    Person,
    quick_score,
    score_ceiling,
    score_pair,
)
from matching.names import (
    VOWEL_UNSURE,
    Name,
    NamePart,
    PartKind,
    aligns_with,
    join_spans,
    joined_length,
    joined_part,
    other_raw_skeletons,
    takes_next,
)
from matching.packed import PackedRecords, packed
from matching.scripts import Script
from matching.syllables import pinyin_syllables
from matching.text import hyphened_form
from matching.variants import variant_groups

_EMPTY: dict[int, tuple[float, str]] = {}
_NONE: frozenset[int] = frozenset()
ProgressFn = Callable[[int], None]
"""Told how many more candidates are done."""


def _heard(part: NamePart) -> tuple[str, ...]:
    """A part as Korean and Japanese hear it (:data:`matching.compare.HEARD`): a foreign
    name in Hangul or katakana by its sound classes, another by its own readings so heard."""
    if part.script in HEARD:
        return HEARD[part.script][0](part.raw)
    return tuple(
        ear
        for canonical_ear in (pair[1] for pair in HEARD.values())
        for form in part.latins[: part.core]
        for ear in canonical_ear(form)
    )


def _cdist_any(
    left: list[NamePart],
    right: list[NamePart],
    forms: Callable[[NamePart], tuple[str, ...]],
    cutoff: float,
) -> np.ndarray:
    """Part-by-part mask: does any form of the left part reach ``cutoff`` with any form of
    the right part (one cdist call over all forms, then reduced to parts)."""
    rows: list[str] = []
    row_part: list[int] = []
    for i, part in enumerate(left):
        for form in forms(part):
            rows.append(form)
            row_part.append(i)
    cols: list[str] = []
    col_part: list[int] = []
    for j, part in enumerate(right):
        for form in forms(part):
            cols.append(form)
            col_part.append(j)
    hits = (
        process.cdist(rows, cols, scorer=OSA.normalized_similarity, score_cutoff=cutoff, workers=1)
        > 0
    )
    mask = np.zeros((len(left), len(right)), dtype=bool)
    if len(rows) == len(left) and len(cols) == len(right):
        return hits
    r_idx, c_idx = np.nonzero(hits)
    mask[np.asarray(row_part)[r_idx], np.asarray(col_part)[c_idx]] = True
    return mask


def _skeletons(part: NamePart) -> list[str]:
    return [s for s in {*part.skeletons, *part.raw_skeletons} if len(s) >= 2]


def _screen_respelt(maybe: np.ndarray, left: list[NamePart], right: list[NamePart]) -> None:
    """Mark a Latin part in Taiwan's spellings and a Han part or a Latin pinyin spelling
    its reading back meets ("Syu" / 徐 or Xu, "Jaushieh" / 釗燮), as
    :func:`matching.keys.part_keys` keys them: the letters are too far apart for the
    other screens. The candidate's side first: most candidates have no part either way,
    and then the block's parts are not read back."""
    respelt: dict[str, list[int]] = {}  # a candidate's Latin part read back ("Syu": xu)
    spelt: dict[str, list[int]] = {}  # what a record's reading back may meet: its pinyin
    for i, a in enumerate(left):
        if a.script is Script.LATIN:
            for form in pinyin_respellings(a.latin):
                respelt.setdefault(form, []).append(i)
            if _respelt_pinyin(a.latin):
                spelt.setdefault(a.latin, []).append(i)  # "Xu" / "Syu"
        elif a.script is Script.HAN:
            for form in a.latins:
                spelt.setdefault(form, []).append(i)
    if not respelt and not spelt:
        return
    for j, b in enumerate(right):
        if b.script is Script.HAN:
            if respelt:
                for form in b.latins:
                    maybe[respelt.get(form, []), j] = True
        elif b.script is Script.LATIN:
            if respelt:
                maybe[respelt.get(b.latin, []), j] = True
            if spelt:
                for form in pinyin_respellings(b.latin):
                    maybe[spelt.get(form, []), j] = True


def _respelt_pinyin(latin: str) -> bool:
    """Whether ``latin`` may be what a spelling of Taiwan's schemes reads back to
    (:func:`matching.mandarin_schemes.pinyin_respellings`): pinyin of at most as many
    syllables. Most Latin parts are not, and are then never looked up."""
    return 0 < pinyin_syllables(latin) <= MAX_RESPELT_SYLLABLES


def _all_parts(person: Person) -> list[NamePart]:
    parts: list[NamePart] = []
    for name in person.names:
        parts.extend(name.parts)
    return parts


def _weights(name: Name, aligned: set[int]) -> tuple[float, float, int]:
    """A name's weight, the weight of its parts outside ``aligned``, and how many of its
    aligned parts are not initials (an upper bound on the pairs that agree on a name)."""
    total = spare = 0.0
    agree = 0
    for part in name.parts:
        weight = PART_WEIGHT[conflict_kind(part)]  # as the score weighs a conflict
        total += weight
        if id(part) not in aligned:
            spare += weight
        elif part.kind is not PartKind.INITIAL:
            agree += 1
    return total, spare, agree


_Run: TypeAlias = tuple[Name, tuple[int, ...], JoinProbe, tuple[int, ...]]
"""A run of adjacent parts of a name: the name, the span, the probe of its Latin spelling
written as one, and its parts' ids."""


class _Runs:
    """A candidate's runs of adjacent parts, found by the lengths they may be compared
    with (:func:`matching.compare.join_window`), so that a record part is tested only
    against runs it could spell."""

    def __init__(self, candidate: Person) -> None:
        self.unsure: list[_Run] = []
        self.by_length: dict[int, list[_Run]] = {}
        self.all: list[_Run] = []
        self._joined: dict[tuple[int, tuple[int, ...]], NamePart] = {}
        self.unspaced: list[_Run] = []
        for name in candidate.names:
            unspaced = unspaced_spans(name)
            for span in (*join_spans(name), *unspaced):
                latin = "".join(name.parts[i].latin for i in span)
                lead = name.parts[span[0]]
                spellings = run_spellings(name, span)
                probe = JoinProbe(latin, lead.script, lead, spellings)
                run = (name, span, probe, tuple(id(name.parts[i]) for i in span))
                if span in unspaced:
                    self.unspaced.append(run)  # only for a part in an unspaced script
                    continue
                self.all.append(run)
                if probe.unsure:
                    self.unsure.append(run)  # compared by consonants, whatever the length
                else:
                    # and as long as another spelling ("I-to" is Yiduo)
                    lengths = {*join_window(len(latin)), *map(len, spellings)}
                    for length in lengths:
                        self.by_length.setdefault(length, []).append(run)

    def joined(self, run: _Run) -> NamePart:
        """The run written as one, built once (a block tests it against many parts); by
        its name and span, not its parts, since the name around it counts too: an article
        takes the sound of the next part, and a Latin name may read as Korean."""
        key = (id(run[0]), run[1])
        found = self._joined.get(key)
        if found is None:
            found = self._joined[key] = joined_part(run[0], run[1])
        return found

    def near(self, part: NamePart) -> list[_Run]:
        """The runs that :func:`matching.compare.could_be_joined` could admit for ``part``."""
        unspaced = self.unspaced if part.script in UNSPACED else []
        if part.abjad:
            return self.all + unspaced
        found = {id(run): run for run in (*self.unsure, *unspaced)}
        for form in part.latins:
            for run in self.by_length.get(len(form), ()):
                found[id(run)] = run
        return list(found.values())


def _joins_consonants(a: NamePart, b: NamePart, parts: Sequence[NamePart]) -> bool:
    """:meth:`BlockScorer._may_join` by consonants: ``a`` and ``b`` run together are
    about as long as one of ``parts`` and start like it."""
    size = len(a.skeleton) + len(b.skeleton)
    firsts, letter = {s[:1] for s in a.skeletons}, a.latins[0][:1]
    for part in parts:
        mine = part.skeleton
        if (mine[:1] in firsts or part.latins[0][:1] == letter) and abs(len(mine) - size) <= max(
            1.0, JOIN_LENGTH_SLACK * max(len(mine), size)
        ):
            return True
    return False


class BlockScorer:
    """Part similarities of one candidate against all parts of its block, looked up."""

    def __init__(self, candidate: Person, records: Sequence[Person]) -> None:
        left = _all_parts(candidate)
        self._candidate = candidate
        self._joins: _Runs | None = None
        self._spelled: dict[int, list[tuple[int, ...]]] = {}
        self._spelt_by: dict[tuple[tuple[int, ...], frozenset[str]], frozenset[int]] = {}
        self._fits: dict[int, bool] = {}
        self._aligns: dict[int, frozenset[int]] = {}
        self._birth = candidate.birth_date
        # Han names also compared cut as the other name is: the parts say nothing then
        self._han = [name for name in candidate.names if han_cuts(name) is not None]
        # and Hangul names whole against a Latin spelling cut elsewhere (whole_alignment)
        self._hangul_whole = [whole_readings(name) for name in candidate.names]
        self._hangul_whole = [found for found in self._hangul_whole if found]
        self._latin_whole = {
            "".join(p.latin for p in name.parts)
            for name in candidate.names
            if len(name.parts) >= 2 and all(p.script is Script.LATIN for p in name.parts)
        }
        seen: dict[int, NamePart] = {}
        for record in records:
            for part in _all_parts(record):
                seen.setdefault(id(part), part)
        right = list(seen.values())
        self._left_ids = {id(p) for p in left}
        self._left_by_id = {id(p): p for p in left}
        self._right_ids = set(seen)
        self._table: dict[tuple[int, int], tuple[float, str]] = {}
        self._by_right: dict[int, dict[int, tuple[float, str]]] = {}
        self._related: set[int] = set()
        self._initials_left = {
            form[:1] for p in left if p.kind is PartKind.INITIAL for form in p.latins
        }
        # an initial starts any reading of a name ("K." is 零 read koboshi)
        self._letters_left = {
            form[:1] for p in left if p.kind is PartKind.NAME for form in p.latins
        }
        self._single_left = any(
            sum(p.kind is PartKind.NAME for p in name.parts) <= 1 for name in candidate.names
        )
        self._parts_left = [p for p in left if p.kind is PartKind.NAME]
        self._unsure_left = [p for p in self._parts_left if p.abjad]
        # a Thai or Han part may be written apart in a record: its runs of any Latin parts
        self._unspaced_left = any(p.script in UNSPACED for p in self._parts_left)
        # first letter and length of each candidate part with its vowels written (and
        # whether its spelling is its own skeleton, which then also starts the run)
        self._join_plain = [
            (p.latin[:1], len(p.latin), p.latin is p.skeleton)
            for p in self._parts_left
            if not p.abjad
        ]
        # a Korean part also starts as the Hangul it may spell ("Chaein": 재인, jaein)
        self._join_plain += [
            (form[:1], len(p.latin), False) for p in self._parts_left for form in p.syllabic
        ]
        self._groups_left = frozenset().union(*(p.groups for p in self._parts_left))
        # what a record's run spelt otherwise meets, only when equal (compare.spelt_as)
        self._spelt_left = frozenset(
            form for p in self._parts_left for form in (*p.latins[: p.core], *p.syllabic)
        )
        # the candidate's pinyin a record's run in Taiwan's spellings may read back to
        self._pinyin_left = frozenset(
            p.latin
            for p in self._parts_left
            if p.script is Script.LATIN and _respelt_pinyin(p.latin)
        )
        self._left_by_length: dict[int, list[NamePart]] = {}
        for part in self._parts_left:
            if not part.abjad:
                for length in {len(form) for form in part.latins}:
                    self._left_by_length.setdefault(length, []).append(part)
        if not left or not right:
            return
        maybe = self._screen(left, right)
        for i, j in zip(*np.nonzero(maybe), strict=True):
            a, b = left[int(i)], right[int(j)]
            found = part_similarity(a, b)
            self._table[(id(a), id(b))] = found
            if found[0] >= MIN_PART_SIMILARITY:
                self._by_right.setdefault(id(b), {})[id(a)] = found
                self._related.add(id(b))
        names_left = [
            form for p in left if p.kind is PartKind.NAME for form in p.latins if len(form) >= 3
        ]
        # adjacent parts written as one ("ssha un" for "shaun")
        names_left += [
            "".join(name.parts[i].latin for i in span)
            for name in candidate.names
            for span in join_spans(name)
        ]
        skeletons_left = [s for p in left if p.kind is PartKind.NAME for s in _skeletons(p)]
        abjad_left = any(p.abjad for p in left)
        for part in right:
            if part.kind is PartKind.NAME and id(part) not in self._related:
                forms = [form for form in part.latins if len(form) >= 3]
                if any(x in form or form in x for form in forms for x in names_left):
                    self._related.add(id(part))  # may be one piece of a split or joined name
                elif part.abjad or abjad_left:
                    # without vowels, compare consonants: "بدوي" (bd) is in "albadawy" (lbd)
                    mine = _skeletons(part)
                    if any(x in y or y in x for x in mine for y in skeletons_left):
                        self._related.add(id(part))

    def _shares_joined(self, record: Person, shared: int, need: int) -> int:
        """``shared`` plus the record parts written apart that a candidate part spells
        joined, with a typo ("Alqhtani" / "Al-Qahtani"), counted up to ``need``. Only asked
        of records that share too few otherwise: joins are built on demand."""
        related = self._related
        for name in record.names:
            # runs of any Latin parts against a Thai or Han part, past the cheap bound
            # for runs of two, which they may be longer than
            unspaced = unspaced_spans(name) if self._unspaced_left else ()
            usual = join_spans(name) if self._may_join(name) else ()
            for span in (*usual, *unspaced):
                new = sum(
                    name.parts[i].kind is PartKind.NAME and id(name.parts[i]) not in related
                    for i in span
                )
                # the test :meth:`ceiling` makes next, cached by the run's parts
                if new and self._spelt_parts(name, span, unspaced=span in unspaced):
                    shared += new
                    if shared >= need:
                        return shared
        return shared

    def _spelled_parts(self, record: Person, need: int) -> int:
        """How many record parts (up to ``need``) adjacent candidate parts run together
        spell, typo and all ("Al Qahtani" / "Alqhtani"): the alignment
        :func:`matching.compare.compare_names` tries for parts left over. A part counted as
        shared already counts again: then the candidate spends two parts on it, and has
        one fewer to conflict with."""
        spelled: set[int] = set()
        for name in record.names:
            for part in name.parts:
                if part.kind is PartKind.NAME and self._spellings(part):
                    spelled.add(id(part))
                    if len(spelled) >= need:
                        return need
        return len(spelled)

    def _spellings(self, part: NamePart) -> list[tuple[int, ...]]:
        """The runs of candidate parts (as part ids) that, written as one, spell a record
        part, by the tests :func:`matching.compare.compare_names` makes. Parts recur
        across a block's records, so each is tested once, and only against runs of a
        length it could be compared with."""
        known = self._spelled.get(id(part))
        if known is None:
            if self._joins is None:
                self._joins = _Runs(self._candidate)
            joins = self._joins
            known = self._spelled[id(part)] = [
                run[3]
                for run in joins.near(part)
                if run[2].admits(part)
                and part_similarity(joins.joined(run), part)[0] >= MIN_PART_SIMILARITY
            ]
        return known

    def _spelt_parts(
        self, name: Name, span: tuple[int, ...], *, unspaced: bool = False
    ) -> frozenset[int]:
        """The candidate parts (as ids) that a run of record parts, written as one,
        spells, by the tests :func:`matching.compare.compare_names` makes; cached by the
        run's parts. A run of :func:`matching.compare.unspaced_spans` (``unspaced``) spells
        only a part of an unspaced script."""
        parts = name.parts
        first = parts[span[0]]
        if not (first.abjad or self._unsure_left):
            # most runs are too long or too short for any candidate part: say so first
            # (:func:`matching.names.joined_length`, inlined: it runs for every run)
            size = 0
            for i in span:
                size += len(parts[i].latins[0])
            fits = self._fits.get(size)
            if fits is None:
                window = join_window(size)
                fits = self._fits[size] = any(n in self._left_by_length for n in window)
            if not fits:
                return _NONE
        after = span[-1] + 1
        # the next part too: a run ending with an article takes its sound ("عبد ال" is
        # "bdalr" before رحيم, "bdals" before سلام)
        following = id(parts[after]) if after < len(parts) and takes_next(parts[span[-1]]) else 0
        # and a hyphened Wade-Giles given name's pinyin, which the name around it decides:
        # "Tai Ming" of "Kuo Tai Ming" has none, "Tai-ming" of "Kuo Tai-ming" Daiming
        spellings = run_spellings(name, span)
        key = (
            (
                (id(parts[span[0]]), id(parts[span[1]]), following)
                if len(span) == 2
                else (*(id(parts[i]) for i in span), following)
            ),
            spellings,
        )
        known = self._spelt_by.get(key)
        if known is None:
            script = first.script
            if script in VOWEL_UNSURE:
                near = self._parts_left
            else:
                near = self._unsure_left.copy()
                lengths = {*join_window(joined_length(name, span)), *map(len, spellings)}
                for length in lengths:
                    near.extend(self._left_by_length.get(length, ()))
            if unspaced:
                near = [p for p in near if p.script in UNSPACED]
            if near:
                latin = "".join(name.parts[i].latin for i in span)
                near = joinable(latin, script, dict.fromkeys(near), first, spellings)
            if near:
                joined = joined_part(name, span)
                near = [p for p in near if part_similarity(p, joined)[0] >= MIN_PART_SIMILARITY]
            known = self._spelt_by[key] = frozenset(id(p) for p in near)
        return known

    def _alignable(self, record: Person) -> tuple[set[int], set[int]]:
        """The candidate and record parts (as ids) that some alignment of any two of
        their names could pair: a superset of what :func:`compare_names` aligns, since it
        ignores that a part is used once and that joins need parts left over."""
        left: set[int] = set()
        right: set[int] = set()
        known = self._aligns
        for name in record.names:
            for part in name.parts:
                found = known.get(id(part))
                if found is None:
                    found = known[id(part)] = self._part_aligns(part)
                if found:
                    left |= found
                    right.add(id(part))
            for span in join_spans(name):
                found = self._spelt_parts(name, span)
                if found:
                    left |= found
                    right.update(id(name.parts[i]) for i in span)
            if self._unspaced_left:
                for span in unspaced_spans(name):
                    found = self._spelt_parts(name, span, unspaced=True)
                    if found:
                        left |= found
                        right.update(id(name.parts[i]) for i in span)
        return left, right

    def _part_aligns(self, part: NamePart) -> frozenset[int]:
        """The candidate parts (as ids) one record part could align with, alone or as a
        run the candidate writes apart (parts recur across a block's records)."""
        mine = self._left_by_id
        found = {
            other
            for other in self._by_right.get(id(part), _EMPTY)
            if aligns_with(mine[other], part)
        }
        if part.kind is PartKind.NAME:
            for members in self._spellings(part):
                found.update(members)
        return frozenset(found)

    def _whole(self, record: Person) -> bool:
        """Whether a Hangul name of one side is a Latin name of the other run together
        whole (:func:`matching.compare.whole_alignment`), which no part aligns."""
        for name in record.names:
            if self._latin_whole and not self._latin_whole.isdisjoint(whole_readings(name)):
                return True
            if self._hangul_whole and len(name.parts) >= 2:
                if any(p.script is not Script.LATIN for p in name.parts):
                    continue
                latin = "".join(p.latin for p in name.parts)
                if any(latin in found for found in self._hangul_whole):
                    return True
        return False

    def _recut(self, record: Person) -> bool:
        """Whether a Han name of the candidate may be compared with one of the record at
        another cut (:mod:`matching.hancut`), which aligns parts no screen here saw."""
        return bool(self._han) and any(
            may_recut(mine, theirs) for mine in self._han for theirs in record.names
        )

    def ceiling(self, record: Person) -> float:
        """The most the record can score against the candidate, from the parts that
        could align (:meth:`_alignable`): parts that cannot are left over, and left over on
        both sides they conflict. Unbounded by the names when a Han name may be compared
        at another cut (:meth:`_recut`)."""
        if self._recut(record):
            parts = max(len(name.parts) for name in record.names)
            return score_ceiling(self._candidate, record, name=1.0, agreeing=parts)
        left, right = self._alignable(record)
        best, agreeing = 0.0, 0
        for mine in self._candidate.names:
            mine_total, mine_spare, mine_agree = _weights(mine, left)
            for theirs in record.names:
                total, spare, agree = _weights(theirs, right)
                conflict = min(mine_spare, spare)
                best = max(best, name_ceiling(conflict, min(mine_total, total)))
                agreeing = max(agreeing, min(mine_agree, agree))
        return score_ceiling(self._candidate, record, name=best, agreeing=agreeing)

    def _may_join(self, name: Name) -> bool:
        """A cheap bound before building a name's joins: some two adjacent parts, run
        together, start like a candidate part and are about as long (by consonants when
        vowels are missing on either side), or spell otherwise one of its readings
        (:func:`matching.compare.run_spellings`: "I-to" is Yiduo)."""
        plain, unsure, groups = self._join_plain, self._unsure_left, self._groups_left
        hyphened = (
            3 <= len(name.parts) <= 4
            and name.parts[0].script is Script.LATIN
            and bool(hyphened_form(name.original))
        )
        for at, (a, b) in enumerate(pairwise(name.parts)):
            if a.abjad:
                if _joins_consonants(a, b, self._parts_left):
                    return True
                continue
            latin = a.latins[0]
            if groups and not groups.isdisjoint(variant_groups(latin + b.latins[0])):
                return True  # a known name with its article: "Al Arabi" is Larbi
            first, size = latin[:1], len(latin) + len(b.latins[0])
            # a Korean run also starts as the Hangul it may spell ("Chae-in": 재인, jaein)
            firsts = {form[:1] for form in a.syllabic} if a.syllabic else ()
            for letter, length, bare in plain:
                if (
                    letter == first or (bare and letter == a.skeleton[:1]) or letter in firsts
                ) and abs(length - size) <= JOIN_LENGTH_SLACK * max(length, size):
                    return True
            # a hyphened Wade-Giles given name as its pinyin ("Tan-tan": Dandan)
            spellings = run_spellings(name, (at, at + 1)) if hyphened else frozenset()
            if spellings and not spellings.isdisjoint(self._spelt_left):
                return True
            if unsure and _joins_consonants(a, b, unsure):
                return True
            # or, read back from Taiwan's schemes, a candidate's pinyin ("Jr Shiung" is
            # Zhixiong), which starts and runs otherwise
            if self._pinyin_left and not self._pinyin_left.isdisjoint(
                pinyin_respellings(latin + b.latins[0])
            ):
                return True
        return False

    @staticmethod
    def _screen(left: list[NamePart], right: list[NamePart]) -> np.ndarray:
        """Which part pairs could be similar: a cheap, generous superset, vectorised."""
        maybe = _cdist_any(left, right, lambda p: p.latins, 0.6)
        maybe |= _cdist_any(left, right, lambda p: (p.phonetic,), 0.7)
        if any(p.abjad for p in left) or any(p.abjad for p in right):
            # both skeletons: "dahan" meets "דהן" through the letters as written ("dhn")
            maybe |= _cdist_any(
                left,
                right,
                lambda p: (*p.skeletons, *p.raw_skeletons, *other_raw_skeletons(p)),
                0.75,
            )
        if any(p.script in HEARD for p in (*left, *right)):
            # a foreign name in Hangul or katakana and a spelling, both as heard
            maybe |= _cdist_any(left, right, _heard, 0.6)
        if any(p.syllabic for p in left) or any(p.syllabic for p in right):
            # the Hangul a Korean part may spell, met only when equal ("Roh" / "No": 노)
            by_form: dict[str, list[int]] = {}
            for j, b in enumerate(right):
                for form in {*b.syllabic, *b.latins[: b.core]}:
                    by_form.setdefault(form, []).append(j)
            for i, a in enumerate(left):
                for form in {*a.syllabic, *a.latins[: a.core]}:
                    maybe[i, by_form.get(form, [])] = True
        if any(p.letters for p in left) or any(p.letters for p in right):
            # a part as a library transliterates it letter by letter meets only that
            # spelling, which may look little like the part's own ("ไสยกิจ": aisykich)
            by_spelling: dict[str, list[int]] = {}
            by_letters: dict[str, list[int]] = {}
            for j, b in enumerate(right):
                for form in b.latins:
                    by_spelling.setdefault(form, []).append(j)
                for form in b.letters:
                    by_letters.setdefault(form, []).append(j)
            for i, a in enumerate(left):
                for form in a.letters:
                    maybe[i, by_spelling.get(form, [])] = True
                for form in a.latins:
                    maybe[i, by_letters.get(form, [])] = True
        # a woman's family name and the family's form ("Nováková" / "Novak"), letters apart
        by_base: dict[str, list[int]] = {}
        by_own: dict[str, list[int]] = {}
        for j, b in enumerate(right):
            for form in family_bases(b):
                by_base.setdefault(form, []).append(j)
            for form in b.latins[: b.core]:
                by_own.setdefault(form, []).append(j)
        for i, a in enumerate(left):
            for form in a.latins[: a.core]:
                maybe[i, by_base.get(form, [])] = True
            for form in family_bases(a):
                maybe[i, by_own.get(form, [])] = True
        _screen_respelt(maybe, left, right)
        # two Latin spellings of a Bengali name in its two habits ("Monomoy" /
        # "Manamay"), further apart as letters than the screens above see
        by_inherent: dict[str, list[int]] = {}
        for j, b in enumerate(right):
            if b.script is Script.LATIN:
                by_inherent.setdefault(inherent_key(b.latin), []).append(j)
        if by_inherent:
            for i, a in enumerate(left):
                if a.script is Script.LATIN:
                    maybe[i, by_inherent.get(inherent_key(a.latin), [])] = True
        by_group: dict[int, list[int]] = {}
        by_short: dict[int, list[int]] = {}
        by_letter: dict[str, list[int]] = {}
        initials_right: list[int] = []
        for j, b in enumerate(right):
            for group in b.groups:
                by_group.setdefault(group, []).append(j)
            for role in b.short:  # a full name or a short form of one: a superset
                by_short.setdefault(role >> 1, []).append(j)
            for letter in {form[:1] for form in b.latins}:  # an initial starts any reading
                by_letter.setdefault(letter, []).append(j)
            if b.kind is PartKind.INITIAL:
                initials_right.append(j)
        for i, a in enumerate(left):
            for group in a.groups:
                maybe[i, by_group.get(group, [])] = True
            for role in a.short:  # a short form (Bob / Robert)
                maybe[i, by_short.get(role >> 1, [])] = True
            if a.kind is PartKind.INITIAL:
                for letter in {form[:1] for form in a.latins}:  # "Г." is g or h
                    maybe[i, by_letter.get(letter, [])] = True
        for j in initials_right:
            letters = right[j].latins
            starts = [
                i
                for i, a in enumerate(left)
                if any(f.startswith(letter) for f in a.latins for letter in letters)
            ]
            maybe[starts, j] = True
        return maybe

    def worth_scoring(self, record: Person, threshold: float) -> bool:
        """False when the record cannot reach ``threshold``: it shares too few parts
        (:meth:`_shares_enough`), or the parts that could align leave too much in conflict
        (:meth:`ceiling`). Rounded as :func:`quick_score` rounds. A pair of Han names
        that may be compared at another cut (:mod:`matching.hancut`) is always worth it:
        neither test knows the parts of that cut."""
        if self._recut(record) or self._whole(record):
            return True
        if not self._shares_enough(record, threshold):
            return False
        return round(self.ceiling(record) + 1e-9, 4) >= threshold

    def _shares_enough(self, record: Person, threshold: float) -> bool:
        """False when the record cannot reach ``threshold``, judged by the parts it shares.

        With no name part aligned the name scores 0 and the pair at most
        :data:`NO_PART_CEILING`. With two or more name parts on both sides, sharing at most
        one part leaves a conflicting part on each side, which caps the name score at 0.5
        (``CONFLICT_PENALTY`` + ``CONFLICT_SHARE_PENALTY``); short of the same full birth
        date (counted here as a shared part), the pair then scores at most
        :data:`ONE_PART_CEILING`. Parts that contain one another count as shared, since a
        split or joined name aligns through them, and so does an initial with a part it
        starts.
        """
        if threshold <= NO_PART_CEILING:
            return True
        shared = 0
        need = 1 if self._single_left or threshold <= ONE_PART_CEILING else 2
        related, initials = self._related, self._initials_left
        name_kind, particle_kind = PartKind.NAME, PartKind.PARTICLE
        for name in record.names:
            names = 0
            for part in name.parts:
                kind = part.kind
                if kind is name_kind:
                    names += 1
                    if id(part) in related or (
                        initials and any(form[:1] in initials for form in part.latins)
                    ):
                        shared += 1
                elif kind is particle_kind:  # "Das" may be "দাস"
                    shared += any(
                        aligns_with(self._left_by_id[other], part)
                        for other in self._by_right.get(id(part), _EMPTY)
                    )
                else:  # an initial aligns with a name it starts
                    shared += any(form[:1] in self._letters_left for form in part.latins)
            if names <= 1:
                need = 1
        if shared >= need:
            return True
        if need == 2 and self._same_full_birth(record):
            need = 1
            if shared:
                return True
        # joins may give what is missing: record parts written apart that a candidate
        # part spells joined, and candidate parts run together that spell a record part
        shared = self._shares_joined(record, shared, need)
        return shared >= need or shared + self._spelled_parts(record, need - shared) >= need

    def _same_full_birth(self, record: Person) -> bool:
        mine, theirs = self._birth, record.birth_date
        return (
            mine is not None
            and mine.day is not None
            and not mine.placeholder
            and theirs is not None
            and mine.iso() == theirs.iso()
        )

    def neighbours(self, right: NamePart) -> dict[int, tuple[float, str]]:
        """Candidate parts (by ``id``) similar enough to align with a record part."""
        return self._by_right.get(id(right), _EMPTY)

    def similarity(self, left: NamePart, right: NamePart) -> tuple[float, str]:
        """The similarity of a candidate part and a record part (0 when screened out).

        Joined parts are built on demand during alignment and not in the screened block:
        they are compared directly.
        """
        found = self._table.get((id(left), id(right)))
        if found is not None:
            return found
        if (id(left) in self._left_ids) and (id(right) in self._right_ids):
            return (0.0, "")
        return part_similarity(left, right)


def _score_block(candidate: Person, block: Sequence[Person], threshold: float) -> list[MatchResult]:
    """The pairs of one candidate's block that reach ``threshold``, explained. Callers
    score with the cyclic collector off (:func:`matching.gcpause.collector_off`)."""
    found: list[MatchResult] = []
    scorer = BlockScorer(candidate, block)
    for record in block:
        if not scorer.worth_scoring(record, threshold):
            continue
        quick = quick_score(
            candidate, record, similarity=scorer.similarity, neighbours=scorer.neighbours
        )
        if quick >= threshold:
            found.append(score_pair(candidate, record))
    return found


_Blocks: TypeAlias = list[tuple[Person, list[int]]]
"""Candidates with the indexes of the records blocking proposed for each."""

_ADOPTED: Sequence[Person] = ()
"""In a scoring process: the packed list it was started with."""


def _adopt(records: PackedRecords) -> None:
    """Initialise a scoring process with the packed list (sent once, at its start)."""
    global _ADOPTED  # noqa: PLW0603 - per-process state of a pool worker, set once
    _ADOPTED = records
    # the list and the modules live as long as the process: no collection need walk them
    gc.freeze()
    # a scoring process only scores, which leaves no cycles (:data:`COLLECT_EVERY`): its
    # collector stays off, where turned on after each task the first allocation set off a
    # collection of what the task left alive (the records it unpacked, its results):
    # 15% of a scoring process's time against 1,000,000 records
    gc.disable()
    # when the pool stops it, the process has sent all it had to: tearing down its heap
    # object by object (millions of cached similarities) would take seconds for nothing
    atexit.register(os._exit, 0)


def _started() -> None:
    """A task that does nothing: sent to start a pool's processes."""


COLLECT_EVERY = 200
"""Tasks a scoring process runs between two full collections: a safety net, should some
comparison ever make cycles (scoring 2,000 candidates' 173,570 blocked pairs against
1,000,000 records left none), at the cost of a collection of its heap every 800,000 pairs."""
_tasks_done = 0


def _score_blocks(blocks: _Blocks, threshold: float) -> tuple[list[MatchResult], int]:
    """Score blocks in a scoring process (its collector off, :func:`_adopt`): the raised
    pairs and how many pairs were scored."""
    global _tasks_done  # noqa: PLW0603 - per-process state of a pool worker
    forget_parts()
    found: list[MatchResult] = []
    scored = 0
    with collector_off():  # off already in a pool's process; not so when called directly
        for candidate, rec_indexes in blocks:
            block = [_ADOPTED[r] for r in rec_indexes]
            scored += len(block)
            found.extend(_score_block(candidate, block, threshold))
    _tasks_done += 1
    if _tasks_done % COLLECT_EVERY == 0:
        gc.collect()
    return found, scored


BLOCK_STEP = 500
"""Candidates blocked at a time by :meth:`Matcher.match`. With scoring processes the
matcher blocks the next step while they score this one: blocking 2,000 at once left them
idle for it (about 1 ms per candidate against 1,000,000 records, the same per candidate
in steps of 250 to 2,000), and the parent idle while they scored the last one."""
POOL_MIN_CANDIDATES = 500
"""Fewer candidates than this are scored in-process even when workers are allowed."""
TASK_PAIRS = 4000
"""Pairs per task sent to a scoring process: enough to amortise the hand-over, small enough
to keep both processes busy to the end of a chunk."""


def _tasks(chunk: Sequence[Person], pairs: pl.DataFrame) -> list[_Blocks]:
    """A chunk's blocks in groups of about :data:`TASK_PAIRS` pairs, in order."""
    tasks: list[_Blocks] = [[]]
    size = 0
    for cand_index, rec_indexes in iter_blocks(pairs):
        if size >= TASK_PAIRS:
            tasks.append([])
            size = 0
        tasks[-1].append((chunk[cand_index], rec_indexes))
        size += len(rec_indexes)
    return tasks


class Matcher:
    """An exclusion list indexed once, matched against any number of candidate batches.

    Matching with ``workers > 1`` starts that many scoring processes, kept for the next
    batches until :meth:`close` (or until the matcher is collected): a matcher cached for a
    list version serves every chunk of every batch with the same processes.
    """

    def __init__(self, records: Sequence[Person], *, index: BlockingIndex | None = None) -> None:
        """``index``: the blocking index of exactly these records, built earlier (a list
        prepared once and kept, :mod:`vetting.listcache`)."""
        self.records = records
        self.pairs_scored = 0
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._pool_size = 0
        self._closer: Callable[[], None] | None = None
        if index is None:
            with paused_gc():
                index = BlockingIndex(records)
        elif index.size != len(records):
            raise ValueError(f"an index of {index.size} records for {len(records)} records")
        self.index = index

    def __enter__(self) -> Matcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the scoring processes, if any were started (matching again restarts them)."""
        with self._lock:
            self._stop_pool()

    def _stop_pool(self) -> None:
        if self._closer is not None:
            self._closer()  # shuts the pool down
        self._pool, self._pool_size, self._closer = None, 0, None

    def __del__(self) -> None:
        # a matcher let go without close() stops its processes too (compiled, it cannot
        # be weakly referenced, so no weakref.finalize); one whose __init__ failed has none
        closer = getattr(self, "_closer", None)
        if closer is not None:
            closer()

    def _scorers(self, workers: int) -> ProcessPoolExecutor:
        """The pool of scoring processes, started with the packed list if need be.

        They are spawned, not forked: forked, they shared the list copy-on-write and copied
        most of it by reading it (reference counts are writes): about 4.2 GiB for a run
        against 1,000,000 records where spawned processes, each holding the packed list,
        take about 2.6.
        """
        with self._lock:
            if self._pool is None or self._pool_size != workers:
                self._stop_pool()
                pool = ProcessPoolExecutor(
                    workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_adopt,
                    initargs=(packed(self.records),),
                )
                self._pool, self._pool_size = pool, workers
                self._closer = partial(pool.shutdown, cancel_futures=True)
                for _ in range(workers):
                    # start them now (a pool starts one per task in flight), so that they
                    # import and unpickle while this process blocks the first chunk
                    pool.submit(_started)
            return self._pool

    def match(
        self,
        candidates: Sequence[Person],
        *,
        threshold: float,
        chunk_size: int = BLOCK_STEP,
        progress: ProgressFn | None = None,
        workers: int = 1,
    ) -> Iterator[MatchResult]:
        """Every (candidate, record) pair scoring at least ``threshold``, explained.

        ``workers > 1`` scores in that many processes of this matcher's pool while this one
        blocks the next chunk; the pairs and their order are the same. A daemonic process
        (a Dask worker) cannot start helpers, and a few candidates are not worth sending
        away: those score in-process.
        """
        if (
            workers > 1
            and len(candidates) >= POOL_MIN_CANDIDATES
            and not multiprocessing.current_process().daemon
        ):
            yield from self._match_pooled(candidates, threshold, chunk_size, progress, workers)
            return
        for start in range(0, len(candidates), chunk_size):
            chunk = candidates[start : start + chunk_size]
            pairs = self.index.pairs(chunk)
            found: list[MatchResult] = []
            with collector_off():  # scored as a whole, then handed over
                for cand_index, rec_indexes in iter_blocks(pairs):
                    block = [self.records[r] for r in rec_indexes]
                    self.pairs_scored += len(block)
                    found.extend(_score_block(chunk[cand_index], block, threshold))
            yield from found
            if progress is not None:
                progress(len(chunk))

    def _match_pooled(
        self,
        candidates: Sequence[Person],
        threshold: float,
        chunk_size: int,
        progress: ProgressFn | None,
        workers: int,
    ) -> Iterator[MatchResult]:
        """:meth:`match` in the pool, one chunk ahead."""
        pool = self._scorers(workers)
        futures: list[Future[tuple[list[MatchResult], int]]] = []
        previous: tuple[list[Future[tuple[list[MatchResult], int]]], int] | None = None
        try:
            for start in range(0, len(candidates), chunk_size):
                chunk = candidates[start : start + chunk_size]
                futures = [
                    pool.submit(_score_blocks, task, threshold)
                    for task in _tasks(chunk, self.index.pairs(chunk))
                ]
                if previous is not None:
                    yield from self._collect(*previous, progress)
                previous = (futures, len(chunk))
            if previous is not None:
                yield from self._collect(*previous, progress)
        except BrokenProcessPool:
            self.close()  # a scoring process died: the next match starts new ones
            raise
        finally:
            # a caller that stopped reading leaves tasks behind: the pool serves others
            for future in [*(previous[0] if previous else ()), *futures]:
                future.cancel()

    def _collect(
        self,
        futures: list[Future[tuple[list[MatchResult], int]]],
        size: int,
        progress: ProgressFn | None,
    ) -> Iterator[MatchResult]:
        for future in futures:
            found, scored = future.result()
            self.pairs_scored += scored
            yield from found
        if progress is not None:
            progress(size)


def match_one(candidate: Person, records: Sequence[Person], threshold: float) -> list[MatchResult]:
    """Every record ``candidate`` reaches ``threshold`` with, best first, explained: no
    blocking, every record compared, but those that :meth:`BlockScorer.worth_scoring`
    shows cannot reach it are not scored (an ad-hoc check of one person against a whole
    list: 1.6 to 3.1 s against 100,000 records, where scoring every record took 7.9 to
    9.3 s)."""
    people = list(records)  # a packed list unpacks each record once, not twice
    with collector_off():
        found = _score_block(candidate, people, threshold)
    return sorted(found, key=lambda r: (-r.score, r.record_key))


def match_people(
    candidates: Sequence[Person],
    records: Sequence[Person],
    *,
    threshold: float,
    progress: ProgressFn | None = None,
) -> list[MatchResult]:
    """All pairs at or above ``threshold``, best first within each candidate."""
    with Matcher(records) as matcher:
        results = list(matcher.match(candidates, threshold=threshold, progress=progress))
    return sorted(results, key=lambda r: (r.candidate_key, -r.score, r.record_key))
