"""Han names written as one word, compared where the other name is cut."""

from __future__ import annotations

import pytest

from matching.batch import BlockScorer, Matcher
from matching.blocking import BlockingIndex, han_keys
from matching.compare import compare_names
from matching.dates import parse_date
from matching.hancut import best_cut, han_cuts, may_recut, recut_pairs
from matching.model import Person, score_pair
from matching.names import prepare_name

THRESHOLD = 0.7


def _person(key: str, name: str, born: str | None = None) -> Person:
    return Person(key, (prepare_name(name),), parse_date(born))


def _raws(name: str) -> list[str]:
    return [part.raw for part in prepare_name(name).parts]


def test_a_family_name_mistyped_moves_the_cut() -> None:
    """The premise: one character mistyped, the two names are cut apart and no part aligns."""
    assert _raws("松本裕樹") == ["松本", "裕樹"]
    assert _raws("松香裕樹") == ["松", "香裕樹"]
    assert compare_names(prepare_name("松香裕樹"), prepare_name("松本裕樹")).score == 0.0


def test_han_cuts_are_offsets_of_han_names_only() -> None:
    assert han_cuts(prepare_name("松本裕樹")) == (2,)
    assert han_cuts(prepare_name("宇文 泰")) == (2,)
    assert han_cuts(prepare_name("Wang Xiaoming")) is None
    assert han_cuts(prepare_name("王")) is None  # one part: no cut to move


@pytest.mark.parametrize(
    ("left", "right", "aligned"),
    [
        ("松香裕樹", "松本裕樹", "裕樹"),  # the family name mistyped
        ("前聡零", "前田零", "零"),
        ("藤田裕木", "藤田 裕太", "藤田"),  # a given name UniDic does not know
    ],
)
def test_a_name_cut_as_the_other_aligns_what_is_written_alike(
    left: str, right: str, aligned: str
) -> None:
    for a, b in ((left, right), (right, left)):
        comparison, mine, _ = best_cut(
            prepare_name(a), prepare_name(b), compare_names(prepare_name(a), prepare_name(b))
        )
        exact = [
            "".join(mine.parts[i].raw for i in pair.left)
            for pair in comparison.pairs
            if pair.method == "exact"
        ]
        assert exact == [aligned]
        assert len(comparison.unmatched_left) == len(comparison.unmatched_right) == 1


@pytest.mark.parametrize(("left", "right"), [("松香裕樹", "松本裕樹"), ("前聡零", "前田零")])
def test_one_character_mistyped_with_the_same_birth_date_is_raised_either_way(
    left: str, right: str
) -> None:
    forward = score_pair(_person("c", left, "1990-01-02"), _person("r", right, "1990-01-02"))
    backward = score_pair(_person("c", right, "1990-01-02"), _person("r", left, "1990-01-02"))
    assert forward.score == backward.score >= THRESHOLD
    # born apart, the same two names are relatives or namesakes: not raised
    apart = score_pair(_person("c", left, "1990-01-02"), _person("r", right, "1975-06-30"))
    assert apart.score < THRESHOLD


def test_the_same_characters_cut_two_ways_are_one_name() -> None:
    """宇文 is a family name the cutter does not know: 宇 | 文泰 against 宇文 | 泰."""
    assert _raws("宇文泰") == ["宇", "文泰"]
    result = score_pair(_person("c", "宇文泰"), _person("r", "宇文 泰"))
    assert result.score == 1.0
    assert "宇文~宇文 (exact 1.00), 泰~泰 (exact 1.00)" in result.explanation()


def test_a_name_written_apart_keeps_its_cut() -> None:
    """The writer's space is no guess: only a name written as one word is cut anew."""
    spaced, whole = prepare_name("宇 文泰"), prepare_name("宇文泰")
    assert may_recut(whole, prepare_name("宇文 泰"))  # 宇文泰 may be cut as 宇文 泰
    assert not may_recut(spaced, prepare_name("宇文 泰"))  # two writers' cuts
    assert not may_recut(whole, whole)
    assert not list(recut_pairs(whole, spaced))  # cut alike already
    cut = [
        ([p.raw for p in a.parts], [p.raw for p in b.parts], read)
        for a, b, read in recut_pairs(prepare_name("宇文 泰"), whole)
    ]
    assert cut == [(["宇文", "泰"], ["宇文", "泰"], True)]


def test_other_scripts_are_never_cut_anew() -> None:
    assert not may_recut(prepare_name("Matsumoto Yuki"), prepare_name("松本裕樹"))
    assert not list(recut_pairs(prepare_name("김민재"), prepare_name("김 민재")))


def test_different_given_names_stay_below_review() -> None:
    """A recut finds no more than the characters say: sisters are not one person."""
    for left, right in (("王小明", "王小红"), ("松本裕樹", "松本直樹")):
        assert score_pair(_person("c", left), _person("r", right)).score < THRESHOLD


def test_blocking_keys_stand_for_two_slots() -> None:
    name = prepare_name("松香裕樹")
    keys = dict(han_keys(name, 0, "b:1990-01-02"))
    assert keys["l:松香裕树"] == 0b11  # the characters whole (in one form), both parts
    assert keys["b:1990-01-02:裕"].bit_count() == 2  # a character with the birth date
    assert han_keys(prepare_name("Matsumoto Yuki"), 0, "b:1990-01-02") == []
    assert list(dict(han_keys(name, 0, None))) == ["l:松香裕树"]


@pytest.mark.parametrize(
    ("candidate", "record", "born"),
    [
        ("松香裕樹", "松本裕樹", "1990-01-02"),
        ("宇文泰", "宇文 泰", None),
        ("藤田裕木", "藤田裕太", "2004-10-26"),
    ],
)
def test_the_batch_path_proposes_and_scores_such_pairs(
    candidate: str, record: str, born: str | None
) -> None:
    records = [
        _person("r0", record, born),
        _person("r1", "Matsumoto Yuki", born),
        _person("r2", "王小明", "1990-01-02"),
    ]
    mine = _person("c", candidate, born)
    pairs = BlockingIndex(records).pairs([mine])
    assert 0 in pairs["rec"].to_list()
    assert BlockScorer(mine, records).worth_scoring(records[0], THRESHOLD)
    found = [r.record_key for r in Matcher(records).match([mine], threshold=THRESHOLD)]
    assert found == ["r0"]
