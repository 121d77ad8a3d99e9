"""Names written by other romanisers: native-script names against the Latin that libraries
make of them, for every script Faker writes names in.

Why: :mod:`benchmarks.multiscript` drifts names with the fixtures' own romanisation
tables, for the locales it was built around. A list or an HR system may instead hold
what a general-purpose library wrote, in locales nobody tuned for: Odia, Gujarati, Tamil,
Nepali, Marathi, Thai, Sinhala, Traditional Chinese, Macedonian. This harness takes every
Faker locale whose names are in a native script, and romanises each name with three
libraries the matcher does not use to read names (ICU's ``Any-Latin; Latin-ASCII``,
``unidecode``) or uses only in part (``anyascii``), so it measures how the matcher meets
spellings it was not written against.

For each locale and library: the native names are the list, their romanisations the
candidates, matched by the batch path (:class:`matching.batch.Matcher`, blocking
included) at the review threshold. Recall is the share of candidates that meet their own
record; false alerts are pairs raised between two different names, per 1,000 candidates.
The peer is rapidfuzz ``token_sort_ratio`` >= 85 between the candidate and the record
romanised by ``anyascii``: the best a names-only matcher does without transliteration
of its own.

Run from the repository root (about three minutes on 2 cores)::

    python -m benchmarks.romanisers
    python -m benchmarks.romanisers --names 100 --locales th_TH,ko_KR

Results go to ``benchmarks/results/romanisers.md`` and ``romanisers.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz, process, utils
from unidecode import unidecode

from benchmarks.provenance import git_commit, write_results
from matching.batch import Matcher
from matching.model import MODEL_VERSION, Person
from matching.names import prepare_name

log = logging.getLogger("benchmarks.romanisers")

THRESHOLD = 0.70
BASELINE_CUTOFF = 85.0
RESULTS_DIR = Path(__file__).parent / "results"
NATIVE_LOCALES = (
    "ar_AA", "ar_DZ", "ar_PS", "ar_SA", "bg_BG", "bn_BD", "el_GR", "fa_IR", "gu_IN", "he_IL",
    "hi_IN", "hy_AM", "ja_JP", "ka_GE", "ko_KR", "mk_MK", "mr_IN", "ne_NP", "or_IN", "ru_RU",
    "si_LK", "ta_IN", "th_TH", "uk_UA", "zh_CN", "zh_TW",
)  # fmt: skip
"""Faker locales whose person names are written in a script other than Latin."""
EXAMPLES = 4

Romaniser = Callable[[str], str]


def romanisers() -> dict[str, Romaniser]:
    """The libraries, by name: ICU through PyICU (a dependency of the peers' stack)."""
    import icu  # noqa: PLC0415 (bench extra)

    any_latin = icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")
    return {"icu": any_latin.transliterate, "anyascii": anyascii, "unidecode": unidecode}


def native_names(locale: str, count: int, seed: int) -> tuple[list[str], list[str]]:
    """Distinct person names of one locale as Faker writes them (titles and all), and who
    each is: the name without the locale's titles, so that "السيدة يسرى آل علي" and
    "يسرى آل علي" are one person."""
    from faker import Faker  # noqa: PLC0415 (bench extra)

    faker = Faker(locale)
    faker.seed_instance(seed)
    provider = faker.provider("faker.providers.person")
    titles = {
        " ".join(str(title).translate(_FOLDED).split())
        for attribute in dir(provider)
        if attribute.startswith(("prefixes", "suffixes"))
        and not callable(value := getattr(provider, attribute))
        for title in value
    }
    names: dict[str, None] = {}
    for _ in range(count * 20):
        names.setdefault(" ".join(faker.name().split()), None)
        if len(names) >= count:
            break
    found = list(names)
    return found, [_without(name, titles) for name in found]


_FOLDED = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})
"""Arabic and Persian forms of one letter, which Faker's name lists mix in one name."""


def _without(name: str, titles: set[str]) -> str:
    """The name without any of ``titles`` (the longest first: "جناب آقای دکتر")."""
    text = f" {name.translate(_FOLDED)} "
    for title in sorted(titles, key=len, reverse=True):
        text = text.replace(f" {title} ", " ")
    return " ".join(text.split())


def _people(names: Sequence[str], prefix: str) -> list[Person]:
    return [Person(f"{prefix}{i}", (prepare_name(name),)) for i, name in enumerate(names)]


def ours(records: Sequence[str], candidates: Sequence[str]) -> set[tuple[int, int]]:
    """(candidate, record) index pairs the matcher raises."""
    with Matcher(_people(records, "r")) as matcher:
        raised = matcher.match(_people(candidates, "c"), threshold=THRESHOLD)
        return {(int(r.candidate_key[1:]), int(r.record_key[1:])) for r in raised}


def baseline(records: Sequence[str], candidates: Sequence[str]) -> set[tuple[int, int]]:
    """(candidate, record) pairs with ``token_sort_ratio`` >= the cutoff, the record
    romanised by anyascii."""
    latin = [anyascii(name) for name in records]
    scores = process.cdist(
        candidates,
        latin,
        scorer=fuzz.token_sort_ratio,
        processor=utils.default_process,
        score_cutoff=BASELINE_CUTOFF,
    )
    rows, cols = scores.nonzero()
    return set(zip(rows.tolist(), cols.tolist(), strict=True))


def _outcome(
    raised: set[tuple[int, int]], names: Sequence[str], people: Sequence[str]
) -> dict[str, Any]:
    """Recall over the candidates and false alerts per 1,000 of them. A record of the same
    person (``people``: the names without titles) is no false alert, nor one whose
    romanisation is the candidate's (``names``): the library wrote two names alike (王伟
    and 汪伟 are both "Wang Wei")."""
    found = sum((i, i) in raised for i in range(len(names)))
    false = sorted((i, j) for i, j in raised if names[i] != names[j] and people[i] != people[j])
    return {
        "recall": found / len(names) if names else None,
        "false_per_1000": 1000 * len(false) / len(names) if names else None,
        "missed": [i for i in range(len(names)) if (i, i) not in raised],
        "false": false,
    }


def run_locale(
    locale: str, count: int, seed: int, libraries: dict[str, Romaniser]
) -> dict[str, Any]:
    """Every library's romanisations of one locale's names, matched both ways."""
    natives, people = native_names(locale, count, seed)
    result: dict[str, Any] = {"names": len(natives), "libraries": {}}
    for library, romanise in libraries.items():
        latin = [" ".join(romanise(name).split()) for name in natives]
        mine = _outcome(ours(natives, latin), latin, people)
        peer = _outcome(baseline(natives, latin), latin, people)
        examples = [(natives[i], latin[i]) for i in mine.pop("missed")[:EXAMPLES]]
        false = [(latin[i], natives[j]) for i, j in mine.pop("false")[:EXAMPLES]]
        peer.pop("missed")
        peer.pop("false")
        result["libraries"][library] = {
            "ours": mine,
            "token_sort": peer,
            "misses": examples,
            "false_alerts": false,
        }
        log.info(
            "%s %-9s ours %.1f%% (%.1f false per 1,000)  token_sort %.1f%%",
            locale,
            library,
            100 * mine["recall"],
            mine["false_per_1000"],
            100 * peer["recall"],
        )
    return result


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def markdown(report: dict[str, Any]) -> str:
    run = report["run"]
    libraries = run["libraries"]
    lines = [
        "# Names written by other romanisers",
        "",
        f"Generated by `python -m benchmarks.romanisers` on {run['date']} at commit "
        f"{run['commit']} (model {run['model']}, threshold {run['threshold']:.2f}, "
        f"{run['names']} names per locale, Faker seed {run['seed']}). Each locale's native "
        "names are the list; their romanisations by each library are the candidates, "
        "matched by the batch path. Recall: candidates that meet their own record. False "
        "alerts: pairs of two different people raised (names that differ once the "
        "locale's titles are taken off and Arabic and Persian letter forms folded, and "
        "that the library romanised differently), per 1,000 candidates. Peer: "
        "`token_sort_ratio` >= 85 against the record romanised by anyascii.",
        "",
        "## Recall (ours / token_sort)",
        "",
        "| locale | names | " + " | ".join(libraries) + " |",
        "|---|---:|" + "---:|" * len(libraries),
    ]
    for locale, result in report["locales"].items():
        cells = [
            f"{_pct(r['ours']['recall'])} / {_pct(r['token_sort']['recall'])}"
            for r in result["libraries"].values()
        ]
        lines.append(f"| {locale} | {result['names']} | " + " | ".join(cells) + " |")
    totals = report["totals"]
    cells = [
        f"{_pct(totals[lib]['ours']['recall'])} / {_pct(totals[lib]['token_sort']['recall'])}"
        for lib in libraries
    ]
    lines.append(f"| **all** | {totals['names']} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## False alerts per 1,000 candidates (ours / token_sort)",
        "",
        "| library | ours | token_sort |",
        "|---|---:|---:|",
    ]
    for lib in libraries:
        lines.append(
            f"| {lib} | {totals[lib]['ours']['false_per_1000']:.1f} | "
            f"{totals[lib]['token_sort']['false_per_1000']:.1f} |"
        )
    lines += ["", "## Some of our misses", "", *_examples(report, "misses")]
    lines += ["", "## Some of our false alerts (candidate / record)", ""]
    lines += _examples(report, "false_alerts")
    return "\n".join(lines) + "\n"


def _examples(report: dict[str, Any], kind: str) -> list[str]:
    """One line per locale and library listing its ``kind`` examples (pairs of names)."""
    return [
        f"- {locale}, {lib}: " + "; ".join(f"{a} / {b}" for a, b in r[kind])
        for locale, result in report["locales"].items()
        for lib, r in result["libraries"].items()
        if r[kind]
    ]


def _totals(locales: dict[str, Any], libraries: Sequence[str]) -> dict[str, Any]:
    """Recall and false alerts over every locale, weighted by names."""
    names = sum(r["names"] for r in locales.values())
    totals: dict[str, Any] = {"names": names}
    for lib in libraries:
        totals[lib] = {}
        for method in ("ours", "token_sort"):
            rows = [(r["libraries"][lib][method], r["names"]) for r in locales.values()]
            found = sum(row["recall"] * n for row, n in rows)
            false = sum(row["false_per_1000"] * n for row, n in rows)
            totals[lib][method] = {"recall": found / names, "false_per_1000": false / names}
    return totals


def main(argv: Sequence[str] | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    parser = argparse.ArgumentParser(prog="python -m benchmarks.romanisers", description=__doc__)
    parser.add_argument("--names", type=int, default=200, help="names per locale")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--locales", default=",".join(NATIVE_LOCALES))
    parser.add_argument("--out", type=Path, default=RESULTS_DIR)
    args = parser.parse_args(argv)
    libraries = romanisers()
    locales = {
        locale: run_locale(locale, args.names, args.seed, libraries)
        for locale in args.locales.split(",")
    }
    report = {
        "run": {
            "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "commit": git_commit(),
            "model": MODEL_VERSION,
            "threshold": THRESHOLD,
            "names": args.names,
            "seed": args.seed,
            "libraries": list(libraries),
        },
        "locales": locales,
        "totals": _totals(locales, list(libraries)),
    }
    log.info("wrote %s", write_results(args.out, "romanisers", report, markdown(report)))


if __name__ == "__main__":
    main()
