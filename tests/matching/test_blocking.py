"""Blocking keeps the pairs exhaustive scoring would raise (recall), on varied names."""

from __future__ import annotations

import random

from matching.batch import Matcher
from matching.dates import parse_date
from matching.model import Person, score_pair
from matching.names import prepare_name

GIVEN = [
    "Mohammed",
    "Muhammad",
    "Ahmed",
    "Ali",
    "Hassan",
    "Vladimir",
    "Olga",
    "Maria",
    "Jean",
    "Abdul Rahman",
    "Abdulrahman",
    "Wang",
    "Kim",
    "Fatima",
    "Yusuf",
    "Youssef",
    "Ivan",
    "Иван",
    "محمد",
    "Ольга",
    "김",
    "Jong Un",
    "Xiaoming",
]
FAMILY = [
    "Petrov",
    "Петров",
    "Hassan",
    "Al-Tikriti",
    "Lopez",
    "Garcia",
    "Nguyen",
    "Smith",
    "Salek",
    "Rahimi",
    "Kim",
    "Park",
    "王",
    "Zelensky",
    "Selenskyj",
    "Mousavi",
    "Musawi",
    "حسن",
]


def _people(prefix: str, count: int, rng: random.Random) -> list[Person]:
    people = []
    for i in range(count):
        parts = [rng.choice(GIVEN), rng.choice(FAMILY)]
        if rng.random() < 0.4:
            parts.insert(1, rng.choice(GIVEN))
        if rng.random() < 0.2:  # a typo
            word = list(parts[-1])
            word[rng.randrange(len(word))] = rng.choice("aeiou")
            parts[-1] = "".join(word)
        people.append(Person(f"{prefix}{i}", (prepare_name(" ".join(parts)),)))
    return people


def test_blocking_keeps_what_exhaustive_scoring_raises() -> None:
    rng = random.Random(5)
    records = _people("r", 300, rng)
    candidates = _people("c", 150, rng)
    threshold = 0.7
    exhaustive = {
        (c.key, r.key)
        for c in candidates
        for r in records
        if score_pair(c, r, explain=False).score >= threshold
    }
    blocked = {
        (m.candidate_key, m.record_key)
        for m in Matcher(records).match(candidates, threshold=threshold)
    }
    assert exhaustive, "the sample must contain raised pairs"
    kept = len(exhaustive & blocked) / len(exhaustive)
    assert kept >= 0.999, sorted(exhaustive - blocked)[:10]
    assert blocked <= exhaustive  # batch scores are the same scores


def test_batch_scores_equal_single_pair_scores() -> None:
    rng = random.Random(9)
    records = _people("r", 120, rng)
    candidates = _people("c", 60, rng)
    for match in Matcher(records).match(candidates, threshold=0.5):
        candidate = next(c for c in candidates if c.key == match.candidate_key)
        record = next(r for r in records if r.key == match.record_key)
        assert match.score == score_pair(candidate, record).score


def _raised(candidate: str, record: str, dob: str | None = None) -> bool:
    date = parse_date(dob)
    cand = Person("c", (prepare_name(candidate),), date)
    rec = Person("r", (prepare_name(record),), date)
    assert score_pair(cand, rec).score >= 0.7
    return bool(list(Matcher([rec]).match([cand], threshold=0.7)))


def test_hard_cases_blocking_used_to_lose() -> None:
    assert _raised("Mia Kam P", "Mia Pyper")  # an initial stands for a name
    assert _raised("Ssha Un Campbell", "Shaun Campbell")  # parts written apart
    assert _raised("Oussama Alkhateeb", "Oussama Khateeb")  # the article glued on
    assert _raised("Amina Almutairi", "آمنة المطيري")  # glued in Latin, apart in Arabic
    assert _raised("Dahan Yossef", "יוסף דהן")  # consonants as written
    assert _raised("Rozenberg Rafael", "רפאל רוזנברג")  # Hebrew bet read as b
    assert _raised("Sarag Curtg", "Sarah Curth", "1913-12-05")  # typos, same birth date
    assert _raised("Lina Alqhtani", "Lina Al-Qahtani")  # glued, with a typo
    assert _raised("मरहा इन्दिरा", "महरा इन्दिरा")  # consonants swapped across a vowel
