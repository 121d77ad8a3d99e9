"""Vowels an abjad spelling writes, against the vowels of a romanised spelling.

Arabic, Persian and Hebrew leave short vowels out but write long ones with a consonant
letter (alef, waw, yeh; alef, vav, yod). A romanisation writes every vowel, so a Latin
spelling of the same name has at least as many vowel groups as the abjad spelling
writes long vowels. "Nam" has one, "نیما" (Nima) writes two: the consonant skeletons agree
("nm") but the names do not. Counted conservatively: a letter that may be a consonant
at the start of a word is not counted, nor is the word-initial alef (Maghreb "Brahim"
for "إبراهيم"), nor a final he; adjacent vowel letters make one group ("שאול", Shaul).

Two spellings in one abjad are compared letter by letter (:func:`layout`,
:func:`other_vowels`): the same consonants with other vowel letters are two names
("حسن" / "حسين"), unless the vowel letters only moved or one spelling leaves some out.

Where each long vowel stands and what it is also count against a romanisation
(:func:`misplaced_vowels`, :func:`other_vowel_letters`): "Bashar" writes an a where
"بشير" (Bashir) writes a yeh. For a name of one consonant ("علا", Ola) the vowels are
most of what there is to compare (:func:`reads_vowels`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import combinations, pairwise

_VOWEL_LETTERS = frozenset(
    "\u0627\u0622\u0649"  # alef, alef madda, alef maqsura
    "\u0648"  # waw
    "\u064a\u06cc\u06d2"  # yeh (Arabic, Persian, Urdu barree)
    "\u05d0\u05d5\u05d9"  # alef, vav, yod
)
_INITIAL_ALEFS = frozenset("\u0627\u0622\u0623\u0625\u0671\u05d0")
_TRANSPARENT = frozenset("\u0621\u0623\u0624\u0625\u0626\u0639\u05e2")
"""Hamza and its seats, ayin: a romanisation often writes nothing for them, so they
neither count nor split a group of vowels ("بابائی" Babaei, "شعاعی" Shoaei)."""
_LATIN_VOWELS = frozenset("aeiou")


_ARTICLE = "\u0627\u0644"
MIN_AROUND_ARTICLE = 2
"""Letters a compound has on each side of an article inside it: a name before ("عبد",
"ذو") and the name it defines after ("الله", "الدين"). Fewer, and alef-lam is a long a
before an l: "خالد" (Khalid), "صالح" (Salih), "كمالی" (Kamali)."""
MIN_BEFORE_LAST_ARTICLE = 3
"""Letters before an alef-lam that closes the word for it to be an article: a run of
parts that ends with one, as the batch screen joins them ("حبيبال" before رحمن,
"عبدال"). Names of two letters and alef-lam are no such run: "جمال" (Jamal), "بلال"."""


def _article_alefs(raw: str) -> frozenset[int]:
    """Where an article's alef stands inside a compound written as one word."""
    return frozenset(
        match.start()
        for match in re.finditer(_ARTICLE, raw)
        if (match.start() >= MIN_AROUND_ARTICLE and len(raw) - match.end() >= MIN_AROUND_ARTICLE)
        or (match.start() >= MIN_BEFORE_LAST_ARTICLE and match.end() == len(raw))
    )


@lru_cache(maxsize=100_000)
def written_vowels(raw: str) -> int:
    """Groups of long-vowel letters in an abjad spelling, leaving out the first letter
    (an opening alef carries a short vowel, and the vowel letter after it is part of
    that vowel; an opening waw or yeh is a consonant)."""
    groups = 0
    previous = raw[:1] in _INITIAL_ALEFS
    articles = _article_alefs(raw)
    for index, letter in enumerate(raw[1:], start=1):
        if letter in _TRANSPARENT or index in articles:
            continue  # nor the alef of an article inside a compound ("نورالدين", Nurdin)
        vowel = letter in _VOWEL_LETTERS
        if vowel and not previous:
            groups += 1
        previous = vowel
    return groups


@lru_cache(maxsize=100_000)
def vowel_runs(latin: str) -> tuple[str, ...]:
    """The runs of vowels in a romanised spelling, in order; a ``y`` between consonants
    or at the end after one is a vowel too ("Fahmy", "Shanty"), else a consonant
    ("Shreya", "Sanjay")."""
    runs: list[str] = []
    previous = False
    for index, letter in enumerate(latin):
        vowel = letter in _LATIN_VOWELS or (
            letter == "y"
            and index > 0
            and latin[index - 1] not in _LATIN_VOWELS
            and latin[index + 1 : index + 2] not in _LATIN_VOWELS
        )
        if vowel and previous:
            runs[-1] += letter
        elif vowel:
            runs.append(letter)
        previous = vowel
    return tuple(runs)


def vowel_groups(latin: str) -> int:
    """How many runs of vowels a romanised spelling has (:func:`vowel_runs`)."""
    return len(vowel_runs(latin))


def fewer_vowels(abjad_raw: str, latins: tuple[str, ...]) -> bool:
    """Whether every romanised spelling has fewer vowel groups than the abjad spelling
    writes long vowels: then they are not spellings of one name."""
    written = written_vowels(abjad_raw)
    return bool(latins) and written > 0 and all(vowel_groups(form) < written for form in latins)


_FOLD = str.maketrans(
    {
        "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
        "\u0649": "\u064a", "\u06cc": "\u064a", "\u06d2": "\u064a",
        "\u06a9": "\u0643", "\u0629": "\u0647", "\u06c0": "\u0647",
        "\u0624": "\u0648", "\u0626": "\u064a",
        "\u05da": "\u05db", "\u05dd": "\u05de", "\u05df": "\u05e0", "\u05e3": "\u05e4",
        "\u05e5": "\u05e6",
    }
)  # fmt: skip
"""Letters that spell one sound in one script: hamza seats (on waw and yeh, the vowel
letters they sit on: Urdu "داؤد" is "داود"), Persian and Arabic yeh and kaf, alef maqsura,
ta marbuta, Hebrew final forms."""


def fold(raw: str) -> str:
    """An abjad spelling with the letters that spell one sound made one (:data:`_FOLD`)."""
    return raw.translate(_FOLD)


_FOLDED_VOWELS = frozenset("\u0627\u0648\u064a\u05d0\u05d5\u05d9")


@lru_cache(maxsize=100_000)
def layout(raw: str) -> tuple[str, tuple[frozenset[str], ...]]:
    """An abjad spelling as its consonant letters and the vowel letters written in each
    gap around them (gap 0 before the first consonant). An opening waw or yeh is a
    consonant."""
    folded = raw.translate(_FOLD)
    consonants: list[str] = []
    gaps: list[set[str]] = [set()]
    last = len(folded) - 1
    for index, letter in enumerate(folded):
        if (
            letter in _FOLDED_VOWELS and not (index == 0 and letter in "\u0648\u064a\u05d5\u05d9")
        ) or (letter == "\u05d4" and index == last > 0):  # a final he is a vowel in Hebrew
            gaps[-1].add(letter)
        else:
            consonants.append(letter)
            gaps.append(set())
    return "".join(consonants), tuple(frozenset(gap) for gap in gaps)


_FINAL_A = {"\u064a", "\u0627"}


def _letters(gaps: tuple[frozenset[str], ...]) -> list[str]:
    return [letter for gap in gaps for letter in gap]


def other_vowels(left: str, right: str) -> str:
    """How two spellings in one abjad with the same consonant letters differ in their
    vowel letters: ``""`` not at all (or by a typo that moved one, or by a final alef
    maqsura against alef), ``"omitted"`` when one writes vowel letters the other leaves
    out (Hebrew plene and defective spellings, a dropped letter, or two names:
    "محمد" / "محمود"), ``"other"`` when each writes a vowel the other does not: two
    names ("منى" / "آمنة", "حمید" / "احمد")."""
    mine, my_gaps = layout(left)
    theirs, their_gaps = layout(right)
    if mine != theirs or my_gaps == their_gaps:
        return ""
    a, b = left.translate(_FOLD), right.translate(_FOLD)
    if a[:-1] == b[:-1] and {a[-1:], b[-1:]} == _FINAL_A:
        return ""  # a final alef maqsura reads a: "یحیی" / "یحیا", "مصطفى" / "مصطفا"
    if sorted(_letters(my_gaps)) == sorted(_letters(their_gaps)):
        return ""  # the same letters moved: a typo ("پوریز" / "پرویز")
    if all(x <= y for x, y in zip(my_gaps, their_gaps, strict=True)) or all(
        y <= x for x, y in zip(my_gaps, their_gaps, strict=True)
    ):
        return "omitted"
    return "other"


_LATIN_UNITS = ("sh", "kh", "gh", "th", "dh", "ch", "zh", "ph", "dj")
"""Two Latin letters that spell one Arabic-script consonant."""


@lru_cache(maxsize=100_000)
def _latin_vowels(latin: str, split: bool = False, doubled: bool = False) -> tuple[str, ...]:
    """The vowel classes (:data:`_GAP_CLASS`) written in each gap between the
    consonants of a romanised spelling (gap 0 before the first): digraphs are one
    consonant ("dj" two when ``split``), doubled letters one (two when ``doubled``), and
    ``y``/``w`` are consonants at the start and before a vowel."""
    gaps = [""]
    index, previous = 0, ""
    while index < len(latin):
        letter = latin[index]
        after = latin[index + 1 : index + 2]
        vowel = letter in _LATIN_VOWELS or (
            letter in "yw" and index > 0 and after not in _LATIN_VOWELS
        )
        if vowel:
            gaps[-1] += _GAP_CLASS[letter]
            previous = ""
            index += 1
            continue
        unit = latin[index : index + 2]
        step = 2 if unit in _LATIN_UNITS and not (split and unit == "dj") else 1
        unit = latin[index : index + step]
        if doubled or unit != previous:  # "mm" in "mohammed" is one, as Arabic writes it
            gaps.append("")
        previous = unit
        index += step
    return tuple(gaps)


def _every_reading(
    latin: str, judge: Callable[[tuple[str, ...]], bool | None], twice: bool = False
) -> bool:
    """Whether ``judge`` finds against the spelling however its "dj" is read, as one
    consonant or two (``None``: that reading is not judged): the j of Djamel (جمال), but
    a d and a j where a compound is written as one word, "Mohammadjavad" (محمدجواد).
    Other digraphs stay one: read apart, "sh" would let "Bashar" pair its h with the
    yeh of "بشير" (Bashir). When no reading is judged and the Arabic writes a consonant
    ``twice`` in a row (:func:`_writes_twice`), a Latin doubled letter is read as two
    consonants too: "بلال" (Bilal) is no Bell, "هلال" (Hilal) no Hill."""
    verdicts = [judge(_latin_vowels(latin))]
    if "dj" in latin:
        verdicts.append(judge(_latin_vowels(latin, split=True)))
    judged = [verdict for verdict in verdicts if verdict is not None]
    if not judged and twice and _DOUBLED_LETTER.search(latin):
        found = judge(_latin_vowels(latin, doubled=True))
        judged = [] if found is None else [found]
    return bool(judged) and all(judged)


_DOUBLED_LETTER = re.compile(r"([^aeiouyw])\1")


@lru_cache(maxsize=100_000)
def _writes_twice(arabic_raw: str) -> bool:
    """Whether an Arabic-script spelling writes one consonant twice in a row, long
    vowels aside ("بلال": b, l, l)."""
    consonants = [letter for letter, kind in _arabic_kinds(arabic_raw) if kind == "C"]
    return any(a == b for a, b in pairwise(consonants))


_AMBIGUOUS = frozenset("\u0648\u064a")  # waw, yeh: a consonant or a long vowel
_AMR = "\u0639\u0645\u0631\u0648"
_ALLAH_LAMS = "\u0627\u0644\u0644"


@lru_cache(maxsize=100_000)
def _arabic_kinds(raw: str) -> tuple[tuple[str, str], ...]:
    """An Arabic-script spelling's letters (folded) with their kinds: ``V`` a long vowel
    (alef), ``W`` a letter that is a long vowel or a consonant (waw, yeh, a final he or
    ta marbuta), ``C`` a consonant. Hamza and ayin are left out (a romanisation often
    writes nothing for them), so is the alef of an article inside a compound, and an
    opening waw or yeh is a consonant; the lam of an article before a lam is one with
    it."""
    kinds: list[tuple[str, str]] = []
    if raw == _AMR:
        raw = raw[:-1]  # the waw of عمرو (Amr) is written, never read
    articles = _article_alefs(raw)
    # the article's lam before a lam is one geminate l, as "ll" in Latin: Allah, al-Latif
    kept = [i for i in range(len(raw)) if not (i >= 2 and raw[i - 2 : i + 1] == _ALLAH_LAMS)]
    letters = "".join(raw[i] for i in kept).translate(_FOLD)
    last = len(letters) - 1
    for index, letter in enumerate(letters):
        if raw[kept[index]] in _TRANSPARENT:
            continue
        if letter == "\u0627":
            if index == 0 or kept[index] in articles:
                continue  # an opening alef carries a short vowel; an article's is not read
            kind = "V"
        elif letter in _AMBIGUOUS:
            kind = "C" if index == 0 else "W"
        elif letter == "\u0647" and index == last > 0:
            kind = "W"
        else:
            kind = "C"
        kinds.append((raw[kept[index]], kind))
    return tuple(kinds)


def _arabic_letters(raw: str) -> tuple[str, ...]:
    """The kinds of :func:`_arabic_kinds`, letter by letter."""
    return tuple(kind for _, kind in _arabic_kinds(raw))


MIN_PLACED = 3
"""Consonants a spelling needs before where its vowels stand is evidence."""


def misplaced_vowels(arabic_raw: str, latin: str) -> bool:
    """Whether a romanised spelling writes no vowel where an Arabic-script spelling
    writes a long one, however its waw and yeh are read, for every reading that gives
    both spellings the same consonant count ("enzonavone" against "نازنین": Nazanin has
    its alef between n and z, "enzo navone" nothing). Spellings whose consonants do not
    pair one to one are not judged."""
    return _every_reading(
        latin, lambda vowels: _misplaced(arabic_raw, vowels), _writes_twice(arabic_raw)
    )


def _misplaced(arabic_raw: str, vowels: tuple[str, ...]) -> bool | None:
    latin_gaps = tuple(bool(gap) for gap in vowels)
    consonants = len(latin_gaps) - 1
    if consonants < MIN_PLACED:
        return None  # not judged
    kinds = _arabic_letters(arabic_raw)
    ambiguous = [i for i, kind in enumerate(kinds) if kind == "W"]
    fixed = sum(kind == "C" for kind in kinds)
    as_consonants = consonants - fixed
    if not 0 <= as_consonants <= len(ambiguous):
        return None  # not judged
    judged = False
    for chosen in combinations(ambiguous, as_consonants):
        judged = True
        gap = 0
        placed = True
        for index, kind in enumerate(kinds):
            if kind == "C" or index in chosen:
                gap += 1
            elif gap > 0 and not latin_gaps[gap]:
                placed = False  # a long vowel written where the Latin has none
                break
        if placed:
            return False
    return True if judged else None


_OPENING = frozenset("\u0627\u0622\u0623\u0625\u0671\u0639\u0621")
"""Letters an Arabic-script word opens with when it is spoken opening with a vowel."""
_LONG = {
    "\u0627": "a", "\u0622": "a", "\u0649": "ai",  # alef, alef madda, alef maqsura
    "\u064a": "i", "\u06cc": "i", "\u06d2": "i",  # yeh (Arabic, Persian, Urdu barree)
    "\u0648": "u",  # waw
    "\u0629": "ae",  # ta marbuta
}  # fmt: skip
"""Vowel letters and what a romanisation writes for them: ``a`` for a, ``i`` for i, e
or y, ``u`` for u, o or w. A final Persian yeh may be an a too ("موسی", Musa)."""
_LATIN_CLASS = {"a": "a", "e": "e", "i": "i", "y": "i", "o": "u", "u": "u", "w": "u"}
"""Latin vowels (and y, w gliding between vowels) as the letters of :data:`_LONG`;
``e`` stands for a fatha or a kasra, so for alef or yeh."""
_GAP_CLASS = {**_LATIN_CLASS, "o": "o"}
"""As :data:`_LATIN_CLASS`, an o kept apart from u: it spells a waw, and an alef inside
the word as Tajik and Uzbek spellings say the long a of Persian and Arabic names
("Kholid" خالد, "Sobir" صابر, "Jamol" جمال), which no u does (:func:`_gap_holds`). At
either end of the word an o is more often a Romance, Slavic or Bantu ending or opening:
read there for an alef too, it raised 11 more pairs for 10,000 candidates against a
million records (otieno~آتنا, zeyno~سينا, rocha~آرش), each of two people drawn apart."""


@lru_cache(maxsize=100_000)
def _single_consonant(raw: str) -> tuple[bool, tuple[str, ...], tuple[str, ...]] | None:
    """An Arabic-script spelling of one consonant as (whether it opens with a vowel, the
    vowel letters before the consonant, those after it), or ``None``. Hamza and ayin
    are not written in most romanisations, so they only open the word."""
    before: list[str] = []
    after: list[str] = []
    consonants = 0
    last = len(raw) - 1
    for index, letter in enumerate(raw):
        if letter in _TRANSPARENT or (index == 0 and letter in _OPENING):
            continue
        vowel = _LONG.get(letter)
        if letter == "\u0647" and index == last and consonants:
            vowel = "ae"  # a final he after the consonant: Persian and Urdu "-eh", "-a"
        if vowel is None or (index == 0 and letter in "\u0648\u064a"):
            consonants += 1
            continue
        if letter == "\u06cc" and index == last:
            vowel = "ai"  # a final Persian yeh may be an a: "موسی", Musa
        (after if consonants else before).append(vowel)
    if consonants != 1:
        return None
    return raw[0] in _OPENING, tuple(before), tuple(after)


def _latin_single(latin: str) -> tuple[str, str] | None:
    """A romanised spelling of one run of consonants as the vowel classes before and
    after that run (:data:`_LATIN_CLASS`), or ``None``. A final h after a vowel is not
    a consonant ("Alaah"); y and w are, at the start."""
    if len(latin) > 2 and latin.endswith("h") and latin[-2] in _LATIN_CLASS:
        latin = latin[:-1]
    start = 0
    while (
        start < len(latin)
        and latin[start] in _LATIN_CLASS
        and not (start == 0 and latin[0] in "yw")
    ):
        start += 1
    end = start
    while end < len(latin) and latin[end] not in _LATIN_CLASS:
        end += 1
    rest = latin[end:]
    if end == start or any(letter not in _LATIN_CLASS for letter in rest):
        return None
    return _classes(latin[:start]), _classes(rest)


def _classes(vowels: str) -> str:
    out = ""
    for letter in vowels:
        kind = _LATIN_CLASS[letter]
        if not out.endswith(kind):
            out += kind
    return out


def _gap_reads(long: tuple[str, ...], latin: str) -> bool:
    """Whether the vowel classes of a Latin gap read the long vowels an Arabic gap
    writes, in order, with at most one short vowel more (before one of them)."""
    if not long:
        return len(latin) <= 1
    index, extra = 0, 0
    for kinds in long:
        while index < len(latin) and not (
            latin[index] in kinds or (latin[index] == "e" and kinds != "u")
        ):
            index += 1
            extra += 1
        if index == len(latin):
            return False
        index += 1
    return extra + len(latin) - index <= 1


def one_consonant(arabic_raw: str) -> bool:
    """Whether an Arabic-script spelling is a name of one consonant and a long vowel, as
    "علا" (Ola) and "ضياء" (Zia) are: the names :func:`reads_vowels` judges."""
    found = _single_consonant(arabic_raw)
    return found is not None and bool(found[1] or found[2])


def reads_vowels(arabic_raw: str, latin: str) -> bool:
    """Whether a romanised spelling writes the long vowels of an Arabic-script name of
    one consonant, what and where they are: one consonant says too little to meet on
    ("علا", Ola, is no "Lea" nor "Ali"; "ضياء" is Zia and Diaa). The Arabic spelling must
    write a long vowel; one opening with alef, hamza or ayin is spoken opening with a
    vowel; nothing written after the consonant is nothing spoken (pausal form)."""
    arabic = _single_consonant(arabic_raw)
    romanised = _latin_single(latin)
    if arabic is None or romanised is None:
        return False
    opens, before, after = arabic
    first, last = romanised
    if not (before or after) or opens != bool(first) or (not after and last):
        return False
    return _gap_reads(before, first) and _gap_reads(after, last)


_CLASS_OF = {"\u0627": "a", "\u0648": "u", "\u064a": "i", "\u0647": "ae"}
"""What a romanisation writes for a long vowel letter, folded (:data:`_LONG`); a final
he or ta marbuta is an a or an e."""


@lru_cache(maxsize=100_000)
def _letter_classes(raw: str) -> tuple[tuple[str, str], ...]:
    """:func:`_arabic_kinds` with the vowel class each vowel letter stands for (a final
    alef maqsura or Persian yeh is an a or an i: Mustafa, Musa)."""
    letters = _arabic_kinds(raw)
    last = len(letters) - 1
    return tuple(
        (kind, "")
        if kind == "C"
        else (kind, "ai")
        if index == last and letter in "\u0649\u06cc"
        else (kind, _CLASS_OF.get(letter.translate(_FOLD), "ae"))
        for index, (letter, kind) in enumerate(letters)
    )


def _gap_holds(long: list[str], latin: str, inside: bool) -> bool:
    """Whether a Latin gap writes, in order, a vowel of each class an Arabic gap writes
    (an e for an alef or a yeh, an o for a waw, and for an alef ``inside`` the word:
    :data:`_GAP_CLASS`); what else it writes is its own short vowels."""
    index = 0
    for kinds in long:
        while index < len(latin) and not (
            latin[index] in kinds
            or (latin[index] == "e" and kinds != "u")
            or (latin[index] == "o" and ("u" in kinds or (inside and "a" in kinds)))
        ):
            index += 1
        if index == len(latin):
            return False
        index += 1
    return True


MIN_READ = 2
"""Consonants a spelling needs before the quality of its vowels is evidence."""


def other_vowel_letters(arabic_raw: str, latin: str) -> bool:
    """Whether a romanised spelling writes another vowel where an Arabic-script spelling
    writes a long one, however its waw and yeh are read, for every reading that pairs the
    consonants one to one: "Bashar" has an a where "بشير" (Bashir) writes its yeh, and
    "Hisham" an i where "هاشم" (Hashim) writes its alef. An e stands for an alef or a
    yeh; a Latin vowel where the Arabic writes none is a short vowel, never a
    disagreement. Spellings whose consonants do not pair are not judged."""
    return _every_reading(
        latin, lambda vowels: _other_letters(arabic_raw, vowels), _writes_twice(arabic_raw)
    )


def _other_letters(arabic_raw: str, latin_gaps: tuple[str, ...]) -> bool | None:
    consonants = len(latin_gaps) - 1
    if consonants < MIN_READ:
        return None  # not judged
    letters = _letter_classes(arabic_raw)
    if not letters:
        return None  # not judged
    ambiguous = [i for i, (kind, _) in enumerate(letters) if kind == "W"]
    fixed = sum(kind == "C" for kind, _ in letters)
    as_consonants = consonants - fixed
    if not 0 <= as_consonants <= len(ambiguous) or not any(k != "C" for k, _ in letters):
        return None  # not judged
    judged = False
    for chosen in combinations(ambiguous, as_consonants):
        judged = True
        gaps: list[list[str]] = [[]]
        for index, (kind, classes) in enumerate(letters):
            if kind == "C" or index in chosen:
                gaps.append([])
            else:
                gaps[-1].append(classes)
        last = len(gaps) - 1
        if all(_gap_holds(gap, latin_gaps[i], 0 < i < last) for i, gap in enumerate(gaps)):
            return False
    return True if judged else None
