"""Han names written as one word, also compared cut where the other name is cut.

A name in Han characters written without a space is cut by a guess: after the family
name UniDic reads (:mod:`matching.japanese`), else after the first character
(:func:`matching.names.prepare_name`). A typo can move the guess: 松香裕樹 is cut
松 | 香裕樹 where 松本裕樹 is cut 松本 | 裕樹, and 藤田裕木 (a given name UniDic does not
know) 藤 | 田裕木 against 藤田 | 裕太. Then no part aligns, and one name with one
character mistyped scores as two people. Such a name is also compared cut as the other
name is, when the two are as long: the alignment is then the one the two cuts would
have given alike, one part exact and the other differing.

Only a name of Han parts meets this, and only against another one, so that the cut of a
name in another script's reading never moves. The batch prefilter
(:meth:`matching.batch.BlockScorer.worth_scoring`) and blocking
(:func:`matching.blocking.han_keys`) let such pairs through.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import accumulate, pairwise

from matching.compare import NameComparison, compare_names
from matching.names import Name, NamePart, han_piece
from matching.scripts import Script
from matching.text import tokens_of


def han_cuts(name: Name) -> tuple[int, ...] | None:
    """Where a name of two or more Han parts is cut, as offsets in its characters;
    ``None`` for any other name."""
    parts = name.parts
    if len(parts) < 2 or any(part.script is not Script.HAN for part in parts):
        return None
    return tuple(accumulate(len(part.raw) for part in parts[:-1]))


def written_whole(name: Name) -> bool:
    """Whether the name was written as one word, so that its cut is a guess."""
    return len(tokens_of(name.original)) == 1


def may_recut(left: Name, right: Name) -> bool:
    """Whether :func:`recut_pairs` may find another cut for this pair of names (cheap:
    asked of every record of a Han candidate's block)."""
    mine, theirs = han_cuts(left), han_cuts(right)
    if mine is None or theirs is None or mine == theirs or _size(left) != _size(right):
        return False
    return written_whole(left) or written_whole(right)


def recut_pairs(left: Name, right: Name) -> Iterator[tuple[Name, Name, bool]]:
    """Each name written as one word cut where the other is cut, paired with the other
    (left first), when the two are as long: one name cut two ways, or one character
    mistyped. (A character more or less is not met so: 张建国 cut 张建 | 国 would take
    张 建 for the same name with a character dropped, where the characters say another
    given name.) Also whether the cut taken is more than a guess: the writer's, or where
    UniDic reads a Japanese name's family name to end."""
    if not may_recut(left, right):
        return
    # a name read as Japanese folds its characters' new forms (沢 is 澤): read as it is
    japanese = any(part.kana for part in (*left.parts, *right.parts))
    for name, other, first in ((left, right, True), (right, left, False)):
        offsets = han_cuts(other)
        if offsets is None or not written_whole(name):
            continue
        read = not written_whole(other) or any(part.kana for part in other.parts)
        cut = recut(name, offsets, japanese=japanese)
        if cut is not None:
            yield ((cut, other) if first else (other, cut)) + (read,)


def recut(name: Name, offsets: tuple[int, ...], *, japanese: bool) -> Name | None:
    """``name`` cut at ``offsets`` of its characters (same original text); ``None`` when a
    piece reads as no part."""
    text = "".join(part.raw for part in name.parts)
    parts: list[NamePart] = []
    for start, stop in pairwise((0, *offsets, len(text))):
        part = han_piece(text[start:stop], japanese=japanese)
        if part is None:
            return None
        parts.append(part)
    return Name(name.original, tuple(parts))


def _size(name: Name) -> int:
    return sum(len(part.raw) for part in name.parts)


def best_cut(left: Name, right: Name, found: NameComparison) -> tuple[NameComparison, Name, Name]:
    """``found``, the names compared as cut, or the names compared at another cut
    (:func:`recut_pairs`) where that scores higher, with the names as compared. Of other
    cuts that score alike, whichever name comes first, the one aligning more characters
    is taken (松香裕樹 / 松本裕樹: 裕樹 aligned, not 松), then a cut more than guessed
    (前聡零 / 前田零: 前聡 零 as 前田 零 is read, not 前 田零 as 前 聡零 is guessed)."""
    best = (found, left, right)
    if found.score >= 1.0:
        return best
    rank: tuple[float, int, bool, tuple[str, ...]] | None = None
    for mine, theirs, read in recut_pairs(left, right):
        comparison = compare_names(mine, theirs)
        if comparison.score <= found.score:
            continue
        # the last key only makes the choice the same whichever name comes first
        written = tuple(sorted(part.raw for part in (*mine.parts, *theirs.parts)))
        mine_rank = (comparison.score, _aligned(comparison, mine, theirs), read, written)
        if rank is None or mine_rank > rank:
            best, rank = (comparison, mine, theirs), mine_rank
    return best


def _aligned(comparison: NameComparison, left: Name, right: Name) -> int:
    """Characters of both names in aligned parts."""
    return sum(
        sum(len(left.parts[i].raw) for i in pair.left)
        + sum(len(right.parts[j].raw) for j in pair.right)
        for pair in comparison.pairs
    )
