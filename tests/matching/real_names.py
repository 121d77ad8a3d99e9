"""Shared by the tests of real names and their Latin spellings in one script."""

from __future__ import annotations

from collections.abc import Sequence

from matching.batch import match_people
from matching.model import Person, score_pair
from matching.names import prepare_name

REVIEW = 0.7
Pair = tuple[str, str]


def score(left: str, right: str) -> float:
    """The score of two single-name people."""
    return score_pair(Person("c", (prepare_name(left),)), Person("r", (prepare_name(right),))).score


def batch_misses(pairs: Sequence[Pair]) -> set[Pair]:
    """The pairs the batch path (blocking, screens, bounds) does not raise, either side
    taken as the candidates."""
    native = [Person(f"{i}", (prepare_name(a),)) for i, (a, _) in enumerate(pairs)]
    latin = [Person(f"{i}", (prepare_name(b),)) for i, (_, b) in enumerate(pairs)]
    missed: set[Pair] = set()
    for candidates, records in ((native, latin), (latin, native)):
        found = {
            (r.candidate_key, r.record_key)
            for r in match_people(candidates, records, threshold=REVIEW)
        }
        missed |= {pair for i, pair in enumerate(pairs) if (f"{i}", f"{i}") not in found}
    return missed


def batch_raised(candidates: Sequence[str], records: Sequence[str]) -> set[Pair]:
    """The (candidate, record) names the batch path raises among single-name people: the
    pairs one person's spellings make, and none of the others."""
    listed = [Person(name, (prepare_name(name),)) for name in records]
    people = [Person(name, (prepare_name(name),)) for name in candidates]
    return {(r.candidate_key, r.record_key) for r in match_people(people, listed, threshold=REVIEW)}
