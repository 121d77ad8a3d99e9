"""Preparing the names of a whole list at once, shared among processes.

Use :func:`prepare_names` where a list is read (a file, the database): preparing a
million names (:func:`matching.names.prepare_name`) takes about 26 s in one process,
most of it per distinct name, not per distinct part, so shares of the list run in
parallel without repeating much. A helper process prepares its share and sends it back
packed, the distinct parts once and each name as part numbers; its parts are then
exchanged for the equal parts this process made, since parts compare by identity.

Where a list file is read, a :class:`Helper` serves its preparation: it prepares most
names ahead while this process checks the rows (:class:`Ahead`), then, restarted while
this process packs the list, walks a share of the records for the blocking index.
"""

from __future__ import annotations

import atexit
import logging
import marshal
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import TypeAlias

from matching.gcpause import paused_gc
from matching.names import Name, NamePart, part_values, prepare_name

PARALLEL_MIN_NAMES = 100_000
"""Fewer names than this are prepared in-process: starting a helper costs about a second."""
AHEAD_SHARE = 0.55
"""The share of a list's names a helper prepares ahead (:class:`Ahead`): a little more
than half, since this process checks every row meanwhile."""
log = logging.getLogger(__name__)

_Packed: TypeAlias = tuple[list[NamePart], bytes]
"""A share's distinct parts, and its names as marshalled tuples of part numbers."""


def helper_started() -> None:
    """A helper process's initializer: it exits without tearing its heap down."""
    # its share sent, the helper has nothing to tear down object by object
    atexit.register(os._exit, 0)


def _nothing() -> None:
    """A task that does nothing: sent to start a helper process."""


class Helper:
    """A helper process for the steps of preparing a list (its names, then its index),
    spawned at first use, restarted between steps (:meth:`restart`) and stopped by
    :meth:`close`: a start costs about a second (the helper's imports), which a fresh
    process spends while this one carries on rather than on the path of a step waiting."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def pool(self) -> ProcessPoolExecutor:
        """The helper's pool, its process started now if it was not yet."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("spawn"), initializer=helper_started
            )
            self._pool.submit(_nothing)  # a pool starts its process on the first task
        return self._pool

    def close(self, *, wait: bool = True) -> None:
        """Stop the helper process, if it was started (at once, when not ``wait``: it
        exits after its task)."""
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None

    def restart(self, *, start: bool) -> None:
        """Let the helper process go with what it holds, and start a fresh one if
        ``start`` (it imports while this process carries on)."""
        self.close()
        if start:
            self.pool()

    def __enter__(self) -> Helper:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close(wait=error is None)  # an error is not kept waiting for the helper


class Ahead:
    """Names a helper prepares while this process does something else (checks the rows
    of the list they come from): the last :data:`AHEAD_SHARE` of the distinct ``texts``
    expected. :func:`prepare_names` takes them and prepares the others; a text expected
    but not asked for (a rejected row's) is only prepared for nothing."""

    def __init__(self, helper: Helper, texts: Sequence[str]) -> None:
        distinct = list(dict.fromkeys(texts))
        self.texts = distinct[len(distinct) - int(AHEAD_SHARE * len(distinct)) :]
        self.future: Future[_Packed] = helper.pool().submit(_prepare_packed, self.texts)


def _prepare_packed(texts: Sequence[str]) -> _Packed:
    """In a helper process: prepare a share of names and pack them."""
    numbers: dict[int, int] = {}
    parts: list[NamePart] = []
    rows: list[tuple[int, ...]] = []
    with paused_gc():
        for text in texts:
            ids = []
            for part in prepare_name(text).parts:
                number = numbers.get(id(part))
                if number is None:
                    number = numbers[id(part)] = len(parts)
                    parts.append(part)
                ids.append(number)
            rows.append(tuple(ids))
    return parts, marshal.dumps(rows)


class _Interner:
    """This process's parts by value, to exchange a helper's equal parts for."""

    def __init__(self, names: Sequence[Name]) -> None:
        mine: dict[int, NamePart] = {}
        for name in names:
            for part in name.parts:
                mine[id(part)] = part
        self._by_value = {part_values(part): part for part in mine.values()}

    def unpack(self, texts: Sequence[str], packed: _Packed) -> list[Name]:
        parts, data = packed
        by_value = self._by_value
        own: list[NamePart] = []
        taken: set[int] = set()
        for part in parts:
            found = by_value.setdefault(part_values(part), part)
            if id(found) in taken:
                # two equal parts the helper kept apart stay apart, as they were made
                # (a name of initials only takes two copies made names)
                found = part
            taken.add(id(found))
            own.append(found)
        pick = own.__getitem__
        return [
            Name(original=text, parts=tuple(map(pick, ids)))
            for text, ids in zip(texts, marshal.loads(data), strict=True)
        ]


def prepare_ahead(helper: Helper, texts: Sequence[str], *, workers: int) -> Ahead | None:
    """Names for ``helper`` to prepare ahead (:class:`Ahead`), when the list is worth it
    (as :func:`prepare_names` judges) and helpers may be started."""
    if workers <= 1 or len(texts) < PARALLEL_MIN_NAMES or multiprocessing.current_process().daemon:
        return None
    try:
        return Ahead(helper, texts)
    except (BrokenProcessPool, OSError) as exc:
        log.warning("no helper process for the names (%s): they are prepared here", exc)
        return None


def prepare_names(
    texts: Sequence[str], *, workers: int = 1, ahead: Ahead | None = None
) -> list[Name]:
    """:func:`matching.names.prepare_name` of every text, in order, over ``workers``
    processes: this one and helpers started for the call. Few names, one worker, or a
    daemonic process (a Dask worker, which cannot start helpers): all in-process. With
    ``ahead``, the names a helper prepared ahead, and the others here.

    A text met again is not prepared again: every record with it holds the one name
    (names compare by identity, and two names of one text are the same name): 837,638
    distinct in the 1,000,000 synthetic records of the speed benchmark, where
    :func:`prepare_name`'s cache, of the last 100,000, met few of the repeats."""
    distinct = list(dict.fromkeys(texts))
    names = _prepare_distinct(distinct, workers) if ahead is None else _with(distinct, ahead)
    if len(distinct) == len(texts):
        return names
    by_text = dict(zip(distinct, names, strict=True))
    return [by_text[text] for text in texts]


def _prepare_distinct(texts: Sequence[str], workers: int) -> list[Name]:
    """:func:`prepare_names` of texts each met once."""
    if workers <= 1 or len(texts) < PARALLEL_MIN_NAMES or multiprocessing.current_process().daemon:
        with paused_gc():
            return [prepare_name(text) for text in texts]
    size = -(-len(texts) // workers)
    shares = [texts[start : start + size] for start in range(0, len(texts), size)]
    with ProcessPoolExecutor(
        len(shares) - 1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=helper_started,
    ) as pool:
        futures: list[Future[_Packed]] = [
            pool.submit(_prepare_packed, share) for share in shares[1:]
        ]
        with paused_gc():
            names = [prepare_name(text) for text in shares[0]]
            interner = _Interner(names)
            for share, future in zip(shares[1:], futures, strict=True):
                names.extend(interner.unpack(share, future.result()))
    return names


def _with(texts: Sequence[str], ahead: Ahead) -> list[Name]:
    """:func:`prepare_names` of texts each met once, taking those prepared ahead. A helper
    that died leaves its texts to this process, with a warning: slower, the same names."""
    theirs = set(ahead.texts)
    mine = [text for text in texts if text not in theirs]
    with paused_gc():
        names = [prepare_name(text) for text in mine]
        by_text = dict(zip(mine, names, strict=True))
        try:
            packed = ahead.future.result()
        except (BrokenProcessPool, OSError) as exc:
            log.warning("the names' helper process failed (%s): its names are prepared here", exc)
            wanted = set(texts)
            by_text.update((text, prepare_name(text)) for text in ahead.texts if text in wanted)
        else:
            helped = _Interner(names).unpack(ahead.texts, packed)
            by_text.update(zip(ahead.texts, helped, strict=True))
    return [by_text[text] for text in texts]
