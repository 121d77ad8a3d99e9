"""Very common names: agreement on them alone says little about identity.

Use :func:`is_common` on a part's romanisations and variant groups. "Kim Jong Sik",
"Mohammed Ali" or "Maria Garcia" are each borne by thousands of people, so two records
that share only such names, with no birth date to tell them apart, are as likely
namesakes as one person. The curated table ``data/common_names.tsv`` lists the most
frequent family and given names of many cultures; its spellings in other scripts and
schemes come from the variant groups (:mod:`matching.variants`).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from matching.variants import spelling_key, variant_groups


@cache
def _table() -> tuple[frozenset[str], frozenset[int]]:
    """The listed spellings (as romanised keys) and the variant groups they belong to."""
    text = resources.files("matching").joinpath("data/common_names.tsv").read_text("utf-8")
    keys: set[str] = set()
    groups: set[int] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        for spelling in line.split("\t"):
            key = spelling_key(spelling)
            if key:
                keys.add(key)
                groups.update(variant_groups(key))
    return frozenset(keys), frozenset(groups)


def is_common(latins: tuple[str, ...], groups: frozenset[int]) -> bool:
    """Whether a name part (its romanisations and variant groups) is a very common name."""
    keys, common_groups = _table()
    return any(form in keys for form in latins) or not groups.isdisjoint(common_groups)
