"""Candidate generation: which exclusion records are worth scoring for each candidate.

Use :class:`BlockingIndex` over the prepared records and ask it for the pairs of a chunk
of candidates. Every name part has keys (exact and phonetic spellings, consonant skeleton,
variant group, one-letter deletions of the phonetic key for typos); adjacent parts also
have the keys of their joined spelling ("Abdul Rahman" / "Abdulrahman"). A pair is
proposed when keys show that it shares **two different parts** on both sides, or when
either side's name has a single part. One shared part cannot reach review when both names
have more parts (see :meth:`matching.batch.BlockScorer.worth_scoring`), so requiring two
keeps blocks small without losing what scoring would raise.

The joins run in polars over 64-bit key hashes. Keys carried by more than
``common_limit`` records ("mohammed", "kim") are not joined on their own: they only add
their part to pairs found through a rarer key, or pair up with another common key of a
different part ("Mohammed Ali" against every Mohammed Ali, not against every Mohammed).
Those two-part keys see every romanisation of a part and parts written apart ("Min-jae
Kim" / "MINJAE KIM"), which matter most on large lists, where most names are common; a
candidate's part also stands in them for the list's parts one typo away from it. A short
Han or Hangul part meets its own script in them only by its characters, as scoring
compares such parts: by sound, 王 and 汪 are both "wang" (measured: a third of the pairs
blocked for a million records, none of them raised). A name of Han parts is also keyed
by its characters whole and, with a full birth date, by each character with the date
(:func:`han_keys`): it may be compared cut where the other name is (:mod:`matching.hancut`).
An abjad writes no short vowel, so its parts' sounds are short and far from a Latin
spelling's: a candidate's part also pairs up, as above, as the list's parts of an abjad a
long vowel away ("عباسی" / "عباس") and as those of the other kind of script with its
consonants ("Abbasi" / "عباسی"), by keys the list holds for that alone
(:func:`matching.keys.abjad_typo_keys`, :func:`matching.keys.bridge_keys`).
Blocking recall (the share of the pairs exhaustive scoring raises that blocking keeps) is
measured in ``benchmarks/``; the target is 99.9%.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

import polars as pl

from matching.bulk import Helper
from matching.compare import HEARD, characters_only
from matching.keys import (
    BIRTH_MASK,
    DOUBLED,
    MIN_TYPO_PAIRING,
    SCRIPT_CODE,
    SPECIFIC_DELETION,
    abjad_typo_keys,
    adjacent_runs,
    affix_lookups,
    birth_key,
    bridge_lookups,
    canonical_keys,
    deletion_keys,
    han_keys,
    has_single_name,
    heard_lookups,
    initials_of,
    joined_keys,
    key_codes,
    loose_keys,
    named_parts,
    part_keys,
    respelt_run_keys,
    slot_mask,
    split_keys,
    unspaced_prefixes,
    unspaced_runs,
    wade_giles_lookups,
)
from matching.model import Person
from matching.names import (
    NamePart,
    hyphened_wade_giles,
)
from matching.packed import PackedRecords
from matching.phonetic import phonetic_key, skeleton
from matching.walk import Ids, Walked, merge, walk, walk_packed

MIN_COMMON = 250
"""A key shared by more records than this (or ``COMMON_SHARE`` of the list) is common."""
COMMON_SHARE = 0.0003
RARE_WEAK = 10
"""A typo key ("orgh" of "Orgho" and "Orgha") held by this few records is as specific as a
spelling: it may find pairs too. On a large list the other part of a name is often
common, and then a typo in the rare part would leave no key to find the pair with."""
log = logging.getLogger(__name__)

PARALLEL_MIN_RECORDS = 250_000
"""Smaller lists are indexed in one process: a helper takes about 2 s to start and unpack
its share (an index of 250,000 records takes about 5 s)."""
HELPER_SHARE = 0.37
"""The share of the records a helper process walks (:class:`BlockingIndex`): less than
half, since it reads the packed list, unpacks its records (1 s for 420,000) and sends its
rows back. At 1,000,000 records, this process waited 1.4 s for a share of 0.42; the walk
and merge took 7.37 to 7.87 s at 0.37 against 7.74 to 8.34 at 0.42, in turns."""


def _strong(keys: pl.Series) -> pl.Series:
    """Keys that say "same spelling, sound, name or birth date": the others only say "maybe
    a typo". A shared full birth date finds a pair whose name parts agree only through typo
    keys ("sarag curtg" / "sarah curth"). A one-letter deletion ("d:", "e:") of a long name
    is nearly as specific; a consonant skeleton ("s:") counts from three letters."""
    kind, size = pl.col("k").str.slice(0, 1), pl.col("k").str.len_chars()
    return (
        keys.to_frame("k")
        .select(
            pl.when(kind.is_in(["d", "e"]))
            .then(size >= 2 + SPECIFIC_DELETION)
            .otherwise(kind.is_in(["l", "p", "g", "b"]) | ((kind == "s") & (size >= 5)))
        )
        .to_series()
        .alias("strong")
    )


PAIR_SLICE_ROWS = 250_000
"""Key rows per slice of the two-part key self-join (:func:`_pair_frame`)."""


def _pair_frame(side: str, frame: pl.DataFrame, *, unique: bool = False) -> pl.DataFrame:
    """``(key, side)``: one key per unordered pair of two-part keys (``canon``) of one
    person that stand for different names: parts in slots that do not overlap (``lo`` to
    ``hi``) whose own canonical keys (``own``) differ, so that one name written twice
    ("Mohamed Abdi Mohamed", or in two aliases) is not taken for two. Two people who share
    such a key share two names, even when both are common. ``unique``: without repeated
    rows, found per slice (a row's person is in one slice only); the rows are then not made
    unique first, since a repeated row only repeats pairs: the list's 4.4 million rows at
    1,000,000 records (4,500 repeated) were paired in 2.0 to 2.2 s made unique first, in
    0.8 s as they come, in the order of their people."""
    rows = frame.select(side, "canon", "own", "lo", "hi", "code")
    distinct = rows if unique else rows.unique()
    if distinct.height <= PAIR_SLICE_ROWS:
        return _pairs_of(side, distinct, unique=unique)
    # the self-join holds every pair of a person's keys before the filter keeps a few:
    # at 1,000,000 records 1.8 GiB at once, so it runs on slices of the people
    slices = (distinct.height + PAIR_SLICE_ROWS - 1) // PAIR_SLICE_ROWS
    people = pl.col(side).max() + 1
    bucket = (pl.col(side).cast(pl.UInt64) * slices // people).alias("_slice")
    parts = distinct.with_columns(bucket).partition_by("_slice", include_key=False)
    return pl.concat([_pairs_of(side, part, unique=unique) for part in parts])


def _pairs_of(side: str, distinct: pl.DataFrame, *, unique: bool) -> pl.DataFrame:
    pairs = (
        distinct.join(distinct, on=side, suffix="_b")
        .filter(
            (pl.col("canon") < pl.col("canon_b"))
            & (pl.col("own") != pl.col("own_b"))
            & ((pl.col("hi") < pl.col("lo_b")) | (pl.col("hi_b") < pl.col("lo")))
        )
        .select(pl.struct("canon", "canon_b").hash(seed=7).alias("key"), side, "code", "code_b")
    )
    return pairs.unique() if unique else pairs


def _canon_frame(
    side: str, ids: Ids, keys: list[str], owns: list[str], codes: list[int]
) -> pl.DataFrame:
    return pl.DataFrame(
        {
            side: pl.Series(ids, dtype=pl.UInt32),
            "canon": _hash(keys),
            "own": _hash(owns),
            "code": pl.Series(codes, dtype=pl.UInt8),
        }
    )


def _same_script(code: str, other: str) -> pl.Expr:
    """Two keys by sound of short parts in one syllabic script (:func:`key_codes`)."""
    return (pl.col(code) != 0) & (pl.col(code) == pl.col(other))


def _masked_keys(keys: list[str], cands: list[int], masks: list[int]) -> pl.DataFrame:
    """Hashed keys per candidate with the slots they stand for (one row per key and candidate)."""
    return (
        pl.DataFrame(
            {
                "key": _hash(keys),
                "cand": pl.Series(cands, dtype=pl.UInt32),
                "cmask": pl.Series(masks, dtype=pl.UInt64),
            }
        )
        .group_by("key", "cand")
        .agg(pl.col("cmask").bitwise_or())
    )


def _letters_frame(side: str, ids: list[int], letters: list[str]) -> pl.DataFrame:
    """``(side, letter)`` rows: the initials of a name, or the first letters of its parts."""
    return pl.DataFrame(
        {side: pl.Series(ids, dtype=pl.UInt32), "letter": pl.Series(letters, dtype=pl.String)}
    ).unique()


_SEED = 7


def _hash(keys: list[str]) -> pl.Series:
    return pl.Series("key", keys, dtype=pl.String).hash(seed=_SEED)


def _walk_in_two(
    records: Sequence[Person], packed: PackedRecords, helper: Helper | None = None
) -> Walked:
    """:func:`matching.walk.walk` of the first records here and of the last
    :data:`HELPER_SHARE` in a helper process at once, merged. A helper that cannot start
    or dies leaves its share to this process, with a warning: slower, the same index."""
    if len(packed) != len(records):
        raise ValueError(f"{len(packed)} packed records for {len(records)} records")
    start = len(records) - int(HELPER_SHARE * len(records))
    numbers = {id(part): number for number, part in enumerate(packed.parts)}
    mine: Walked | None = None
    helper = Helper() if helper is None else helper
    try:
        future = helper.pool().submit(walk_packed, packed, start)
        mine = walk(islice(records, start), 0, start, numbers)
        theirs = future.result()
    except (BrokenProcessPool, OSError) as exc:
        log.warning("the index's helper process failed (%s): its share is walked here", exc)
        if mine is None:
            mine = walk(islice(records, start), 0, start, numbers)
        theirs = walk(islice(records, start, None), start, len(records), numbers)
    finally:
        # let go once its share has come: it would hold about 900 MiB of a list of
        # 1,000,000 records through the build, the run's peak (3,830 MiB against 2,940)
        helper.close()
    return merge(mine, theirs)


class BlockingIndex:
    """Keys of every distinct name part of the list, and which records hold which part.

    Keys are computed once per distinct part (a list of a million names has a few hundred
    thousand), so the index costs one row per record part plus one row per part key.
    """

    def __init__(
        self,
        records: Sequence[Person],
        *,
        packed: PackedRecords | None = None,
        workers: int = 1,
        helper: Helper | None = None,
    ) -> None:
        """``packed``: the same records packed (:func:`matching.packed.pack`), with which a
        helper process walks the last :data:`HELPER_SHARE` of them while this one walks
        the rest, when ``workers`` > 1 and the list has :data:`PARALLEL_MIN_RECORDS` (not
        in a daemonic process, a Dask worker, which cannot start one): ``helper``'s, if
        given (stopped once its share has come), else one started for it."""
        if (
            packed is None
            or workers <= 1
            or len(records) < PARALLEL_MIN_RECORDS
            or multiprocessing.current_process().daemon
        ):
            walked = walk(records, 0, len(records), None)
        else:
            walked = _walk_in_two(records, packed, helper)
        self._build(walked)

    def _build(self, walked: Walked) -> None:
        """The frames of the index from a walk of every record."""
        (
            vocab_keys, vocab_ids, canon_vids, canon_keys, canon_owns, canon_codes, los, his,
            letter_vids, first_letters, recs, vids, masks, single, loose_texts, loose_ids,
            initial_recs, initial_letters,
        ) = (
            walked.vocab_keys, walked.vocab_ids, walked.canon_vids, walked.canon_keys,
            walked.canon_owns, walked.canon_codes, walked.los, walked.his, walked.letter_vids,
            walked.first_letters, walked.recs, walked.vids, walked.masks, walked.single,
            walked.loose_keys, walked.loose_ids, walked.initial_recs, walked.initial_letters,
        )  # fmt: skip
        self.size = walked.stop
        self.common_limit = max(MIN_COMMON, int(COMMON_SHARE * walked.stop))
        self._parts = pl.DataFrame(
            {
                "vid": pl.Series(vids, dtype=pl.UInt32),
                "rec": pl.Series(recs, dtype=pl.UInt32),
                "rmask": pl.Series(masks, dtype=pl.UInt64),
            }
        )
        holders = self._parts.group_by("vid").agg(pl.col("rec").n_unique().alias("n"))
        texts = pl.Series("key", vocab_keys, dtype=pl.String)
        vocab = pl.DataFrame(
            {
                "key": texts.hash(seed=_SEED),
                "vid": pl.Series(vocab_ids, dtype=pl.UInt32),
                "strong": _strong(texts),
            }
        ).unique()
        # how many records hold a key (an upper bound: a record may hold it twice)
        counts = (
            vocab.select("key", "vid")
            .unique()
            .join(holders, on="vid")
            .group_by("key")
            .agg(pl.col("n").sum().alias("df"))
        )
        vocab = vocab.join(counts, on="key", how="left").with_columns(pl.col("df").fill_null(0))
        finds = ((pl.col("df") <= self.common_limit) & pl.col("strong")) | (
            pl.col("df") <= RARE_WEAK
        )
        self._vocab_find = vocab.filter(finds).select("key", "vid")
        self._vocab_credit = vocab.filter(~finds).select("key", "vid")
        # unique already ("strong" says what the key's text says); a repeat, should two
        # texts share a hash, only repeats rows of joins made unique after
        self._vocab = vocab.select("key", "vid")
        self._single_records = pl.Series("rec", single, dtype=pl.UInt32)
        self._single_parts = self._parts.filter(pl.col("rec").is_in(self._single_records.implode()))
        # the keys of those parts alone: step 4 of :meth:`pairs` looks up only these
        self._single_vocab = self._vocab.join(self._single_parts.select("vid").unique(), on="vid")
        canon = _canon_frame("vid", canon_vids, canon_keys, canon_owns, canon_codes)
        if walked.merged:
            canon = canon.unique(maintain_order=True)
        rows = self._parts.select("rec", "vid").with_columns(
            lo=pl.Series(los, dtype=pl.Int32), hi=pl.Series(his, dtype=pl.Int32)
        )
        self._pairs = _pair_frame("rec", rows.join(canon, on="vid"), unique=True)
        # what a part one typo away stands for: its keys by sound (its characters are
        # not what a typo of them would be)
        self._canon = canon.filter(
            (pl.col("code") != 0) | (pl.col("code").max().over("vid") == 0)
        ).select("vid", "canon")
        by_letter = pl.DataFrame(
            {
                "vid": pl.Series(letter_vids, dtype=pl.UInt32),
                "letter": pl.Series(first_letters, dtype=pl.String),
            }
        )
        self._loose = pl.DataFrame(
            {"vid": pl.Series(loose_ids, dtype=pl.UInt32), "key": _hash(loose_texts)}
        )
        if walked.merged:  # an id both shares hold has its keys and letters twice
            self._loose = self._loose.unique(maintain_order=True)
            by_letter = by_letter.unique(maintain_order=True)
        self._initials = _letters_frame("rec", initial_recs, initial_letters)
        # not made unique (0.6 s at 1,000,000 records for 6% of the rows): a record's
        # letter met twice only repeats rows of the joins in :meth:`pairs`, made unique
        self._letters = self._parts.join(by_letter, on="vid").select("rec", "letter")
        self.common_keys = int(counts.filter(pl.col("df") > self.common_limit).height)
        self.vocabulary_size = walked.vocabulary_size
        # a Latin candidate looks up its heard keys only where the list holds a name in
        # Hangul, katakana or Han characters to meet (12 to 60 lookups a part otherwise
        # spent for nothing)
        self.hears = walked.heard > 0

    def _candidate_keys(
        self, candidates: Sequence[Person]
    ) -> tuple[
        pl.DataFrame,
        pl.DataFrame,
        pl.DataFrame,
        list[int],
        pl.DataFrame,
        pl.DataFrame,
        pl.DataFrame,
    ]:
        loose_texts: list[str] = []
        loose_cands: list[int] = []
        loose_masks: list[int] = []
        initial_cands: list[int] = []
        initial_letters: list[str] = []
        letter_cands: list[int] = []
        letters: list[str] = []
        keys: list[str] = []
        ids: list[int] = []
        masks: list[int] = []
        pair_keys: list[str] = []
        pair_ids: list[int] = []
        pair_owns: list[str] = []
        pair_codes: list[int] = []
        pair_los: list[int] = []
        pair_his: list[int] = []
        typo_keys: list[str] = []
        typo_ids: list[int] = []
        typo_owns: list[str] = []
        typo_codes: list[int] = []
        typo_los: list[int] = []
        typo_his: list[int] = []
        heard_found: list[str] = []
        heard_ids: list[int] = []
        single: list[int] = []

        def pair_entry(
            index: int, canon: list[str], lo: int, hi: int, sound: str, part: NamePart | None
        ) -> None:
            codes = [0] * len(canon) if part is None else key_codes(part, canon)
            for key, code in zip(canon, codes, strict=True):
                pair_keys.append(key)
                pair_ids.append(index)
                pair_owns.append(canon[0])
                pair_codes.append(code)
                pair_los.append(lo)
                pair_his.append(hi)
            if len(sound) >= MIN_TYPO_PAIRING:
                typos = deletion_keys("d", sound)
            else:  # a short abjad sound ("عباسی", bsi) has keys of its own ("عباس", bs)
                typos = [] if part is None else abjad_typo_keys(part)
            if part is not None:
                typos.extend(bridge_lookups(part))
                typos.extend(affix_lookups(part))
                if self.hears or part.script in HEARD:
                    heard = heard_lookups(part)
                    typos.extend(heard)
                    heard_found.extend(heard)
                    heard_ids.extend([index] * len(heard))
            if (
                part is not None
                and part.abjad
                and len(part.latin) >= MIN_TYPO_PAIRING
                and DOUBLED.search(part.latin)
            ):
                # an abjad writes no doubled letter, so one written twice is a typo, which
                # the sound merges ("ممحد" is "mhd", a letter short of pairing): the
                # letters as written stand for the list's parts one typo away too
                typos = list(dict.fromkeys((*typos, *deletion_keys("d", part.latin))))
            if typos:
                script = None if part is None else characters_only(part)
                code = 0 if script is None else SCRIPT_CODE[script]
                for key in typos:
                    typo_keys.append(key)
                    typo_ids.append(index)
                    typo_owns.append(canon[0])
                    typo_codes.append(code)
                    typo_los.append(lo)
                    typo_his.append(hi)

        for index, candidate in enumerate(candidates):
            slot = 0
            birth = birth_key(candidate)
            for name in candidate.names:
                for key, mask in han_keys(name, slot, birth):
                    keys.append(key)
                    ids.append(index)
                    masks.append(mask)
                for initial in initials_of(name):
                    initial_cands.append(index)
                    initial_letters.append(initial)
                if self._initials.height:
                    for letter in {f[:1] for _, p in named_parts(name) for f in p.latins}:
                        letter_cands.append(index)
                        letters.append(letter)
                for i, part in named_parts(name):
                    mask = slot_mask(slot + i)
                    for loose in loose_keys(part):
                        loose_texts.append(loose)
                        loose_cands.append(index)
                        loose_masks.append(mask)
                    for key in (*part_keys(part), *wade_giles_lookups(part)):
                        keys.append(key)
                        ids.append(index)
                        masks.append(mask)
                    pair_entry(index, canonical_keys(part), slot + i, slot + i, part.phonetic, part)
                    for key in unspaced_prefixes(part):
                        keys.append(key)
                        ids.append(index)
                        masks.append(mask)
                for key, mask in split_keys(name, slot):
                    keys.append(key)
                    ids.append(index)
                    masks.append(mask)
                runs = adjacent_runs(name)
                for joined, slots in unspaced_runs(name, [run[0] for run in runs]):
                    keys.append(f"l:{joined}")
                    ids.append(index)
                    masks.append(slot_mask(*(slot + k for k in slots)))
                for joined, slots, _, abjad, others in runs:
                    mask = slot_mask(*(slot + k for k in slots))
                    extra = [f"s:{skeleton(joined, abjad=abjad)}"]
                    extra.extend(f"s:{other}" for other in others if len(other) >= 2)
                    canon = joined_keys(joined)
                    sound = phonetic_key(joined)
                    pair_entry(index, canon, slot + slots[0], slot + slots[-1], sound, None)
                    for key in (
                        f"l:{joined}",
                        *respelt_run_keys([name.parts[k] for k in slots], joined),
                        # "Tan-tan" of "Liu Tan-tan" looks up Dandan
                        *(f"l:{form}" for form in hyphened_wade_giles(name, slots)),
                        *canon,
                        *deletion_keys("e", joined),
                        *deletion_keys("d", sound)[1:],  # typos of the sound, as parts have
                        *extra,
                    ):
                        keys.append(key)
                        ids.append(index)
                        masks.append(mask)
                slot += len(name.parts)
            if birth is not None:
                keys.append(birth)
                ids.append(index)
                masks.append(BIRTH_MASK)
            if has_single_name(candidate):
                single.append(index)
        ck = _masked_keys(keys, ids, masks)
        own = _canon_frame("cand", pair_ids, pair_keys, pair_owns, pair_codes).with_columns(
            lo=pl.Series(pair_los, dtype=pl.Int32), hi=pl.Series(pair_his, dtype=pl.Int32)
        )
        # a part one typo from a part of the list pairs up as that part too: "Leela
        # Chatterjee" mistyped still meets every "Leela Chatterjee", common as both are
        typos = (
            pl.DataFrame(
                {
                    "key": _hash(typo_keys),
                    "cand": pl.Series(typo_ids, dtype=pl.UInt32),
                    "own": _hash(typo_owns),
                    "code": pl.Series(typo_codes, dtype=pl.UInt8),
                    "lo": pl.Series(typo_los, dtype=pl.Int32),
                    "hi": pl.Series(typo_his, dtype=pl.Int32),
                }
            )
            .join(self._vocab, on="key")
            .select("cand", "vid", "own", "code", "lo", "hi")
            .unique()
            .join(self._canon, on="vid")
            .select(own.columns)
        )
        pk = _pair_frame("cand", pl.concat([own, typos]))
        initials = _letters_frame("cand", initial_cands, initial_letters)
        cl = _masked_keys(loose_texts, loose_cands, loose_masks)
        # a transcribed part and a spelling met as heard pair up single-part names too
        # (基辛格 / Kissinger), which no pair of parts stands for
        hk = pl.DataFrame(
            {"key": _hash(heard_found), "cand": pl.Series(heard_ids, dtype=pl.UInt32)}
        )
        letters_frame = _letters_frame("cand", letter_cands, letters)
        return ck, cl, pk, single, initials, letters_frame, hk

    def pairs(self, candidates: Sequence[Person]) -> pl.DataFrame:
        """Distinct ``(cand, rec)`` index pairs worth scoring, for a chunk of candidates.

        Pairs of ids are grouped, joined and made unique as one 64-bit number
        (:func:`_joint`): a fifth less time than by two columns, for the same pairs."""
        ck, cl, pk, single, initials, letters, heard = self._candidate_keys(candidates)
        # 1. parts sharing a rare strong key (a spelling, sound, skeleton or variant
        #    group), with the slots they stand for on each side
        rare_parts = _split(
            ck.join(self._vocab_find, on="key")
            .group_by(_joint("cand", "vid"))
            .agg(pl.col("cmask").bitwise_or()),
            "cand",
            "vid",
        )
        rare = rare_parts.join(self._parts, on="vid")
        # 2. parts sharing any other key (typo keys, common keys), credited only to the
        #    pairs step 1 found: they add a part without fanning out
        found = _split(rare.select(_joint("cand", "rec")).unique(), "cand", "rec")
        common_parts = (
            ck.join(self._vocab_credit, on="key")
            .group_by(_joint("cand", "vid"))
            .agg(pl.col("cmask").bitwise_or())
        )
        found_parts = found.join(self._parts, on="rec")
        common = found_parts.with_columns(_joint("cand", "vid")).join(common_parts, on=_PAIR)
        # 3. parts whose consonants begin and end alike, credited the same way: two
        #    spellings with two typos between them ("vijhram" / "vikram")
        loose = found_parts.join(self._loose, on="vid").join(cl, on=["cand", "key"])
        two_parts = _split(
            pl.concat(
                [f.select(_joint("cand", "rec"), "cmask", "rmask") for f in (rare, common, loose)]
            )
            .group_by(_PAIR)
            .agg(pl.col("cmask").bitwise_or(), pl.col("rmask").bitwise_or())
            .filter(
                (pl.col("cmask").bitwise_count_ones() >= 2)
                & (pl.col("rmask").bitwise_count_ones() >= 2)
            ),
            "cand",
            "rec",
        )
        by_pairs = (
            pk.join(self._pairs, on="key", suffix="_rec")
            .filter(~_same_script("code", "code_rec") & ~_same_script("code_b", "code_b_rec"))
            .select("cand", "rec")
        )
        frames = [two_parts, by_pairs]
        # an initial on one side and a part it starts on the other count as the second
        # shared part ("Mia K. P." / "Mia Pyper")
        if initials.height:
            frames.append(
                found.join(initials, on="cand")
                .join(self._letters, on=["rec", "letter"])
                .select("cand", "rec")
            )
        if self._initials.height and letters.height:
            frames.append(
                found.join(self._initials, on="rec")
                .join(letters, on=["cand", "letter"])
                .select("cand", "rec")
            )
        # 4. single-part names on either side: any shared key will do, a heard one too
        keys = (
            pl.concat([ck.select("key", "cand"), heard])
            if heard.height
            else ck.select("key", "cand")
        )
        frames.append(_sharing(keys, self._single_vocab, self._single_parts))
        if single:
            mine = keys.filter(pl.col("cand").is_in(pl.Series(single, dtype=pl.UInt32).implode()))
            frames.append(_sharing(mine, self._vocab, self._parts))
        return _split(
            pl.concat([f.select(_joint("cand", "rec")) for f in frames]).unique().sort(_PAIR),
            "cand",
            "rec",
        )


def _sharing(keys: pl.DataFrame, vocab: pl.DataFrame, parts: pl.DataFrame) -> pl.DataFrame:
    """``(cand, rec)``: the candidates of ``keys`` and the records of ``parts`` whose parts
    share any key of ``vocab``."""
    return (
        keys.join(vocab, on="key")
        .select("cand", "vid")
        .unique()
        .join(parts, on="vid")
        .select("cand", "rec")
    )


_PAIR = "pair"
_HALF = 1 << 32


def _joint(high: str, low: str) -> pl.Expr:
    """Two 32-bit id columns as one 64-bit number, ``high`` first (so that sorting by it
    sorts by ``high``, then ``low``)."""
    return (pl.col(high).cast(pl.UInt64) * _HALF + pl.col(low).cast(pl.UInt64)).alias(_PAIR)


def _split(frame: pl.DataFrame, high: str, low: str) -> pl.DataFrame:
    """:func:`_joint` undone: the two id columns first, then the frame's other columns."""
    pair = pl.col(_PAIR)
    return frame.select(
        (pair // _HALF).cast(pl.UInt32).alias(high),
        (pair % _HALF).cast(pl.UInt32).alias(low),
        pl.exclude(_PAIR),
    )


def iter_blocks(pairs: pl.DataFrame) -> Iterator[tuple[int, list[int]]]:
    """``(candidate index, record indexes)`` per candidate, from :meth:`BlockingIndex.pairs`."""
    grouped = pairs.group_by("cand", maintain_order=True).agg(pl.col("rec"))
    for cand, recs in grouped.iter_rows():
        yield int(cand), [int(r) for r in recs]
