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

MIN_SHORT_FORM = 3
"""Shorter forms ("Al", "Ed", "Jo") are also particles or initials: not looked up."""
_LETTERS = re.compile(r"[^a-z]")


def _key(spelling: str) -> str:
    return _LETTERS.sub("", spelling.lower())


@cache
def _table() -> dict[str, frozenset[int]]:
    """Spelling -> the groups it is in: a full name's spellings and its short forms."""
    groups: dict[str, set[str]] = {}
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
        if (full, short) not in wrong and (short not in full_names or full.startswith(short)):
            groups.setdefault(f"en:{full}", {full}).add(short)
    for number, line in enumerate(lines):
        if line[0] != "!":
            full, _, short = line.partition("|")
            groups[f"tsv:{number}"] = {_key(s) for s in (*full.split(), *short.split())}
    table: dict[str, set[int]] = {}
    for group, spellings in enumerate(groups.values()):
        for spelling in spellings:
            if len(spelling) >= MIN_SHORT_FORM:
                table.setdefault(spelling, set()).add(group)
    return {spelling: frozenset(found) for spelling, found in table.items()}


def short_form_groups(readings: tuple[str, ...]) -> frozenset[int]:
    """The short-form groups of a part, by its own romanisations (empty for most)."""
    table = _table()
    found: frozenset[int] = frozenset()
    for reading in readings:
        groups = table.get(reading)
        if groups:
            found = found | groups
    return found
