"""Short forms of given names: Bob is Robert, Sasha is Aleksandr, Pepe is José.

A short form shares few letters with its full name, so no spelling or sound key meets
the two, yet people apply under the name they use ("Bill Gates") while a list holds the
one on their papers ("William Gates"). :func:`short_form_groups` gives the groups (one
per full name) a romanised given name belongs to, as the full name or one of its short
forms. English pairs come from the ``nicknames`` package (a maintained, hand-curated
table); ``data/short_forms.tsv`` adds other languages' common ones.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from nicknames import name_triplets

from matching.commonness import is_common
from matching.variants import variant_groups

MIN_SHORT_FORM = 3
"""Shorter forms ("Al", "Ed", "Jo") are also particles or initials: not looked up."""
_LETTERS = re.compile(r"[^a-z]")


def _key(spelling: str) -> str:
    return _LETTERS.sub("", spelling.lower())


@cache
def _table() -> dict[str, frozenset[int]]:
    """Spelling -> its roles: ``2 * group`` as a spelling of a full name, ``2 * group + 1``
    as one of its short forms."""
    # full name group -> (its spellings, its short forms)
    groups: dict[str, tuple[set[str], set[str]]] = {}
    # a short form is shorter: the table also holds pairs the other way round ("bill" has
    # "robert") and full names of their own ("andrea" has "andrew")
    pairs = [(_key(t.name1), _key(t.name2)) for t in name_triplets()]
    pairs = [(full, short) for full, short in pairs if len(short) < len(full)]
    # a name with short forms of its own is a full name ("sandra", "eric"): it is one of
    # another only as its beginning ("chris" of "christopher", "alex" of "alexander")
    full_names = {full for full, short in pairs if len(short) >= MIN_SHORT_FORM}
    text = resources.files("matching").joinpath("data/short_forms.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    # pairs of that table that are no short forms but other names ("ian" of "john")
    wrong = {tuple(_key(s) for s in line[1:].split()) for line in lines if line[0] == "!"}
    for full, short in pairs:
        if (full, short) in wrong or (short in full_names and not full.startswith(short)):
            continue
        # a very common name of another culture is a name of its own there: Ali is no
        # Alice, nor Maria a Mariah (:mod:`matching.commonness`)
        if not is_common((short,), variant_groups(short)):
            groups.setdefault(f"en:{full}", ({full}, set()))[1].add(short)
    for number, line in enumerate(lines):
        if line[0] != "!":
            full, _, short = line.partition("|")
            groups[f"tsv:{number}"] = (
                {_key(s) for s in full.split()},
                {_key(s) for s in short.split()},
            )
    table: dict[str, set[int]] = {}
    for group, (fulls, shorts) in enumerate(groups.values()):
        for role, spellings in enumerate((fulls, shorts)):
            for spelling in spellings:
                if len(spelling) >= MIN_SHORT_FORM:
                    table.setdefault(spelling, set()).add(2 * group + role)
    return {spelling: frozenset(found) for spelling, found in table.items()}


def short_form_groups(readings: tuple[str, ...]) -> frozenset[int]:
    """The short-form roles of a part, by its own romanisations (empty for most): even
    for a full name of a group, odd for a short form of it."""
    table = _table()
    found: frozenset[int] = frozenset()
    for reading in readings:
        groups = table.get(reading)
        if groups:
            found = found | groups
    return found


def short_form_of(left: frozenset[int], right: frozenset[int]) -> bool:
    """Whether one part is a short form of the other (by :func:`short_form_groups`): a
    full name and its short form, not two short forms of one name ("Green" and "Berry"
    of Greenberry; "Louise" and "Eliza" of two names each)."""
    return bool(left and right) and any(role ^ 1 in right for role in left)
