"""Short markdown summaries of a batch, an import and a rescreen (Prefect artifacts, logs).

Summaries hold counts and identifiers only, never names: artifacts are visible to anyone
with access to the orchestration server.
"""

from __future__ import annotations

from vetting.batches import BatchSummary, Submission
from vetting.exclusions import ImportResult
from vetting.rescreen import RescreenSummary

_STATUSES = ("cleared", "under_review", "not_cleared", "pending")
_BANDS = ("high", "medium", "low")


def _table(rows: list[tuple[str, str]]) -> str:
    lines = ["| | |", "|---|---:|"]
    lines += [f"| {k} | {v} |" for k, v in rows]
    return "\n".join(lines)


def batch_markdown(submission: Submission, summary: BatchSummary) -> str:
    """Counts cleared, under review, alerts by band, rejected rows and durations."""
    seconds = summary.screening_seconds
    rows = [
        ("region / office", f"{summary.region} / {summary.office}"),
        ("file", summary.source_name),
        ("status", summary.status),
        ("candidates", str(summary.candidates)),
        ("rows rejected", str(summary.rejected_rows)),
        *((f"candidates {s}", str(summary.by_status.get(s, 0))) for s in _STATUSES),
        *((f"alerts {b}", str(summary.alerts_by_band.get(b, 0))) for b in _BANDS),
        ("list version", str(summary.list_version_id)),
        ("matcher version", str(summary.matcher_version)),
        ("screening time (s)", "-" if seconds is None else f"{seconds:.1f}"),
        ("new submission", "yes" if submission.created else "no (same file as before)"),
    ]
    return f"# Batch {summary.batch_id}\n\n{_table(rows)}\n"


def import_markdown(result: ImportResult) -> str:
    """Version, added, changed, removed."""
    rows = [
        ("list version", str(result.version_id)),
        ("new version", "yes" if result.created else "no (nothing changed)"),
        ("records", str(result.total)),
        ("added", str(result.added)),
        ("changed", str(result.changed)),
        ("removed", str(result.removed)),
        ("warnings", str(len(result.problems))),
    ]
    return f"# Exclusion list import\n\n{_table(rows)}\n"


def rescreen_markdown(summary: RescreenSummary) -> str:
    """Records and candidates looked at, candidates reopened, alerts by band."""
    rows = [
        ("list version", str(summary.list_version_id)),
        ("new or changed records", str(summary.records)),
        ("candidates rescreened", str(summary.candidates)),
        ("candidates reopened", str(summary.reopened)),
        *((f"alerts {b}", str(summary.alerts_by_band.get(b, 0))) for b in _BANDS),
    ]
    return f"# Rescreen\n\n{_table(rows)}\n"
