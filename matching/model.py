"""The declarative scoring model: a table of features, each giving a value and a reason.

Use :func:`score_pair` to compare a candidate with an exclusion record. Each feature returns
``(value, detail)``; the score is the clipped sum of weighted values, and the explanation
lists every feature so a reviewer sees why a pair was raised. Birth dates, nationality and
gender only adjust the name evidence: none of them is a gate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeAlias

from matching.compare import (
    CONFLICT_PENALTY,
    CONFLICT_SHARE_PENALTY,
    WEAK_SIMILARITY,
    NameComparison,
    NeighboursFn,
    PartPair,
    SimilarityFn,
    compare_names,
    part_similarity,
)
from matching.dates import PartialDate, compare_dates
from matching.hancut import best_cut
from matching.names import Name, PartKind
from matching.scripts import Script

MODEL_VERSION = "2026.12-141"
"""Stored with every screening so that a clearance can be explained later."""


@dataclass(frozen=True, slots=True)
class Person:
    """A candidate or an exclusion record, prepared for comparison."""

    key: str
    names: tuple[Name, ...]
    birth_date: PartialDate | None = None
    countries: frozenset[str] = frozenset()
    gender: str | None = None

    def __reduce__(
        self,
    ) -> tuple[
        type[Person],
        tuple[str, tuple[Name, ...], PartialDate | None, frozenset[str], str | None],
    ]:
        # pickled as its fields, as NamePart is
        return (Person, (self.key, self.names, self.birth_date, self.countries, self.gender))


@dataclass(frozen=True, slots=True)
class FeatureResult:
    """What one feature found: a value (its unit depends on the feature) and why."""

    value: float
    detail: str


@dataclass(slots=True)
class PairContext:
    """Shared between features of one pair: the best-aligned names are found once."""

    candidate: Person
    record: Person
    explain: bool = True
    similarity: SimilarityFn = part_similarity
    neighbours: NeighboursFn | None = None
    best: tuple[NameComparison, Name, Name] | None = field(default=None)


FeatureFunc: TypeAlias = Callable[[PairContext], FeatureResult]


@dataclass(frozen=True, slots=True)
class Feature:
    """One row of the model table."""

    name: str
    weight: float
    func: FeatureFunc
    description: str


@dataclass(frozen=True, slots=True)
class Contribution:
    """A feature's part in one score."""

    feature: str
    value: float
    contribution: float
    detail: str

    def __reduce__(self) -> tuple[type[Contribution], tuple[str, float, float, str]]:
        # pickled as its fields: the state dataclasses generate for slots looks up the
        # fields for every object, a tenth of a large batch's wall time in unpickling
        return (Contribution, (self.feature, self.value, self.contribution, self.detail))


@dataclass(frozen=True, slots=True)
class MatchResult:
    """Score in [0, 1] and the per-feature explanation of one candidate/record pair."""

    candidate_key: str
    record_key: str
    score: float
    contributions: tuple[Contribution, ...]
    candidate_name: str
    record_name: str

    def __reduce__(
        self,
    ) -> tuple[type[MatchResult], tuple[str, str, float, tuple[Contribution, ...], str, str]]:
        # pickled as its fields, as Contribution is
        return (
            MatchResult,
            (
                self.candidate_key,
                self.record_key,
                self.score,
                self.contributions,
                self.candidate_name,
                self.record_name,
            ),
        )

    def explanation(self) -> str:
        """One line a reviewer can read: every feature and what it contributed."""
        return "; ".join(
            f"{c.feature} {c.contribution:+.2f}: {c.detail}" for c in self.contributions if c.detail
        )


def best_names(ctx: PairContext) -> tuple[NameComparison, Name, Name]:
    """The best-scoring pair of names (all aliases on both sides are tried; a Han name
    written as one word also cut as the other is: :mod:`matching.hancut`), as compared."""
    if ctx.best is None:
        best: tuple[NameComparison, Name, Name] | None = None
        for left in ctx.candidate.names:
            for right in ctx.record.names:
                found = best_cut(
                    left, right, compare_names(left, right, ctx.similarity, ctx.neighbours)
                )
                if best is None or found[0].score > best[0].score:
                    best = found
        if best is None:
            empty = Name("", ())
            best = (compare_names(empty, empty), empty, empty)
        ctx.best = best
    return ctx.best


GENERATION_NAMES = {1: "Sr.", 2: "Jr. or II", 3: "III", 4: "IV"}


def describe_name(comparison: NameComparison, left: Name, right: Name) -> str:
    """Aligned parts, e.g. ``"mohammed"~"محمد" (variant 0.95)``, and what was left over."""
    bits: list[str] = []
    for pair in comparison.pairs:
        a = " ".join(left.parts[i].raw for i in pair.left)
        b = " ".join(right.parts[j].raw for j in pair.right)
        bits.append(f"{a}~{b} ({pair.method} {pair.similarity:.2f})")
    spare_left = [left.parts[i].raw for i in comparison.unmatched_left]
    spare_right = [right.parts[j].raw for j in comparison.unmatched_right]
    if spare_left:
        bits.append("only candidate: " + " ".join(spare_left))
    if spare_right:
        bits.append("only record: " + " ".join(spare_right))
    if comparison.lineage_swapped:
        bits.append("son and father swapped around bin")
    if comparison.generations:
        mine, theirs = (GENERATION_NAMES[g] for g in comparison.generations)
        bits.append(f"another generation ({mine} / {theirs})")
    if comparison.two_sexes:
        bits.append("a man's and a woman's given name beside the two forms of a family name")
    return ", ".join(bits) if bits else "no name parts in common"


def name_feature(ctx: PairContext) -> FeatureResult:
    """The name similarity of the best alias pair, in [0, 1]."""
    comparison, left, right = best_names(ctx)
    detail = describe_name(comparison, left, right) if ctx.explain else ""
    return FeatureResult(comparison.score, detail)


# Birth-date evidence. Agreement to the day is strong (one in ~25,000 by chance), to the
# year weak (one in ~60). A conflict costs more the further apart the dates are. Between
# dates known only to the year the cost is capped, so an identical name is still
# reviewed (list dates are often estimates); between two dates known to the day it may go
# further, but less the more name parts agree: two people can share "John Smith" and
# differ in birth date, much less often a four-part name. Two full dates one keying slip
# apart (one digit differs, or two neighbouring digits swapped: 1935 / 1953) are a "typo":
# weak agreement, never a conflict, however many years the slip spans.
DATE_VALUES: dict[str, float] = {
    "exact": 0.20,
    "swap": 0.06,
    "near": 0.06,
    "typo": 0.05,
    "same_month": 0.05,
    "same_year": 0.02,
}
DATE_PENALTY_PER_YEAR = 0.07
DATE_PENALTY_CAP = 0.25
FULL_DATE_PENALTY_CAP = 0.40
"""Two-part identical names with full dates years apart fall to 0.60, below review, even
when the parts are rare. Capping the conflict at DATE_PENALTY_CAP for a whole name of
uncommon parts was measured and rejected (model 2026.11-14): on FEBRL4 such pairs are one
person whose date was replaced (up to +100 true pairs), on the multi-script benchmark they
are namesakes born 8-22 years apart (false alerts 62 -> 113 per 1,000 negatives). Names and
dates alone cannot tell a wrong list date from a namesake. The curated common-names table
does not know FEBRL4's frequent names, so with it alone FEBRL4 lost F1 too (FP +238)."""
OTHER_DAY_PENALTY = 0.06
# Two full birth dates that agree to the day are rarely a coincidence (one in ~25,000), and
# relatives sharing a family name are rarely born on the same day (twins aside). So a
# different name in one slot (a given name replaced by a middle name, a nickname or an
# adopted name) says less about a different person: the date gives back part of what the
# name's conflicting parts cost, provided an uncommon name part agrees as well, and agrees
# as one name: one letter in five (Jane / Janet, Carla / Carly) is as often a neighbouring
# name, while one in six or more is taken for a typo. Nationalities that differ speak
# against one person, so then the date gives nothing back; so do names that differ in
# more than one slot (a second differing name makes another person likelier, and must
# never raise the score).
EXACT_DATE_CONFLICT_RELIEF = 0.5
RELIEF_MIN_SIMILARITY = 0.82
RELIEVED_CONFLICT = 1.0
"""At most one differing name part (in weight units) is offset by an exact date."""


def _full(date: PartialDate) -> bool:
    return date.day is not None and not date.placeholder


def birth_date_feature(ctx: PairContext) -> FeatureResult:
    """Agreement raises, distance lowers, missing is neutral."""
    left, right = ctx.candidate.birth_date, ctx.record.birth_date
    if left is None or right is None:
        return FeatureResult(0.0, "")
    return _date_evidence(
        left,
        right,
        agreeing=lambda: matched_name_parts(best_names(ctx)[0]),
        relief=lambda: _exact_date_relief(ctx),
        explain=ctx.explain,
    )


def _date_evidence(
    left: PartialDate,
    right: PartialDate,
    *,
    agreeing: Callable[[], int],
    relief: Callable[[], float],
    explain: bool = True,
) -> FeatureResult:
    """The birth-date value given what the names say, asked only when it matters: how
    many name parts agree, and what agreeing full dates give back of the names' conflict.
    :func:`score_ceiling` passes bounds for both."""
    found = compare_dates(left, right, explain=explain)
    if found.kind == "conflict":
        penalty = DATE_PENALTY_PER_YEAR * found.years_apart
        if _full(left) and _full(right):
            penalty = min(FULL_DATE_PENALTY_CAP, penalty) * 2 / max(2, agreeing())
        else:
            penalty = min(DATE_PENALTY_CAP, penalty)
        return FeatureResult(-penalty, found.detail)
    if found.kind == "same_year" and found.years_apart > 0:
        return FeatureResult(-OTHER_DAY_PENALTY, found.detail)
    if found.kind == "exact" and not (_full(left) and _full(right)):
        return FeatureResult(DATE_VALUES["same_month"], found.detail)
    given_back = relief() if found.kind == "exact" else 0.0
    if given_back:
        detail = f"{found.detail}, which offsets part of the names that differ" if explain else ""
        return FeatureResult(DATE_VALUES["exact"] + given_back, detail)
    return FeatureResult(DATE_VALUES[found.kind], found.detail)


def _exact_date_relief(ctx: PairContext) -> float:
    """What full birth dates agreeing to the day give back of the names' conflict cost."""
    candidate, record = ctx.candidate.countries, ctx.record.countries
    if candidate and record and not candidate & record:
        return 0.0
    comparison, left, right = best_names(ctx)
    if comparison.conflict > RELIEVED_CONFLICT + 1e-9:
        return 0.0
    if comparison.conflict_cost > 0 and any(
        p.similarity >= RELIEF_MIN_SIMILARITY and _informative(p, left, right)
        for p in comparison.pairs
    ):
        return EXACT_DATE_CONFLICT_RELIEF * comparison.conflict_cost
    return 0.0


def matched_name_parts(comparison: NameComparison) -> int:
    """How many aligned pairs carry a name part (not just particles or initials)."""
    return sum(
        1 for pair in comparison.pairs if pair.similarity >= 0.8 and pair.method != "initial"
    )


# Agreement on very common names alone (Kim Jong Sik, Mohammed Ali, Maria Garcia) is
# weak evidence: thousands share them, so most such pairs are namesakes. Then the small
# signs against (nationalities that differ, birth dates known to the day that differ) are
# what a reviewer would go by, and they count for more. Without such a sign, or with a
# shared nationality or agreeing birth dates, nothing is taken: a name alone is still
# raised. A part is informative when it aligns well, is not a very common name, and is
# not a Han or Hangul name met through its romanisation (one Latin syllable stands for
# many written ones: "jong" is 정, 종 or 중).
COMMON_NAME_PENALTY = 0.25
_SYLLABIC = frozenset({Script.HAN, Script.HANGUL})


def _informative(pair: PartPair, left: Name, right: Name) -> bool:
    sides = ([left.parts[i] for i in pair.left], [right.parts[j] for j in pair.right])
    parts = sides[0] + sides[1]
    if pair.similarity < WEAK_SIMILARITY - 1e-6 or pair.method == "initial":
        return False
    if any(p.kind is not PartKind.NAME for p in parts):
        return False
    # a joined pair ("sergei lavrov") is informative through any of its parts
    if any(all(p.common for p in side) for side in sides):
        return False
    return len({p.script in _SYLLABIC for p in parts}) == 1


def _against(ctx: PairContext) -> str | None:
    """What speaks against one person, when nothing but the name speaks for it."""
    candidate, record = ctx.candidate, ctx.record
    if candidate.countries & record.countries:
        return None
    born, listed = candidate.birth_date, record.birth_date
    if born is not None and listed is not None:
        if (
            _full(born)
            and _full(listed)
            and compare_dates(born, listed, explain=False).kind == "conflict"
        ):
            return "birth dates differ"
        return None
    if candidate.countries and record.countries:
        return "nationalities differ and no birth date to compare"
    return None


def commonness_feature(ctx: PairContext) -> FeatureResult:
    """Takes from a name that agrees only on very common parts when other signs differ."""
    against = _against(ctx)
    if against is None:
        return FeatureResult(0.0, "")
    comparison, left, right = best_names(ctx)
    if comparison.score == 0.0 or any(_informative(p, left, right) for p in comparison.pairs):
        return FeatureResult(0.0, "")
    detail = ""
    if ctx.explain:
        agreed = ", ".join(
            " ".join(right.parts[j].raw for j in p.right)
            for p in comparison.pairs
            if right.parts[p.right[0]].kind is PartKind.NAME
        )
        detail = f"only common or loose names agree ({agreed}), {against}: likely namesakes"
    return FeatureResult(-COMMON_NAME_PENALTY, detail)


SHARED_NATIONALITY = 0.02
"""What a shared nationality adds: little, since most candidates share one with many."""


def nationality_feature(ctx: PairContext) -> FeatureResult:
    """Shared nationality adds a little, none in common takes a little; missing is neutral."""
    left, right = ctx.candidate.countries, ctx.record.countries
    value = _nationality_value(left, right)
    if not value or not ctx.explain:
        return FeatureResult(value, "")
    if value > 0:
        return FeatureResult(value, "nationality " + ", ".join(sorted(left & right)))
    return FeatureResult(
        value, f"nationality differs: {', '.join(sorted(left))} / {', '.join(sorted(right))}"
    )


NATIONALITY_DIFFERS = -0.05
GENDER_DIFFERS = -0.05


def _nationality_value(left: frozenset[str], right: frozenset[str]) -> float:
    if not left or not right:
        return 0.0
    return SHARED_NATIONALITY if left & right else NATIONALITY_DIFFERS


def gender_feature(ctx: PairContext) -> FeatureResult:
    """A recorded gender that differs takes a little; it is often mis-keyed."""
    left, right = ctx.candidate.gender, ctx.record.gender
    if left is None or right is None or left == right:
        return FeatureResult(0.0, "")
    return FeatureResult(GENDER_DIFFERS, f"gender differs: {left} / {right}" if ctx.explain else "")


NO_PART_CEILING = DATE_VALUES["exact"] + SHARED_NATIONALITY
"""The most a pair can score with no name part aligned: the name scores 0."""
ONE_PART_CEILING = (
    1 - CONFLICT_PENALTY - CONFLICT_SHARE_PENALTY / 2
    + max(v for k, v in DATE_VALUES.items() if k != "exact")
    + SHARED_NATIONALITY
)  # fmt: skip
"""The most a pair can score sharing one name part when both names have two or more, the
birth dates do not agree to the day, and only name parts align: a conflicting part on each
side caps the name at 0.5. Below this threshold batch matching, which then proposes only
pairs sharing two parts, could not be complete."""
MIN_REVIEW_THRESHOLD = 0.70
"""The lowest review threshold the settings accept. Initials and particles aligned on both
sides lengthen the shorter name without adding conflict, so they lift that 0.5 (up to the
single-part cap, 0.69): "Lina al Qahtani" / "Maria al Qahtani" with near birth dates and
one nationality scores 0.61. At 0.70 such a pair, sharing one name part, reaches review
only with five initials or eight particles aligned besides, so blocking on two shared
parts loses nothing real; lower thresholds would lose pairs like that one unseen."""

MODEL: tuple[Feature, ...] = (
    Feature("name", 1.0, name_feature, "similarity of the best-aligned names and aliases"),
    Feature("birth_date", 1.0, birth_date_feature, "agreement or distance of birth dates"),
    Feature("common_name", 1.0, commonness_feature, "agreement only on very common names, no date"),
    Feature("nationality", 1.0, nationality_feature, "shared or differing nationality"),
    Feature("gender", 1.0, gender_feature, "differing recorded gender"),
)


CEILING_FEATURES = ("name", "birth_date", "common_name", "nationality", "gender")
"""The features :func:`score_ceiling` knows how to bound, each of weight 1."""


def score_ceiling(candidate: Person, record: Person, *, name: float, agreeing: int) -> float:
    """The most :func:`quick_score` can give when the best name pair scores at most
    ``name`` with at most ``agreeing`` aligned pairs carrying a name part.

    Batch matching asks this before aligning names: most pairs its blocking proposes share
    two parts and differ in a third or in the birth date, and are far below review. The
    commonness feature only takes, the dates and the names' conflict relief are bounded
    through ``name`` and ``agreeing``, nationality and gender are exact.
    """
    total = name + _nationality_value(candidate.countries, record.countries)
    if candidate.gender is not None and record.gender is not None:
        total += 0.0 if candidate.gender == record.gender else GENDER_DIFFERS
    born, listed = candidate.birth_date, record.birth_date
    if born is not None and listed is not None:
        # the relief is half the conflict's cost, which is at most what the name lacks;
        # the name plus its relief grows with the name, so the bound holds at ``name``
        total += _date_evidence(
            born,
            listed,
            agreeing=lambda: agreeing,
            relief=lambda: EXACT_DATE_CONFLICT_RELIEF * (1.0 - name),
            explain=False,
        ).value
    return max(0.0, min(1.0, total))


def quick_score(
    candidate: Person,
    record: Person,
    model: tuple[Feature, ...] = MODEL,
    *,
    similarity: SimilarityFn = part_similarity,
    neighbours: NeighboursFn | None = None,
) -> float:
    """:func:`score_pair`'s score alone, without the explanation (the batch path scores
    most pairs only to find them below the threshold)."""
    ctx = PairContext(
        candidate, record, explain=False, similarity=similarity, neighbours=neighbours
    )
    total = 0.0
    for feature in model:
        total += feature.weight * feature.func(ctx).value
    return round(max(0.0, min(1.0, total)), 4)


def score_pair(
    candidate: Person,
    record: Person,
    model: tuple[Feature, ...] = MODEL,
    *,
    explain: bool = True,
    similarity: SimilarityFn = part_similarity,
    neighbours: NeighboursFn | None = None,
) -> MatchResult:
    """Score a candidate against a record with the feature table ``model``.

    ``explain=False`` skips the reviewer-facing text (the batch path explains only the
    pairs it raises).
    """
    ctx = PairContext(
        candidate, record, explain=explain, similarity=similarity, neighbours=neighbours
    )
    contributions: list[Contribution] = []
    total = 0.0
    for feature in model:
        result = feature.func(ctx)
        contribution = feature.weight * result.value
        total += contribution
        contributions.append(Contribution(feature.name, result.value, contribution, result.detail))
    _, left, right = best_names(ctx)
    return MatchResult(
        candidate_key=candidate.key,
        record_key=record.key,
        score=round(max(0.0, min(1.0, total)), 4),
        contributions=tuple(contributions),
        candidate_name=left.original,
        record_name=right.original,
    )
