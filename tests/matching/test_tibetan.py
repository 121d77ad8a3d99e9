"""Tibetan and Dzongkha names, syllable by syllable as said."""

from __future__ import annotations

import pytest

from matching.scripts import Script, dominant_script
from matching.tibetan import tibetan_forms
from tests.matching.real_names import REVIEW, batch_raised, score


@pytest.mark.parametrize(
    ("syllable", "said"),
    [
        ("བསྟན", "ten"),  # prefix and superscript silent, final n fronts the a
        ("འཛིན", "zin"),
        ("རྒྱ", "gya"),  # superscript r silent, subscript y
        ("མཚོ", "tso"),
        ("དབང", "wang"),  # d before b: w
        ("ཕྱུག", "chuk"),  # ph with y: ch; final g: k
        ("བསོད", "so"),  # final d silent, o fronted (ö)
        ("ཟླ", "da"),  # z with l: d
        ("ལྷ", "lha"),
        ("སྒྲོལ", "dol"),  # g with r: dr, or d
        ("དབྱངས", "yang"),
        ("ཀུན", "kin"),  # ü, as Bhutanese spellings write it
        ("པདྨ", "pema"),  # a Sanskrit stack, as Tibetans say it
        ("ཀརྨ", "karma"),
    ],
)
def test_a_syllable_reads_as_it_is_said(syllable: str, said: str) -> None:
    assert said in tibetan_forms(syllable)


def test_letters_of_no_syllable_read_as_nothing() -> None:
    assert tibetan_forms("abc") == ()
    assert dominant_script("བསྟན") is Script.TIBETAN


@pytest.mark.parametrize(
    ("latin", "tibetan"),
    [
        ("Tenzin Gyatso", "བསྟན་འཛིན་རྒྱ་མཚོ"),
        ("Tshering Tobgay", "ཚེ་རིང་སྟོབས་རྒྱས"),
        ("Sonam Choden", "བསོད་ནམས་ཆོས་སྒྲོན"),
        ("Tashi Dolma", "བཀྲ་ཤིས་སྒྲོལ་མ"),
        ("Karma Phuntsho", "ཀརྨ་ཕུན་ཚོགས"),
        ("Pema Lhamo", "པདྨ་ལྷ་མོ"),
        ("Dawa Tsering", "ཟླ་བ་ཚེ་རིང"),
        ("Dorje", "རྡོ་རྗེ"),
    ],
)
def test_the_tibetan_spelling_meets_the_latin_one(latin: str, tibetan: str) -> None:
    assert min(score(latin, tibetan), score(tibetan, latin)) >= 0.85


@pytest.mark.parametrize(
    ("latin", "tibetan"),
    [
        ("Tenzin Dorje", "བསྟན་འཛིན་རྒྱ་མཚོ"),
        ("Sonam Dorje", "བསོད་ནམས་ཆོས་སྒྲོན"),
        ("Lotay Tshering", "ཚེ་རིང་སྟོབས་རྒྱས"),
    ],
)
def test_another_name_stays_another(latin: str, tibetan: str) -> None:
    assert max(score(latin, tibetan), score(tibetan, latin)) < REVIEW


def test_batch_path_raises_tibetan_spellings() -> None:
    gyatso, tobgay = "བསྟན་འཛིན་རྒྱ་མཚོ", "ཚེ་རིང་སྟོབས་རྒྱས"
    found = batch_raised(["Tenzin Gyatso", "Tshering Tobgay", "Tenzin Dorje"], [gyatso, tobgay])
    assert found == {("Tenzin Gyatso", gyatso), ("Tshering Tobgay", tobgay)}
