"""Charts of the metrics report (matplotlib, drawn off-screen), as SVG text or PNG bytes.

Three pictures auditors asked for: how completion times are distributed in each region,
how the weekly median and p90 move, and how old the open alerts are.
"""

from __future__ import annotations

import io

import matplotlib as mpl

mpl.use("Agg")

import matplotlib.pyplot as plt
import polars as pl
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from vetting.metrics import AGE_BUCKETS, OLDEST_BUCKET, Report

_AGE_COLOURS = ("#9ecae1", "#6baed6", "#fdae6b", "#f16913", "#a50f15")


def _empty(ax: Axes, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#666")
    ax.set_xticks([])
    ax.set_yticks([])


def completion_distribution(report: Report) -> Figure:
    """Box plot of completion hours per region, with the SLA target as a line."""
    fig, ax = plt.subplots(figsize=(7.5, 3.6), layout="constrained")
    frame = report.completion_hours
    regions = sorted(set(frame["region"].to_list()))
    if not regions:
        _empty(ax, "No candidate completed in this period")
    else:
        data = [frame.filter(pl.col("region") == r)["hours"].to_list() for r in regions]
        ax.boxplot(data, tick_labels=regions, vert=False, showmeans=True)
        ax.axvline(report.sla_hours, color="#b3261e", linestyle="--", label="SLA target")
        ax.set_xlabel("hours from submission to final outcome")
        ax.legend(loc="lower right")
    ax.set_title("Completion time by region")
    return fig


def weekly_trend(report: Report) -> Figure:
    """Median and p90 completion hours per week, with the number completed as bars."""
    fig, ax = plt.subplots(figsize=(7.5, 3.6), layout="constrained")
    weeks = report.by_week
    if weeks.height == 0:
        _empty(ax, "No week in this period")
    else:
        labels = [d.strftime("%d %b") for d in weeks["period"].to_list()]
        counts = ax.twinx()
        counts.bar(labels, weeks["completed"].to_list(), color="#dde3ea", label="completed")
        counts.set_ylabel("candidates completed")
        counts.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_zorder(counts.get_zorder() + 1)
        ax.patch.set_visible(False)
        ax.plot(labels, weeks["median_h"].to_list(), marker="o", label="median")
        ax.plot(labels, weeks["p90_h"].to_list(), marker="s", label="p90")
        ax.axhline(report.sla_hours, color="#b3261e", linestyle="--", label="SLA target")
        ax.set_ylabel("hours")
        ax.set_xlabel("week starting")
        ax.legend(loc="upper left", bbox_to_anchor=(1.12, 1.0), fontsize="small")
    ax.set_title("Weekly completion time")
    return fig


def backlog_ageing(report: Report) -> Figure:
    """Open alerts per region, stacked by how long they have waited."""
    fig, ax = plt.subplots(figsize=(7.5, 3.6), layout="constrained")
    frame = report.backlog
    regions = sorted(set(frame["region"].to_list()))
    if not regions or frame["open_alerts"].sum() == 0:
        _empty(ax, "No open alert")
    else:
        left = [0] * len(regions)
        labels = [label for _, label in AGE_BUCKETS] + [OLDEST_BUCKET]
        counts = {(r, a): int(n) for r, a, n in frame.select("region", "age", "open_alerts").rows()}
        for colour, label in zip(_AGE_COLOURS, labels, strict=True):
            values = [counts.get((r, label), 0) for r in regions]
            ax.barh(regions, values, left=left, color=colour, label=label)
            left = [a + b for a, b in zip(left, values, strict=True)]
        ax.set_xlabel("open alerts")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(title="waiting", loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small")
    ax.set_title("Backlog by age")
    return fig


def render(fig: Figure, fmt: str) -> bytes:
    """The figure as ``svg`` or ``png`` bytes (the figure is closed)."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, dpi=110)
    plt.close(fig)
    return buffer.getvalue()


def all_svg(report: Report) -> dict[str, str]:
    """Every chart as inline SVG text, by name."""
    return {
        "completion": render(completion_distribution(report), "svg").decode(),
        "weekly": render(weekly_trend(report), "svg").decode(),
        "backlog": render(backlog_ageing(report), "svg").decode(),
    }
