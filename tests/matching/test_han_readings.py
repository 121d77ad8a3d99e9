"""The readings of Han names that a character-by-character romaniser misses."""

from __future__ import annotations

from matching.han_readings import SURNAME_READINGS, other_readings


def test_a_family_name_reads_as_a_family_name() -> None:
    assert other_readings("单", ("dan",)) == (("shan",),)
    assert other_readings("區", ("qu",)) == (("ou",),)  # traditional, folded
    assert other_readings("尉迟", ("wei", "chi")) == (("yu", "chi"),)


def test_a_given_name_reads_as_the_word_it_spells() -> None:
    assert other_readings("长江", ("zhang", "jiang")) == (("chang", "jiang"),)
    assert ("zhao", "yang") in other_readings("朝阳", ("chao", "yang"))
    assert other_readings("重阳", ("zhong", "yang")) == (("chong", "yang"),)


def test_nothing_is_added_where_the_reading_is_the_same_or_unknown() -> None:
    assert other_readings("小明", ("xiao", "ming")) == ()  # a word read as anyascii reads it
    assert other_readings("伟", ("wei",)) == ()  # no family name, no word
    assert other_readings("王", ("wang",)) == ()  # 王 is also yu, never in a name
    assert other_readings("长江大河", ("zhang", "jiang", "da", "he")) == ()  # no given name


def test_every_listed_family_name_reads_otherwise_on_its_own() -> None:
    from anyascii import anyascii  # noqa: PLC0415

    for han, reading in SURNAME_READINGS.items():
        assert "".join(reading) != anyascii(han).lower(), han
