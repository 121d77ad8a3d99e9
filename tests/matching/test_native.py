"""The compiled package (``make install`` builds it with mypyc): built, scoring exactly as
its sources do, pickling as they do, and never run older than its sources."""

from __future__ import annotations

import importlib.machinery
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl

import matching
import matching.batch
import matching.compare
from fixtures.generate import main as generate
from matching._native import NOT_COMPILED, PACKAGE
from matching.batch import match_people
from matching.dates import parse_date
from matching.model import Person, score_pair
from matching.names import part_values, prepare_name

ROOT = PACKAGE.parent
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem not in NOT_COMPILED)

# `vetting match` with every module of the package imported from its source
_FROM_SOURCE = """
import sys
import matching._native as native
sys.meta_path.insert(0, native._SourceFirst(frozenset(sys.argv.pop(1).split(","))))
import matching.batch
print(matching.batch.__file__, file=sys.stderr)
from vetting.__main__ import main
main()
"""


def _is_compiled(path: str | None) -> bool:
    return path is not None and path.endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def _run(code: str, *args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stderr


def test_the_package_runs_compiled() -> None:
    assert matching.COMPILED, "matching/ is not compiled, or older than its sources: make install"
    assert _is_compiled(matching.batch.__file__)
    assert _is_compiled(matching.compare.__file__)


def test_compiled_and_source_raise_the_same_pairs_byte_for_byte(tmp_path: Path) -> None:
    data = tmp_path / "data"
    # many scripts and spellings: true matches, namesakes and relatives
    sizes = ["--records", "2000", "--candidates", "1500", "--seed", "11"]
    generate(["--out", str(data), *sizes, "--match-rate", "0.4", "--namesake-rate", "0.3"])
    candidates = tmp_path / "candidates.csv"
    pl.concat(
        [pl.read_csv(path, infer_schema=False) for path in sorted(data.glob("candidates_*.csv"))]
    ).write_csv(candidates)
    outputs = {}
    # from source in one process: spawned scoring processes would import the package
    # afresh, compiled; compiled with the default two, so pooled scoring is compared too
    for mode, modules, workers in (
        ("compiled", "none", "2"),
        ("source", ",".join(MODULES), "1"),
    ):
        out = tmp_path / f"{mode}.csv"
        args = ("match", str(candidates), str(data / "exclusions.csv"), "--output", str(out))
        env = {**os.environ, "VETTING_MATCH_WORKERS": workers}
        stderr = _run(_FROM_SOURCE, modules, *args, cwd=ROOT, env=env)
        assert _is_compiled(stderr.splitlines()[0]) == (mode == "compiled")
        outputs[mode] = out.read_bytes()
    pairs = pl.read_csv(tmp_path / "compiled.csv")
    assert pairs.height >= 500
    assert pairs["explanation"].str.contains("~").all()
    assert outputs["compiled"] == outputs["source"]


def test_prepared_people_pickle_as_they_were() -> None:
    shared = prepare_name("Ivan Petrov")
    people = [
        Person(
            "a",
            (prepare_name("Иван Петров"), shared),
            parse_date("1970-02-03"),
            frozenset({"RU"}),
            "m",
        ),
        Person("b", (shared, prepare_name("Петров И.")), parse_date("1970"), frozenset(), None),
    ]
    back = pickle.loads(pickle.dumps(people))
    for mine, theirs in zip(people, back, strict=True):
        assert (theirs.key, theirs.countries, theirs.gender) == (
            mine.key,
            mine.countries,
            mine.gender,
        )
        assert theirs.birth_date == mine.birth_date
        assert theirs.birth_date is not None and theirs.birth_date.iso() == mine.birth_date.iso()  # type: ignore[union-attr]
        assert [n.original for n in theirs.names] == [n.original for n in mine.names]
        assert [part_values(p) for n in theirs.names for p in n.parts] == [
            part_values(p) for n in mine.names for p in n.parts
        ]
    assert back[0].names[1] is back[1].names[0]  # shared within one pickle, as parts are
    result = score_pair(people[0], people[1])
    assert pickle.loads(pickle.dumps(result)) == result
    assert score_pair(back[0], back[1]) == result
    assert match_people(back[:1], back[1:], threshold=0.7) == match_people(
        people[:1], people[1:], threshold=0.7
    )


def _copy_package(tmp_path: Path) -> Path:
    shutil.copytree(PACKAGE, tmp_path / "matching", ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path / "matching"


_WHICH = (
    "import sys, matching, matching.compare as c\n"
    "print(matching.COMPILED, c.__file__, file=sys.stderr)"
)


def _path_env(folder: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(folder)}


def test_a_fresh_build_is_run_compiled(tmp_path: Path) -> None:
    _copy_package(tmp_path)
    compiled, path = _run(_WHICH, cwd=tmp_path, env=_path_env(tmp_path)).split()
    assert compiled == "True" and path.startswith(str(tmp_path)) and _is_compiled(path)


def test_sources_newer_than_the_build_run_as_source(tmp_path: Path) -> None:
    """An edited source: every module runs from source, and a warning says why."""
    package = _copy_package(tmp_path)
    edited = package / "dates.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    stderr = _run(_WHICH, cwd=tmp_path, env=_path_env(tmp_path))
    assert "out of date with their sources" in stderr
    compiled, path = stderr.splitlines()[-1].split()
    assert compiled == "False" and path == str(package / "compare.py")


def test_a_module_added_or_removed_runs_the_sources(tmp_path: Path) -> None:
    package = _copy_package(tmp_path)
    (package / "extra.py").write_text('"""A module the build did not see."""\n')
    stderr = _run(_WHICH, cwd=tmp_path, env=_path_env(tmp_path))
    assert stderr.splitlines()[-1].split()[0] == "False"
    (package / "extra.py").unlink()
    (package / "polivanov.py").unlink()  # its compiled file stays behind
    code = "import matching.polivanov"
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=_path_env(tmp_path),
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0 and "ModuleNotFoundError" in done.stderr


def test_the_build_is_skipped_only_when_up_to_date(tmp_path: Path) -> None:
    package = _copy_package(tmp_path)
    shutil.copy(ROOT / "build_native.py", tmp_path)
    build = [sys.executable, str(tmp_path / "build_native.py"), "--if-needed"]
    done = subprocess.run(build, capture_output=True, text=True, check=True, timeout=60)
    assert "up to date" in done.stderr
    edited = package / "dates.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    done = subprocess.run([*build[:2], "--clean"], capture_output=True, text=True, check=True)
    assert not list(package.glob("*.so")) and not (package / "native.json").exists()


def test_without_a_compiler_the_build_leaves_the_sources_to_run(tmp_path: Path) -> None:
    """A machine without gcc still installs: nothing compiled, the sources run, said so."""
    package = _copy_package(tmp_path)
    for path in (*package.glob("*.so"), package / "native.json"):
        path.unlink()
    shutil.copy(ROOT / "build_native.py", tmp_path)
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    done = subprocess.run(
        [sys.executable, str(tmp_path / "build_native.py")],
        env={**os.environ, "CC": "/bin/false"},  # every compile fails
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert "not compiled" in done.stderr and "runs from source" in done.stderr
    assert not list(package.glob("*.so")) and not (package / "native.json").exists()
    compiled, path = _run(_WHICH, cwd=tmp_path, env=_path_env(tmp_path)).split()
    assert compiled == "False" and path == str(package / "compare.py")
