"""The batch matcher scores in a pool of processes with the same results as in-process."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import random
from concurrent.futures.process import BrokenProcessPool

import psutil
import pytest

from matching import batch
from matching.batch import BLOCK_STEP, POOL_MIN_CANDIDATES, BlockScorer, Matcher, match_one
from matching.dates import parse_date
from matching.model import (
    CEILING_FEATURES,
    MIN_REVIEW_THRESHOLD,
    MODEL,
    NO_PART_CEILING,
    MatchResult,
    Person,
    quick_score,
    score_pair,
)
from matching.names import prepare_name
from tests.matching.test_blocking import FAMILY, GIVEN


def _people(prefix: str, count: int, rng: random.Random) -> list[Person]:
    people = []
    for i in range(count):
        parts = [rng.choice(GIVEN), rng.choice(FAMILY)]
        if rng.random() < 0.4:
            parts.insert(1, rng.choice(GIVEN))
        dob = f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
        people.append(Person(f"{prefix}{i}", (prepare_name(" ".join(parts)),), parse_date(dob)))
    return people


def _run(matcher: Matcher, candidates: list[Person], workers: int) -> list[MatchResult]:
    done: list[int] = []
    found = list(
        matcher.match(
            candidates, threshold=0.7, chunk_size=150, progress=done.append, workers=workers
        )
    )
    assert sum(done) == len(candidates)
    return found


def test_pooled_scoring_gives_the_same_pairs_in_the_same_order() -> None:
    rng = random.Random(11)
    records = _people("r", 400, rng)
    candidates = _people("c", POOL_MIN_CANDIDATES + 100, rng)
    here, pooled = Matcher(records), Matcher(records)
    expected = _run(here, candidates, workers=1)
    with pooled:
        found = _run(pooled, candidates, workers=2)
    assert len(expected) > 20, "the sample must raise pairs"
    assert found == expected  # scores, explanations and order
    assert pooled.pairs_scored == here.pairs_scored > len(expected)


def _in_daemon(queue: multiprocessing.Queue[int]) -> None:
    rng = random.Random(3)
    matcher = Matcher(_people("r", 50, rng))
    candidates = _people("c", POOL_MIN_CANDIDATES, rng)
    found = list(matcher.match(candidates, threshold=0.7, workers=2))
    queue.put(len(found))


@pytest.mark.slow
def test_a_daemonic_process_scores_in_process() -> None:
    """A Dask worker is daemonic: starting helpers there would fail, so it scores itself."""
    context = multiprocessing.get_context("spawn")  # polars must not run in a forked child
    queue: multiprocessing.Queue[int] = context.Queue()
    process = context.Process(target=_in_daemon, args=(queue,), daemon=True)
    process.start()
    found = queue.get(timeout=60)
    process.join(timeout=60)
    assert process.exitcode == 0
    rng = random.Random(3)
    records, candidates = _people("r", 50, rng), _people("c", POOL_MIN_CANDIDATES, rng)
    assert found == len(list(Matcher(records).match(candidates, threshold=0.7))) > 0


def test_quick_score_is_the_explained_score() -> None:
    rng = random.Random(17)
    records, candidates = _people("r", 60, rng), _people("c", 40, rng)
    scores = [(quick_score(c, r), score_pair(c, r).score) for c in candidates for r in records]
    assert any(explained >= 0.7 for _, explained in scores)
    assert all(quick == explained for quick, explained in scores)


NAMES = [
    "Lina Al Qahtani", "Lina Alqhtani", "Alqhtani", "Sayın Şener", "Zinnure Akgündüz",
    "कुमारी चक्रवर्ती", "Kumari Chakravarti", "Elma Maulana", "Christine Le", "Χρυσάνθη Καφαντάρη",
    "Chrysanthi Kafantari", "Abdul Rahman Hassan", "Abdulrahman Hasan", "عبد الرحمن حسن",
    "Mohammed Ali", "محمد علي", "Muhammad", "Ali", "J. Smith", "John Smith", "Jon Smyth",
    "Ssha Un Campbell", "Shaun Campbell", "Campbell", "Владимир Петренко", "Vladimir Petrenko",
    "Petrenko", "王小明", "Wang Xiaoming", "Xiao Ming Wang", "Kim Min-jae", "김민재",
    "Minjae Kim", "Ben Jamin Goldberg", "Binyamin Goldberg", "Goldberg",
    "नस्र अल दीन", "Nasr al Din", "Nasruddin", "Salman bin Muhammad", "Muhammad bin Salman",
    "Abdel Rahmn Al Qahtani", "Abdulrahman Alqhtani", "Alqahtani Abdel Rahman",
    "Al Qhtani Abdulrahmn", "Abdul Rahman", "Abdulrahman Smith", "Lina al Qahtani",
    "Maria al Qahtani", "John K Smith", "Mary K Smith", "松本裕樹", "松香裕樹", "宇文泰",
    "宇文 泰", "前田零", "前聡零",
]  # fmt: skip


def test_records_passed_over_could_not_reach_the_threshold() -> None:
    """What ``worth_scoring`` skips, exhaustive scoring would not raise either."""
    rng = random.Random(23)
    dates = [None, "1971", "1971-03-05", "1971-05-03", "1980-01-01", "1969-03-05"]
    people = [
        Person(f"p{i}", (prepare_name(name),), parse_date(rng.choice(dates)))
        for i, name in enumerate(NAMES * 2)
    ]
    skipped = 0
    for candidate in people:
        scorer = BlockScorer(candidate, people)
        for record in people:
            for threshold in (NO_PART_CEILING + 0.01, MIN_REVIEW_THRESHOLD, 0.8):
                if not scorer.worth_scoring(record, threshold):
                    skipped += 1
                    assert score_pair(candidate, record).score < threshold, (
                        candidate.names[0].original,
                        record.names[0].original,
                    )
    assert skipped > len(people) ** 2  # most pairs are not worth scoring


@pytest.mark.parametrize(
    ("candidate_name", "record_name", "born"),
    [
        ("Lina Al Qahtani", "Alqhtani", "1980-02-03"),  # candidate parts run together, typo'd
        ("Abdel Rahmn Al Qahtani", "Abdulrahman Alqhtani", None),  # two such joins
        ("Alqahtani Abdel Rahman", "Al Qhtani Abdulrahmn", None),  # one join on each side
    ],
)
def test_parts_run_together_with_typos_are_still_scored(
    candidate_name: str, record_name: str, born: str | None
) -> None:
    candidate = Person("c", (prepare_name(candidate_name),), parse_date(born))
    record = Person("r", (prepare_name(record_name),), parse_date(born))
    assert score_pair(candidate, record).score >= MIN_REVIEW_THRESHOLD
    assert BlockScorer(candidate, [record]).worth_scoring(record, MIN_REVIEW_THRESHOLD)
    assert list(Matcher([record]).match([candidate], threshold=MIN_REVIEW_THRESHOLD))


@pytest.mark.parametrize(
    "records",
    [
        ["Abd al-Salam Khan", "Abd al-Rahim Khan"],
        ["عبد السلام خان", "عبد الرحيم خان"],
    ],
)
def test_a_run_before_another_name_is_spelled_anew(records: list[str]) -> None:
    """The run "Abd al" is "abdals" before Salam and "abdalr" before Rahim: a block holding both
    must not reuse the first reading for the second record."""
    candidate = Person("c", (prepare_name("Abdur Rahim Khan"),))
    people = [Person(f"r{i}", (prepare_name(text),)) for i, text in enumerate(records)]
    assert score_pair(candidate, people[1]).score >= MIN_REVIEW_THRESHOLD
    found = [r.record_key for r in Matcher(people).match([candidate], threshold=0.7)]
    assert found == ["r1"]


def _varied_people(rng: random.Random) -> list[Person]:
    """NAMES with aliases, full, partial and placeholder dates, nationalities, genders."""
    dates = [None, "1971", "1971-03", "1971-03-05", "1971-05-03", "1971-01-01", "1969-03-05"]
    dates += ["1990-03-05", "1971-03-06", "1917-03-05"]
    countries = [frozenset(), frozenset({"SA"}), frozenset({"RU"}), frozenset({"SA", "RU"})]
    people = []
    for i, text in enumerate(NAMES * 3):
        names = [prepare_name(text)]
        if rng.random() < 0.3:
            names.append(prepare_name(rng.choice(NAMES)))
        people.append(
            Person(
                f"p{i}",
                tuple(names),
                parse_date(rng.choice(dates)),
                rng.choice(countries),
                rng.choice([None, "F", "M"]),
            )
        )
    return people


def test_the_ceiling_bounds_every_score() -> None:
    """No pair scores above the ceiling that batch matching skips it by."""
    people = _varied_people(random.Random(29))
    below = 0
    for candidate in people:
        scorer = BlockScorer(candidate, people)
        for record in people:
            ceiling = round(scorer.ceiling(record) + 1e-9, 4)  # scores are rounded so
            exact = score_pair(candidate, record).score
            assert exact <= ceiling, (
                candidate.names[0].original,
                record.names[0].original,
                exact,
                ceiling,
            )
            quick = quick_score(
                candidate, record, similarity=scorer.similarity, neighbours=scorer.neighbours
            )
            assert quick <= ceiling
            below += ceiling < MIN_REVIEW_THRESHOLD
    assert below > len(people) ** 2 // 2  # the bound is tight enough to skip most pairs


def test_the_ceiling_skips_namesakes_that_share_parts() -> None:
    """Two parts of three shared and birth dates decades apart: far below review, though
    the pair shares enough parts to be blocked."""
    candidate = Person("c", (prepare_name("Hans-Michael Neureuther"),), parse_date("1950-02-03"))
    record = Person("r", (prepare_name("Hans-Michael Wulff"),), parse_date("1979-06-07"))
    scorer = BlockScorer(candidate, [record])
    assert scorer.ceiling(record) < MIN_REVIEW_THRESHOLD
    assert not scorer.worth_scoring(record, MIN_REVIEW_THRESHOLD)
    same = Person("r2", (prepare_name("Hans Michael Neureuther"),), parse_date("1950-02-03"))
    assert BlockScorer(candidate, [same]).worth_scoring(same, MIN_REVIEW_THRESHOLD)


def test_the_ceiling_knows_every_feature_of_the_model() -> None:
    """A feature added to the model must be bounded by the ceiling too."""
    assert tuple(f.name for f in MODEL) == CEILING_FEATURES
    assert all(f.weight == 1.0 for f in MODEL)


def _scoring_processes() -> set[int]:
    """Processes this one spawned to run work (not multiprocessing's resource tracker)."""
    found = set()
    for child in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            if "spawn_main" in " ".join(child.cmdline()):
                found.add(child.pid)
    return found


def test_the_pool_serves_every_batch_until_closed() -> None:
    """A matcher cached for a list version scores every chunk with the same processes."""
    rng = random.Random(5)
    records = _people("r", 200, rng)
    candidates = _people("c", POOL_MIN_CANDIDATES, rng)
    before = _scoring_processes()
    matcher = Matcher(records)
    first = list(matcher.match(candidates, threshold=0.7, workers=2))
    started = _scoring_processes() - before
    assert started  # one per task in flight, up to two
    second = list(matcher.match(candidates[::-1], threshold=0.7, workers=2))
    serving = _scoring_processes() - before
    assert started <= serving and len(serving) <= 2  # kept, not started again
    assert sorted(r.record_key + r.candidate_key for r in first) == sorted(
        r.record_key + r.candidate_key for r in second
    )
    matcher.close()
    assert not (_scoring_processes() & serving)


def test_a_matcher_let_go_stops_its_processes() -> None:
    rng = random.Random(6)
    matcher = Matcher(_people("r", 100, rng))
    before = _scoring_processes()
    list(matcher.match(_people("c", POOL_MIN_CANDIDATES, rng), threshold=0.7, workers=2))
    started = _scoring_processes() - before
    assert started
    del matcher
    gc.collect()
    assert not (_scoring_processes() & started)


def test_a_dead_scoring_process_fails_the_match_and_the_next_one_starts_anew() -> None:
    rng = random.Random(7)
    records = _people("r", 100, rng)
    candidates = _people("c", POOL_MIN_CANDIDATES, rng)
    matcher = Matcher(records)
    expected = list(matcher.match(candidates, threshold=0.7))
    before = _scoring_processes()
    with matcher:
        list(matcher.match(candidates, threshold=0.7, workers=2))
        for pid in _scoring_processes() - before:
            psutil.Process(pid).kill()
        with pytest.raises(BrokenProcessPool):
            list(matcher.match(candidates, threshold=0.7, workers=2))
        assert list(matcher.match(candidates, threshold=0.7, workers=2)) == expected


def test_a_match_left_unread_leaves_the_pool_to_the_next() -> None:
    rng = random.Random(8)
    records = _people("r", 400, rng)
    candidates = _people("c", POOL_MIN_CANDIDATES + 600, rng)
    expected = list(Matcher(records).match(candidates, threshold=0.7, chunk_size=150))
    assert expected
    with Matcher(records) as matcher:
        stopped = matcher.match(candidates, threshold=0.7, chunk_size=150, workers=2)
        next(stopped)
        stopped.close()  # its tasks still queued are cancelled, not scored for nobody
        again = matcher.match(candidates, threshold=0.7, chunk_size=150, workers=2)
        assert list(again) == expected


def test_one_person_against_a_whole_list_is_every_record_exhaustive_scoring_raises() -> None:
    rng = random.Random(11)
    records = _people("r", 400, rng)
    raised = 0
    for candidate in _people("c", 30, rng):
        expected = sorted(
            ((r.key, round(score_pair(candidate, r).score, 4)) for r in records),
            key=lambda pair: (-pair[1], pair[0]),
        )
        expected = [pair for pair in expected if pair[1] >= 0.7]
        found = match_one(candidate, records, 0.7)
        assert [(r.record_key, round(r.score, 4)) for r in found] == expected
        assert all(r.explanation() for r in found)
        raised += len(found)
    assert raised >= 5  # the sample holds pairs to raise (9 with this seed)


def test_a_scoring_process_keeps_its_collector_off() -> None:
    """Turned on after each task, the collector walked what the task left alive (15% of a
    scoring process's time against a million records): a scoring process keeps it off."""
    rng = random.Random(9)
    with Matcher(_people("r", 100, rng)) as matcher:
        list(matcher.match(_people("c", POOL_MIN_CANDIDATES, rng), threshold=0.7, workers=2))
        pool = matcher._scorers(2)
        states = [pool.submit(gc.isenabled) for _ in range(8)]
        assert [state.result() for state in states] == [False] * 8
    assert gc.isenabled()  # this process's is untouched


def test_a_scoring_process_collects_fully_every_so_many_tasks() -> None:
    """The safety net should scoring ever make cycles: a full collection every
    COLLECT_EVERY tasks, and none between."""
    full: list[int] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "stop" and info["generation"] == 2:
            full.append(1)

    gc.disable()  # as in a scoring process: no collection of its own
    gc.callbacks.append(seen)
    try:
        for _ in range(2 * batch.COLLECT_EVERY):
            assert batch._score_blocks([], 0.7) == ([], 0)
    finally:
        gc.callbacks.remove(seen)
        gc.enable()
    assert len(full) == 2


def test_candidates_are_blocked_a_step_at_a_time() -> None:
    """Scoring processes wait for no more than :data:`BLOCK_STEP` candidates' blocking."""
    rng = random.Random(10)
    done: list[int] = []
    matcher = Matcher(_people("r", 50, rng))
    list(
        matcher.match(_people("c", 2 * BLOCK_STEP + 200, rng), threshold=0.7, progress=done.append)
    )
    assert done == [BLOCK_STEP, BLOCK_STEP, 200]
