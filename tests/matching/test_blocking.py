"""Blocking keeps the pairs exhaustive scoring would raise (recall), on varied names."""

from __future__ import annotations

import logging
import pickle
import random
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from typing import cast

import polars as pl
import pytest

from matching import blocking
from matching.batch import Matcher
from matching.blocking import BlockingIndex
from matching.bulk import Helper
from matching.dates import parse_date
from matching.keys import abjad_typo_keys, bridge_keys, bridge_lookups, part_keys
from matching.model import Person, score_pair
from matching.names import NamePart, prepare_name
from matching.packed import pack
from matching.walk import Walked
from matching.walk import merge as walk_merge

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


def _counts(index: BlockingIndex) -> tuple[int, int, int, int]:
    """What two indexes of one list must agree on besides the pairs they propose."""
    return index.size, index.common_limit, index.common_keys, index.vocabulary_size


def _heights(index: BlockingIndex) -> dict[str, int]:
    """The rows of each frame of an index."""
    return {k: v.height for k, v in vars(index).items() if isinstance(v, pl.DataFrame)}


def test_an_index_unpickled_proposes_what_it_did() -> None:
    """A prepared list is kept pickled with its index (:mod:`vetting.listcache`)."""
    rng = random.Random(8)
    records, candidates = _people("r", 300, rng), _people("c", 150, rng)
    index = BlockingIndex(records)
    back = pickle.loads(pickle.dumps(index))
    assert isinstance(back, BlockingIndex)
    assert _counts(back) == _counts(index)
    proposed = index.pairs(candidates)
    assert proposed.height > len(candidates)
    assert back.pairs(candidates).equals(proposed)


def _varied(count: int, rng: random.Random) -> list[Person]:
    """People with aliases, shared birth dates and initials, so that both shares of a
    list walked in two processes hold some parts and runs, and some only one does."""
    people = _people("r", count, rng)
    dates = ["1980-03-04", "1975-11-30", "1991-07-15", "1962"]
    out = []
    for i, person in enumerate(people):
        names = list(person.names)
        if i % 3 == 0:
            names.append(prepare_name(f"{rng.choice(GIVEN)} bin {rng.choice(GIVEN)} Al {i}"))
        if i % 5 == 0:
            names.append(prepare_name(f"{rng.choice(GIVEN)} K. {rng.choice(FAMILY)}"))
        if i > count // 2 and i % 7 == 0:  # runs and parts only the second share has
            names.append(prepare_name(f"Abd al Qadir{i % 4} Zhang San"))
        born = parse_date(dates[i % len(dates)]) if i % 2 else None
        out.append(Person(person.key, tuple(names), born))
    return out


def test_an_index_walked_in_two_processes_is_the_one_walked_in_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A helper process walks the last share of a large list; merged, its part of the
    vocabulary is the same, and so are the pairs proposed."""
    rng = random.Random(11)
    records, candidates = _varied(900, rng), [*_people("c", 300, rng), *_varied(100, rng)]
    monkeypatch.setattr(blocking, "MIN_COMMON", 15)  # common keys, counted over both shares
    alone = BlockingIndex(records)
    merges: list[int] = []
    merge = walk_merge

    def counted(mine: Walked, theirs: Walked) -> Walked:
        merges.append(theirs.stop)
        return merge(mine, theirs)

    monkeypatch.setattr(blocking, "merge", counted)
    assert BlockingIndex(records, packed=pack(records), workers=2).size == len(records)
    assert merges == []  # a small list is walked here
    monkeypatch.setattr(blocking, "PARALLEL_MIN_RECORDS", 100)
    shared = BlockingIndex(records, packed=pack(records), workers=2)
    assert merges == [len(records)]
    assert alone.common_keys > 0
    assert _counts(shared) == _counts(alone)
    # the same rows, none repeated by the merge (rows the frames keep as they come)
    assert _heights(shared) == _heights(alone)
    proposed = alone.pairs(candidates)
    assert proposed.height > len(candidates)
    assert shared.pairs(candidates).equals(proposed)
    assert shared.pairs(records[-50:]).equals(alone.pairs(records[-50:]))
    with pytest.raises(ValueError, match="packed records"):
        BlockingIndex(records, packed=pack(records[:-1]), workers=2)


class _DeadPool:
    """A process pool whose process died before it sent anything."""

    def submit(self, *args: object) -> Future[None]:
        future: Future[None] = Future()
        future.set_exception(BrokenProcessPool("killed"))
        return future


class _DeadHelper:
    """A helper whose process died."""

    closed = False

    def pool(self) -> _DeadPool:
        return _DeadPool()

    def close(self) -> None:
        self.closed = True


def test_a_helper_that_dies_leaves_its_share_to_this_process(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    rng = random.Random(12)
    records, candidates = _varied(400, rng), _varied(100, rng)
    alone = BlockingIndex(records)
    monkeypatch.setattr(blocking, "PARALLEL_MIN_RECORDS", 100)
    dead = _DeadHelper()
    with caplog.at_level(logging.WARNING, logger="matching.blocking"):
        rescued = BlockingIndex(records, packed=pack(records), workers=2, helper=cast(Helper, dead))
    assert dead.closed  # let go once the index no longer needs it
    assert "helper process failed (killed)" in caplog.text
    assert (rescued.size, rescued.vocabulary_size) == (alone.size, alone.vocabulary_size)
    assert rescued.pairs(candidates).equals(alone.pairs(candidates))


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
    assert _raised("Lina Al Qahtani", "Lina Alqhtani")  # the same, the other way round
    assert _raised("मरहा इन्दिरा", "महरा इन्दिरा")  # consonants swapped across a vowel
    assert _raised("Jin Jin U", "Jin Jinu")  # a one-vowel syllable written apart


def test_a_name_with_a_syllable_more_at_one_end_is_credited() -> None:
    """ "Rashedul" is রাশেদ (Rashed) with an "-ul"; Darshana is सुदर्शना (Sudarshana)
    without its "su-". Two edits at one end, so no typo key meets them: their first or
    last letters credit the part to a pair the family name found."""
    assert _raised("Rashedul Choudhuri", "রাশেদ চৌধুরী")
    assert _raised("রাশেদ চৌধুরী", "Rashedul Choudhuri")
    assert _raised("Darshana Chaturvedi", "सुदर्शना चतुर्वेदी")


def test_a_syllable_more_at_one_end_is_found_among_namesakes() -> None:
    """Where both names are common, only two-part keys find the pair: a candidate's part
    stands there for the list's parts with up to three letters more or less at one end."""
    rng = random.Random(3)
    given = ["राम", "सीता", "अमित", "प्रिया", "राहुल", "नेहा"]
    crowd = [f"{g} चतुर्वेदी" for g in rng.choices(given, k=300)]
    crowd += [f"सुदर्शना {f}" for f in rng.choices(["शर्मा", "वर्मा", "गुप्ता", "सिंह"], k=300)]
    assert _raised_among_namesakes("Darshana Chaturvedi", "सुदर्शना चतुर्वेदी", crowd)
    crowd = [f"{g} চৌধুরী" for g in rng.choices(["আমিন", "করিম", "সুমন", "রিনা"], k=300)]
    crowd += [f"রাশেদ {f}" for f in rng.choices(["খান", "হোসেন", "আলী", "রহমান"], k=300)]
    assert _raised_among_namesakes("Rashedul Choudhuri", "রাশেদ চৌধুরী", crowd)


def test_a_respelled_name_after_a_glued_article_is_proposed_by_its_name() -> None:
    """Not only through an equal birth date: the names alone meet ("dleimi" / "dulaimi"
    are one deletion apart in sound)."""
    from matching.blocking import BlockingIndex  # noqa: PLC0415

    index = BlockingIndex([Person("r", (prepare_name("DULAIMI, Morad"),))])
    candidate = Person("c", (prepare_name("ALDLEIMI, Mourad"),))
    assert index.pairs([candidate]).height == 1


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [
        # the article's sound written on the name before: two parts on each side, one of
        # them "عبد ال" against "Abdus"
        ("Abdus Salam", "عبد السلام"),
        ("Abdus Sattar", "عبد الستار"),
        ("Habibur Rahman", "حبيب الرحمن"),
        ("Lutfor Rahman", "لطف الرحمن"),
        ("Ziaur Rahman", "ضياء الرحمن"),  # ض read as z, before the article
        ("Hafizur Rahman", "حفيظ الرحمن"),
        ("Zillur Rahman", "ظل الرحمن"),  # a doubled letter, written once in the abjad
        ("Khairun Nessa", "خير النساء"),
        ("Abduz Zahir", "عبد الظاهر"),  # and ظ read as z meets Zahir
        # a name of one consonant, credited through its weak key
        ("Ola Hassan", "علا حسن"),
        ("Diaa Eldin Mohamed", "ضياء الدين محمد"),
        ("Eyad Khalil", "إياد خليل"),
        ("Muammar Gaddafi", "معمر القذافي"),  # qaf read as g
        # compounds with Allah: joined, the ta marbuta spoken t, an h the sound drops
        ("Asadullah Khalid", "اسدالله خالد"),
        ("Rahmatullah Nabil", "رحمة الله نبيل"),
        ("Ehsanullah Khan", "احسان الله خان"),
    ],
)
def test_an_assimilated_article_is_found_both_ways(latin: str, arabic: str) -> None:
    assert _raised(latin, arabic)
    assert _raised(arabic, latin)


@pytest.mark.parametrize(
    ("latin", "indic"),
    [
        ("Subramaniam Ramasamy", "சுப்பிரமணியம் ராமசாமி"),  # Tamil
        ("Venkateswara Rao", "వెంకటేశ్వర రావు"),  # Telugu
        ("Siddaramaiah Gowda", "ಸಿದ್ದರಾಮಯ್ಯ ಗೌಡ"),  # Kannada
        ("Mohanlal Viswanathan", "മോഹൻലാൽ വിശ്വനാഥൻ"),  # Malayalam
        ("Harbhajan Singh", "ਹਰਭਜਨ ਸਿੰਘ"),  # Gurmukhi
        ("Mahinda Rajapaksa", "මහින්ද රාජපක්ෂ"),  # Sinhala
    ],
)
def test_brahmic_scripts_are_found_both_ways(latin: str, indic: str) -> None:
    assert _raised(latin, indic)
    assert _raised(indic, latin)


@pytest.mark.parametrize(
    ("glued", "apart"),
    [("Larbi Belkheir", "Al-Arabi Belkheir"), ("Lamine Diallo", "Al-Amin Diallo")],
)
def test_a_known_name_with_its_article_glued_is_found_both_ways(glued: str, apart: str) -> None:
    assert _raised(glued, apart)
    assert _raised(apart, glued)


def test_a_vowel_syllable_written_apart_is_found_among_namesakes() -> None:
    rng = random.Random(5)
    crowd = [f"Jin {g}" for g in rng.choices(["Ho", "Woo", "Seok", "Young", "Hyuk"], k=300)]
    crowd += [f"{f} Jinu" for f in rng.choices(["Kim", "Lee", "Park", "Choi"], k=300)]
    assert _raised_among_namesakes("Jin Jin U", "Jin Jinu", crowd)


def _raised_among_namesakes(candidate: str, record: str, crowd: list[str]) -> bool:
    """Blocking among records that make every part of the true name a common key."""
    records = [Person(f"n{i}", (prepare_name(n),)) for i, n in enumerate(crowd)]
    records.append(Person("target", (prepare_name(record),)))
    cand = Person("c", (prepare_name(candidate),))
    assert score_pair(cand, records[-1]).score >= 0.7
    matcher = Matcher(records)
    common = matcher.index.common_limit
    assert len(crowd) > 2 * common, "both parts of the name must be common keys"
    return any(m.record_key == "target" for m in matcher.match([cand], threshold=0.7))


def test_common_names_written_apart_or_romanised_otherwise_are_found() -> None:
    # at a million records "Kim" and "Min Jae" are held by thousands: only a key for the
    # two parts together finds the pair, and it must see "Minjae" in "Min-jae"
    given = [f"{a} {b}" for a in ("Seo", "Ha", "Do", "Yu") for b in ("Jun", "Woo", "Hyun")]
    family = ["Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han"]
    rng = random.Random(3)
    crowd = [f"{g} Kim" for g in rng.choices(given, k=260)]
    crowd += [f"Min Jae {f}" for f in rng.choices(family, k=260)]
    assert _raised_among_namesakes("MINJAE KIM", "Min-jae Kim", crowd)
    # a Hangul record against the popular spelling of its given name (jungung for 정웅,
    # whose first romanisation is jeongung)
    crowd = [f"윤{g}" for g in rng.choices(["서준", "하준", "도윤", "시우", "지호"], k=260)]
    crowd += [f"{f}정웅" for f in rng.choices(["김", "이", "박", "최", "정", "강"], k=260)]
    assert _raised_among_namesakes("Yoon Jungung", "윤정웅", crowd)


def _rare(i: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return f"Q{letters[i % 26]}{letters[i // 26 % 26]}vor{letters[i // 676 % 26]}tz"


def test_one_name_written_twice_does_not_count_as_two() -> None:
    # "Mohamed" in two aliases (or twice in one name) is one shared name: the two-part keys
    # must not pair it with itself, or every Mohamed on the list is proposed
    records = [
        Person(f"a{i}", (prepare_name(f"Mohamed {_rare(i)}"), prepare_name(f"Muhammad {_rare(i)}")))
        for i in range(300)
    ]
    candidates = [
        Person("c1", (prepare_name("Mohamed Abdi Mohamed"),)),
        Person("c2", (prepare_name("Mohamed Hassan"), prepare_name("Muhammad Hasan"))),
    ]
    assert Matcher(records).index.pairs(candidates).height == 0


def test_two_part_keys_hold_past_many_aliases() -> None:
    # slots beyond the bit mask's width (a record with dozens of aliases) still pair up
    records = [Person(f"a{i}", (prepare_name(f"Ivan {_rare(i)}"),)) for i in range(300)]
    records += [Person(f"b{i}", (prepare_name(f"{_rare(i + 400)} Petrov"),)) for i in range(300)]
    aliases = tuple(prepare_name(f"{_rare(1000 + 2 * k)} {_rare(1001 + 2 * k)}") for k in range(32))
    records.append(Person("target", (*aliases, prepare_name("Ivan Petrov"))))
    found = Matcher(records).match([Person("c", (prepare_name("Ivan Petrov"),))], threshold=0.7)
    assert [m.record_key for m in found] == ["target"]


def test_a_typo_in_a_rare_name_next_to_a_common_one_is_found() -> None:
    # "Hakim" is common here; "Dalby" / "Dalvy" share only typo keys, held by one record
    crowd = [f"{_rare(i)} Hakim" for i in range(530)]
    assert _raised_among_namesakes("Dalby Hakim", "Dalvy Hakim", crowd)
    assert _raised_among_namesakes("Ferlo Hakim", "Ferko Hakim", crowd)


def test_a_typo_in_a_common_name_still_meets_its_namesakes() -> None:
    """Both parts common on a large list, one mistyped: no key finds the pair alone, and
    two-part keys pair the candidate's typo with the listed spelling."""
    from matching.blocking import MIN_COMMON, BlockingIndex  # noqa: PLC0415

    listed = [
        Person(
            f"r{i}", (prepare_name("Leela Chatterjee"),), parse_date(f"19{50 + i % 40}-03-1{i % 9}")
        )
        for i in range(MIN_COMMON + 10)
    ]
    other = Person("other", (prepare_name("Leela Banerjee"),), parse_date("1931-01-02"))
    index = BlockingIndex([*listed, other])
    for typo in ("Leela Chattorjee", "Lila Chatarji"):
        candidate = Person("c", (prepare_name(typo),), parse_date("1979-03-14"))
        proposed = set(index.pairs([candidate])["rec"].to_list())
        assert proposed == set(range(len(listed))), typo  # every namesake, not Banerjee


@pytest.mark.parametrize(
    ("typo", "neighbour", "listed"),
    [
        # the listed name's second reading is the sound of the spelling one typo away
        ("Nikalay Kowalczyk", "Nikolay", "Nikolaj Kowalczyk"),
        ("Aleskey Kowalczyk", "Aleksey", "Aleksej Kowalczyk"),
        # the listed name shares a short-form group with it
        ("Ludmlia Kowalczyk", "Ludmila", "Lyudmila Kowalczyk"),
        ("Natalha Kowalczyk", "Natalia", "Natasha Kowalczyk"),
    ],
)
def test_a_typo_stands_in_for_every_key_of_the_name_it_is_one_letter_from(
    typo: str, neighbour: str, listed: str
) -> None:
    """A candidate's part one typo from a part of the list pairs up as all of that part's
    two-part keys, not only its own: a key of another of its readings, or of its short
    forms, may be the one a listed name shares (reviewed: keeping only the own key lost
    every pair below among common names)."""
    from matching.blocking import MIN_COMMON  # noqa: PLC0415

    crowd = [Person(f"k{i}", (prepare_name(listed),)) for i in range(MIN_COMMON + 10)]
    crowd += [Person(f"n{i}", (prepare_name(f"{neighbour} Nowak"),)) for i in range(3)]
    candidate = Person("c", (prepare_name(typo),))
    assert score_pair(candidate, crowd[0]).score >= 0.7
    raised = {m.record_key for m in Matcher(crowd).match([candidate], threshold=0.7)}
    assert raised == {f"k{i}" for i in range(MIN_COMMON + 10)}


def test_a_typo_in_any_reading_is_found() -> None:
    """ "আসাভ" reads "asabh" and, as Bengalis write it, "asav": one letter from "Asad"."""
    record = Person(key="r", names=(prepare_name("Asad Bandopadhay"),))
    candidate = Person(key="c", names=(prepare_name("আসাভ বন্দোপাধ্যায়"),))
    assert [r.record_key for r in Matcher([record]).match([candidate], threshold=0.7)] == ["r"]


def test_short_han_parts_meet_their_own_script_by_characters() -> None:
    """王 and 汪 are both "wang", and "long" (龙) is a typo of "ling" (玲): among common
    namesakes two-part keys by sound would pair every such Han name, which scoring never
    takes for one name. A Han candidate meets its own script by characters; a Latin one
    still meets every Han name it may spell."""
    from matching.blocking import MIN_COMMON, BlockingIndex  # noqa: PLC0415

    crowd = [f"汪 伟{' 明' if i % 2 else ''}" for i in range(MIN_COMMON + 10)]
    crowd += ["玲 羊"] * (MIN_COMMON + 10)
    listed = [*crowd, "王 伟", "伟 王"]
    index = BlockingIndex([Person(f"r{i}", (prepare_name(n),)) for i, n in enumerate(listed)])

    def proposed(name: str) -> set[str]:
        pairs = index.pairs([Person("c", (prepare_name(name),))])
        return {listed[r] for r in pairs["rec"].to_list()}

    assert proposed("王 伟") == {"王 伟", "伟 王"}
    assert proposed("龙 芳") == set()
    assert proposed("Wang Wei") == {"王 伟", "伟 王", "汪 伟", "汪 伟 明"}


def test_a_han_name_meets_its_other_written_form_by_characters() -> None:
    """A short Han part meets its own script only by characters: a traditional record
    of a simplified candidate must still be proposed, among many namesakes by sound."""
    from matching.blocking import MIN_COMMON, BlockingIndex  # noqa: PLC0415

    crowd = ["章 伟", "张 玮", "佐和田 花子", "沢井 花子"] * (MIN_COMMON + 10)
    listed = [*crowd, "張 偉", "澤田 花子"]
    index = BlockingIndex([Person(f"r{i}", (prepare_name(n),)) for i, n in enumerate(listed)])

    def proposed(name: str) -> set[str]:
        pairs = index.pairs([Person("c", (prepare_name(name),))])
        return {listed[r] for r in pairs["rec"].to_list()}

    assert proposed("张 伟") == {"張 偉"}
    assert proposed("沢田 花子") == {"澤田 花子"}


def test_a_letter_typed_twice_in_an_abjad_still_pairs_as_a_typo() -> None:
    """ "ممحد" (محمد with two letters swapped) sounds "mhd", too short to pair as a typo;
    among common namesakes the record must still be proposed."""
    from matching.blocking import MIN_COMMON, BlockingIndex  # noqa: PLC0415

    rng = random.Random(1)
    given = ["محمد", "علی", "حسین", "رضا", "مهدی", "فاطمه", "زهرا"]
    family = ["موسوی", "حسینی", "احمدی", "رضایی", "کریمی"]
    crowd = [f"{rng.choice(given)} {rng.choice(family)}" for _ in range(MIN_COMMON * 20)]
    listed = [*crowd, "محمد موسوی"]
    index = BlockingIndex([Person(f"r{i}", (prepare_name(n),)) for i, n in enumerate(listed)])
    pairs = index.pairs([Person("c", (prepare_name("ممحد  موسوی"),))])
    assert len(listed) - 1 in set(pairs["rec"].to_list())


@pytest.mark.parametrize(
    ("candidate", "record"),
    [
        ("فاطمه عباسی", "فاطمه زهرا عباس"),  # a nisba added: "bsi" against "bs"
        ("فاطمه عباس", "فاطمه زهرا عباسی"),  # and dropped
        ("عباسی, فاطمه", "فاطمه زهرا عباس بهرامی"),
    ],
)
def test_a_short_abjad_name_a_letter_longer_is_found_among_namesakes(
    candidate: str, record: str
) -> None:
    """An abjad's sound writes no short vowel: "عباس" is "bs", too short for the typo
    keys of other scripts. Among common namesakes, with the other name common too, the
    record a nisba or a long vowel away must still be proposed."""
    rng = random.Random(2)
    given = ["فاطمه", "زهرا", "مریم", "علی", "محمد"]
    family = ["موسوی", "حسینی", "احمدی", "رضایی", "کریمی", "عباس", "عباسی"]
    crowd = [f"{rng.choice(given)} {rng.choice(family)}" for _ in range(2500)]
    assert _raised_among_namesakes(candidate, record, crowd)


@pytest.mark.parametrize(
    ("candidate", "record"),
    [
        ("Fatima Abbasi", "فاطمه عباسی"),  # abasi / bsi: two vowels apart
        ("فاطمه عباسی", "Fatima Abbasi"),
        ("Zahra Mousavi", "زهرا موسوی"),  # "زهرا" folds to jr, as written zhr
        ("Maryam Ahmadi", "مریم احمدی"),
        ("Sara Levy", "שרה לוי"),  # Hebrew is an abjad too
    ],
)
def test_a_latin_spelling_meets_its_abjad_writing_among_common_namesakes(
    candidate: str, record: str
) -> None:
    """A Latin spelling's sound carries vowels an abjad does not write, so neither sound
    nor typo keys pair "Abbasi" with "عباسی"; when both names are common on the list, only
    their consonants can. Lost before: every one of 57 namesakes in Persian script."""
    rng = random.Random(2)
    latin = candidate if candidate.isascii() else record
    native = record if candidate.isascii() else candidate
    given = [latin.split()[0], native.split()[0], "Ali", "Mohammad", "علی", "محمد"]
    family = [latin.split()[-1], native.split()[-1], "Karimi", "Rezaei", "کریمی", "رضایی"]
    crowd = [f"{rng.choice(given)} {rng.choice(family)}" for _ in range(3000)]
    assert _raised_among_namesakes(candidate, record, crowd)


@pytest.mark.parametrize(
    ("glued", "bare"),
    [
        ("Hanaa Alanazi", "Hanaa Anazi"),
        ("Emad Sami Alkhatib", "Imad Sami Khateeb"),
        ("ALDOSARI, Ramy", "Ramy Dosari"),
        ("Fatima Alzahrani", "فاطمة زهراني"),  # by the letters as written: zhrn
    ],
)
def test_a_family_name_with_its_article_glued_is_found_without_it(glued: str, bare: str) -> None:
    assert _raised(glued, bare)
    assert _raised(bare, glued)


def test_pairs_of_ids_as_one_number_come_apart_as_they_went_in() -> None:
    """:meth:`BlockingIndex.pairs` groups and sorts ``(cand, rec)`` as one 64-bit number:
    any two 32-bit ids, the largest too, come back unchanged and in the order of the pair."""
    import polars as pl  # noqa: PLC0415

    top = 2**32 - 1
    cands = [0, 0, 1, top, top, 5, 0]
    recs = [7, top, 0, 0, top, 5, 0]
    frame = pl.DataFrame(
        {"cand": pl.Series(cands, dtype=pl.UInt32), "rec": pl.Series(recs, dtype=pl.UInt32)}
    )
    joint = frame.select(blocking._joint("cand", "rec"), pl.lit(1).alias("extra"))
    back = blocking._split(joint.sort(blocking._PAIR), "cand", "rec")
    assert back.columns == ["cand", "rec", "extra"]
    assert back.schema["cand"] == pl.UInt32 and back.schema["rec"] == pl.UInt32
    assert list(back.iter_rows()) == [(c, r, 1) for c, r in sorted(zip(cands, recs, strict=True))]


def test_a_single_part_record_is_found_by_any_key_it_shares() -> None:
    """Step 4 of :meth:`BlockingIndex.pairs` looks up the keys of single-part records
    among their own: a mononym still meets a candidate sharing any one key with it (a
    typo, not its spelling), and a two-part record sharing one part does not."""
    records = [
        Person("mono", (prepare_name("Campbell"),)),
        Person("two", (prepare_name("Campbell Smith"),)),
        Person("other", (prepare_name("Ahmed Karimi"),)),
    ]
    index = BlockingIndex(records)
    candidates = [Person("c", (prepare_name("Jane Campbel"),))]
    found = {records[r].key for _, r in index.pairs(candidates).iter_rows()}
    assert found == {"mono"}


def test_the_abjad_lookup_keys_only_pair_and_only_across_kinds_of_script() -> None:
    """The keys of short abjad sounds and of consonants across scripts serve the typo
    pairing alone: in a part's own keys they would credit parts to pairs found otherwise,
    which made two-part pairs of most short names (71% more pairs scored at 1,000,000
    records)."""

    def part(text: str) -> NamePart:
        return prepare_name(text).parts[0]

    abbas, abbasi, latin = part("عباس"), part("عباسی"), part("Abbasi")
    assert abjad_typo_keys(abbas) == ["q:bs"]
    assert "q:bs" in abjad_typo_keys(abbasi)  # the nisba's vowel dropped
    assert abjad_typo_keys(latin) == []
    assert set(bridge_lookups(latin)) & set(bridge_keys(abbasi)) == {"j:bs"}
    assert set(bridge_lookups(abbasi)) & set(bridge_keys(latin)) == {"h:bs"}
    # a name the variant tables know meets its other scripts by its group; other
    # scripts than Latin and the abjads romanise with their vowels
    assert bridge_lookups(part("Fatima")) == []
    assert bridge_keys(part("Владимир")) == []
    for text in ("عباسی", "Abbasi", "שרה", "Zahra"):
        own = set(part_keys(part(text)))
        assert not {k for k in own if k[:2] in ("q:", "j:", "h:")}, text


def test_a_name_is_keyed_without_its_opening_h_too() -> None:
    """Russian spellings of Armenian names leave an opening h out (Hakobyan / Akopyan):
    the skeleton without it is a key, unless too short to be one."""
    hakobyan, akopyan = (prepare_name(name).parts[0] for name in ("Hakobyan", "Akopyan"))
    assert "s:kbn" in set(part_keys(hakobyan)) & set(part_keys(akopyan))
    assert "s:sn" not in part_keys(prepare_name("Hassan").parts[0])


def test_latin_candidates_look_up_heard_keys_only_where_the_list_transcribes() -> None:
    """A list with no name in Hangul or katakana spares every Latin candidate part its
    heard lookups; one with such a name is met by a Latin spelling of it."""
    latin = [Person(f"r{i}", (prepare_name(n),)) for i, n in enumerate(["Mark Rutte", "Ana Diaz"])]
    assert not BlockingIndex(latin).hears
    kana = [*latin, Person("k", (prepare_name("ウラジーミル・プーチン"),))]
    index = BlockingIndex(kana)
    assert index.hears
    candidate = Person("c", (prepare_name("Vladimir Putin"),))
    found = index.pairs([candidate])
    assert 2 in set(found["rec"].to_list())
    assert pickle.loads(pickle.dumps(index)).hears
