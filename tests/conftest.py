"""Shared fixtures: small files written on the fly, never real people."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

EXCLUSION_HEADER = [
    "record_id",
    "full_name",
    "aliases",
    "date_of_birth",
    "nationality",
    "gender",
    "entity",
    "category",
    "status",
    "recorded_on",
]
CANDIDATE_HEADER = ["candidate_id", "full_name", "date_of_birth", "nationality", "gender"]

WriteCsv = Callable[[str, list[str], list[list[str]]], Path]


@pytest.fixture
def write_csv(tmp_path: Path) -> WriteCsv:
    """Write a CSV file in the test's temporary folder and return its path."""

    def write(name: str, header: list[str], rows: list[list[str]]) -> Path:
        path = tmp_path / name
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
        return path

    return write


@pytest.fixture
def exclusions_csv(write_csv: WriteCsv) -> Path:
    """A small exclusion list in several scripts."""
    return write_csv(
        "exclusions.csv",
        EXCLUSION_HEADER,
        [
            [
                "R1",
                "Владимир Сергеевич Петренко",
                "Vladimir Petrenko",
                "1971-03-14",
                "UA",
                "male",
                "UNDP",
                "SEA",
                "substantiated",
                "2021-05-01",
            ],
            [
                "R2",
                "محمد عبد الرحمن الحسيني",
                "",
                "1980",
                "JO",
                "male",
                "WFP",
                "SH",
                "pending_investigation",
                "2022-01-10",
            ],
            [
                "R3",
                "王小明",
                "",
                "1975-07-02",
                "CN",
                "male",
                "UNICEF",
                "SEA",
                "substantiated",
                "2019-11-20",
            ],
            [
                "R4",
                "Maria Fernanda Lopez Garcia",
                "",
                "1990-12-01",
                "CO",
                "female",
                "UNHCR",
                "SH",
                "substantiated",
                "2023-02-14",
            ],
            [
                "R5",
                "김정숙",
                "Kim Jong Suk",
                "1968",
                "KR",
                "female",
                "UNFPA",
                "SEA",
                "substantiated",
                "2020-08-30",
            ],
        ],
    )
