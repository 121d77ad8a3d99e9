"""The collector pause around bulk loads: off inside, restored after, and what the block
built lands in the oldest generation without a collection walking it."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from matching.gcpause import collector_off, paused_gc


def _generation_of(target: object) -> int | None:
    for generation in range(3):
        if any(o is target for o in gc.get_objects(generation=generation)):
            return generation
    return None


def test_the_collector_is_off_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():  # nested: the inner pause leaves it off
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_what_the_block_built_is_promoted_to_the_oldest_generation() -> None:
    with paused_gc():
        built = [[i] for i in range(1000)]
    assert _generation_of(built) == 2
    assert _generation_of(built[500]) == 2
    assert gc.get_freeze_count() == 0


def test_objects_someone_froze_stay_frozen() -> None:
    sentinel: list[int] = [1]
    gc.freeze()  # as a program may before forking
    try:
        assert gc.is_tracked(sentinel) and _generation_of(sentinel) is None
        with paused_gc():
            built = [[i] for i in range(1000)]
        # Still in the permanent generation: unfreezing would have released it.  (The freeze
        # count itself is no witness: other frozen objects may die meanwhile.)
        assert _generation_of(sentinel) is None
        assert gc.get_freeze_count() > 0
        assert len(built) == 1000
    finally:
        gc.unfreeze()


class _Node:
    me: object = None


def test_the_collector_is_off_while_scoring_and_restored_however_the_block_ends() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_off():
        assert not gc.isenabled()
        with collector_off():
            assert not gc.isenabled()
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()


def test_a_cycle_left_by_the_block_is_collected_after_not_promoted() -> None:
    with collector_off():
        node = _Node()
        node.me = node
        watch = weakref.ref(node)
        del node
        assert watch() is not None  # no collection ran inside
    assert _generation_of(watch()) != 2  # still young: the next young collections find it
    gc.collect(1)
    assert watch() is None


def test_the_collector_stays_off_when_it_was_off() -> None:
    gc.disable()
    try:
        with collector_off():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_blocks_in_several_threads_share_one_count() -> None:
    """A screening chunk in one thread must not turn the collector back on under another
    thread's chunk: it comes back when the last block ends."""
    entered, leave_first, first_left = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with collector_off():
            entered.set()
            leave_first.wait(10)
        first_left.set()

    thread = threading.Thread(target=first)
    thread.start()
    assert entered.wait(10)
    with collector_off():
        leave_first.set()
        assert first_left.wait(10)
        seen.append(gc.isenabled())  # the first block ended while this one runs
    thread.join(10)
    assert seen == [False]
    assert gc.isenabled()
