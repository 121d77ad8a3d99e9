"""Blocking keys: the strings a name part, a run of parts or a birth date is found by.

Pure functions over prepared names, shared by the index's walk over the list and the keys
of a chunk of candidates (:mod:`matching.blocking`, which joins them in polars). Kept apart
so that they are compiled with the rest of the package: the index, compiled whole, took
more memory for no faster run (``matching/_native.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice, product

from rapidfuzz.distance import Levenshtein

from matching.compare import (
    HEARD,
    characters_only,
    family_bases,
    inherent_key,
    unspaced_spans,
)
from matching.han_foreign import HEARD_LETTERS
from matching.hancut import han_cuts
from matching.korean import korean_readings
from matching.mandarin_schemes import pinyin_respellings, read_back_syllable
from matching.model import Person
from matching.names import (
    SYLLABIC_SCRIPTS,
    Name,
    NamePart,
    PartKind,
    may_run,
    other_raw_skeletons,
    spoken_run,
    syllabic_readings,
)
from matching.phonetic import phonetic_key, raw_skeleton, skeleton
from matching.scripts import Script
from matching.syllables import wade_giles_given_name
from matching.translit import article_stem, romanize, thai_iso_letters
from matching.variants import variant_groups
from matching.vowels import one_consonant

MIN_DELETION_LENGTH = 4
"""Phonetic keys at least this long also index their one-letter deletions (typos)."""
AFFIX = 4
"""Names of at least twice this length also index their first and last letters."""
MAX_SLOT = 62
BIRTH_SLOT = 63


def part_keys(part: NamePart) -> list[str]:
    """Every blocking key of one part (initials and particles have none)."""
    if part.kind is not PartKind.NAME:
        return []
    keys = [f"l:{latin}" for latin in (*part.latins, *part.syllabic) if len(latin) >= 2]
    # as a library transliterates it ("सचिन": sacina, "ไสยกิจ": aisykich)
    keys.extend(f"l:{form}" for form in part.letters)
    if part.script is Script.LATIN:  # Taiwan's spellings read as pinyin: "Jhang" is zhang
        keys.extend(f"l:{form}" for form in pinyin_respellings(part.latin))
    # a woman's family name as the family's form: "Nováková" is Novák's, letters apart;
    # a form one edit away (Ivanova, Bērziņa, Hrubá) meets by the deletion keys below
    keys.extend(
        f"l:{form}"
        for form in sorted(family_bases(part))
        if Levenshtein.distance(form, part.latin, score_cutoff=1) > 1
    )
    # a Bengali name in its other romanising habit (:func:`inherent_key`), whose
    # consonants differ only where ব is written v: "Jaydev" is "jdb" as "Joydeb" is
    # (a skeleton takes a v inside a word for a vowel; o and a are no consonants)
    if (
        part.script is Script.LATIN
        and "v" in part.latin
        and len(folded := skeleton(inherent_key(part.latin))) >= 2
    ):
        keys.append(f"s:{folded}")
    # the Hangul a Korean part may spell meets its other spellings by sound too
    keys.extend(f"p:{phonetic_key(form)}" for form in part.syllabic)
    if len(part.phonetic) >= 2:
        keys.append(f"p:{part.phonetic}")
    keys.extend(
        f"s:{skel}"
        for skel in dict.fromkeys(
            (*part.skeletons, *part.raw_skeletons, *other_raw_skeletons(part))
        )
        if len(skel) >= 2
    )
    keys.extend(f"g:{group}" for group in sorted(part.groups))
    keys.extend(_short_keys(part))  # Bob / Robert share no letters to key
    bare = part.skeleton[1:]
    if (
        part.script is Script.LATIN
        and _OPENING_H.match(part.latin)
        and len(bare) >= MIN_BARE_SKELETON
    ):
        # an opening h that another spelling leaves out, as Russian spellings of Armenian
        # names do (Hakobyan / Akopyan: "kbn" with the b and p folded)
        keys.append(f"s:{bare}")
    if len(part.skeleton) <= 1 and (
        part.script is Script.LATIN or (part.script is Script.ARABIC and one_consonant(part.raw))
    ):
        # one consonant and long vowels: "Ola" / "علا", "Zia" / "ضياء"; a weak key, which
        # adds such a part to a pair another part found
        keys.extend(f"v:{skel}" for skel in dict.fromkeys(part.skeletons) if len(skel) == 1)
    stem = article_stem(part.latin) if part.script in _ARTICLE_SCRIPTS else None
    if stem:  # "Abdus" / "Habibur" is "عبد ال" / "حبيب ال" before a name in s / r
        # an abjad writes a doubled letter once: "Zillur" is "ظل ال", "sll"
        single = DOUBLED.sub(r"\1", stem)
        keys.append(f"s:{skeleton(single, abjad=True)}")
    bare = _without_article(part.latin)
    if bare:  # "alkhateeb" is "al-Khateeb" written joined
        # the sound's deletions too: a respelled name after the article ("Aldleimi" /
        # "Dulaimi") is a typo apart in sound, as the part's own keys allow
        sound = phonetic_key(bare)
        keys.extend(
            (f"l:{bare}", f"p:{sound}", *deletion_keys("e", bare), *deletion_keys("d", sound))
        )
    if part.abjad and len(part.skeleton) >= 3:
        # consonants swapped across a vowel the script leaves out ("मरहा" / "महरा"), or one
        # added or dropped
        skel = part.skeleton
        keys.extend({f"t:{skel}", *(f"t:{skel[:i]}{skel[i + 1 :]}" for i in range(len(skel)))})
    keys.extend(deletion_keys("d", part.phonetic))
    for latin in part.latins:  # a typo in any reading ("Asad" / "আসাভ", spoken "asav")
        keys.extend(deletion_keys("e", latin))
    if len(part.latin) >= 2 * AFFIX:
        # two edits at one end of a long name leave the other end intact
        keys.extend(deletion_keys("a", part.latin[:AFFIX]))
        keys.extend(deletion_keys("z", part.latin[-AFFIX:]))
    return keys


DOUBLED = re.compile(r"(.)\1+")
_OPENING_H = re.compile("h[aeiou]")
MIN_BARE_SKELETON = 3
"""Consonants a skeleton without its opening h keeps to be a key: fewer find every name."""
_ARTICLE_SCRIPTS = frozenset({Script.LATIN, Script.CYRILLIC})
"""Scripts whose spellings may assimilate the Arabic article (Abdus, Абдус)."""
ARTICLES = ("al", "el")
"""The Arabic article as Latin spellings glue it to a name ("Alkhateeb", "Elbaz")."""
MIN_BARE = 5


def _without_article(latin: str) -> str:
    """The name after a glued article, when what is left is long enough to be a name."""
    for article in ARTICLES:
        if latin.startswith(article) and len(latin) - len(article) >= MIN_BARE:
            return latin[len(article) :]
    return ""


def deletion_keys(prefix: str, text: str) -> list[str]:
    """The text and its one-letter deletions: two strings one edit (or one transposition)
    apart share one of these keys."""
    if len(text) < MIN_DELETION_LENGTH - 1:
        return []
    if len(text) < MIN_DELETION_LENGTH:
        return [f"{prefix}:{text}"]  # "ale" meets "alex" through the deletions of "alex"
    return [f"{prefix}:{text}", *(f"{prefix}:{text[:i]}{text[i + 1 :]}" for i in range(len(text)))]


def abjad_typo_keys(part: NamePart) -> list[str]:
    """Keys by which a short abjad part meets the list's parts a long vowel away, for the
    typo pairing of :mod:`matching.blocking` only (never to credit a part). An abjad's
    sound writes no short vowel, so "عباس" is "bs" and "عباسی" (Abbasi) "bsi": a long
    vowel or a nisba added or dropped leaves sounds too short for :func:`deletion_keys`.
    Only vowels: one consonant for another in three letters pairs most short names
    (measured: 71% more pairs scored for 10,000 candidates against 1,000,000 records)."""
    sound = part.phonetic
    if not part.abjad or not MIN_ABJAD_TYPO <= len(sound) < MIN_TYPO_PAIRING:
        return []
    keys = [f"q:{sound}"]
    if len(sound) > MIN_ABJAD_TYPO:
        keys.extend(
            f"q:{sound[:i]}{sound[i + 1 :]}" for i, char in enumerate(sound) if char in _VOWELS
        )
    return keys


MIN_ABJAD_TYPO = 2


def bridge_keys(part: NamePart) -> list[str]:
    """The list's keys of a part by its consonants, for a candidate's part in the other
    kind of script to pair as (:func:`bridge_lookups`): an abjad's ("j:") and a Latin
    spelling's ("h:"). In the typo pairing of :mod:`matching.blocking` only, never to
    credit a part."""
    return _bridge(part, "j" if part.abjad else "h")


def bridge_lookups(part: NamePart) -> list[str]:
    """The consonant keys a candidate's part looks up among the list's parts of the other
    kind of script. An abjad writes no short vowel, so a Latin spelling's sound is two
    vowels or more from it ("Abbasi" abasi / "عباسی" bsi, "Ahmadi" / "احمدی" hmdi): among
    common namesakes neither sound nor typo keys pair them, only their consonants do. A
    name the variant tables know meets its other scripts by its group already."""
    return _bridge(part, "h" if part.abjad else "j")


def _bridge(part: NamePart, prefix: str) -> list[str]:
    if (
        part.kind is not PartKind.NAME
        or part.groups
        or not (part.abjad or part.script is Script.LATIN)
    ):
        return []
    # as folded and as written: "زهرا" folds to "jr" (its "zh" read as in Zhukov), as
    # written it is "zhr", as Zahra is
    skeletons = dict.fromkeys((*part.skeletons, *part.raw_skeletons))
    return [f"{prefix}:{skel}" for skel in skeletons if len(skel) >= 2]


def heard_keys(part: NamePart) -> list[str]:
    """The list's keys of a part as Korean, Japanese and Chinese hear it, for a candidate's
    part in the other kind of writing to pair as (:func:`heard_lookups`): a Latin
    spelling's ("ke:", "je:", "ce:"; Christine "kristin") and a foreign name's in Hangul,
    katakana or Han characters ("kh:", "jk:", "ch:"; 크리스틴 "kristin"). In the typo
    pairing only (and for names of one part), never to credit a part; two Latin spellings
    never meet by them."""
    return _heard(part, list_side=True)


def heard_lookups(part: NamePart) -> list[str]:
    """What a candidate's part looks up among :func:`heard_keys`: a Latin spelling among
    the foreign names in Hangul, katakana and Han characters, and such a name among the
    Latin spellings."""
    return _heard(part, list_side=False)


_HEARD_PREFIXES = {
    Script.HANGUL_FOREIGN: ("kh", "ke"),
    Script.KANA_FOREIGN: ("jk", "je"),
    Script.HAN_FOREIGN: ("ch", "ce"),
}
"""Per script of transcribed names: the prefix of its own keys and of a Latin spelling's."""


def _heard(part: NamePart, *, list_side: bool) -> list[str]:
    """A transcribed part's forms and their consonants, with one-letter deletions of each,
    both as the list's keys and as lookups; a Latin spelling's exact on the list side (a
    few keys for every Latin part of a large list), with their deletions as lookups. A
    Latin candidate meets a transcribed part of the list a letter apart either way; a
    transcribed candidate meets a Latin part of the list one letter longer, or by the
    same consonants (ゴルバチョフ "grbchf" / Gorbachev "grbchf"), and one in Han
    characters also one sound other (:func:`_substitutions`). Consonant keys of fewer
    than two letters are none: they would pair every name with one ("Ali", "r")."""
    if part.kind is not PartKind.NAME:
        return []
    if part.script in HEARD:
        own, latin = _HEARD_PREFIXES[part.script]
        prefix = own if list_side else latin
        forms = HEARD[part.script][0](part.raw)
        keys = [key for form in forms for key in _edits(prefix, form)]
        if not list_side and part.script is Script.HAN_FOREIGN:
            # the Latin part a sound apart, which the list keys only as heard: the
            # tables' characters stand for a class of sounds (巴 the Va of Vargas); the
            # first readings only (a long name has sixteen: 4,600 lookups)
            keys += [
                key
                for form in forms[:MAX_SUBSTITUTED_FORMS]
                for key in _substitutions(prefix, form)
            ]
        keys += [
            key
            for form in forms
            if len(consonants := _consonants(form)) >= MIN_HEARD_CONSONANTS
            for key in _edits(prefix + "s", consonants)
        ]
        return list(dict.fromkeys(keys))
    if part.script is Script.LATIN and len(part.latin) >= 2:
        keys = []
        for script, (own, latin) in _HEARD_PREFIXES.items():
            for form in HEARD[script][1](part.latin):
                consonants = _consonants(form)
                enough = len(consonants) >= MIN_HEARD_CONSONANTS
                if list_side:
                    keys += [f"{latin}:{form}", *([f"{latin}s:{consonants}"] if enough else [])]
                else:
                    keys += [*_edits(own, form), *(_edits(own + "s", consonants) if enough else [])]
        return list(dict.fromkeys(keys))
    return []


MIN_HEARD_CONSONANTS = 2
MAX_SUBSTITUTED_FORMS = 4


def _substitutions(prefix: str, form: str) -> list[str]:
    """``form`` with each letter in turn another of
    :data:`matching.han_foreign.HEARD_LETTERS`."""
    if len(form) < MIN_DELETION_LENGTH:
        return []
    return [
        f"{prefix}:{form[:i]}{letter}{form[i + 1 :]}"
        for i in range(len(form))
        for letter in HEARD_LETTERS
        if letter != form[i]
    ]


def _consonants(form: str) -> str:
    return "".join(c for c in form if c not in "aeiou")


def _edits(prefix: str, form: str) -> list[str]:
    return deletion_keys(prefix, form) or [f"{prefix}:{form}"]


_VOWELS = frozenset("aeiou")

MIN_AFFIXED = 6
"""Letters a name needs to stand for one written with a syllable more at one end."""
MAX_AFFIX = 3


def _cut(latin: str) -> list[str]:
    """A spelling without up to :data:`MAX_AFFIX` letters at either end, each at least
    :data:`MIN_AFFIXED` long."""
    return [
        form
        for size in range(1, MAX_AFFIX + 1)
        if len(latin) - size >= MIN_AFFIXED
        for form in (latin[size:], latin[:-size])
    ]


def affix_keys(part: NamePart) -> list[str]:
    """The list's keys of a part whole ("wf:") and cut at either end ("wa:"), for a
    candidate's part with a syllable more or less at one end to pair as
    (:func:`affix_lookups`): Darshana is सुदर्शना (Sudarshana) without its su-, Rashedul
    রাশেদ (Rashed) with an -ul. Two edits at one end, which no typo key sees. In the typo
    pairing of :mod:`matching.blocking` only, never to credit a part."""
    if part.kind is not PartKind.NAME or len(part.latin) < MIN_AFFIXED:
        return []
    return [f"wf:{part.latin}", *(f"wa:{form}" for form in _cut(part.latin))]


def affix_lookups(part: NamePart) -> list[str]:
    """What a candidate's part looks up among :func:`affix_keys`: itself among the list's
    parts cut, and itself cut among the list's parts whole. Two parts cut to one spelling
    do not meet (Rashedul / Rashedin)."""
    if part.kind is not PartKind.NAME or len(part.latin) < MIN_AFFIXED:
        return []
    return [f"wa:{part.latin}", *(f"wf:{form}" for form in _cut(part.latin))]


BIRTH_MASK = 1 << BIRTH_SLOT
"""The slot of the birth date: an exact date to the day counts as a shared part."""


def birth_key(person: Person) -> str | None:
    """A full birth date (not a ``YYYY-01-01`` placeholder) as a key; else none."""
    date = person.birth_date
    if date is None or date.day is None or date.placeholder:
        return None
    return f"b:{date.iso()}"


def canonical_key(part: NamePart) -> str:
    """The one key of a part used in two-part keys: its variant group, else its sound."""
    if part.groups:
        return f"g:{min(part.groups)}"
    return f"p:{part.phonetic}"


def named_parts(name: Name) -> list[tuple[int, NamePart]]:
    return [(i, p) for i, p in enumerate(name.parts) if p.kind is PartKind.NAME]


SPECIFIC_DELETION = 5
"""Deletion keys at least this long may find pairs, not just add parts to them."""
MIN_TYPO_PAIRING = 4
"""Candidate parts whose sound is at least this long also pair up, in two-part keys, as
every part of the list one typo away (shorter ones have too many such neighbours).
Measured on 2,000 synthetic candidates against 1,000,000 records: pairs raised 2,955
without typo pairing, 3,207 from 5 letters, 3,422 from 4 ("Lara Novais" / "Laura
Novaes"), each set containing the one before; pairs scored 135k, 149k, 200k."""
_JOINING_SCRIPTS = frozenset({Script.ARABIC, Script.HEBREW, Script.HAN, Script.HANGUL})
SHORT_PART = 4
"""Parts this short ("abd", "xiao", "jong") are often written joined to the next one."""
RUN_SKELETON = 4
"""A run of the list's parts written apart is also keyed by its consonants when it has
this many: a script compared by consonants (Ethiopic, Thai) writes it as one word."""


COMPOUND_PIECES = frozenset(
    {
        "abd", "abdul", "abdel", "abdal", "abdol", "abdu", "abu", "abou", "abo", "umm", "bin",
        "ibn", "nur", "noor", "din", "deen", "uddin", "eddin", "addin", "ullah", "ulla",
        "allah", "illah", "ullahi",
    }
)  # fmt: skip
"""Pieces of Arabic-origin compound names, written apart or together ("Abdul Rahman")."""


def often_joined(run: Sequence[NamePart]) -> bool:
    """Whether a run of parts is one people often write as one word: with a particle or a
    compound-name piece, a short syllable-like part, a syllable Taiwan's schemes or
    Wade-Giles spell and pinyin does not, or in a script whose names are commonly run
    together."""
    return any(
        p.kind is PartKind.PARTICLE
        or len(p.latin) <= SHORT_PART
        or p.latin in COMPOUND_PIECES
        or p.script in _JOINING_SCRIPTS
        # "Chien Horng": 建宏, "Chien Chung": 建中, however long their syllables
        or read_back_syllable(p.latin)
        for p in run
    )


def split_keys(name: Name, slot: int) -> list[tuple[str, int]]:
    """A one-part name missing its space ("JohnSmith"): every split, as two slots."""
    parts = named_parts(name)
    if len(parts) != 1 or len(parts[0][1].latin) < 2 * SHORT_PART - 1:
        return []
    index, part = parts[0]
    latin = part.latin
    out: list[tuple[str, int]] = []
    for cut in range(3, len(latin) - 2):
        out.append((f"l:{latin[:cut]}", slot_mask(slot + index)))
        out.append((f"l:{latin[cut:]}", slot_mask(MAX_SLOT)))
    return out


_Run = tuple[str, tuple[int, ...], bool, bool, tuple[str, ...]]
MAX_SPELT = 64
"""Joined syllable spellings of a run taken at most (a Cyrillic syllable spells up to
eight: "Чен" is jaen, jeng, jeong, ...); their skeletons are few."""


def _other_skeletons(run: Sequence[NamePart]) -> tuple[str, ...]:
    """Consonants of a Han or Hangul run in its other readings; of an Arabic-script run
    read with its first part's other readings:
    "ضياء ال" with z is "sl", as Ziaur's "ziaal" is (:func:`matching.translit.article_stem`),
    and as the run is spoken joined (:func:`matching.names.spoken_run`)."""
    first = run[0]
    if first.script in SYLLABIC_SCRIPTS:
        # a Han or Hangul name romanised whole, in any of its parts' readings: "Jojunho"
        # is 조준호, whose family name reads Cho first
        return tuple(dict.fromkeys(skeleton(form) for form in syllabic_readings(run)))
    if any(part.syllabic for part in run):
        # the Hangul a Korean name's syllables spell, written apart ("Ким Чен Ын": 김
        # 정은), as the list writes the given name: one word
        spelt = product(*(part.syllabic or (part.latin,) for part in run))
        found = [skeleton("".join(f)) for f in islice(spelt, MAX_SPELT)]
        if first.script is Script.LATIN:
            # and the run read whole, as :func:`matching.names.joined_part` reads it: "Ah
            # Reum" is 아름, whose "ah" alone spells a syllable too short to keep
            found += map(skeleton, korean_readings("".join(p.latin for p in run)))
        return tuple(dict.fromkeys(found))
    if first.script is not Script.ARABIC:
        return ()
    rest = "".join(p.latin for p in run[1:])
    found = [skeleton(form + rest, abjad=True) for form in first.latins[first.core :]]
    raw = "".join(p.raw for p in run)
    spoken = spoken_run(raw)
    if spoken != raw:  # "رحمة الله" spoken Rahmatullah: "rhmtl"
        for form in romanize(spoken, Script.ARABIC):  # and as written ("hsnlh": Ehsanullah)
            found.extend((skeleton(form, abjad=True), raw_skeleton(form)))
    return tuple(dict.fromkeys(found))


def run_key(run: Sequence[NamePart], *, all_runs: bool) -> _Run | None:
    """A run of adjacent parts that may be one name written apart, as (joined latin, slots
    relative to the run, has a particle, is in an abjad, :func:`_other_skeletons`);
    ``None`` when it may not be."""
    if not may_run(run) or not (all_runs or often_joined(run)):
        return None
    slots = tuple(k for k, p in enumerate(run) if p.kind is PartKind.NAME)
    if not slots:
        return None  # particles alone ("de la": dela) key nothing: the name's others do
    particle = any(p.kind is PartKind.PARTICLE for p in run)
    return "".join(p.latin for p in run), slots, particle, run[0].abjad, _other_skeletons(run)


def adjacent_runs(name: Name, *, all_runs: bool = True) -> list[_Run]:
    """Runs of adjacent parts that may be one name written apart, as (joined latin, slots,
    has a particle, is in an abjad): two parts of one script (at least one a name), or
    name-particle-name ("abd al hamid"). Only the name parts of a run count as its slots;
    a particle (Al-, Abu, das) makes a run often written joined and respelled.
    ``all_runs=False`` keeps the runs people often write as one word (the list side)."""
    parts = name.parts
    out: list[_Run] = []
    for length in (2, 3):
        for start in range(len(parts) - length + 1):
            found = run_key(parts[start : start + length], all_runs=all_runs)
            if found is not None:
                joined, slots, particle, abjad, others = found
                out.append((joined, tuple(start + k for k in slots), particle, abjad, others))
    return out


def unspaced_runs(name: Name, known: Sequence[str] = ()) -> list[tuple[str, tuple[int, ...]]]:
    """The :func:`matching.compare.unspaced_spans` of a name, as (joined latin, slots),
    but those spelt as one of ``known`` (the :func:`adjacent_runs`): "supha li ni" meets
    สุภาลินี, whose readings and letters the list keys (:func:`part_keys`)."""
    seen = set(known)
    out: list[tuple[str, tuple[int, ...]]] = []
    for span in unspaced_spans(name):
        joined = "".join(name.parts[i].latin for i in span)
        if joined not in seen:
            seen.add(joined)
            out.append((joined, span))
    return out


MIN_UNSPACED_PREFIX = 2
"""The shortest beginning of a Thai part's letters looked up: a piece of one letter ("n"
of "bu n ya") is no name any list keys."""


def unspaced_prefixes(part: NamePart) -> list[str]:
    """Lookups of a part that the list may write apart, in pieces each keyed alone or two
    by two (:func:`adjacent_runs`): a Thai part ("สุภาลินี" as "supha li ni") by every
    beginning of its letters as ICU writes them (:func:`matching.translit.thai_iso_letters`),
    which the first piece spells; a Han part of three characters or more ("裕美子" as "yu
    mei zi") by the readings of its first two, which the list keys as a run of short
    parts. No key of the list's own."""
    if part.script is Script.THAI:
        letters = thai_iso_letters(part.raw)
        return [f"l:{letters[:end]}" for end in range(MIN_UNSPACED_PREFIX, len(letters))]
    if part.script is Script.HAN and len(part.raw) >= 3:
        return [f"l:{form}" for form in romanize(part.raw[:2], Script.HAN)]
    return []


def slot_mask(*slots: int) -> int:
    value = 0
    for slot in slots:
        value |= 1 << min(slot, MAX_SLOT)
    return value


def han_keys(name: Name, slot: int, birth: str | None) -> list[tuple[str, int]]:
    """Keys, with their slots, of a name of Han parts, which is also compared cut where
    the other name is (:mod:`matching.hancut`), so that its parts say little: its
    characters whole, for the same name cut elsewhere, and with a full birth date
    (``birth``, :func:`birth_key`) each character with that date, for one mistyped. Each
    key stands for two slots, as a pair needs: the name's parts, or a part and the date."""
    if han_cuts(name) is None:
        return []
    whole = "".join(part.chars for part in name.parts)
    found = [(f"l:{whole}", slot_mask(*range(slot, slot + len(name.parts))))]
    if birth:
        for i, part in enumerate(name.parts):
            found.extend(
                (f"{birth}:{char}", BIRTH_MASK | slot_mask(slot + i))
                for char in dict.fromkeys(part.chars)
            )
    return found


def canonical_keys(part: NamePart) -> list[str]:
    """The keys of a part in two-part keys: its canonical key and the sound of every
    romanisation ("정웅" is jeongung, chongung or jungung; the other side may also write a
    known name as two parts run together, keyed by sound). A short Han or Hangul part
    also has its characters, by which alone it meets its own script
    (:func:`key_codes`)."""
    keys = [canonical_key(part)]
    for form in (*part.latins, *part.syllabic):
        sound = f"p:{phonetic_key(form)}"
        if sound not in keys:
            keys.append(sound)
    keys.extend(_short_keys(part))
    if characters_only(part) is not None:
        keys.append(f"r:{part.chars}")
    return keys


def _short_keys(part: NamePart) -> list[str]:
    """Keys of the short-form groups of a given name ("Bob" and "Robert")."""
    return [f"g:s{group}" for group in sorted({role >> 1 for role in part.short})]


SCRIPT_CODE = {script: code for code, script in enumerate(Script, start=1)}


def key_codes(part: NamePart, keys: Sequence[str]) -> list[int]:
    """Per two-part key of ``part``, the script (as a code; 0 for none) whose parts it
    must not be matched with: a key by sound of a short Han or Hangul part finds other
    characters of that script, which :func:`matching.compare.part_similarity` never
    takes for the same name (王 and 汪 are both "wang"). The keys a candidate's part
    borrows from the list's parts one typo away carry its code too."""
    script = characters_only(part)
    if script is None:
        return [0] * len(keys)
    code = SCRIPT_CODE[script]
    return [0 if key.startswith("r:") else code for key in keys]


def respelt_run_keys(run: Sequence[NamePart], joined: str) -> list[str]:
    """Keys of a Latin run in Taiwan's spellings read as pinyin ("Ing Wen" is yingwen,
    the key of 英文), which the Han part's own keys meet."""
    if run[0].script is not Script.LATIN:
        return []
    return [f"l:{form}" for form in pinyin_respellings(joined)]


def wade_giles_lookups(part: NamePart) -> list[str]:
    """A candidate's pinyin given name as Wade-Giles spells it where that is pinyin too
    (:func:`matching.syllables.wade_giles_given_name`): "Yuzhen" looks up "Yu-chen",
    "Mingde" "Ming-te", whose runs the list keys as written (:func:`respelt_run_keys`
    reads only spellings that are no pinyin)."""
    if part.script is not Script.LATIN:
        return []
    spelling = wade_giles_given_name(part.latin)
    return [f"l:{spelling}"] if spelling and spelling not in part.latins else []


def joined_keys(latin: str) -> list[str]:
    """Two-part keys of parts written as one ("Ben Jamin" is Benjamin): its sound and the
    variant groups of the joined spelling."""
    return [f"p:{phonetic_key(latin)}", *(f"g:{group}" for group in sorted(variant_groups(latin)))]


def has_single_name(person: Person) -> bool:
    return any(len(named_parts(name)) <= 1 for name in person.names)


LOOSE_AFFIX = 5
"""Letters of a name part's opening and close that credit it to a pair on their own."""


def loose_keys(part: NamePart) -> list[str]:
    """Loose keys, which only credit a part to a pair found through another one: its
    first and last consonant, however many typos lie between, and its first and last
    :data:`LOOSE_AFFIX` letters, for a name that is another's with a syllable more at one
    end ("Rashedul" / "রাশেদ", Rashed; "Darshana" / "सुदर्शना", Sudarshana)."""
    if part.kind is not PartKind.NAME or len(part.skeleton) < 2:
        return []
    keys = [f"o:{part.skeleton[0]}{part.skeleton[-1]}"]
    latin = part.latin
    if len(latin) >= LOOSE_AFFIX:
        keys.append(f"x:{latin[:LOOSE_AFFIX]}")
        keys.append(f"y:{latin[-LOOSE_AFFIX:]}")
    return keys


def initials_of(name: Name) -> set[str]:
    """The first letters an initial of the name may stand for ("Г." is g or h)."""
    return {form[:1] for p in name.parts if p.kind is PartKind.INITIAL for form in p.latins}
