"""Name comparison: part similarity, order-free alignment and the name score.

Use :func:`compare_names` for two prepared names. Parts are aligned best-first in any
order; two or three adjacent parts may stand for one ("Abdul Rahman" / "Abdulrahman",
"Xiao Ming" / "Xiaoming"); an initial matches a name it starts. Parts left over cost
little when only one side has them (a dropped middle name, an added patronymic) and a lot
when both sides have them (a different given name is a different person).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeAlias

from rapidfuzz.distance import OSA

from matching.names import Name, NamePart, PartKind
from matching.scripts import Script

_SYLLABIC = frozenset({Script.HAN, Script.HANGUL, Script.KANA})

PART_WEIGHT: dict[PartKind, float] = {
    PartKind.NAME: 1.0,
    PartKind.INITIAL: 0.4,
    PartKind.PARTICLE: 0.25,
}
MIN_PART_SIMILARITY = 0.7
"""Below this two parts are not taken to be spellings of one name."""
CONFLICT_PENALTY = 0.25
"""Per unit of weight left unmatched on both sides (a different name in the same slot)."""
CONFLICT_SHARE_PENALTY = 0.5
"""Times the share of the shorter name that conflicts: one of two parts differing is worse
than one of six."""
EXTRA_PENALTY = 0.05
"""Per unit of weight left unmatched on one side only (a dropped or added name)."""
SINGLE_PART_CAP = 0.84
"""A match resting on one name part while the other side has more cannot be certain."""


@dataclass(frozen=True, slots=True)
class PartPair:
    """Parts of each side that were aligned, with their similarity and how it was found."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    similarity: float
    method: str


@dataclass(frozen=True, slots=True)
class NameComparison:
    """The outcome of comparing two names: score in [0, 1] and the evidence."""

    score: float
    pairs: tuple[PartPair, ...]
    unmatched_left: tuple[int, ...]
    unmatched_right: tuple[int, ...]
    conflict: float
    extra: float


def _osa(left: str, right: str, cutoff: float) -> float:
    """Normalised optimal-string-alignment similarity (a transposition is one edit)."""
    return float(OSA.normalized_similarity(left, right, score_cutoff=cutoff))


@lru_cache(maxsize=1_000_000)
def part_similarity(left: NamePart, right: NamePart) -> tuple[float, str]:
    """Similarity of two name parts in [0, 1] and the kind of evidence behind it."""
    if left is right or left.raw == right.raw:
        return 1.0, "exact"
    if left.kind is PartKind.INITIAL or right.kind is PartKind.INITIAL:
        return _initial_similarity(left, right)
    if left.script is right.script and left.script in _SYLLABIC:
        # one character is a whole syllable: compare what was written, not romanisations
        # that merge distinct characters (정 and 종 are both "jong" in McCune-Reischauer)
        return _osa(left.raw, right.raw, 0.0), "characters"
    best, method = 0.0, "spelling"
    for a in left.latins:
        for b in right.latins:
            if a == b:
                return 1.0, "transliteration"
            best = max(best, _osa(a, b, 0.6))
    if left.groups and right.groups:
        if not left.groups.isdisjoint(right.groups):
            return max(best, 0.95), "variant"
        # both are known names, and different ones (Hassan / Husayn): spelling only
        return best, method
    if left.phonetic == right.phonetic:
        if best < 0.92:
            best, method = 0.92, "sound"
    elif best < 0.9:
        phonetic = 0.9 * _osa(left.phonetic, right.phonetic, 0.7)
        if phonetic > best:
            best, method = phonetic, "sound"
    if (left.abjad or right.abjad) and best < 0.9:
        if left.skeleton == right.skeleton and len(left.skeleton) >= 3:
            consonants = 0.88
        else:
            consonants = 0.86 * _osa(left.skeleton, right.skeleton, 0.75)
        if consonants > best:
            best, method = consonants, "consonants"
    return best, method


def _initial_similarity(left: NamePart, right: NamePart) -> tuple[float, str]:
    if left.kind is PartKind.INITIAL and right.kind is PartKind.INITIAL:
        return (1.0, "initial") if left.latin == right.latin else (0.0, "initial")
    initial, full = (left, right) if left.kind is PartKind.INITIAL else (right, left)
    if any(form.startswith(initial.latin) for form in full.latins):
        return 0.9, "initial"
    return 0.0, "initial"


@dataclass(frozen=True, slots=True)
class _Option:
    similarity: float
    left: tuple[int, ...]
    right: tuple[int, ...]
    method: str


def _align(
    left: Name, right: Name, similarity: SimilarityFn, *, joins: bool
) -> tuple[list[PartPair], tuple[int, ...], tuple[int, ...]]:
    """Greedy best-first alignment; returns the pairs and the unmatched part indexes."""
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs: list[PartPair] = []
    for option in _options(left, right, similarity, joins):
        if used_left.intersection(option.left) or used_right.intersection(option.right):
            continue
        used_left.update(option.left)
        used_right.update(option.right)
        pairs.append(PartPair(option.left, option.right, option.similarity, option.method))
    unmatched_left = tuple(i for i in range(len(left.parts)) if i not in used_left)
    unmatched_right = tuple(j for j in range(len(right.parts)) if j not in used_right)
    return pairs, unmatched_left, unmatched_right


SimilarityFn: TypeAlias = Callable[[NamePart, NamePart], tuple[float, str]]
"""Where part similarities come from: computed on the spot, or looked up from a batch."""


def _options(left: Name, right: Name, similarity: SimilarityFn, joins: bool) -> list[_Option]:
    options: list[_Option] = []
    lparts, rparts = left.parts, right.parts
    for i, a in enumerate(lparts):
        for j, b in enumerate(rparts):
            if (a.kind is PartKind.PARTICLE) != (b.kind is PartKind.PARTICLE):
                continue
            sim, method = similarity(a, b)
            if sim >= MIN_PART_SIMILARITY:
                options.append(_Option(sim, (i,), (j,), method))
    sides = ((left, right, True), (right, left, False)) if joins else ()
    for name, other, is_left in sides:
        for span, joined in name.joins:
            for j, b in enumerate(other.parts):
                if b.kind is not PartKind.NAME:
                    continue
                sim, method = similarity(joined, b) if is_left else similarity(b, joined)
                if sim < MIN_PART_SIMILARITY:
                    continue
                # a split must beat the parts' own matches: slightly discount it
                sim *= 0.98
                pair = (span, (j,)) if is_left else ((j,), span)
                options.append(_Option(sim, pair[0], pair[1], f"joined {method}"))
    options.sort(key=lambda o: (-o.similarity, -(len(o.left) + len(o.right))))
    return options


def _weight(parts: tuple[NamePart, ...], indexes: Iterable[int]) -> float:
    return sum(PART_WEIGHT[parts[i].kind] for i in indexes)


def compare_names(
    left: Name, right: Name, similarity: SimilarityFn = part_similarity
) -> NameComparison:
    """Compare two prepared names; symmetric up to floating-point rounding.

    ``similarity`` gives part similarities (left part first); the batch matcher passes a
    lookup of values it computed for a whole block at once.
    """
    if not left.parts or not right.parts:
        return NameComparison(0.0, (), (), (), 0.0, 0.0)
    pairs, unmatched_left, unmatched_right = _align(left, right, similarity, joins=False)
    if unmatched_left and unmatched_right:
        # parts left over on both sides may be one name written split and joined
        retry = _align(left, right, similarity, joins=True)
        if len(retry[1]) + len(retry[2]) < len(unmatched_left) + len(unmatched_right):
            pairs, unmatched_left, unmatched_right = retry
    matched_names = [
        p for p in pairs if _weight(left.parts, p.left) >= 1 or _weight(right.parts, p.right) >= 1
    ]
    if not matched_names:
        return NameComparison(0.0, tuple(pairs), unmatched_left, unmatched_right, 0.0, 0.0)
    total = 0.0
    weights = 0.0
    for pair in pairs:
        weight = (_weight(left.parts, pair.left) + _weight(right.parts, pair.right)) / 2
        total += pair.similarity * weight
        weights += weight
    quality = total / weights
    spare_left = _weight(left.parts, unmatched_left)
    spare_right = _weight(right.parts, unmatched_right)
    conflict = min(spare_left, spare_right)
    extra = max(spare_left, spare_right) - conflict
    shorter = min(
        _weight(left.parts, range(len(left.parts))), _weight(right.parts, range(len(right.parts)))
    )
    conflict_share = conflict / shorter if shorter else 0.0
    score = (
        quality
        - CONFLICT_PENALTY * conflict
        - CONFLICT_SHARE_PENALTY * conflict_share
        - EXTRA_PENALTY * extra
    )
    names_left = sum(p.kind is PartKind.NAME for p in left.parts)
    names_right = sum(p.kind is PartKind.NAME for p in right.parts)
    if len(matched_names) == 1 and max(names_left, names_right) > 1:
        score = min(score, SINGLE_PART_CAP - EXTRA_PENALTY * extra)
    return NameComparison(
        score=max(0.0, min(1.0, score)),
        pairs=tuple(pairs),
        unmatched_left=unmatched_left,
        unmatched_right=unmatched_right,
        conflict=conflict,
        extra=extra,
    )
