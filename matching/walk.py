"""The pass over a list that :class:`matching.blocking.BlockingIndex` is built from.

One walk over the records gathers the rows of each record's parts, runs and birth key,
and the keys of each distinct part and run, built once; the index turns those columns
into frames. It is a module of its own so that it is compiled with the package (the index
class, compiled, gained nothing: :data:`matching._native.NOT_COMPILED`): 1,000,000
prepared records are walked in 10.2 s in one process against 13.8 from source, and in
8.9 s against 10.4 with a helper process walking a share, merge included; the same rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matching.compare import HEARD
from matching.gcpause import paused_gc
from matching.keys import (
    BIRTH_MASK,
    MAX_SLOT,
    RUN_SKELETON,
    abjad_typo_keys,
    affix_keys,
    birth_key,
    bridge_keys,
    canonical_keys,
    deletion_keys,
    han_keys,
    heard_keys,
    joined_keys,
    key_codes,
    loose_keys,
    often_joined,
    part_keys,
    respelt_run_keys,
    run_key,
    slot_mask,
)
from matching.model import Person
from matching.names import NamePart, PartKind, syllable_initial
from matching.packed import PackedRecords
from matching.phonetic import skeleton
from matching.scripts import Script
from matching.variants import variant_groups

Ids = list[int] | npt.NDArray[np.int64]
"""Vocabulary ids: a list as a walk makes them, an array as a merge renumbers them."""

_Run = tuple[NamePart, ...]
_RunFound = tuple[int, tuple[int, ...]]


@dataclass(slots=True)
class Walked:
    """What :func:`walk` gathers: the columns of the index's frames, as lists."""

    stop: int
    vocab_keys: list[str]
    vocab_ids: Ids
    canon_vids: Ids
    canon_keys: list[str]
    canon_owns: list[str]
    canon_codes: list[int]
    los: list[int]
    his: list[int]
    letter_vids: Ids
    first_letters: list[str]
    recs: list[int]
    vids: Ids
    masks: list[int]
    single: list[int]
    loose_keys: list[str]
    loose_ids: Ids
    initial_recs: list[int]
    initial_letters: list[str]
    vocabulary_size: int
    ids: list[str]
    merged: bool = False
    heard: int = 0
    """Parts of a name transcribed by sound (Hangul, katakana, Han): without any, a Latin
    candidate's part has nothing to look up as heard (:func:`matching.keys.heard_lookups`)."""


class _Walker:
    """The state of one walk: the columns, and the ids of the parts and runs keyed so far."""

    def __init__(self, numbers: dict[int, int] | None) -> None:
        self.numbers = numbers
        self.vocabulary: dict[int, int] = {}
        self.joined_ids: dict[tuple[str, bool, bool, tuple[str, ...], tuple[str, ...]], int] = {}
        self.vocab_keys: list[str] = []
        self.vocab_ids: list[int] = []
        self.canon_vids: list[int] = []
        self.canon_keys: list[str] = []
        self.canon_owns: list[str] = []
        self.canon_codes: list[int] = []
        self.letter_vids: list[int] = []
        self.first_letters: list[str] = []
        self.loose_keys: list[str] = []
        self.loose_ids: list[int] = []
        self.runs: dict[_Run, _RunFound | None] = {}
        self.joined_latin: dict[int, str] = {}
        self.heard = 0  # runs whose two-part keys no record needed yet
        self.often: dict[NamePart, bool] = {}
        # the parts keyed by identity while the index is built (the records may be
        # unpacked one by one, and a part let go could lend its id to another)
        self.keep_alive: list[NamePart] = []
        self.ids: list[str] = []  # what each vocabulary id stands for, when ``numbers`` is given

    def size(self) -> int:
        return len(self.vocabulary) + len(self.joined_ids)

    def vocab_id(self, part: NamePart) -> int:
        """A new part's id, its keys added."""
        found = self.vocabulary[id(part)] = self.size()
        self.keep_alive.append(part)
        self.heard += part.script in HEARD
        if self.numbers is not None:
            self.ids.append(f"p{self.numbers[id(part)]}")
        for key in (
            *part_keys(part),
            *abjad_typo_keys(part),
            *bridge_keys(part),
            *affix_keys(part),
            *heard_keys(part),
        ):
            self.vocab_keys.append(key)
            self.vocab_ids.append(found)
        for loose in loose_keys(part):
            self.loose_keys.append(loose)
            self.loose_ids.append(found)
        keys = canonical_keys(part)
        self.canon_codes.extend(key_codes(part, keys))
        for key in keys:
            self.canon_vids.append(found)
            self.canon_keys.append(key)
            self.canon_owns.append(keys[0])
        for letter in dict.fromkeys(form[:1] for form in part.latins):
            # an initial starts any reading: "K." is 零 read koboshi
            self.letter_vids.append(found)
            self.first_letters.append(letter)
        return found

    def joined_id(
        self,
        latin: str,
        particle: bool,
        abjad: bool,
        prefix: str = "l:",
        others: tuple[str, ...] = (),
        extra: tuple[str, ...] = (),
    ) -> int:
        """The id of a run's joined spelling, a Han name's key or a birth key, its keys
        added when new; ``extra``: keys of the run beside its spelling's own."""
        entry = (prefix + latin, particle, abjad, others, extra)
        known = self.joined_ids.get(entry)
        if known is not None:
            return known
        found = self.joined_ids[entry] = self.size()
        if self.numbers is not None:
            said = ["j", prefix + latin, str(particle + 2 * abjad), *others]
            if extra:
                said += ["", *extra]
            self.ids.append("\x1f".join(said))
        keys = [f"{prefix}{latin}", *extra]
        if particle:
            keys.extend(deletion_keys("e", latin))
            # a known name with its article ("al arabi"): Larbi, glued and reduced
            keys.extend(f"g:{group}" for group in sorted(variant_groups(latin)))
        if abjad:
            keys.append(f"s:{skeleton(latin, abjad=abjad)}")
        elif prefix and len(consonants := skeleton(latin)) >= RUN_SKELETON:
            # as a candidate's runs have: "Sahle Work" is "ሣህለወርቅ" by consonants
            keys.append(f"s:{consonants}")
        keys.extend(f"s:{other}" for other in others if len(other) >= 2)
        self.vocab_keys.extend(keys)
        self.vocab_ids.extend([found] * len(keys))
        if prefix:
            self.joined_latin[found] = latin
        return found

    def pairable(self, vid: int) -> None:
        """Give a run's joined spelling its two-part keys (a name written apart may be
        one part on the other side), once, when some record can pair it."""
        latin = self.joined_latin.pop(vid, None)
        if latin is not None:
            canon = joined_keys(latin)
            for key in canon:
                self.canon_vids.append(vid)
                self.canon_keys.append(key)
                self.canon_owns.append(canon[0])
                self.canon_codes.append(0)

    def run_id(self, run: _Run) -> _RunFound | None:
        """The joined spelling's id and relative slots of a run, once per distinct run."""
        often = self.often
        for part in run:  # a cheap test first: most runs have no part often joined
            flag = often.get(part)
            if flag is None:
                flag = often[part] = often_joined((part,))
            if flag:
                break
        else:
            return None
        runs = self.runs
        if run in runs:
            return runs[run]
        found = run_key(run, all_runs=False)
        result: _RunFound | None = None
        if found is not None:
            latin, slots, particle, abjad, others = found
            respelt = tuple(respelt_run_keys(run, latin))
            result = (self.joined_id(latin, particle, abjad, others=others, extra=respelt), slots)
        runs[run] = result
        return result


def walk(
    records: Iterable[Person], since: int, stop: int, numbers: dict[int, int] | None
) -> Walked:
    """One pass over ``records``, numbered ``since`` to ``stop``: the rows of each record's
    parts, runs and birth key, and the keys of each distinct part and run, built once.
    ``numbers``: the parts' numbers in the packed list, by identity, when another process
    walks the rest (each vocabulary id then says what it stands for, to be merged by)."""
    walker = _Walker(numbers)
    vocabulary = walker.vocabulary
    los: list[int] = []
    his: list[int] = []
    recs: list[int] = []
    vids: list[int] = []
    masks: list[int] = []
    single: list[int] = []
    initial_recs: list[int] = []
    initial_letters: list[str] = []
    births: dict[int, str] = {}  # birth keys by date (parsed dates are interned)
    name_kind = PartKind.NAME
    initial_kind = PartKind.INITIAL
    particle_kind = PartKind.PARTICLE
    han = Script.HAN
    # one pass over the list; keys are built once per distinct part, and the pair
    # keys and first letters of each record are derived from its parts in polars
    index = since
    for record in records:
        slot = 0
        is_single = False
        # a run pairs with a part outside it: one spanning the first and the last name
        # part of the record (most two-part names) needs no two-part keys
        first = last = -1
        for name in record.names:
            for part in name.parts:
                if part.kind is name_kind:
                    last = slot
                    if first < 0:
                        first = slot
                slot += 1
        date = record.birth_date
        birth: str | None = None
        if date is not None:
            birth = births.get(id(date))
            if birth is None:
                birth = births[id(date)] = birth_key(record) or ""
        slot = 0
        for name in record.names:
            parts = name.parts
            count = 0
            if parts and parts[0].script is han:
                for key, mask in han_keys(name, slot, birth):
                    recs.append(index)
                    vids.append(walker.joined_id(key, False, False, prefix=""))
                    masks.append(mask)
                    los.append(-1)  # no two-part keys
                    his.append(-1)
            for i, part in enumerate(parts):
                if part.kind is name_kind:
                    vid = vocabulary.get(id(part))
                    recs.append(index)
                    vids.append(walker.vocab_id(part) if vid is None else vid)
                    masks.append(1 << min(slot + i, MAX_SLOT))
                    los.append(slot + i)
                    his.append(slot + i)
                    count += 1
                elif part.kind is initial_kind:
                    for letter in {form[:1] for form in part.latins}:  # "Г." is g or h
                        initial_recs.append(index)
                        initial_letters.append(letter)
            is_single = is_single or count <= 1
            # runs of two parts, or of three around a particle ("abd al hamid") or a
            # syllable ("chan o cha"): :func:`matching.names.may_run`
            for start in range(len(parts) - 1):
                for end in (start + 2, start + 3):
                    if end > len(parts) or (
                        end == start + 3
                        and parts[start + 1].kind is not particle_kind
                        and not syllable_initial(parts[start], parts[start + 1])
                    ):
                        continue
                    found = walker.run_id(parts[start:end])
                    if found is not None:
                        vid, slots = found
                        lo, hi = slot + start + slots[0], slot + start + slots[-1]
                        if lo != first or hi != last:
                            walker.pairable(vid)
                        recs.append(index)
                        vids.append(vid)
                        masks.append(slot_mask(*[slot + start + k for k in slots]))
                        los.append(lo)
                        his.append(hi)
            slot += len(parts)
        if birth:
            recs.append(index)
            vids.append(walker.joined_id(birth, False, False, prefix=""))
            masks.append(BIRTH_MASK)
            los.append(-1)  # no two-part keys
            his.append(-1)
        if is_single:
            single.append(index)
        index += 1
    return Walked(
        stop,
        walker.vocab_keys, walker.vocab_ids, walker.canon_vids, walker.canon_keys,
        walker.canon_owns, walker.canon_codes, los, his, walker.letter_vids,
        walker.first_letters, recs, vids, masks, single, walker.loose_keys, walker.loose_ids,
        initial_recs, initial_letters, walker.size(), walker.ids, heard=walker.heard,
    )  # fmt: skip


def walk_packed(records: PackedRecords, start: int) -> Walked:
    """In a helper process: :func:`walk` over the packed list from ``start`` on."""
    numbers = {id(part): number for number, part in enumerate(records.parts)}
    with paused_gc():
        return walk(records.unpacked(start, len(records)), start, len(records), numbers)


def merge(mine: Walked, theirs: Walked) -> Walked:
    """Two walks of consecutive shares as one: the other's vocabulary ids renumbered by
    what they stand for (a part or run both shares hold has one id), its rows appended
    (to ``mine``'s lists, which it takes over). A key row of an id both hold comes twice;
    the frames drop repeated rows."""
    known = {what: vid for vid, what in enumerate(mine.ids)}
    renumber = np.empty(len(theirs.ids), dtype=np.int64)
    for vid, what in enumerate(theirs.ids):
        found = known.get(what)
        if found is None:
            found = known[what] = len(known)
        renumber[vid] = found

    def ids(a: Ids, b: Ids) -> npt.NDArray[np.int64]:
        return np.concatenate(
            [np.asarray(a, dtype=np.int64), renumber[np.asarray(b, dtype=np.int64)]]
        )

    for column in (
        "vocab_keys", "canon_keys", "canon_owns", "canon_codes", "los", "his", "first_letters",
        "recs", "masks", "single", "loose_keys", "initial_recs", "initial_letters",
    ):  # fmt: skip
        getattr(mine, column).extend(getattr(theirs, column))
    for column in ("vocab_ids", "canon_vids", "letter_vids", "vids", "loose_ids"):
        setattr(mine, column, ids(getattr(mine, column), getattr(theirs, column)))
    mine.stop, mine.vocabulary_size, mine.ids, mine.merged = theirs.stop, len(known), [], True
    mine.heard += theirs.heard
    return mine
