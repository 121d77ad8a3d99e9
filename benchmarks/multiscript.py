"""Multi-script match quality on synthetic drift: recall per tier and script, false alerts.

Why: the public datasets in :mod:`benchmarks.quality` are mostly Latin-script. This
harness asks the questions a screening officer in a field office asks: is a listed person
found when HR wrote the name in another script, another romanisation, with a typo or a
drifted birth date, and how many innocent namesakes and relatives are raised? The data is
synthetic (:mod:`fixtures.scenario`) and the drift is modelled on HR data, not on what the
matcher handles, so misses here are real leads.

Run from the repository root (about two minutes on 2 cores)::

    python -m benchmarks.multiscript
    python -m benchmarks.multiscript --seed 7 --records 1000 --matches 600 --negatives 3000

Results go to ``benchmarks/results/multiscript.md`` (tables) and ``multiscript.json``
(every number and the lowest-scoring misses). Our matcher is compared with a names-only
baseline: rapidfuzz ``token_sort_ratio`` >= 85 on ``utils.default_process``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import platform
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process, utils

from benchmarks.datasets import make_person
from fixtures.people import SyntheticPerson
from fixtures.scenario import Scenario, make_scenario
from fixtures.tiers import TIERS
from matching.batch import Matcher
from matching.model import MODEL_VERSION, Person, score_pair

log = logging.getLogger("benchmarks.multiscript")

THRESHOLD = 0.70
BASELINE_CUTOFF = 85.0
RESULTS_DIR = Path(__file__).parent / "results"
LOWEST_MISSES = 20

Pair = tuple[str, str]
"""(candidate key, record key)"""


def to_person(row: SyntheticPerson, unreadable: Counter[str]) -> Person:
    """A file row as the matcher sees it: every name, parsed date, country codes."""
    return make_person(
        row.key,
        (row.full_name, *row.aliases),
        row.date_of_birth,
        row.nationality,
        row.gender or None,
        unreadable,
    )


@dataclass(frozen=True, slots=True)
class Raised:
    """Pairs one method raised, with our score where we have one."""

    pairs: dict[Pair, float]
    seconds: float


def run_ours(records: Sequence[Person], candidates: Sequence[Person], threshold: float) -> Raised:
    """Everything the batch matcher raises at ``threshold`` (blocking included)."""
    start = time.perf_counter()
    matcher = Matcher(records)
    pairs = {
        (m.candidate_key, m.record_key): m.score
        for m in matcher.match(candidates, threshold=threshold)
    }
    seconds = time.perf_counter() - start
    log.info(
        "ours: %d pairs raised in %.1fs (%d pairs scored)",
        len(pairs),
        seconds,
        matcher.pairs_scored,
    )
    return Raised(pairs, seconds)


def run_baseline(scenario: Scenario, cutoff: float) -> Raised:
    """token_sort_ratio >= ``cutoff`` of the candidate's name against any record name."""
    start = time.perf_counter()
    choices: list[str] = []
    owner: list[int] = []
    for index, record in enumerate(scenario.records):
        for name in (record.full_name, *record.aliases):
            choices.append(name)
            owner.append(index)
    queries = [c.full_name for c in scenario.candidates]
    matrix = process.cdist(
        queries,
        choices,
        scorer=fuzz.token_sort_ratio,
        processor=utils.default_process,
        score_cutoff=cutoff,
        dtype=np.uint8,
        workers=-1,
    )
    rows, cols = np.nonzero(matrix >= cutoff)
    owners = np.asarray(owner)[cols]
    pairs: dict[Pair, float] = {}
    for q, r, c in zip(rows.tolist(), owners.tolist(), cols.tolist(), strict=True):
        pair = (scenario.candidates[q].key, scenario.records[r].key)
        pairs[pair] = max(pairs.get(pair, 0.0), float(matrix[q, c]) / 100)
    seconds = time.perf_counter() - start
    log.info("token_sort: %d pairs raised in %.1fs", len(pairs), seconds)
    return Raised(pairs, seconds)


def rate(hits: int, total: int) -> float | None:
    """A share, or None for an empty group."""
    return round(hits / total, 4) if total else None


def drift_kinds(candidate: SyntheticPerson) -> list[str]:
    """The drift a candidate carries, dates grouped under ``date:<variant>``."""
    return list(candidate.perturbations)


def recall_groups(
    scenario: Scenario, methods: dict[str, Raised]
) -> dict[str, dict[str, dict[str, Any]]]:
    """Recall per tier, per script of the record, per kind of drift and per locale."""
    records = {r.key: r for r in scenario.records}
    candidates = {c.key: c for c in scenario.candidates}
    groups: dict[str, dict[str, list[Pair]]] = defaultdict(lambda: defaultdict(list))
    for row in scenario.truth:
        pair = (row.candidate_id, row.record_id)
        record, candidate = records[row.record_id], candidates[row.candidate_id]
        groups["tier"][row.tier].append(pair)
        groups["tier"]["all"].append(pair)
        groups["script"][record.script].append(pair)
        cross = "same script" if record.script == candidate.script else "across scripts"
        groups["script_pair"][cross].append(pair)
        groups["locale"][record.locale].append(pair)
        for kind in drift_kinds(candidate):
            groups["kind"][kind].append(pair)
        name_kinds = [k for k in drift_kinds(candidate) if not k.startswith("date:")]
        groups["combination"][f"{row.tier}: {' + '.join(name_kinds)}"].append(pair)
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for group, members in groups.items():
        out[group] = {}
        for label in sorted(members, key=lambda k: (k != "all", k)):
            pairs = members[label]
            entry: dict[str, Any] = {"n": len(pairs)}
            for method, raised in methods.items():
                entry[method] = rate(sum(p in raised.pairs for p in pairs), len(pairs))
            out[group][label] = entry
    return out


def false_alerts(scenario: Scenario, methods: dict[str, Raised]) -> dict[str, dict[str, Any]]:
    """Raised pairs of candidates who are on no record, per 1,000 such candidates.

    Also counted: candidates with at least one alert, and alerts that true-match
    candidates raise against records other than their own.
    """
    negatives = scenario.negatives
    by_kind: dict[str, list[str]] = {
        "namesakes (same name, born 8+ years apart)": [
            n.candidate_id for n in negatives if n.kind == "namesake_dob"
        ],
        "relatives (same family name)": [
            n.candidate_id for n in negatives if n.kind == "same_family"
        ],
        "all hard negatives": [n.candidate_id for n in negatives if n.kind != "random"],
        "random negatives": [n.candidate_id for n in negatives if n.kind == "random"],
        "all negatives": [n.candidate_id for n in negatives],
    }
    truth_pairs = {(t.candidate_id, t.record_id) for t in scenario.truth}
    names = {p.key: [p.full_name, *p.aliases] for p in [*scenario.records, *scenario.candidates]}

    def same_name(pair: Pair) -> bool:
        """Identical up to case, punctuation and word order: a true namesake."""
        return any(
            fuzz.token_sort_ratio(a, b, processor=utils.default_process) == 100
            for a in names[pair[0]]
            for b in names[pair[1]]
        )

    out: dict[str, dict[str, Any]] = {}
    for label, keys in by_kind.items():
        entry: dict[str, Any] = {"n": len(keys)}
        wanted = set(keys)
        for method, raised in methods.items():
            alerts = Counter(c for c, _ in raised.pairs if c in wanted)
            identical = sum(same_name(p) for p in raised.pairs if p[0] in wanted)
            entry[method] = {
                "identical_name_share": rate(identical, sum(alerts.values())),
                "alerts_per_1000": round(1000 * sum(alerts.values()) / len(keys), 1)
                if keys
                else None,
                "share_alerted": rate(len(alerts), len(keys)),
            }
        out[label] = entry
    true_keys = {t.candidate_id for t in scenario.truth}
    extra: dict[str, Any] = {"n": len(true_keys)}
    for method, raised in methods.items():
        wrong = [p for p in raised.pairs if p[0] in true_keys and p not in truth_pairs]
        extra[method] = {
            "identical_name_share": rate(sum(same_name(p) for p in wrong), len(wrong)),
            "alerts_per_1000": round(1000 * len(wrong) / len(true_keys), 1) if true_keys else None,
            "share_alerted": rate(len({c for c, _ in wrong}), len(true_keys)),
        }
    out["true-match candidates, other records"] = extra
    return out


def false_alert_examples(
    scenario: Scenario, ours: Raised, per_kind: int = 10
) -> dict[str, list[dict[str, Any]]]:
    """The highest-scoring alerts our matcher raised on negatives, per kind of negative."""
    records = {r.key: r for r in scenario.records}
    candidates = {c.key: c for c in scenario.candidates}
    kinds = {n.candidate_id: n.kind for n in scenario.negatives}
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (cand, rec), score in ours.pairs.items():
        if cand not in kinds:
            continue
        candidate, record = candidates[cand], records[rec]
        found[kinds[cand]].append(
            {
                "score": score,
                "candidate": candidate.full_name,
                "candidate_dob": candidate.date_of_birth,
                "record": record.full_name,
                "record_dob": record.date_of_birth,
                "locale": record.locale,
                "pair": [cand, rec],
            }
        )
    return {
        kind: sorted(rows, key=lambda r: (-r["score"], r["pair"]))[:per_kind]
        for kind, rows in sorted(found.items())
    }


def direct_scores(scenario: Scenario, people: dict[str, Person]) -> dict[Pair, tuple[float, str]]:
    """Every true pair scored directly (no blocking), with the reviewer's explanation."""
    out: dict[Pair, tuple[float, str]] = {}
    for row in scenario.truth:
        result = score_pair(people[row.candidate_id], people[row.record_id])
        out[(row.candidate_id, row.record_id)] = (result.score, result.explanation())
    return out


def misses(
    scenario: Scenario, ours: Raised, direct: dict[Pair, tuple[float, str]]
) -> list[dict[str, Any]]:
    """True pairs our matcher did not raise, lowest direct score first."""
    records = {r.key: r for r in scenario.records}
    candidates = {c.key: c for c in scenario.candidates}
    out: list[dict[str, Any]] = []
    for row in scenario.truth:
        pair = (row.candidate_id, row.record_id)
        if pair in ours.pairs:
            continue
        record, candidate = records[row.record_id], candidates[row.candidate_id]
        score, why = direct[pair]
        out.append(
            {
                "score": score,
                "tier": row.tier,
                "drift": drift_kinds(candidate),
                "record": record.full_name,
                "aliases": list(record.aliases),
                "candidate": candidate.full_name,
                "record_dob": record.date_of_birth,
                "candidate_dob": candidate.date_of_birth,
                "record_script": record.script,
                "candidate_script": candidate.script,
                "locale": record.locale,
                "lost_in_blocking": score >= THRESHOLD,
                "explanation": why,
                "pair": list(pair),
            }
        )
    return sorted(out, key=lambda m: (m["score"], m["pair"]))


def miss_summary(missed: Iterable[dict[str, Any]]) -> dict[str, list[tuple[str, int]]]:
    """What the misses have in common: kinds of drift, scripts, locales."""
    kinds: Counter[str] = Counter()
    combos: Counter[str] = Counter()
    scripts: Counter[str] = Counter()
    locales: Counter[str] = Counter()
    for miss in missed:
        name_kinds = [k for k in miss["drift"] if not k.startswith("date:")]
        kinds.update(miss["drift"])
        combos[" + ".join(name_kinds)] += 1
        scripts[f"{miss['record_script']} -> {miss['candidate_script']}"] += 1
        locales[miss["locale"]] += 1
    return {
        "kinds": kinds.most_common(),
        "combinations": combos.most_common(15),
        "scripts": scripts.most_common(15),
        "locales": locales.most_common(15),
    }


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _md_recall(title: str, rows: dict[str, dict[str, Any]], methods: Sequence[str]) -> list[str]:
    lines = [
        f"### {title}",
        "",
        "| group | n | " + " | ".join(methods) + " |",
        "|---|---:|" + "---:|" * len(methods),
    ]
    for label, entry in rows.items():
        lines.append(
            f"| {label} | {entry['n']} | " + " | ".join(_pct(entry[m]) for m in methods) + " |"
        )
    return [*lines, ""]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(report: dict[str, Any]) -> str:
    """The tables a reviewer reads."""
    methods = list(report["methods"])
    run = report["run"]
    lines = [
        "# Multi-script match quality (synthetic data)",
        "",
        f"Generated by `python -m benchmarks.multiscript` on {run['date']} "
        f"(seed {run['seed']}, model {run['model_version']}, threshold {run['threshold']:.2f}). "
        "All people are synthetic (`fixtures/scenario.py`).",
        "",
        f"- exclusion records: {run['records']} (with {run['aliases']} aliases); candidates: "
        f"{run['candidates']} = {run['true_matches']} true matches + {run['hard_negatives']} hard "
        f"negatives + {run['random_negatives']} random negatives",
        f"- ours = `matching.batch.Matcher` at score >= {run['threshold']:.2f} "
        f"({report['methods']['ours']['seconds']:.0f}s); token_sort = rapidfuzz `token_sort_ratio` "
        f">= {BASELINE_CUTOFF:.0f} on names and aliases only "
        f"({report['methods']['token_sort']['seconds']:.0f}s)",
        f"- true pairs that score >= threshold but were not proposed by blocking: "
        f"{report['blocking_losses']}",
        f"- unreadable dates passed as missing: {sum(report['unreadable_dates'].values())}",
        "",
        "Tiers: easy = case/spacing, diacritics, title, family-name-first; medium = another "
        "romanisation, native script vs Latin, dropped middle name, one typo, split/joined "
        "parts; hard = two of these plus a drifted birth date.",
        "",
        "## Recall of true matches",
        "",
    ]
    recall = report["recall"]
    lines += _md_recall("By tier", recall["tier"], methods)
    lines += _md_recall("By script of the record", recall["script"], methods)
    lines += _md_recall("Same script or across scripts", recall["script_pair"], methods)
    lines += _md_recall(
        "By kind of drift (a pair counts under each of its kinds)", recall["kind"], methods
    )
    lines += _md_recall("By locale of the record", recall["locale"], methods)
    lines += [
        "## False alerts",
        "",
        "Alerts per 1,000 candidates who are on no record (and the share of them with at least "
        "one alert). Namesakes share the name (or an easy variant of it) but were born 8-22 "
        "years apart; relatives share the family name with another given name.",
        "",
        "| negatives | n | " + " | ".join(f"{m} per 1,000 | {m} alerted" for m in methods) + " |",
        "|---|---:|" + "---:|---:|" * len(methods),
    ]
    for label, entry in report["false_alerts"].items():
        cells = " | ".join(
            f"{entry[m]['alerts_per_1000']} | {_pct(entry[m]['share_alerted'])}" for m in methods
        )
        lines.append(f"| {label} | {entry['n']} | {cells} |")
    shares = ", ".join(
        f"{label}: {_pct(entry['ours']['identical_name_share'])}"
        for label, entry in report["false_alerts"].items()
    )
    lines += [
        "",
        "Share of our false alerts where the two names are identical up to case, "
        f"punctuation and word order (namesakes no name matcher can tell apart): {shares}.",
    ]
    lines += ["", "Highest-scoring false alerts of random negatives (ours):", ""]
    lines += [
        f"- {ex['score']:.2f} `{_cell(ex['candidate'])}` ({ex['candidate_dob'] or '–'}) ~ "
        f"`{_cell(ex['record'])}` ({ex['record_dob'] or '–'})"
        for ex in report["false_alert_examples"].get("random", [])
    ]
    lines += ["", "## What the misses have in common (ours)", ""]
    summary = report["miss_summary"]
    lines.append(
        f"{report['missed']} true pairs missed. Kinds of drift among them: "
        + ", ".join(f"{k} {n}" for k, n in summary["kinds"])
        + "."
    )
    lines += ["", "| drift (names) | misses |", "|---|---:|"]
    lines += [f"| {_cell(k) or '(none)'} | {n} |" for k, n in summary["combinations"]]
    lines += ["", "| record script -> candidate script | misses |", "|---|---:|"]
    lines += [f"| {k} | {n} |" for k, n in summary["scripts"]]
    lines += [
        "",
        f"## The {LOWEST_MISSES} lowest-scoring missed true pairs",
        "",
        "| score | tier | drift | record (aliases) | candidate | dates (record / candidate) |",
        "|---:|---|---|---|---|---|",
    ]
    for miss in report["lowest_misses"]:
        record = miss["record"] + (f" ({'; '.join(miss['aliases'])})" if miss["aliases"] else "")
        dates = f"{miss['record_dob'] or '–'} / {miss['candidate_dob'] or '–'}"
        drift = ", ".join(miss["drift"])
        lines.append(
            f"| {miss['score']:.2f} | {miss['tier']} | {drift} | {_cell(record)} | "
            f"{_cell(miss['candidate'])} | {dates} |"
        )
    lines += ["", "Explanations of the same pairs (ours, scored without blocking):", ""]
    lines += [
        f"- `{_cell(m['candidate'])}` ~ `{_cell(m['record'])}`: {_cell(m['explanation'])}"
        for m in report["lowest_misses"]
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    """Generate, match, measure, write ``benchmarks/results/multiscript.{md,json}``."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.multiscript", description=__doc__)
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--matches", type=int, default=1500)
    parser.add_argument("--namesakes", type=int, default=2000, help="hard negatives")
    parser.add_argument("--negatives", type=int, default=8000, help="random negatives")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--out", type=Path, default=RESULTS_DIR)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )

    scenario = make_scenario(
        records=args.records,
        matches=args.matches,
        namesakes=args.namesakes,
        negatives=args.negatives,
        seed=args.seed,
    )
    unreadable: Counter[str] = Counter()
    records = [to_person(r, unreadable) for r in scenario.records]
    candidates = [to_person(c, unreadable) for c in scenario.candidates]
    people = {p.key: p for p in [*records, *candidates]}

    methods = {
        "ours": run_ours(records, candidates, args.threshold),
        "token_sort": run_baseline(scenario, BASELINE_CUTOFF),
    }
    direct = direct_scores(scenario, people)
    missed = misses(scenario, methods["ours"], direct)
    report: dict[str, Any] = {
        "run": {
            "date": dt.date.today().isoformat(),
            "seed": args.seed,
            "threshold": args.threshold,
            "model_version": MODEL_VERSION,
            "python": platform.python_version(),
            "records": len(scenario.records),
            "aliases": sum(len(r.aliases) for r in scenario.records),
            "candidates": len(scenario.candidates),
            "true_matches": len(scenario.truth),
            "hard_negatives": sum(n.kind != "random" for n in scenario.negatives),
            "random_negatives": sum(n.kind == "random" for n in scenario.negatives),
        },
        "methods": {
            name: {"seconds": round(raised.seconds, 1), "pairs_raised": len(raised.pairs)}
            for name, raised in methods.items()
        },
        "recall": recall_groups(scenario, methods),
        "false_alerts": false_alerts(scenario, methods),
        "blocking_losses": sum(1 for m in missed if m["lost_in_blocking"]),
        "unreadable_dates": dict(unreadable),
        "missed": len(missed),
        "miss_summary": miss_summary(missed),
        "false_alert_examples": false_alert_examples(scenario, methods["ours"]),
        "lowest_misses": missed[:LOWEST_MISSES],
        "all_misses": missed,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "multiscript.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (args.out / "multiscript.md").write_text(markdown(report), encoding="utf-8")
    tiers = report["recall"]["tier"]
    for tier in (*TIERS, "all"):
        entry = tiers.get(tier, {})
        log.info(
            "recall %-6s ours %s  token_sort %s",
            tier,
            _pct(entry.get("ours")),
            _pct(entry.get("token_sort")),
        )
    log.info("wrote %s and %s", args.out / "multiscript.md", args.out / "multiscript.json")


if __name__ == "__main__":
    main()
