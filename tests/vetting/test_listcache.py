"""Prepared exclusion lists kept between runs of ``vetting match``."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from typer.testing import CliRunner

from matching.batch import Matcher
from tests.conftest import EXCLUSION_HEADER, WriteCsv
from tests.vetting.test_cli import _candidates
from vetting.cli import app
from vetting.ingest import load_candidates, load_exclusions
from vetting.listcache import SUFFIX, list_key, prepare_list
from vetting.settings import Settings, get_settings

runner = CliRunner()

BAD_ROW = ["R9", "", "", "1990", "", "", "UNDP", "SEA", "substantiated", "2020-01-01"]


def _settings(folder: Path, *, max_list_rows: int = 10_000_000, keep: int = 2) -> Settings:
    return Settings(
        list_cache_dir=str(folder),
        list_cache_min_records=1,
        list_cache_keep=keep,
        max_list_rows=max_list_rows,
    )


def _list(write_csv: WriteCsv, exclusions_csv: Path, name: str = "list.csv") -> Path:
    """The shared small list plus a row with no name, which is rejected."""
    rows = pl.read_csv(exclusions_csv, infer_schema=False).rows()
    return write_csv(name, EXCLUSION_HEADER, [list(r) for r in rows] + [BAD_ROW])


def _pairs(path: Path, candidates: Path, settings: Settings) -> set[tuple[str, str, float]]:
    prepared = prepare_list(path, settings)
    people = load_candidates(candidates, settings).people
    with Matcher(prepared.records, index=prepared.index) as matcher:
        return {
            (r.candidate_key, r.record_key, r.score)
            for r in matcher.match(people, threshold=settings.review_threshold)
        }


def test_a_kept_list_gives_what_preparing_it_afresh_gives(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path
) -> None:
    path, candidates = _list(write_csv, exclusions_csv), _candidates(write_csv)
    settings = _settings(tmp_path / "cache")
    first = prepare_list(path, settings)
    assert not first.from_cache
    (kept,) = (tmp_path / "cache").glob(f"*{SUFFIX}")
    # personal data: readable by the user alone
    assert kept.stat().st_mode & 0o777 == 0o600
    assert kept.parent.stat().st_mode & 0o777 == 0o700
    second = prepare_list(path, settings)
    assert second.from_cache
    assert [p.key for p in second.records] == [p.key for p in first.records]
    assert [n.original for p in second.records for n in p.names] == [
        n.original for p in first.records for n in p.names
    ]
    # the rejected row is reported again, with its line, as a fresh read reports it
    assert [str(p) for p in second.problems] == [str(p) for p in first.problems]
    assert [p.line for p in second.rejected] == [7]
    fresh = _pairs(path, candidates, Settings(list_cache_dir=""))
    assert {("C1", "R1"), ("C3", "R3")} <= {(c, r) for c, r, _ in fresh}
    assert _pairs(path, candidates, settings) == fresh


def test_a_changed_file_or_setting_is_prepared_again(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path
) -> None:
    path = _list(write_csv, exclusions_csv)
    settings = _settings(tmp_path / "cache")
    key = list_key(path, settings)
    assert list_key(path, _settings(tmp_path / "cache", max_list_rows=5)) != key
    prepare_list(path, settings)
    rows = pl.read_csv(path, infer_schema=False)
    rows.with_columns(pl.col("full_name").str.replace("Петренко", "Петрено")).write_csv(path)
    assert list_key(path, settings) != key
    changed = prepare_list(path, settings)
    assert not changed.from_cache
    assert "Петрено" in changed.records[0].names[0].original
    # the same bytes under another name are another list: its problems name its path
    copy = tmp_path / "copy.csv"
    copy.write_bytes(path.read_bytes())
    assert list_key(copy, settings) != list_key(path, settings)


def test_only_the_most_recently_used_lists_are_kept(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path
) -> None:
    folder = tmp_path / "cache"
    settings = _settings(folder, keep=2)
    paths = [_list(write_csv, exclusions_csv, f"list{i}.csv") for i in range(3)]
    prepare_list(paths[0], settings)
    prepare_list(paths[1], settings)
    # as if both were used long ago, the second before the first
    os.utime(folder / f"{list_key(paths[0], settings)}{SUFFIX}", (2, 2))
    os.utime(folder / f"{list_key(paths[1], settings)}{SUFFIX}", (1, 1))
    assert prepare_list(paths[1], settings).from_cache  # used again: now the newest
    prepare_list(paths[2], settings)
    kept = {p.name for p in folder.glob(f"*{SUFFIX}")}
    assert kept == {f"{list_key(p, settings)}{SUFFIX}" for p in paths[1:]}


def test_a_damaged_kept_list_is_prepared_again(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _list(write_csv, exclusions_csv)
    settings = _settings(tmp_path / "cache")
    prepare_list(path, settings)
    kept = tmp_path / "cache" / f"{list_key(path, settings)}{SUFFIX}"
    kept.write_bytes(kept.read_bytes()[:1000])
    with caplog.at_level(logging.WARNING, logger="vetting.listcache"):
        again = prepare_list(path, settings)
    assert not again.from_cache
    assert "unreadable" in caplog.text
    assert len(again.records) == len(load_exclusions(path, settings).people)
    assert prepare_list(path, settings).from_cache  # and kept whole again


def test_small_lists_and_an_empty_folder_setting_keep_nothing(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path
) -> None:
    path = _list(write_csv, exclusions_csv)
    prepare_list(path, Settings(list_cache_dir=str(tmp_path / "a")))  # 5 records < 100,000
    assert not (tmp_path / "a").exists()  # not even made
    assert not prepare_list(path, Settings(list_cache_dir="")).from_cache


def test_an_index_of_other_records_is_refused(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path
) -> None:
    prepared = prepare_list(_list(write_csv, exclusions_csv), Settings(list_cache_dir=""))
    with pytest.raises(ValueError, match="index of"):
        Matcher(list(prepared.records)[:2], index=prepared.index)


def test_vetting_match_twice_against_one_list_gives_the_same_file(
    tmp_path: Path,
    write_csv: WriteCsv,
    exclusions_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("VETTING_LIST_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("VETTING_LIST_CACHE_MIN_RECORDS", "1")
    get_settings.cache_clear()
    path, candidates = _list(write_csv, exclusions_csv), _candidates(write_csv)
    outputs = []
    try:
        for run in range(2):
            out = tmp_path / f"pairs{run}.csv"
            result = runner.invoke(app, ["match", str(candidates), str(path), "-o", str(out)])
            # the list's rejected row is reported on both runs, and exits as rejected rows do
            assert result.exit_code == 3, result.output
            assert f"{path}:7" in result.output
            outputs.append(out.read_bytes())
            assert len(list((tmp_path / "cache").glob(f"*{SUFFIX}"))) == 1
    finally:
        get_settings.cache_clear()
    assert outputs[0] == outputs[1]
    assert b"C1,R1" in outputs[0]


def test_vetting_match_reads_the_candidates_first_and_a_bad_file_spares_the_list(
    tmp_path: Path,
    write_csv: WriteCsv,
    exclusions_csv: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A bad candidates file is told before a list is prepared (about 30 s for a million
    records), so no list is prepared nor kept for nothing."""
    monkeypatch.setenv("VETTING_LIST_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("VETTING_LIST_CACHE_MIN_RECORDS", "1")
    get_settings.cache_clear()
    bad = write_csv("candidates.csv", ["candidate_id", "date_of_birth"], [["C1", "1990"]])
    path = _list(write_csv, exclusions_csv)
    try:
        result = runner.invoke(app, ["match", str(bad), str(path), "-o", str(tmp_path / "o.csv")])
    finally:
        get_settings.cache_clear()
    assert result.exit_code not in (0, 3), result.output
    assert str(bad) in result.output and "full_name" in result.output
    assert f"{path}:7" not in result.output  # the list was not read
    assert not (tmp_path / "cache").exists()


def test_problems_name_the_list_as_this_run_spells_it(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _list(write_csv, exclusions_csv)
    settings = _settings(tmp_path / "cache")
    monkeypatch.chdir(tmp_path)
    first = prepare_list(Path(path.name), settings)
    assert [str(p.path) for p in first.rejected] == [path.name]
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    again = prepare_list(Path("..") / path.name, settings)
    assert again.from_cache
    assert [str(p) for p in again.rejected] == [f"../{path.name}:7: error: full_name: empty name"]
    assert again.path == Path("..") / path.name


def test_a_list_changed_in_place_replaces_its_earlier_copy(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path
) -> None:
    folder = tmp_path / "cache"
    settings = _settings(folder, keep=5)
    path = _list(write_csv, exclusions_csv)
    prepare_list(path, settings)
    rows = pl.read_csv(path, infer_schema=False)
    rows.filter(pl.col("record_id") != "R4").write_csv(path)  # a record taken off the list
    prepare_list(path, settings)
    (kept,) = folder.glob(f"*{SUFFIX}")  # the earlier copy, which still held R4, is gone
    assert kept.name == f"{list_key(path, settings)}{SUFFIX}"
    assert "R4" not in {p.key for p in prepare_list(path, settings).records}


def test_half_written_lists_left_behind_are_deleted_and_other_files_kept(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path
) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    stale, fresh = folder / "vetting-list-abc.tmp", folder / "vetting-list-def.tmp"
    mine = folder / "notes.list"  # not a name this cache gives: never touched
    for file in (stale, fresh, mine):
        file.write_bytes(b"x")
    os.utime(stale, (1, 1))
    prepare_list(_list(write_csv, exclusions_csv), _settings(folder))
    assert not stale.exists()
    assert fresh.exists()  # another run may be writing it now
    assert mine.exists()


def test_a_folder_or_file_others_may_use_is_not_used(
    tmp_path: Path, write_csv: WriteCsv, exclusions_csv: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _list(write_csv, exclusions_csv)
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    with caplog.at_level(logging.WARNING, logger="vetting.listcache"):
        assert not prepare_list(path, _settings(shared)).from_cache
    assert "needs mode 700" in caplog.text
    assert not list(shared.iterdir())
    folder = tmp_path / "cache"
    settings = _settings(folder)
    prepare_list(path, settings)
    kept = folder / f"{list_key(path, settings)}{SUFFIX}"
    kept.chmod(0o644)
    with caplog.at_level(logging.WARNING, logger="vetting.listcache"):
        assert not prepare_list(path, settings).from_cache
    assert "not private" in caplog.text


def test_a_warning_reading_the_list_is_given_again_when_it_is_read_back(
    tmp_path: Path, exclusions_csv: Path, caplog: pytest.LogCaptureFixture
) -> None:
    legacy = tmp_path / "legacy.csv"
    text = exclusions_csv.read_text(encoding="utf-8").replace("Maria Fernanda", "María José")
    legacy.write_bytes(
        "\n".join(line for line in text.splitlines() if not any(ord(c) > 255 for c in line)).encode(
            "cp1252"
        )
    )
    settings = _settings(tmp_path / "cache")
    for expected in (False, True):
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            prepared = prepare_list(legacy, settings)
        assert prepared.from_cache is expected
        assert "is not UTF-8; reading it as Windows-1252" in caplog.text
        assert any("María" in n.original for p in prepared.records for n in p.names)


def test_the_code_fingerprint_does_not_depend_on_how_python_was_started(tmp_path: Path) -> None:
    """Started in the checkout, Python sees the project's metadata on the path once more:
    the key of a kept list (and of a list version screening processes share) stays."""
    root = Path(__file__).resolve().parents[2]
    code = "from vetting.listcache import code_fingerprint; print(code_fingerprint())"
    env = {**os.environ, "PYTHONPATH": str(root)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True, check=True
        )
        for cwd in (root, tmp_path)
    ]
    prints = {run.stdout.decode().strip() for run in runs}
    assert len(prints) == 1
    assert len(next(iter(prints))) == 32
