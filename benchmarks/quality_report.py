"""The quality harness's results: ``quality.json`` (every number) and ``quality.md``.

Use :func:`write_results` to merge new dataset sections into the JSON (a run with
``--only`` replaces just its dataset) and render the markdown tables reviewers read;
:func:`run_metadata` stamps a section with the date, the code it measured and the peers'
versions.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.peers import package_version
from benchmarks.quality_febrl import ceiling_note
from benchmarks.quality_metrics import (
    LOGICV2_THRESHOLD,
    REVIEW_THRESHOLD,
    TOKEN_SORT_THRESHOLD,
    TOP_FALSE_ALERTS,
    TOP_LISTED,
    Section,
)
from matching.model import MODEL_VERSION

ROOT = Path(__file__).resolve().parent.parent
DATASETS = ("un", "namebench", "febrl")
"""Every dataset, in report order."""


def run_metadata(seconds: float, sample: int | None, commit: str) -> dict[str, Any]:
    """When, on what code and with which peers a section was produced."""
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "model_version": MODEL_VERSION,
        "wall_seconds": round(seconds, 1),
        "sample": sample,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "versions": {
            p: package_version(p)
            for p in ("nomenklatura", "followthemoney", "rapidfuzz", "recordlinkage")
        },
    }


def _fmt(value: Any) -> str:
    """Numbers for tables: up to 4 decimals below 10, one above, no trailing zeros."""
    if isinstance(value, float):
        text = f"{value:.4f}" if abs(value) < 10 else f"{value:.1f}"
        return text.rstrip("0").rstrip(".") if "." in text else text
    return str(value)


def _cell(text: Any) -> str:
    """Markdown-safe table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def markdown_table(
    header: Sequence[str], rows: Iterable[Sequence[Any]], right: Collection[int] = ()
) -> list[str]:
    """A markdown table's lines, cells escaped and numbers formatted; the columns numbered
    in ``right`` aligned right (counts)."""
    rule = "|" + "".join("---:|" if i in right else "---|" for i in range(len(header)))
    lines = ["| " + " | ".join(header) + " |", rule]
    lines.extend("| " + " | ".join(_cell(_fmt(v)) for v in row) + " |" for row in rows)
    return lines


def _metric_rows(
    section: Section, columns: Sequence[tuple[str, Callable[[dict[str, Any]], Any]]]
) -> list[list[Any]]:
    rows = []
    for name, entry in section["matchers"].items():
        metrics = entry["metrics"]
        rows.append(
            [
                name,
                entry["threshold"],
                *(get(metrics) for _, get in columns),
                section["target"],
                "yes" if entry["meets_target"] else "no",
                entry["seconds"],
            ]
        )
    return rows


UN_COLUMNS: list[tuple[str, Callable[[dict[str, Any]], Any]]] = [
    ("recall", lambda m: m["recall"]),
    ("missed", lambda m: m["missed"]),
    ("false alerts / 100k", lambda m: m["false_alerts_per_100k"]),
    ("false alerts (pairs)", lambda m: m["false_alerts"]),
    ("negatives alerted", lambda m: m["negatives_alerted"]),
    ("wrong-record alerts (treated, info)", lambda m: m["wrong_record_alerts"]),
]
NAMEBENCH_COLUMNS: list[tuple[str, Callable[[dict[str, Any]], Any]]] = [
    ("precision", lambda m: m["precision"]),
    ("recall", lambda m: m["recall"]),
    ("F1", lambda m: m["f1"]),
    ("non-ASCII P", lambda m: m["non_ascii"]["precision"]),
    ("non-ASCII R", lambda m: m["non_ascii"]["recall"]),
    ("non-ASCII F1", lambda m: m["non_ascii"]["f1"]),
    ("TP/FP/FN/TN", lambda m: f"{m['tp']}/{m['fp']}/{m['fn']}/{m['tn']}"),
]
FEBRL_COLUMNS: list[tuple[str, Callable[[dict[str, Any]], Any]]] = [
    ("raised", lambda m: m["raised"]),
    ("TP", lambda m: m["tp"]),
    ("FP", lambda m: m["fp"]),
    ("FN", lambda m: m["fn"]),
    ("precision", lambda m: m["precision"]),
    ("recall", lambda m: m["recall"]),
    ("F1", lambda m: m["f1"]),
]
COLUMNS = {"un": UN_COLUMNS, "namebench": NAMEBENCH_COLUMNS, "febrl": FEBRL_COLUMNS}


def _alert_lines(title: str, rows: Sequence[dict[str, Any]]) -> list[str]:
    """A list of pairs with our explanation (and, for misses, whether blocking lost it)."""
    lines = ["", f"**{title}** (showing {len(rows)})", ""]
    if not rows:
        return [*lines, "none"]
    blocking = "lost_by_blocking" in rows[0]
    header = ["candidate", "record", "score", *(["lost by blocking"] if blocking else [])]
    body = [
        [r["candidate"], r["record"], r["score"]]
        + (["yes" if r["lost_by_blocking"] else "no"] if blocking else [])
        + [r["explanation"]]
        for r in rows
    ]
    return lines + markdown_table([*header, "our explanation"], body)


def render_section(key: str, section: Section) -> list[str]:
    """One dataset: metadata line, the matcher table, caveats, then the lists."""
    run = section["run"]
    sampled = f"; **SAMPLED: {run['sample']}**" if run["sample"] else ""
    lines = [
        f"## {key}: {section['title']}",
        "",
        f"Run {run['date']}, commit {run['commit']}, model {run['model_version']}, "
        f"wall time {run['wall_seconds']:.0f} s on {run['cpus']} CPUs{sampled}. "
        f"Sizes: {', '.join(f'{k} {v:,}' for k, v in section['sizes'].items())}.",
        "",
    ]
    header = [
        "matcher",
        "threshold",
        *(name for name, _ in COLUMNS[key]),
        "target",
        "meets",
        "seconds",
    ]
    lines += markdown_table(header, _metric_rows(section, COLUMNS[key]))
    lines += ["", "Notes:"]
    for name, entry in section["matchers"].items():
        lines += [f"- {name}: {note}" for note in entry["notes"]]
    if key == "un":
        lines += _alert_lines(
            f"Our misses at {REVIEW_THRESHOLD} (direct score of the true pair)", section["misses"]
        )
        lines += _alert_lines(
            f"Our top {TOP_FALSE_ALERTS} false alerts from negatives", section["false_alerts"]
        )
        lines += _alert_lines(
            "Our alerts from treated candidates against another record (informational)",
            section["wrong_record_alerts"],
        )
    elif key == "namebench":
        for title, rows in (
            ("Our false positives", section["false_positives"]),
            ("Our false negatives", section["false_negatives"]),
        ):
            lines += ["", f"**{title}** (up to {TOP_LISTED})", ""]
            lines += markdown_table(
                ["name1", "name2", "score", "quality", "group"],
                [[r["name1"], r["name2"], r["score"], r["quality"], r["group"]] for r in rows],
            )
    else:
        if "ceiling" in section:
            lines += ["", ceiling_note(section["ceiling"])]
        lines += _alert_lines(
            f"Our false positives (up to {TOP_LISTED})", section["false_positives"]
        )
        lines += _alert_lines(
            f"Our false negatives (up to {TOP_LISTED}, direct score)", section["false_negatives"]
        )
    return [*lines, ""]


def render_markdown(results: dict[str, Section]) -> str:
    """The whole report, datasets in a fixed order."""
    lines = [
        "# Match quality: ours vs LogicV2 vs token_sort",
        "",
        f"Generated by `python -m benchmarks.quality`. Our review threshold is {REVIEW_THRESHOLD}; "
        f"LogicV2's is {LOGICV2_THRESHOLD}; token_sort flags >= {TOKEN_SORT_THRESHOLD * 100:.0f}. "
        "Metrics at other thresholds are in `quality.json`.",
        "",
    ]
    for key in DATASETS:
        if key in results:
            lines += render_section(key, results[key])
    return "\n".join(lines)


def write_results(sections: dict[str, Section], out_dir: Path) -> dict[str, Section]:
    """Merge new sections into the JSON (other datasets keep their last run) and render."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "quality.json"
    merged: dict[str, Section] = json.loads(path.read_text()) if path.exists() else {}
    merged.update(sections)
    ordered = {k: merged[k] for k in DATASETS if k in merged}
    path.write_text(json.dumps(ordered, indent=2, ensure_ascii=False) + "\n")
    (out_dir / "quality.md").write_text(render_markdown(ordered))
    return ordered
