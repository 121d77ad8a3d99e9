"""Re-run the golden cases and write ``frozen.csv``: run it after an intended change.

``python -m tests.golden.freeze`` then review the diff of ``tests/golden/frozen.csv``.
"""

from __future__ import annotations

import csv
from pathlib import Path

from matching.dates import parse_date
from matching.model import Person, score_pair
from matching.names import prepare_name

HERE = Path(__file__).parent


def run() -> list[dict[str, str]]:
    """Score every case; one output row per case with the score and explanation."""
    rows = []
    with (HERE / "cases.csv").open(encoding="utf-8") as handle:
        for case in csv.DictReader(handle):
            left = Person("a", (prepare_name(case["name1"]),), parse_date(case["dob1"] or None))
            right = Person("b", (prepare_name(case["name2"]),), parse_date(case["dob2"] or None))
            result = score_pair(left, right)
            rows.append(
                {
                    "name1": case["name1"],
                    "name2": case["name2"],
                    "score": f"{result.score:.4f}",
                    "explanation": result.explanation(),
                }
            )
    return rows


def main() -> None:
    """Write the frozen run."""
    rows = run()
    with (HERE / "frozen.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
