"""Dhivehi names in Thaana, the script of the Maldives."""

from __future__ import annotations

import pytest

from matching.names import prepare_name
from matching.scripts import Script, dominant_script
from matching.thaana import thaana_forms
from tests.matching.real_names import REVIEW, batch_raised, score


@pytest.mark.parametrize(
    ("thaana", "male", "spelt"),
    [
        ("މުޙައްމަދު", "muhammadhu", "muhammad"),  # the alifu without a vowel doubles m
        ("ނަޝީދު", "nasheedhu", "nasheed"),
        ("އާމިނަތު", "aaminathu", "aminath"),
        ("ޔާމީން", "yaameen", "yameen"),
        ("ޤައްޔޫމް", "qayyoom", "gayyoom"),  # qaf as Maldivians say it
    ],
)
def test_a_part_reads_in_male_latin_then_as_latin_spellings_write_it(
    thaana: str, male: str, spelt: str
) -> None:
    forms = thaana_forms(thaana)
    assert forms[0] == male
    assert spelt in forms


def test_the_allah_ligature_stays_with_its_name() -> None:
    # NFKC spells ﷲ in Arabic letters; the word is still Thaana, and reads Abdulla
    name = prepare_name("ޢަބްދުﷲ ޔާމީން")
    assert [p.script for p in name.parts] == [Script.THAANA, Script.THAANA]
    assert "abdulla" in name.parts[0].latins
    assert dominant_script("عبدالله") is Script.ARABIC


@pytest.mark.parametrize(
    ("latin", "thaana"),
    [
        ("Mohamed Nasheed", "މުޙައްމަދު ނަޝީދު"),
        ("Abdulla Yameen", "ޢަބްދުﷲ ޔާމީން"),
        ("Maumoon Abdul Gayoom", "މައުމޫން ޢަބްދުލްޤައްޔޫމް"),
        ("Aminath Shauna", "އާމިނަތު ޝައުނާ"),
        ("Ahmed Adeeb", "އަޙްމަދު އަދީބު"),
        ("Mohamed Muizzu", "މުޙައްމަދު މުޢިއްޒު"),
    ],
)
def test_the_thaana_spelling_meets_the_latin_one(latin: str, thaana: str) -> None:
    assert min(score(latin, thaana), score(thaana, latin)) >= 0.85


@pytest.mark.parametrize(
    ("latin", "thaana"),
    [
        ("Mohamed Waheed", "މުޙައްމަދު ނަޝީދު"),
        ("Ahmed Nasheed", "މުޙައްމަދު ނަޝީދު"),
        ("Aishath Nasheeda", "ފާޠިމަތު ނަޝީދާ"),
    ],
)
def test_another_name_stays_another(latin: str, thaana: str) -> None:
    assert max(score(latin, thaana), score(thaana, latin)) < REVIEW


def test_batch_path_raises_thaana_spellings() -> None:
    nasheed, yameen = "މުޙައްމަދު ނަޝީދު", "ޢަބްދުﷲ ޔާމީން"
    found = batch_raised(["Mohamed Nasheed", "Abdulla Yameen", "Ahmed Nasheed"], [nasheed, yameen])
    assert found == {("Mohamed Nasheed", nasheed), ("Abdulla Yameen", yameen)}
