"""The command-line contract other tools rely on: ``vetting match``."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from tests.conftest import CANDIDATE_HEADER, EXCLUSION_HEADER, WriteCsv
from vetting.cli import app

runner = CliRunner()


def _candidates(write_csv: WriteCsv) -> Path:
    return write_csv(
        "candidates.csv",
        CANDIDATE_HEADER,
        [
            ["C1", "PETRENKO, Vladimir", "1971-03-14", "Ukraine", "M"],
            ["C2", "Mohammed Abdulrahman al-Husseini", "1980-05-05", "Jordan", "male"],
            ["C3", "Wang Xiaoming", "1975", "", ""],
            ["C4", "Amina Odhiambo", "1992-02-02", "Kenya", "female"],
            ["C5", "Kim Jong Suk", "", "", ""],
        ],
    )


def test_match_writes_one_row_per_pair_for_review(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path
) -> None:
    out = tmp_path / "pairs.csv"
    result = runner.invoke(
        app, ["match", str(_candidates(write_csv)), str(exclusions_csv), "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    pairs = pl.read_csv(out)
    assert pairs.columns[:5] == ["candidate_id", "record_id", "score", "band", "explanation"]
    found = set(zip(pairs["candidate_id"], pairs["record_id"], strict=True))
    assert {("C1", "R1"), ("C2", "R2"), ("C3", "R3"), ("C5", "R5")} <= found
    assert not any(c == "C4" for c, _ in found)
    assert pairs["score"].is_between(0.7, 1.0).all()
    assert set(pairs["band"]) <= {"high", "medium", "low"}


def test_xlsx_and_parquet_inputs_give_the_same_pairs(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path
) -> None:
    candidates = pl.read_csv(_candidates(write_csv), infer_schema=False)
    xlsx, parquet = tmp_path / "c.xlsx", tmp_path / "c.parquet"
    candidates.write_excel(xlsx)
    candidates.write_parquet(parquet)
    results = []
    for source in (xlsx, parquet):
        out = tmp_path / f"{source.suffix[1:]}.csv"
        assert (
            runner.invoke(
                app, ["match", str(source), str(exclusions_csv), "-o", str(out)]
            ).exit_code
            == 0
        )
        results.append(pl.read_csv(out).select("candidate_id", "record_id", "score"))
    assert results[0].equals(results[1])
    assert results[0].height >= 4


def test_missing_columns_name_the_file_and_exit_non_zero(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path
) -> None:
    bad = write_csv("bad.csv", ["id", "name"], [["1", "Someone"]])
    out = tmp_path / "pairs.csv"
    result = runner.invoke(app, ["match", str(bad), str(exclusions_csv), "-o", str(out)])
    assert result.exit_code == 1
    assert "bad.csv" in result.output and "candidate_id" in result.output
    assert not out.exists()


def test_bad_rows_are_reported_with_line_and_reason(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path
) -> None:
    candidates = write_csv(
        "rows.csv",
        CANDIDATE_HEADER,
        [
            ["C1", "Vladimir Petrenko", "1971-03-14", "", ""],
            ["", "No Id", "", "", ""],
            ["C3", "", "1980", "", ""],
            ["C1", "Duplicate Id", "", "", ""],
            ["C5", "Wang Xiaoming", "1975-02-30", "", ""],
            ["C6", "Maria Lopez Garcia", "03/04/1990", "", ""],
        ],
    )
    out = tmp_path / "pairs.csv"
    result = runner.invoke(app, ["match", str(candidates), str(exclusions_csv), "-o", str(out)])
    assert result.exit_code == 3, result.output
    text = result.output
    assert "rows.csv:3: error: candidate_id: empty id" in text
    assert "rows.csv:4: error: full_name: empty name" in text
    assert "rows.csv:5: error: candidate_id: duplicate id 'C1' (first on line 2)" in text
    assert "rows.csv:6: warning: date_of_birth: impossible day" in text
    assert "rows.csv:7: warning: date_of_birth: ambiguous day and month" in text
    pairs = pl.read_csv(out)
    assert {"C1", "C5", "C6"} <= set(pairs["candidate_id"])  # valid rows still screened


def test_a_rejected_list_row_is_reported_and_the_rest_matched(
    tmp_path: Path, write_csv: WriteCsv
) -> None:
    blank = [""] * (len(EXCLUSION_HEADER) - 2)
    exclusions = write_csv(
        "list.csv",
        EXCLUSION_HEADER,
        [["R1", "Vladimir Petrenko", *blank], ["", "Wang Xiaoming", *blank]],
    )
    candidates = write_csv("c.csv", CANDIDATE_HEADER, [["C1", "Vladimir Petrenko", "", "", ""]])
    out = tmp_path / "pairs.csv"
    result = runner.invoke(app, ["match", str(candidates), str(exclusions), "-o", str(out)])
    assert result.exit_code == 3, result.output
    assert "list.csv:3: error: record_id: empty id" in result.output
    assert pl.read_csv(out)["record_id"].to_list() == ["R1"]


@pytest.mark.parametrize("header", ["candidate_id,full_name,Full_Name ,date_of_birth", "\t,"])
def test_a_header_repeating_a_name_once_trimmed_is_refused(
    tmp_path: Path, exclusions_csv: Path, header: str
) -> None:
    """Which of two "full_name" columns is meant is unknown; blank headers are alike."""
    bad = tmp_path / "dup.csv"
    row = ",".join(["1"] * len(header.split(",")))
    bad.write_text(f"{header}\n{row}\n", encoding="utf-8")
    out = tmp_path / "pairs.csv"
    result = runner.invoke(app, ["match", str(bad), str(exclusions_csv), "-o", str(out)])
    assert result.exit_code == 1
    assert "dup.csv" in result.output and "repeats a column name" in result.output
    assert not out.exists()


def test_unsupported_and_missing_files(tmp_path: Path, exclusions_csv: Path) -> None:
    odd = tmp_path / "c.docx"
    odd.write_text("x")
    result = runner.invoke(
        app, ["match", str(odd), str(exclusions_csv), "-o", str(tmp_path / "p.csv")]
    )
    assert result.exit_code == 1 and "unsupported file type" in result.output
    result = runner.invoke(
        app,
        ["match", str(tmp_path / "nope.csv"), str(exclusions_csv), "-o", str(tmp_path / "p.csv")],
    )
    assert result.exit_code == 1 and "no such file" in result.output


def test_windows_1252_and_bom_files_are_read(tmp_path: Path, exclusions_csv: Path) -> None:
    legacy = tmp_path / "legacy.csv"
    header = "candidate_id,full_name,date_of_birth"
    legacy.write_bytes(
        f"{header}\r\nC1,María Fernanda López García,1990-12-01\r\n".encode("cp1252")
    )
    bom = tmp_path / "bom.csv"
    bom.write_bytes(f"\ufeff{header}\nC1,Maria Fernanda Lopez Garcia,1990-12-01\n".encode())
    for path in (legacy, bom):
        out = tmp_path / f"{path.stem}-pairs.csv"
        assert (
            runner.invoke(app, ["match", str(path), str(exclusions_csv), "-o", str(out)]).exit_code
            == 0
        )
        assert pl.read_csv(out)["record_id"].to_list() == ["R4"]


def test_single_name_check_ranks_with_explanations(exclusions_csv: Path) -> None:
    result = runner.invoke(
        app, ["match", "--name", "Владимир Петренко", "--dob", "1971", str(exclusions_csv)]
    )
    assert result.exit_code == 0, result.output
    assert "R1" in result.output and "vladimir" in result.output.lower()
    none = runner.invoke(app, ["match", "--name", "Zhanna Nobody", str(exclusions_csv)])
    assert none.exit_code == 0 and "No record reaches the review threshold" in none.output


def test_usage_errors(exclusions_csv: Path) -> None:
    assert runner.invoke(app, ["match", str(exclusions_csv)]).exit_code == 2
    assert runner.invoke(app, ["match", str(exclusions_csv), str(exclusions_csv)]).exit_code == 2


def test_formula_cells_are_neutralised(tmp_path: Path, write_csv: WriteCsv) -> None:
    excl = write_csv("e.csv", ["record_id", "full_name"], [["R1", "=HYPERLINK(1) Maria Lopez"]])
    cand = write_csv("c.csv", CANDIDATE_HEADER, [["C1", "Maria Lopez", "", "", ""]])
    out = tmp_path / "p.csv"
    assert runner.invoke(app, ["match", str(cand), str(excl), "-o", str(out)]).exit_code == 0
    assert pl.read_csv(out)["record_name"][0].startswith("'=")


def test_the_match_command_loads_no_database_layer_nor_web_app(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path
) -> None:
    """``vetting match`` in a fresh interpreter, as the console script runs it: it writes
    its pairs, and the database layer, the web app and the charts, which other commands
    need, stay unimported (with them the command's imports took 2.6 s, without 0.4). As
    it exits, its heap is frozen, out of the interpreter's last collection."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    out = tmp_path / "pairs.csv"
    argv = ["vetting", "match", str(_candidates(write_csv)), str(exclusions_csv), "-o", str(out)]
    script = (
        "import sys\n"
        f"sys.argv = {argv!r}\n"
        "from vetting.__main__ import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as stop:\n"
        "    assert stop.code in (0, None), stop.code\n"
        "heavy = ('sqlmodel', 'sqlalchemy', 'fastapi', 'matplotlib', 'vetting.db', 'argon2')\n"
        "print(' '.join(m for m in heavy if m in sys.modules) or 'none')\n"
        "import atexit, gc\n"
        "assert gc.get_freeze_count() == 0\n"
        "atexit._run_exitfuncs()\n"
        "print('frozen', gc.get_freeze_count() > 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip().splitlines()[-2:] == ["none", "frozen True"], done.stdout
    assert pl.read_csv(out).height > 0
