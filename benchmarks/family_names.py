"""A woman's family name in its feminine form, and the given names of a man and a woman.

Why: Czech, Slovak and Russian make a woman's family name from the family's (Novák,
Nováková; Иванов, Иванова), and many languages a woman's given name from a man's (Jan,
Jana; Mario, Maria). One woman may be listed under either form of her family name; a
father and daughter, a brother and sister, a husband and wife bear the two forms. This
harness builds such pairs from Faker's lists (MIT) and counts how many the matcher raises:

- **one woman**: her given name with the feminine family name, against the same given
  name with the family's form (raised: should be all);
- **husband and wife**: a man's given name and the family's form against a woman's given
  name and the feminine form, the given names drawn at random (should be none);
- **father and daughter**: a man's given name and the woman's made from it by its ending
  (Jan / Jana), with the two forms of the family name (should be none);
- **brother and sister, one form**: the same given names, the family name in one form
  (Jan Novák / Jana Novák; should be none).

Family names are paired by the languages' own rules, written here apart from the matcher's
(``matching.family_forms``): Czech and Slovak -ová after the stem (Bartoš / Bartošová),
after a vowel dropped (Bárta / Bártová) or an e dropped before the last consonant
(Dvořáček / Dvořáčková), -ý / -á (Černý / Černá); Russian -а (Иванов / Иванова) and
-ой, -ий, -ый / -ая. A woman's given name is a man's with -a added or his last vowel made
-a, when Faker lists it for women of that locale.

Run from the repository root (seconds)::

    python -m benchmarks.family_names

Results go to ``benchmarks/results/family_names.md`` and ``family_names.json``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import random
from collections.abc import Sequence
from typing import Any

from benchmarks.provenance import git_commit, run_harness
from benchmarks.quality_report import markdown_table
from matching.model import MODEL_VERSION, Person, score_pair
from matching.names import prepare_name

log = logging.getLogger("benchmarks.family_names")

THRESHOLD = 0.70
LOCALES = ("cs_CZ", "sk_SK", "ru_RU")
SEED = 20261207
EXAMPLES = 4


def _provider(locale: str) -> Any:
    return importlib.import_module(f"faker.providers.person.{locale}").Provider


def _feminine(male: str) -> set[str]:
    """A family name's feminine forms by the Czech, Slovak and Russian rules."""
    found = {male + "ová", male + "а"}
    if male[-1:] in "aeiouyáéíóúý":
        found.add(male[:-1] + "ová")
    if len(male) > 2 and male[-2] == "e":
        found.add(male[:-2] + male[-1] + "ová")  # Dvořáček: Dvořáčková
    if male.endswith("ý"):
        found.add(male[:-1] + "á")  # Černý: Černá
    if male.endswith(("ой", "ий", "ый")):
        found.add(male[:-2] + "ая")  # Толстой: Толстая
    return found


def family_pairs(locale: str) -> list[tuple[str, str]]:
    """(family's form, feminine form) of one locale's lists."""
    provider = _provider(locale)
    women = set(provider.last_names_female)
    return sorted(
        (male, female) for male in provider.last_names_male for female in _feminine(male) & women
    )


def given_pairs(locale: str) -> list[tuple[str, str]]:
    """(man's given name, woman's made from it) of one locale's lists."""
    provider = _provider(locale)
    women = set(provider.first_names_female)
    found: list[tuple[str, str]] = []
    for man in dict.fromkeys(provider.first_names_male):
        ends = ("a", "а")  # Latin and Cyrillic
        made = {form for a in ends for form in (man + a, man[:-1] + a)} & women
        made = made if len(man) > 2 else set()
        found.extend((man, woman) for woman in sorted(made) if woman != man)
    return found


def _score(left: str, right: str) -> float:
    return score_pair(Person("a", (prepare_name(left),)), Person("b", (prepare_name(right),))).score


def measure() -> dict[str, Any]:
    rng = random.Random(SEED)
    rows = []
    for locale in LOCALES:
        provider = _provider(locale)
        families = family_pairs(locale)
        givens = given_pairs(locale)
        women, men = list(provider.first_names_female), list(provider.first_names_male)
        kinds: dict[str, list[tuple[str, str]]] = {
            "one woman": [],
            "husband and wife": [],
            "father and daughter": [],
            "brother and sister, one form": [],
        }
        for male, female in families:
            woman, man = rng.choice(women), rng.choice(men)
            kinds["one woman"].append((f"{woman} {female}", f"{woman} {male}"))
            kinds["husband and wife"].append((f"{man} {male}", f"{woman} {female}"))
            if givens:
                his, hers = rng.choice(givens)
                kinds["father and daughter"].append((f"{his} {male}", f"{hers} {female}"))
                kinds["brother and sister, one form"].append((f"{his} {male}", f"{hers} {male}"))
        for kind, pairs in kinds.items():
            raised = [(a, b) for a, b in pairs if _score(a, b) >= THRESHOLD]
            missed = [(a, b) for a, b in pairs if (a, b) not in set(raised)]
            rows.append(
                {
                    "locale": locale,
                    "kind": kind,
                    "pairs": len(pairs),
                    "raised": len(raised),
                    "examples": [f"{a} / {b}" for a, b in raised[:EXAMPLES]],
                    "not raised": [f"{a} / {b}" for a, b in missed[:EXAMPLES]],
                }
            )
            log.info("%s %s: %d of %d raised", locale, kind, len(raised), len(pairs))
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": git_commit(),
        "model": MODEL_VERSION,
        "threshold": THRESHOLD,
        "seed": SEED,
        "rows": rows,
    }


def markdown(report: dict[str, Any]) -> str:
    lines = [
        "# A woman's family name in its forms, and given names of a man and a woman",
        "",
        f"Generated by `python -m benchmarks.family_names` on {report['date']} at commit "
        f"{report['commit']} (model {report['model']}, seed {report['seed']}). Pairs built "
        "from Faker's lists of each locale (see the harness); raised = scored at "
        f"{report['threshold']:.2f} or more. One woman should be raised; the others are two "
        "people.",
        "",
    ]
    lines += markdown_table(
        ["locale", "pairs of", "pairs", "raised", "first raised", "first not raised"],
        (
            [row["locale"], row["kind"], row["pairs"], row["raised"],
             "; ".join(row["examples"]) or "-", "; ".join(row["not raised"]) or "-"]
            for row in report["rows"]
        ),
        right={2, 3},
    )  # fmt: skip
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> None:
    run_harness(__doc__, "family_names", measure, markdown, argv)


if __name__ == "__main__":
    main()
