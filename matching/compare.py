"""Name comparison: part similarity, order-free alignment and the name score.

Use :func:`compare_names` for two prepared names. Parts are aligned best-first in any
order; two or three adjacent parts may stand for one ("Abdul Rahman" / "Abdulrahman",
"Xiao Ming" / "Xiaoming"); an initial matches a name it starts. Parts left over cost
little when only one side has them (a dropped middle name, an added patronymic) and a lot
when both sides have them (a different given name is a different person).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TypeAlias

from rapidfuzz.distance import OSA, Levenshtein

from matching.akshara import vowels_disagree as brahmic_vowels_disagree
from matching.family_forms import masculine_forms
from matching.gender_pairs import other_gender
from matching.han_foreign import chinese_ear, han_foreign_canonical
from matching.hangul_foreign import hangul_canonical, korean_ear
from matching.katakana_foreign import japanese_ear, katakana_canonical
from matching.mandarin_schemes import (
    WADE_GILES_VOWELS,
    chinese_name_words,
    chinese_syllable,
    mandarin_syllable,
    pinyin_respellings,
    spelt_in_mandarin,
    taiwan_only,
    taiwan_respellings,
    wade_giles_respellings,
)
from matching.names import (
    ASSIMILATED_ARTICLES,
    VOWEL_UNSURE,
    Name,
    NamePart,
    PartKind,
    aligns_with,
    dutch_y,
    glued_article_stem,
    hyphened_core,
    hyphened_wade_giles,
    hyphened_words,
    join_spans,
    joined_length,
    joined_part,
    make_part,
)
from matching.phonetic import phonetic_key, raw_skeleton, skeleton
from matching.scripts import ABJADS, BRAHMIC, Script
from matching.short_forms import short_form_of
from matching.syllables import (
    initialed_pinyin,
    is_syllable,
    pinyin_syllables,
    spells_syllables,
    spells_transliterated_hangul,
)
from matching.text import generation
from matching.translit import article_stem, din_head, romanize, th_readings
from matching.variants import variant_groups
from matching.vowels import (
    fewer_vowels,
    fold,
    layout,
    misplaced_vowels,
    other_vowel_letters,
    other_vowels,
    reads_vowels,
)

_SYLLABIC = frozenset({Script.HAN, Script.HANGUL})
_CONSONANTS_WRITTEN = frozenset(
    {Script.DEVANAGARI, Script.BENGALI, Script.GURMUKHI, Script.GUJARATI}
)
"""Scripts of unsure vowels that write p and b, v and w apart (Tamil writes p and b alike,
and the Khmer romanisation loses the difference)."""
_KH_APART = frozenset(
    {
        Script.ARABIC, Script.DEVANAGARI, Script.BENGALI, Script.GURMUKHI, Script.GUJARATI,
        Script.ORIYA, Script.ARMENIAN, Script.GEORGIAN,
    }
)  # fmt: skip
"""Scripts that write h and kh as two letters (ه and خ, ह and ख, হ and খ, Հ and Խ): Latin
spellings (Turkish Halit for Khalid) and Cyrillic, Greek and Hebrew letters (Х, Χ, ח)
may write either sound with one."""

PART_WEIGHT: dict[PartKind, float] = {
    PartKind.NAME: 1.0,
    PartKind.INITIAL: 0.4,
    PartKind.PARTICLE: 0.25,
}
MIN_PART_SIMILARITY = 0.7
"""Below this two parts are not taken to be spellings of one name."""
CONFLICT_PENALTY = 0.25
"""Per unit of weight left unmatched on both sides (a different name in the same slot)."""
CONFLICT_SHARE_PENALTY = 0.5
"""Times the share of the shorter name that conflicts: one of two parts differing is worse
than one of six."""
EXTRA_PENALTY = 0.05
"""Per unit of weight left unmatched on one side only (a dropped or added name)."""
SKELETON_EQUAL = {2: 0.72, 3: 0.78}
"""Similarity of parts whose consonant skeletons are equal, by skeleton length (else 0.86)."""
WEAK_SIMILARITY = 0.8
"""Alignments below this similarity count partly as conflicts ..."""
WEAK_CONFLICT = 0.5
"""... up to this share of a conflicting part, at :data:`MIN_PART_SIMILARITY`."""
SYLLABIC_MIN = 0.88
"""Romanised Han/Hangul against Latin: how close a non-identical spelling must be ..."""
SYLLABIC_TYPO = 0.8
"""... unless the Latin spelling is no sequence of real syllables: then it was mistyped,
and one edit in five is a typo (:mod:`matching.syllables`)."""
WHOLE_NAME_CHARACTERS = 1
"""Han or Hangul characters beyond which a part is several syllables (a given name, or a
whole name run together): a Latin spelling one letter off a reading must then spell no
syllables, or it is another name ("Zhangying" is not 张明)."""
PARTICLE_SAME = 0.9
"""Two particles with the same consonants ("al" / "el" / "ال")."""
FEMININE_FORM = 0.9
"""A woman's family name and the family's form it is made from (Nováková / Novák,
:mod:`matching.family_forms`): one name, as a known variant is, though less certain. The
two forms mark a woman and a man: beside them a man's given name and the woman's made from
it (Jan Novák / Jana Nováková, father and daughter) conflict (:func:`_two_sexes`)."""
SINGLE_PART_CAP = 0.74
"""A match resting on one name part while the other side has more cannot be certain; each
unit of weight left over on the side with more lowers it by :data:`EXTRA_PENALTY`, so that
"Campbell" / "Jack Campbell" (0.69) stays just below review unless a birth date speaks
for it. Measured, not assumed: on FEBRL4 such pairs with no birth date to compare are
namesakes about fifty times as often as one person (694 to 12), so the cap stays."""


@dataclass(frozen=True, slots=True)
class PartPair:
    """Parts of each side that were aligned, with their similarity and how it was found."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    similarity: float
    method: str


@dataclass(frozen=True, slots=True)
class NameComparison:
    """The outcome of comparing two names: score in [0, 1] and the evidence."""

    score: float
    pairs: tuple[PartPair, ...]
    unmatched_left: tuple[int, ...]
    unmatched_right: tuple[int, ...]
    conflict: float
    extra: float
    lineage_swapped: bool = False
    """Son and father trade places across "bin" (counted as a conflicting part)."""
    generations: tuple[int, int] | None = None
    """The generations suffixes name when they differ ("Jr." / "Sr.": 2 and 1; counted as a
    conflicting part)."""
    two_sexes: bool = False
    """A man's and a woman's given name beside the two forms of a family name (Jan Novák /
    Jana Nováková: counted as a conflicting part)."""
    conflict_cost: float = 0.0
    """What the conflicting parts took from the score, after the clamp and the cap: never
    more than the score the name would have without them (other evidence may offset some)."""


SOUND_ALIKE = 0.92
"""Two spellings with one phonetic key: as close as spellings of one name come."""
SHORT_FORM = 0.85
"""A given name and its short form (Bob / Robert): one name as people use it, though
written with other letters (:mod:`matching.short_forms`)."""


def _osa(left: str, right: str, cutoff: float) -> float:
    """Normalised optimal-string-alignment similarity (a transposition is one edit)."""
    return float(OSA.normalized_similarity(left, right, score_cutoff=cutoff))


CHARACTERS_ONLY = max(n for n in range(1, 10) if (n - 1) / n < MIN_PART_SIMILARITY)
"""Han and Hangul parts of up to this many characters meet a part of their own script
only when written alike: :func:`part_similarity` compares them by characters, and one
character of three differing is already below :data:`MIN_PART_SIMILARITY`."""


def characters_only(part: NamePart) -> Script | None:
    """The script in which ``part`` is one name with another part only when both are
    written alike (a short Han or Hangul part), else ``None``. Their romanisations say
    nothing there: 王 and 汪 are both "wang", and "long" is a typo away from "ling"."""
    if part.script in _SYLLABIC and len(part.raw) <= CHARACTERS_ONLY:
        return part.script
    return None


@lru_cache(maxsize=1_000_000)
def part_similarity(left: NamePart, right: NamePart) -> tuple[float, str]:
    """Similarity of two name parts in [0, 1] and the kind of evidence behind it; a part
    with a glued Arabic article also compared without it (:func:`_past_glued_article`)."""
    found = _similarity(left, right)
    if found[0] < 1.0:
        stems = _past_glued_article(left, right)
        if stems is not None:
            other = _similarity(*stems)
            if other[0] > found[0]:
                return other
    return found


_ARABIC_HOMOPHONES = str.maketrans(
    {
        "\u062d": "\u0647",  # ح: h, as ه
        "\u0635": "\u0633", "\u062b": "\u0633",  # ص, ث: s, as س
        "\u0637": "\u062a",  # ط: t, as ت
        "\u0630": "\u0632", "\u0636": "\u0632", "\u0638": "\u0632",  # ذ, ض, ظ: z
        "\u06c1": "\u0647", "\u06be": "\u0647",  # Urdu's he forms
    }
)  # fmt: skip
"""Arabic letters one sound in Persian and Urdu, and alike to many a speller's ear."""


def written_alike(left: str, right: str) -> float:
    """How alike two spellings in Arabic script are, letter by letter (hamza seats, yeh,
    kaf and ta marbuta forms folded), a letter that sounds as the other's (ح / ه, ص / س)
    costing half an edit: their romanisations merge such letters ("هاني" and "حسنی" are
    "hny" and "hsny", a letter apart), but between two spellings in the script each is a
    letter the writer chose."""
    a, b = fold(left), fold(right)
    if a == b:
        return 1.0
    edits = OSA.distance(a, b) + OSA.distance(
        a.translate(_ARABIC_HOMOPHONES), b.translate(_ARABIC_HOMOPHONES)
    )
    return max(0.0, 1.0 - edits / (2 * max(len(a), len(b))))


def _similarity(left: NamePart, right: NamePart) -> tuple[float, str]:
    found = _read_similarity(left, right)
    if (
        left.script is right.script is Script.ARABIC
        and found[0] > 0.0
        and (not left.groups or left.groups.isdisjoint(right.groups))
    ):
        # two spellings in Arabic script are no more alike than their letters (unless
        # both spell one known name): "هادي" and "حادي" are not one "hdy"
        written = written_alike(left.raw, right.raw)
        if written < found[0]:
            return written, "spelling"
    return found


def _read_similarity(left: NamePart, right: NamePart) -> tuple[float, str]:
    if left is right or left.raw == right.raw:
        return 1.0, "exact"
    if left.kind is PartKind.INITIAL or right.kind is PartKind.INITIAL:
        return _initial_similarity(left, right)
    one_script = left.script is right.script and left.script in _SYLLABIC
    if (left.syllabic or right.syllabic) and not one_script and _same_syllables(left, right):
        # "Jong Un" / "Jong Eun": 은 either way; 朴智星 / 박지성 read as Korean. Two Han
        # parts compare by their characters: 王 and 汪 are both "wang", 明 and 名 "myeong"
        return 1.0, "transliteration"
    if (left.letters or right.letters) and _same_letters(left, right):
        return 1.0, "transliteration"  # "सचिन" / "Sacina", as a library transliterates
    particles = left.kind is PartKind.PARTICLE and right.kind is PartKind.PARTICLE
    if particles and left.skeleton and left.skeleton == right.skeleton:
        # one particle in two scripts or spellings: al / el / ال, bin / بن
        return PARTICLE_SAME, "consonants"
    if left.script is right.script and left.script in _SYLLABIC:
        # one character is a whole syllable: compare what was written, not romanisations
        # that merge distinct characters (정 and 종 are both "jong" in McCune-Reischauer);
        # a Han character's traditional, simplified or Japanese form is one character
        return _osa(left.chars, right.chars, 0.0), "characters"
    if _past_the_article(left, right) or _past_the_article(right, left):
        return 0.0, "letters"
    best, method = 0.0, "spelling"
    mine, theirs = article_readings(left), article_readings(right)
    read = _th_read(left) | _th_read(right)
    sounded = False
    apart = _distinct_stems(left.latin, right.latin)
    coarse, weight = _coarse_forms(left, right)
    for a, b in _reading_pairs(left, right):
        if a == b:
            return 1.0, "transliteration"
        heard = bool(coarse) and (a in coarse or b in coarse)
        if (a in read or b in read) and len(a) != len(b) and not heard:
            # a th read as s meets a spelling a vowel off, not a letter short: "Faith"
            # read "fais" is no "Fai"
            continue
        if apart and _stem_edits(a, b) >= MIN_STEM_EDITS:
            continue  # Shevchenko / Savchenko: alike by their -chenko only
        if (a in mine) is (b in theirs):  # an article's sound is spelled only against one
            similar = _osa(a, b, 0.6)
            if heard:
                similar = max(0.0, 1.0 - weight * (1.0 - similar))
            best = max(best, similar)
            # or sounded alike: "azizalr" / "azeezalr" (Aziz ur / Azeez al-Rahman)
            sounded = sounded or (a in mine and phonetic_key(a) == phonetic_key(b))
    if (
        best < 1.0 - 1e-9
        and left.script is right.script is Script.LATIN
        and _taiwan_spelt(left, right)
    ):
        return 1.0, "transliteration"  # "Ing-wen" is Yingwen, "Syu" Xu
    if sounded and best < SOUND_ALIKE:
        # still a spelling when spelled alike too: a join may rest on it
        best, method = SOUND_ALIKE, "spelling" if best else "sound"
    if (left.script in _SYLLABIC) != (right.script in _SYLLABIC):
        # a romanised Han or Hangul syllable is exact or it is another syllable: "jongsu"
        # is not a typo of "jongsik"; only near-identical spellings count, or spellings
        # that are no syllables at all, hence mistyped ("Zahng" / "张")
        syllabic, other = (left, right) if left.script in _SYLLABIC else (right, left)
        if (
            best < 1.0 - 1e-9
            and syllabic.script is Script.HAN
            and other.script is Script.LATIN
            and spelt_in_mandarin(syllabic.raw, other.latin)
        ):
            # each syllable in one of Taiwan's schemes, mixed as its passports mix them:
            # 蔡英文 / Tsai Ing-wen, 馬英九 / Ma Ying-jeou, 柯文哲 / Ko Wen-je
            return 1.0, "transliteration"
        # Korean syllables transliterated letter by letter are syllables too:
        # "Gimmyeongsug" is 김명숙, not 김경숙 mistyped; "Yeongsug" is 영숙, not 경숙
        transliterated = (
            best < 1.0 - 1e-9
            and len(syllabic.raw) > WHOLE_NAME_CHARACTERS
            and syllabic.script is Script.HANGUL
            and spells_transliterated_hangul(other.latin)
        )
        if best >= SYLLABIC_MIN and (
            best >= 1.0 - 1e-9
            or len(syllabic.raw) <= WHOLE_NAME_CHARACTERS
            or (_mistyped(other.latin, syllabic.latin, syllabic) and not transliterated)
        ):
            # several syllables written as one word ("Zhangming", 张明) are syllables: one
            # letter apart, and still syllables, it is another name ("Zhangying")
            return best, "transliteration"
        if best >= SYLLABIC_TYPO and not transliterated:
            # a typo keeps the length: a letter more or less is another name ("Cohen"
            # / "chen", "Parks" / "park"); a Japanese reading is one of Japanese syllables
            # ("Yiochi" is Yoichi mistyped, though "yi o chi" is pinyin)
            typo = max(
                (_osa(a, b, 0.6) for a in other.latins for b in syllabic.latins
                 if len(a) == len(b) and _mistyped(other.latin, b, syllabic)),
                default=0.0,
            )  # fmt: skip
            if typo >= SYLLABIC_TYPO - 1e-9:
                return typo, "spelling"
        return 0.0, "characters"
    if left.groups and right.groups and not left.groups.isdisjoint(right.groups):
        return max(best, 0.95), "variant"
    if best < SHORT_FORM and short_form_of(left.short, right.short):
        return SHORT_FORM, "short form"  # Bob / Robert, Саша / Aleksandr
    if best < FEMININE_FORM and _feminine_form(left, right) and not _one_edit(left, right):
        # Nováková / Novak, Kazlauskienė / Kazlauskas; a letter apart (Ivanova / Ivanov,
        # Lara / Lars) a spelling says as much
        return FEMININE_FORM, "feminine form"
    heads = _compound_heads(left, right)
    if heads is not None:
        if heads[0] < MIN_PART_SIMILARITY:
            return 0.0, "spelling"  # another X al-Din: Nasreddine is no Nooreddine
        if heads[0] > best:
            best, method = heads
    if _distinct_compounds(left.latin, right.latin):
        return 0.0, "spelling"
    if left.script is right.script is Script.ARABIC:
        differ = other_vowels(left.raw, right.raw)
        # each writes a vowel the other does not ("منى" / "آمنة"), or one leaves out a
        # vowel letter of the other and both are known names ("حسن" / "حسين"); a letter
        # left out of a name no list knows may be a typo ("ابراهم"). Hebrew writes vowel
        # letters at will ("דוד" / "דויד", "שלמה" / "שלומו"): not there.
        if differ == "other" or (differ == "omitted" and left.groups and right.groups):
            return min(best, VOWELS_DISAGREE), method
    if left.groups and right.groups:
        # both are known names, and different ones (Hassan / Husayn): spelling only
        return best, method
    if _one_latin_letter(left) or _one_latin_letter(right):
        pass  # a letter has no sound to compare: Wade-Giles' i (一) is yi, not Yiyi
    elif left.phonetic == right.phonetic or _sound_alike_read(left, right):
        if best < SOUND_ALIKE:
            best, method = SOUND_ALIKE, "sound"
    elif best < INHERENT_VOWEL and inherent_vowel_alike(left, right):
        best, method = INHERENT_VOWEL, "sound"
    elif best < 0.9 and not (apart and best < MIN_PART_SIMILARITY):
        phonetic = 0.9 * _osa(left.phonetic, right.phonetic, 0.7)
        if phonetic > best:
            best, method = phonetic, "sound"
    written = _written_consonants(left, right)
    if written is not None:
        # a consonant letter one writes and the other does not: an ayin or a he is a
        # letter here, not a sound a romanisation may drop ("بدوي" / "عبد" is not "bd")
        if best < 0.9:
            consonants = _consonants(*written)
            if consonants > best:
                best, method = consonants, "consonants"
    elif (left.abjad or right.abjad) and best < 0.9:
        # the consonants as they sound (p as b, v and w as vowels) where a script or its
        # romanisation may write them so; Devanagari, Bengali, Gurmukhi and Gujarati
        # write them apart, as Latin does: "Rivas" is no "ऋषि" (Rishi), though both
        # sound "rs" with the v left out
        sounds = any(p.abjad and p.script not in _CONSONANTS_WRITTEN for p in (left, right))
        # a closing ح or ח folds away as a ta marbuta would: only a spelling that writes
        # it meets the folded consonants
        sounds = sounds and not (_unwritten_final(left, right) or _unwritten_final(right, left))
        # and an Arabic reading meets a Latin spelling by its folded consonants only with
        # the same s and z: the fold makes "skr" of both Zakaria and عسكري (Askari);
        # another scheme's z (ذ, ظ, ض) is met by its own reading (:func:`_arabic_other_readings`)
        sounds = sounds and _same_hissing(left, right) and _same_hissing(right, left)
        # a skeleton folds v and w away as vowels, which an abjad's و or ו may be: a v or
        # w the other side writes needs a letter that reads so ("Evgeniya" is no "هاني")
        sounds = sounds and _glides_written(left, right) and _glides_written(right, left)
        # a fold makes h of kh: between two scripts that write them apart, ه (Hani) is
        # no খ (Khan)
        sounds = sounds and _same_kh(left, right)
        consonants = max(
            0.0,
            *(_consonants(a, b) for a in left.raw_skeletons for b in right.raw_skeletons),
            *(
                _consonants(a, b)
                for i, a in enumerate(left.skeletons if sounds else ())
                for j, b in enumerate(right.skeletons)
                if (i < left.core_skeletons and j < right.core_skeletons)
                or (
                    a == b
                    and len(a) >= MIN_OTHER_SKELETON
                    and not _arabic_other(left, i)
                    and not _arabic_other(right, j)
                )
            ),
            *_arabic_other_readings(left, right),
            *_arabic_other_readings(right, left),
        )
        if consonants < ONE_CONSONANT and (
            _one_consonant(left, right) or _one_consonant(right, left)
        ):
            consonants = ONE_CONSONANT
        # a sound key of an abjad's reading without its vowels is no more than its
        # consonants ("azizi" / "zyzy" of عزیزی): counted as such, not as another name's
        # spelling (a Brahmic part writes its vowels: its sound keys stay sounds)
        sounded = method == "sound" and (left.script in ABJADS) != (right.script in ABJADS)
        if consonants > best or (sounded and consonants > best - 1e-9):
            if not _signs_disagree(left, right):
                best, method = consonants, "consonants"
        elif left.abjad != right.abjad and method == "spelling":
            # letters against a romanisation without its vowels ("iman" / "imn" of إيمان)
            # differ by vowels, not by another name in the slot
            method = "letters"
        if _vowels_disagree(left, right):
            return min(best, VOWELS_DISAGREE), method
    return best, method


_HAN_ONLY = re.compile("x|q|zh|z|c(?!h)")
"""Letters only pinyin writes (not Wade-Giles, nor English: j is Jean's too)."""


def _taiwan_spelt(left: NamePart, right: NamePart) -> bool:
    """Whether one Latin part, read back from Taiwan's schemes, is the other's pinyin
    (:func:`matching.mandarin_schemes.taiwan_respellings`): "Syu" is Xu, "Jhih Ming"
    joined Zhiming, only a pinyin spelling with a letter no other language writes so
    ("Jean" is Gwoyeu Romatzyh's jiǎn, but no Jian, and "Taliah", ta + liah, no Talia);
    or, read back from Wade-Giles alone, a given name's pinyin of two syllables or more,
    each with its initial (:func:`matching.mandarin_schemes.wade_giles_respellings`,
    :func:`matching.syllables.initialed_pinyin`): "Kuei Lan" is Guilan, but not a run
    that spells Korean syllables (:attr:`matching.names.NamePart.syllabic`). A Wade-Giles
    syllable alone is not read so: "Chien" is Jian as much as Qian, 建 as much as 倩."""
    for spelt, pinyin in ((left, right), (right, left)):
        if (
            _HAN_ONLY.search(pinyin.latin)
            and pinyin_syllables(pinyin.latin)
            and pinyin.latin in taiwan_respellings(spelt.latin)
        ) or (
            not spelt.syllabic  # no Korean name's syllables: "Sung-ho" is 성호, no Songhe
            and initialed_pinyin(pinyin.latin)
            and pinyin.latin in wade_giles_respellings(spelt.latin)
        ):
            return True
    return False


def _th_read(part: NamePart) -> frozenset[str]:
    """A Latin part's readings of its th (:func:`matching.translit.th_readings`)."""
    if part.script is not Script.LATIN or "th" not in part.latin:
        return frozenset()
    return frozenset(th_readings(part.latin))


def _past_glued_article(left: NamePart, right: NamePart) -> tuple[NamePart, NamePart] | None:
    """The two parts with a glued Arabic article taken off the one that has it, when the
    other has none: "Alkhatib" is Al-Khatib, and Khateeb is that family name without its
    article, as "Al Khateeb" written apart leaves the article over."""
    mine, theirs = _stem_part(left), _stem_part(right)
    if mine is not None and theirs is None and not _glued_article_like(right):
        return mine, right
    if theirs is not None and mine is None and not _glued_article_like(left):
        return left, theirs
    return None


def _glued_article_like(part: NamePart) -> bool:
    """Whether a Latin part starts as a glued article would: then both carry it or
    neither ("Alkhatib" / "Elkhateeb" compare whole)."""
    return part.script is Script.LATIN and part.latin.startswith(("al", "el"))


def _stem_part(part: NamePart) -> NamePart | None:
    """The part without its glued article, where preparing the name found one (its last
    reading: :func:`matching.names.glued_article_stem`)."""
    latins = part.latins
    if len(latins) < 2 or part.script is not Script.LATIN or part.kind is not PartKind.NAME:
        return None
    if latins[0][:2] not in _GLUED_ARTICLES or glued_article_stem(latins[0]) != latins[-1]:
        return None
    return make_part(latins[-1], Script.LATIN, (latins[-1],))


_GLUED_ARTICLES = frozenset({"al", "el"})
"""How a glued article starts (:func:`matching.names.glued_article_stem`): a cheap test
first, as this is asked of most pairs of parts compared."""


def _mistyped(latin: str, reading: str, syllabic: NamePart) -> bool:
    """Whether ``latin`` may be ``reading`` (of a Han or Hangul part) mistyped: it spells
    no syllables of the reading's scheme, Japanese for a Japanese reading."""
    scheme = Script.KANA if reading in syllabic.kana else syllabic.script
    if scheme is Script.HAN and pinyin_respellings(latin):
        return False  # syllables of Taiwan's schemes: "jiann" is 建, no mistyped jiang
    return not spells_syllables(latin, scheme)


_ARTICLE_RUN_END = "\u0627\u0644"
_PAST_THE_L = re.compile(r"l[aeiou]+(?:h[aeiou]?)?$")


def _past_the_article(arabic: NamePart, latin: NamePart) -> bool:
    """Whether a Latin spelling goes on past the article an Arabic-script run ends with:
    "عبد ال" before "رحمن" is "Abdul" (Rahman), but "Abdullah", "Saifulla" and
    "Habibullahi" spell Allah after the article, a name the run does not hold."""
    return (
        arabic.script is Script.ARABIC
        and latin.script is Script.LATIN
        and len(arabic.raw) > len(_ARTICLE_RUN_END)
        and arabic.raw.endswith(_ARTICLE_RUN_END)
        and all(_PAST_THE_L.search(form) for form in latin.latins)
    )


VOWELS_DISAGREE = 0.6
"""The most two spellings can be alike when the vowels an abjad writes rule them out
(:mod:`matching.vowels`): a romanisation with fewer vowels than the abjad writes long ones
("Nam" / "نیما" share only "nm"), or two spellings in one abjad with the same consonants
and other vowel letters. Below :data:`MIN_PART_SIMILARITY`, so they do not align."""


def _written_consonants(left: NamePart, right: NamePart) -> tuple[str, str] | None:
    """The consonant letters of two spellings in one abjad, when one writes a consonant
    the other does not (else ``None``: their romanisations compare as usual)."""
    if left.script is not right.script or left.script not in ABJADS:
        return None
    mine, theirs = layout(left.raw)[0], layout(right.raw)[0]
    return (mine, theirs) if len(mine) != len(theirs) else None


def _written_against(
    left: NamePart, right: NamePart, scripts: frozenset[Script]
) -> tuple[NamePart, NamePart] | None:
    """The name part in one of ``scripts`` and the name part it faces, when that one is
    in a script of sure vowels: the pairs whose vowels are checked."""
    written, other = (left, right) if left.script in scripts else (right, left)
    if (
        written.script in scripts
        and other.script not in VOWEL_UNSURE
        and written.kind is PartKind.NAME
        and other.kind is PartKind.NAME
    ):
        return written, other
    return None


def _vowels_disagree(left: NamePart, right: NamePart) -> bool:
    found = _written_against(left, right, ABJADS)
    if found is None:
        return False
    abjad, other = found
    forms = other.latins
    if not abjad.raw.endswith(_ARTICLE_RUN_END):
        # a reading of the article glued to the next name ("mahmald" of Mahmud, as
        # Shamsud is "shams al-d") stands only against a spelling that writes the article
        articles = article_readings(other)
        forms = tuple(form for form in forms if form not in articles) or forms
    if other.script is Script.LATIN and "ij" in other.latin:
        # Dutch ij read y is for Latin spellings with y (Dijk / Dyk), not a vowel an
        # abjad may leave out: Tuijl is no طلال
        forms = tuple(form for form in forms if form != dutch_y(other.latin)) or forms
    return fewer_vowels(abjad.raw, forms) or (
        abjad.script is Script.ARABIC
        and all(
            misplaced_vowels(abjad.raw, form)
            or (other.script is Script.LATIN and other_vowel_letters(abjad.raw, form))
            for form in forms
        )
    )


def _signs_disagree(left: NamePart, right: NamePart) -> bool:
    """Whether a Brahmic name part writes vowels that a spelling in a script of sure
    vowels does not (:mod:`matching.akshara`): their consonants then say nothing
    ("Hiranya" / "ஹாருண்", Harun: h-r-n both)."""
    found = _written_against(left, right, BRAHMIC)
    if found is None:
        return False
    brahmic, other = found
    return all(
        brahmic_vowels_disagree(brahmic.raw, brahmic.script, form)
        for form in other.latins[: other.core]
    )


MIN_OTHER_SKELETON = 3
"""Consonants a skeleton of a reading made to meet another scheme needs to count: two say
little ("sk" of অভিষেক read with ভ as v is Siku)."""


ONE_CONSONANT = SKELETON_EQUAL[2]
"""Similarity of an Arabic-script name of one consonant and a romanisation that writes
that consonant and the long vowels the Arabic writes, where it writes them: as much as
two equal consonants say ("علا" / "Ola", "ضياء" / "Zia", "إياد" / "Eyad")."""


def _one_consonant(arabic: NamePart, latin: NamePart) -> bool:
    """Whether a Latin spelling reads an Arabic-script name of one consonant: the same
    consonant in one of its readings (another scheme's only with the same z, s and g:
    :func:`_arabic_other_readings`), and the same long vowels in the same places
    (:func:`matching.vowels.reads_vowels`)."""
    if (
        arabic.script is not Script.ARABIC
        or latin.script is not Script.LATIN
        or arabic.kind is not PartKind.NAME
        or latin.kind is not PartKind.NAME
    ):
        return False
    theirs = {form for form in latin.skeletons if len(form) == 1}
    if not theirs or not any(reads_vowels(arabic.raw, form) for form in latin.latins):
        return False
    sibilants = {_sibilants(form) for form in latin.latins}
    return any(
        skeleton(form, abjad=True) in theirs
        and (index < arabic.core or _sibilants(form, arabic=True) in sibilants)
        for index, form in enumerate(arabic.latins)
    )


_CLOSING_GUTTURALS = frozenset("\u062d\u05d7")
"""ح and ח: consonants, though their romanisation is an h, which a folded skeleton drops
at the end of a word as the vowel a ta marbuta or a he writes."""


def _unwritten_final(abjad: NamePart, other: NamePart) -> bool:
    """Whether an Arabic or Hebrew part closes on ح or ח and the other part, in a script
    of another kind, writes no h at its end: "صالح" folds to "sl" as Sally, Silva and
    Sheila do, but only Saleh, Salih and Salah spell its ح (their letters, as written,
    are "slh" too)."""
    return (
        abjad.script in _CLOSING_GUTTURAL_SCRIPTS
        and abjad.raw[-1:] in _CLOSING_GUTTURALS
        and other.script not in ABJADS
        and not any(letters.endswith("h") for letters in other.raw_skeletons)
    )


_CLOSING_GUTTURAL_SCRIPTS = frozenset({Script.ARABIC, Script.HEBREW})


def _arabic_other(part: NamePart, index: int) -> bool:
    """Whether a part's skeleton at ``index`` is of an Arabic-script reading made to meet
    another scheme (compared in :func:`_arabic_other_readings` instead)."""
    return part.script is Script.ARABIC and index >= part.core_skeletons


_DIGRAPHS = re.compile("sh|gh|kh|th|dh|ch|zh|ts")
_ARABIC_DIGRAPHS = re.compile("sh|gh|kh|th|dh|ts")
"""Digraphs of an Arabic-script romanisation: no zh, since Arabic has no ژ (z then h)."""
_NOT_SIBILANT = re.compile("[^zsg]")
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=100_000)
def _sibilants(form: str, arabic: bool = False) -> str:
    """The z, s and g a spelling writes, in order, digraphs left out: what a consonant
    skeleton folds (z into s) but the Egyptian and Persian readings are about."""
    digraphs = _ARABIC_DIGRAPHS if arabic else _DIGRAPHS
    return _DOUBLED.sub(r"\1", _NOT_SIBILANT.sub("", digraphs.sub("", form)))


_ZHE = "\u0698"
_VOICED_S = re.compile("(?<=[aeiouy])s(?=[aeiouy])")
_LATIN_NOT_HISSING = re.compile("[^zs]")
_SOFT_C = re.compile("c(?=[eiy])")
_LATIN_DIGRAPHS = re.compile("sch|sh|zh|ts|tz")
"""Digraphs whose s or z is no س nor ز: German "sch", French-style "zh" and "ts"."""


@lru_cache(maxsize=100_000)
def _hissing(form: str, arabic: bool, zhe: bool = False) -> str:
    """The s and z a reading writes, in order, as :func:`_sibilants` takes them, with a
    French soft c and an x (ks) as s on the Latin side (Hocine, حسين; Maxim, مكسيم);
    ``zhe``: an Arabic-script spelling writes ژ, whose "zh" is no z (Ahmadinejad)."""
    if arabic:
        form = _ARABIC_DIGRAPHS.sub("", form.replace("zh", "") if zhe else form)
    else:
        form = _SOFT_C.sub("s", _LATIN_DIGRAPHS.sub("", form)).replace("x", "s")
    return _DOUBLED.sub(r"\1", _LATIN_NOT_HISSING.sub("", form))


def _latin_hissing(form: str) -> tuple[str, str]:
    """:func:`_hissing` of a Latin spelling, and with an s between vowels read z, as
    Arabic writes European names: Therese is "تيريز", Rosa "روزا"."""
    return _hissing(form, arabic=False), _hissing(_VOICED_S.sub("z", form), arabic=False)


def _same_hissing(arabic: NamePart, latin: NamePart) -> bool:
    """False when an Arabic-script part's own reading writes other s and z than every
    spelling of a Latin part: س and ص are s, ز is z, in every scheme."""
    if arabic.script is not Script.ARABIC or latin.script is not Script.LATIN:
        return True
    theirs = {found for form in latin.latins for found in _latin_hissing(form)}
    zhe = _ZHE in arabic.raw
    return any(
        _hissing(form, arabic=True, zhe=zhe) in theirs for form in arabic.latins[: arabic.core]
    )


_GLIDE_LETTERS = frozenset("\u0648\u0624\u06cb\u0641\u06a4\u05d5\u05d1")
"""Abjad letters a v or w may stand for: و, ؤ, ۋ, ف and ڤ (Ivan is إيفان), ו and ב."""
_GLIDE_SCRIPTS = frozenset({Script.ARABIC, Script.HEBREW})
_GLIDES = re.compile("[vw]")
_SLAVIC_ENDING = re.compile("[oe][vw](?:a|na|ich|ic|ych)?$")
"""A Russian-style family or father's name ending, whose v no abjad spelling of the name
writes: Karimov is کریمی (Karimi)."""


def _same_kh(left: NamePart, right: NamePart) -> bool:
    """Whether two parts write as many kh, where both scripts write h and kh apart
    (:data:`_KH_APART`); true where either may write one for the other."""
    if left.script is right.script or not {left.script, right.script} <= _KH_APART:
        return True
    return left.latin.count("kh") == right.latin.count("kh")


def _glides_written(abjad: NamePart, other: NamePart) -> bool:
    """False when an abjad part writes fewer letters that read v or w than every reading
    of a part in a script that writes its vowels has v and w."""
    if abjad.script not in _GLIDE_SCRIPTS or other.abjad:
        return True
    written = sum(letter in _GLIDE_LETTERS for letter in abjad.raw)
    return any(
        len(_GLIDES.findall(_SLAVIC_ENDING.sub("", form))) <= written
        for form in other.latins[: other.core]
    )


def _arabic_other_readings(arabic: NamePart, latin: NamePart) -> Iterator[float]:
    """An Arabic-script reading made to meet another scheme (jim as g, ظ as z) counts by
    its skeleton only against a Latin spelling, and only when that writes the same z, s
    and g: a skeleton folds z into s, and "fzl" (فاضل read as Persian says it) is not
    Faisal, nor كاظم read "kzm" قاسم."""
    if arabic.script is not Script.ARABIC or latin.script is not Script.LATIN:
        return
    # a Latin "zh" read as in Zhukov, and as z then h, as an Arabic name spells it: Mazhar
    # (مظهر, its ظ read z)
    theirs = {_sibilants(form, arabic=z_h) for form in latin.latins for z_h in (False, True)}
    articles: set[str] | None = None
    latin_vs = max(form.count("v") for form in latin.latins)
    for form in arabic.latins[arabic.core :]:
        if _sibilants(form, arabic=True) not in theirs:
            continue
        mine = skeleton(form, abjad=True)
        if _sounded_other(arabic, form):
            # "فيض ال" read with z before r is "fzlr", Fazlur's letters as written: such
            # a reading meets only one that writes the article ("fazlalr" is "fzllr")
            if articles is None:
                articles = {skeleton(a) for a in article_readings(latin)}
            if mine in articles:
                yield _consonants(mine, mine)
            continue
        if form.count("v") > latin_vs:
            # ف read as v (Vladimir, فلاديمير) meets only a spelling that writes as many
            # v: a skeleton folds a v away as a vowel, so "واصف" read "wasv" was Wise
            continue
        if mine in latin.skeletons and not _unwritten_final(arabic, latin):
            yield _consonants(mine, mine)
        letters = raw_skeleton(form)  # z then h stays two letters ("zhr" of ظاهر: Zahir)
        if letters in latin.raw_skeletons:
            yield _consonants(letters, letters)


def _sounded_other(arabic: NamePart, form: str) -> bool:
    """Whether ``form`` is another reading of an Arabic-script run ending with the
    article, with the sound the article takes before the next name ("zylr" of "ضياء ال"
    before رحمن; see :func:`matching.names.joined_part`)."""
    if not arabic.raw.endswith(_ARTICLE_RUN_END):  # "صادق" read "sdgh" is Sadegh, no run
        return False
    others = arabic.latins[arabic.core :]
    return any((stem := form[:-size]) != arabic.latin and stem in others for size in (1, 2))


_ARTICLE_END = re.compile(r"al(?:sh|th|dh|[rsnztd])$")


def article_readings(part: NamePart) -> frozenset[str]:
    """A Latin or Cyrillic part's readings that write an assimilated article as "al" with
    the next name's sound ("habibur": "habibalr"; the run "habib al" before "rahman":
    "habibalr"). They stand for "X al-" before that name: they meet the other side's
    same article exactly ("حبيب ال" before رحمن), or as a spelling only another such
    reading ("shafikalr" / "shafiqalr"): "vitals" of Vitus is no typo of Vital."""
    if part.script not in _ARTICLE_SCRIPTS or len(part.latins) == 1:
        return _NO_READINGS
    latin = part.latin
    if latin.endswith(_LATIN_ARTICLE_ENDS):  # a run "X al" before a name: "xalr"
        return frozenset(
            form for form in part.latins[1:] if form[: len(latin)] == latin and form != latin
        )
    for article in ASSIMILATED_ARTICLES:  # a run "X ar" before a name in r: "xalr"
        if latin.endswith(article):
            head = latin[: -len(article)]
            spoken = frozenset(
                form
                for form in part.latins[1 : part.core]
                if (found := _ARTICLE_END.search(form)) and form[: found.start()] == head
            )
            if spoken:
                return spoken
    stem = article_stem(latin)
    if stem is None:
        return _NO_READINGS
    return frozenset(
        form
        for form in part.latins[part.core :]
        if (found := _ARTICLE_END.search(form)) and form[: found.start()] + "al" == stem
    )


_ARTICLE_SCRIPTS = frozenset({Script.LATIN, Script.CYRILLIC})
_LATIN_ARTICLE_ENDS = ("al", "el", "ul")
_NO_READINGS: frozenset[str] = frozenset()


def _same_syllables(left: NamePart, right: NamePart) -> bool:
    """Whether one part may spell the Hangul the other spells or is written in
    (:attr:`matching.names.NamePart.syllabic`, the script's own readings of a Hangul part)."""
    mine = {*left.syllabic, *left.latins[: left.core]}
    return not mine.isdisjoint(right.syllabic) or not mine.isdisjoint(right.latins[: right.core])


def _same_letters(left: NamePart, right: NamePart) -> bool:
    """Whether a Latin part is the other's letter-by-letter transliteration
    (:attr:`NamePart.letters`)."""
    if right.script is Script.LATIN:
        return any(form in right.latins for form in left.letters)
    return left.script is Script.LATIN and any(form in left.latins for form in right.letters)


INHERENT_VOWEL = 0.85
"""Two Latin spellings of one Bengali name in its two romanising habits
(:func:`inherent_vowel_alike`): alike as a sound, not as one spelling."""
_INHERENT_FOLD = str.maketrans("ov", "ab")
_FOLDED_VOWELS = frozenset("oa")
MIN_INHERENT_CONSONANTS = 2
MIN_INHERENT_DIFFERENCES = 2


def inherent_key(latin: str) -> str:
    """A Latin spelling with the Bengali inherent vowel and ব read one way: o as a, v as
    b (:func:`inherent_vowel_alike`)."""
    return latin.translate(_INHERENT_FOLD)


def inherent_vowel_alike(left: NamePart, right: NamePart) -> bool:
    """Whether two Latin spellings differ only as Bengali names are romanised two ways:
    the inherent vowel অ as Bengali says it, o, or as Sanskrit and Hindi spellings write
    it, a ("Tonmoy" / "Tanmay", "Choyon" / "Chayan", "Pronob" / "Pranab"), and ব as b or
    v ("Joydeb" / "Jaydev"). A Bengali-script part reads both ways already
    (:mod:`matching.translit`).

    In two places at least: one is a typo's distance, which the spelling already weighs
    (Antonio / Antonia, Dora / Dara stay spellings). Not in the last letter: a closing
    vowel is where European names mark the bearer's sex (Mario / Maria, Romano /
    Romana), so "Maria" / "Morio" is no such pair, and "Joyonto" / "Jayanta" meets as a
    spelling only. With two consonants at least, counted alike on both sides (the
    folded spelling's: a skeleton takes a v inside a word for a vowel).
    """
    if left.script is not Script.LATIN or right.script is not Script.LATIN:
        return False
    a, b = left.latin, right.latin
    if len(a) != len(b) or (a[-1] != b[-1] and a[-1] in _FOLDED_VOWELS):
        return False
    differ = sum(x != y for x, y in zip(a, b, strict=True))
    if differ < MIN_INHERENT_DIFFERENCES:
        return False
    folded = inherent_key(a)
    return folded == inherent_key(b) and len(skeleton(folded)) >= MIN_INHERENT_CONSONANTS


def _sound_alike_read(left: NamePart, right: NamePart) -> bool:
    """Whether a Brahmic part sounds like a Latin one in another of its readings: ନବୀନ
    reads "nabina" first, as Odia says ବ, and also "navin", which "Naveen" sounds like."""
    if (left.script in BRAHMIC) == (right.script in BRAHMIC):
        return False
    if Script.LATIN not in (left.script, right.script):
        return False
    return any(phonetic_key(a) == phonetic_key(b) for a, b in _reading_pairs(left, right))


HEARD: dict[Script, tuple[Callable[[str], tuple[str, ...]], Callable[[str], tuple[str, ...]]]] = {
    Script.HANGUL_FOREIGN: (hangul_canonical, korean_ear),
    Script.KANA_FOREIGN: (katakana_canonical, japanese_ear),
    Script.HAN_FOREIGN: (han_foreign_canonical, chinese_ear),
}
"""Scripts of foreign names transcribed by sound: how a word of one is heard, and how a
spelling in another is heard by that language."""


HEARD_EDIT_WEIGHT = {Script.HAN_FOREIGN: 1.25}
"""What an edit between two heard forms costs, in edits of a spelling, where the forms
fold more sounds than Korean and Japanese hear alike (three vowels, voicing): "tuni" of
托尼 is Tony, Turner and Toni, and one edit away is no nearer than a quarter more. Chosen
so that foreign names in Han characters raise no more alerts among Latin names than their
Latin spellings do (measured on the module's first cut: 1.0 raised 2.4 times as many,
1.25 as many, 1.5 a third as many but met 14 fewer of 145 true pairs)."""


def _coarse_forms(left: NamePart, right: NamePart) -> tuple[frozenset[str], float]:
    """The heard forms of whichever part is transcribed with a :data:`HEARD_EDIT_WEIGHT`,
    and that weight."""
    if (left.script in HEARD) == (right.script in HEARD):
        return frozenset(), 1.0
    part = left if left.script in HEARD else right
    weight = HEARD_EDIT_WEIGHT.get(part.script)
    if weight is None:
        return frozenset(), 1.0
    return frozenset(HEARD[part.script][0](part.raw)), weight


def _heard_pairs(transcribed: NamePart, other: NamePart) -> Iterator[tuple[str, str]]:
    canonical, ear = HEARD[transcribed.script]
    ears = [e for form in other.latins[: other.core] for e in ear(form)]
    return ((h, e) for h in canonical(transcribed.raw) for e in ears)


def _reading_pairs(left: NamePart, right: NamePart) -> Iterator[tuple[str, str]]:
    """The romanisations of two parts worth comparing: a reading made to meet another
    scheme (:func:`matching.translit.core_readings`) meets only the other part's own
    readings, and only a Latin spelling, unless it is one itself: "Жаров" and "Шаров"
    must not meet as German "scharow", nor "Хан" a Cantonese 陈 as "chan"."""
    latin_left, latin_right = left.script is Script.LATIN, right.script is Script.LATIN
    # an Armenian name's other readings include Russian papers' (Hakob as Akop): they
    # meet Cyrillic as they meet a Latin spelling
    if left.script is Script.ARMENIAN and right.script is Script.CYRILLIC:
        latin_right = True
    elif right.script is Script.ARMENIAN and left.script is Script.CYRILLIC:
        latin_left = True
    # a Brahmic part's other reading that is also a letter-by-letter one ("अर्चना":
    # arcna, no vowel said) meets a Latin spelling only when equal (:func:`_same_letters`):
    # one letter off, "aruna" is another name
    skip_left = left.letters if latin_right and left.script in BRAHMIC else ()
    skip_right = right.letters if latin_left and right.script in BRAHMIC else ()
    if (left.script in HEARD) != (right.script in HEARD):
        # a foreign name in Hangul or katakana against another spelling: both as Korean or
        # Japanese hears them
        if left.script in HEARD:
            yield from _heard_pairs(left, right)
        else:
            yield from ((a, b) for b, a in _heard_pairs(right, left))
    for i, a in enumerate(left.latins):
        mine = i < left.core
        if not (mine or latin_left or latin_right) or (i and a in skip_left):
            continue
        for j, b in enumerate(right.latins):
            theirs = j < right.core
            if (theirs or (mine and (latin_right or latin_left))) and not (j and b in skip_right):
                yield a, b


COMPOUND_HEADS = 0.95
"""The most two X al-Din compounds spelt by other schemes score for one X: the spelling
of the rest differs."""


def _compound_heads(left: NamePart, right: NamePart) -> tuple[float, str] | None:
    """Two X al-Din compounds written as one word in Latin, compared by their X
    (:func:`matching.translit.din_head`): Kheireddine / Khairuddin is Kheir / Khair,
    Noureddine / Nuruddin Nour / Nur, whatever each scheme makes of al-Din, and
    Nasreddine no Nooreddine. ``None`` unless both are such compounds, or when their X
    differ but are too short to be told from a typo."""
    if left.script is not Script.LATIN or right.script is not Script.LATIN:
        return None
    lefts = dict.fromkeys(head for form in left.latins if (head := din_head(form)))
    rights = dict.fromkeys(head for form in right.latins if (head := din_head(form)))
    if not lefts or not rights:
        return None
    best, method = 0.0, "spelling"
    for a in lefts:
        for b in rights:
            found = _read_similarity(_latin_part(a), _latin_part(b))
            if found[0] > best:
                best, method = found
    if best < MIN_PART_SIMILARITY and min(map(len, (*lefts, *rights))) < MIN_COMPOUND_REST:
        return None  # "Nur" and "Nir" may be one X mistyped: too short to tell
    if best >= 1.0 - 1e-9:
        method = "transliteration"
    return min(best, COMPOUND_HEADS), method


def _latin_part(latin: str) -> NamePart:
    return make_part(latin, Script.LATIN, romanize(latin, Script.LATIN))


COMPOUND_PREFIXES = ("abdul", "abdel", "abdal", "abdol", "abdur", "abdu", "abd", "abu", "abou")
COMPOUND_SUFFIXES = ("uddin", "eddin", "addin", "uddeen", "ullah", "ullahi", "allah", "illah")
"""Pieces of Arabic-origin compound names: two compounds of one piece share many letters
("Shamsuddin" / "Sahabuddin", "Abdurrahim" / "Abdurrahman") yet are different names."""


MIN_COMPOUND_REST = 4


def _distinct_compounds(left: str, right: str) -> bool:
    """Whether two names share a compound piece and differ in the rest."""
    for piece in COMPOUND_PREFIXES:
        if left.startswith(piece) and right.startswith(piece):
            return _distinct_rest(left[len(piece) :], right[len(piece) :])
    for piece in COMPOUND_SUFFIXES:
        if left.endswith(piece) and right.endswith(piece):
            return _distinct_rest(left[: -len(piece)], right[: -len(piece)])
    return False


SURNAME_SUFFIXES = tuple(
    sorted(
        (
            "enko", "chenko", "shchenko", "chuk", "czuk", "shvili", "adze", "idze",
            "ovich", "evich", "ovych", "evych", "ovna", "evna", "ovic", "evic",
            "ski", "sky", "ska", "skaya", "skiy", "skyi", "oglu", "zadeh",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
"""Endings that make family names (Ukrainian -enko, Georgian -shvili, Slavic -ovich, -ski,
Turkish -oglu, Persian -zadeh): two names sharing one are alike by their stems, not by
the ending many names share. Not Armenian -yan: Eastern, Western and Russian spellings
of one stem differ in two letters often (Hakobyan / Akopyan, Ghazaryan / Kazaryan)."""
MIN_STEM = 3
MIN_STEM_EDITS = 2


def _stem_edits(left: str, right: str) -> int:
    """Edits between the stems of two spellings sharing a family-name ending; 0 without
    one."""
    for suffix in SURNAME_SUFFIXES:
        if left.endswith(suffix) and right.endswith(suffix):
            return int(OSA.distance(left[: -len(suffix)], right[: -len(suffix)]))
    return 0


def _distinct_stems(left: str, right: str) -> bool:
    """Whether two spellings end with one family-name ending (:data:`SURNAME_SUFFIXES`)
    on stems at least two edits apart that are neither spellings nor sounds of each
    other: Shevchenko / Savchenko, Mamaladze / Managadze are other families, though most
    letters agree. Shevchenko / Sevchenko is a typo. Asked of the parts' first
    spellings: then only readings whose stems are a typo apart meet (Єрченко read
    "jercenko" and a library's "Ercenko"), not Shevchenko and Savchenko read with sh."""
    for suffix in SURNAME_SUFFIXES:
        if left.endswith(suffix) and right.endswith(suffix):
            a, b = left[: -len(suffix)], right[: -len(suffix)]
            if min(len(a), len(b)) < MIN_STEM or OSA.distance(a, b) < MIN_STEM_EDITS:
                return False
            similar = max(_osa(a, b, 0.0), _osa(phonetic_key(a), phonetic_key(b), 0.0))
            return similar < MIN_PART_SIMILARITY
    return False


def _distinct_rest(left: str, right: str) -> bool:
    """Rests long enough to be names ("bad" in a mistyped "Badullah" is not) that are
    neither spellings nor sounds of each other."""
    if min(len(left), len(right)) < MIN_COMPOUND_REST:
        return False
    similar = max(_osa(left, right, 0.0), _osa(phonetic_key(left), phonetic_key(right), 0.0))
    return similar < MIN_PART_SIMILARITY


def _consonants(left: str, right: str) -> float:
    """Similarity of two consonant skeletons; fewer consonants say less ("smn" is Zaman,
    Osman, Zamani...)."""
    size = min(len(left), len(right))
    if left == right and size >= 2:
        return SKELETON_EQUAL.get(size, 0.86)
    if size >= 4:
        return 0.86 * _osa(left, right, 0.75)
    return 0.0


@lru_cache(maxsize=100_000)
def family_bases(part: NamePart) -> frozenset[str]:
    """The family names ``part`` may be the feminine form of (:mod:`matching.family_forms`);
    none for a known given name (Petra and Petr are two people's names, though "Petrova"
    reads as Petr's)."""
    if part.groups or part.short or part.abjad or part.script in _SYLLABIC:
        # vowels unwritten (an abjad's or a Brahmic script's reading: ليلى "lyl") make
        # any ending a suffix
        return frozenset()
    found: set[str] = set()
    for form in part.latins[: part.core]:
        found |= masculine_forms(form)
    return frozenset(found)


def _one_edit(left: NamePart, right: NamePart) -> bool:
    """Whether the parts' first readings are at most one edit apart."""
    return Levenshtein.distance(left.latin, right.latin, score_cutoff=1) <= 1


def _feminine_form(left: NamePart, right: NamePart) -> bool:
    """Whether one part is the other's feminine family form (:func:`family_bases`)."""
    if left.groups or right.groups or left.short or right.short:
        return False
    mine, theirs = left.latins[: left.core], right.latins[: right.core]
    return not family_bases(left).isdisjoint(theirs) or not family_bases(right).isdisjoint(mine)


def _initial_similarity(left: NamePart, right: NamePart) -> tuple[float, str]:
    """An initial stands for a name any of its readings starts (Г. is g or h: Hanna). Two
    initials of one script other than Latin are one only when the same letter ("Ц." is
    no "Т."); otherwise when a reading of each agrees, or when one written in Latin
    starts the other ("Ж." zh and "Z.", "Th." and "T.")."""
    if left.kind is PartKind.INITIAL and right.kind is PartKind.INITIAL:
        if left.script is right.script is not Script.LATIN:
            # two letters of one script: one initial if the same letter (Ч. and Ш. are
            # both "ch" in some scheme, and two names)
            same = left.raw == right.raw or {left.raw, right.raw} == _E_YO
            return (1.0, "initial") if same else (0.0, "initial")
        if not set(left.latins).isdisjoint(right.latins):
            return 1.0, "initial"
        if Script.LATIN not in (left.script, right.script):
            return 0.0, "initial"
        same_start = any(
            a.startswith(b) or b.startswith(a) for a in left.latins for b in right.latins
        )
        return (0.9, "initial") if same_start else (0.0, "initial")
    initial, full = (left, right) if left.kind is PartKind.INITIAL else (right, left)
    if (
        initial.script is not Script.LATIN
        and full.script is Script.LATIN
        and len(full.latin) <= MAX_SPELT_INITIAL
        and full.latin in initial.latins
    ):
        return 1.0, "initial"  # "Ц." / "Ts", "Ю." / "Iu": one initial, romanised
    if any(form.startswith(letter) for letter in initial.latins for form in full.latins):
        return 0.9, "initial"
    return 0.0, "initial"


_E_YO = {"е", "ё"}
"""Russian writes ё as е as often: Ё. and Е. are one initial."""
MAX_SPELT_INITIAL = 4
"""Letters a Latin word may have and still be a Cyrillic initial romanised ("Tsch" of Ч)."""


@dataclass(frozen=True, slots=True)
class _Option:
    similarity: float
    left: tuple[int, ...]
    right: tuple[int, ...]
    method: str


SimilarityFn: TypeAlias = Callable[[NamePart, NamePart], tuple[float, str]]
"""Where part similarities come from: computed on the spot, or looked up from a batch."""
NeighboursFn: TypeAlias = Callable[[NamePart], dict[int, tuple[float, str]]]
"""For a right-hand part, the left-hand parts (by ``id``) similar enough to align with it."""


def _greedy(
    left: Name, right: Name, options: list[_Option]
) -> tuple[list[PartPair], tuple[int, ...], tuple[int, ...]]:
    """Best-first alignment; returns the pairs and the unmatched part indexes.

    Particles pair last, from what the names left: "abd al aziz" joined as "abdalaziz"
    keeps its "al", and the name's other "al" ("al qahtani") pairs with the other side's.
    """

    def order(o: _Option) -> tuple[bool, float, int]:
        particles = all(left.parts[i].kind is PartKind.PARTICLE for i in o.left) and all(
            right.parts[j].kind is PartKind.PARTICLE for j in o.right
        )
        return particles, -o.similarity, -(len(o.left) + len(o.right))

    options.sort(key=order)
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs: list[PartPair] = []
    for option in options:
        if used_left.intersection(option.left) or used_right.intersection(option.right):
            continue
        used_left.update(option.left)
        used_right.update(option.right)
        pairs.append(PartPair(option.left, option.right, option.similarity, option.method))
    unmatched_left = tuple(i for i in range(len(left.parts)) if i not in used_left)
    unmatched_right = tuple(j for j in range(len(right.parts)) if j not in used_right)
    return pairs, unmatched_left, unmatched_right


def _single_options(
    left: Name, right: Name, similarity: SimilarityFn, neighbours: NeighboursFn | None
) -> list[_Option]:
    options: list[_Option] = []
    lparts, rparts = left.parts, right.parts
    if neighbours is not None:
        for j, b in enumerate(rparts):
            row = neighbours(b)
            if not row:
                continue
            for i, a in enumerate(lparts):
                found = row.get(id(a))
                if found is not None and found[0] >= _least(a, b) and aligns_with(a, b):
                    options.append(_Option(found[0], (i,), (j,), found[1]))
        return options
    for i, a in enumerate(lparts):
        for j, b in enumerate(rparts):
            if not aligns_with(a, b):
                continue
            sim, method = similarity(a, b)
            if sim >= _least(a, b):
                options.append(_Option(sim, (i,), (j,), method))
    return options


PARTICLE_AS_NAME = 0.9
"""A Latin particle aligns with a name of another script only as its spelling ("Das" /
"দাস"), not as a look-alike ("Le" / "علي")."""


def _least(left: NamePart, right: NamePart) -> float:
    return MIN_PART_SIMILARITY if left.particle is right.particle else PARTICLE_AS_NAME


JOIN_LENGTH_SLACK = 0.35
"""How much longer or shorter than a part a joined spelling may be and still be compared."""


@cache
def join_window(size: int) -> range:
    """The lengths a part may have to be compared with a run of ``size`` letters written
    as one: within :data:`JOIN_LENGTH_SLACK` of the longer of the two."""
    fits = [n for n in range(2 * size + 3) if abs(n - size) <= JOIN_LENGTH_SLACK * max(n, size)]
    return range(fits[0], fits[-1] + 1)


def may_be_joined(name: Name, span: tuple[int, ...], part: NamePart) -> bool:
    """The length test of :func:`could_be_joined`, before the joined part is built (most
    runs fail it, and building a part costs more than comparing one)."""
    if name.parts[span[0]].abjad or part.abjad:
        return True  # compared by consonants, known once the part is built
    window = join_window(joined_length(name, span))
    if any(len(form) in window for form in part.latins):
        return True
    spellings = run_spellings(name, span)  # or spelt otherwise: "I-to" is Yiduo
    return bool(spellings) and spelt_as(spellings, part)


def _one_latin_letter(part: NamePart) -> bool:
    """Whether a part is one Latin letter: a Wade-Giles syllable (:data:`WADE_GILES_VOWELS`),
    or a name of initials alone, which meet by their letters or readings only."""
    return len(part.latin) == 1 and part.script is Script.LATIN


def spelt_as(spellings: frozenset[str], part: NamePart) -> bool:
    """Whether a run's other spellings (:func:`run_spellings`) meet ``part``: one of its
    own readings or syllables, as :func:`_same_syllables` meets them."""
    return not spellings.isdisjoint(part.latins[: part.core]) or not spellings.isdisjoint(
        part.syllabic
    )


def could_be_joined(
    latin: str,
    script: Script,
    part: NamePart,
    lead: NamePart | None = None,
    also: frozenset[str] = frozenset(),
) -> bool:
    """Cheap bound before comparing parts run together (``latin``, in ``script``, led by
    the part ``lead``) with a part: similar length and the same first sound, or one of the
    run's other spellings ``also`` equal to a reading of the part. Asked before
    the joined part is built, which costs more than this test, and most runs fail it.
    ``also``: the run's other spellings, met when equal (:func:`run_spellings`)."""
    return JoinProbe(latin, script, lead, also).admits(part)


def joinable(
    latin: str,
    script: Script,
    parts: Iterable[NamePart],
    lead: NamePart | None = None,
    also: frozenset[str] = frozenset(),
) -> list[NamePart]:
    """The parts that :func:`could_be_joined` admits for one run, its keys made once."""
    probe = JoinProbe(latin, script, lead, also)
    return [part for part in parts if probe.admits(part)]


def run_spellings(name: Name, span: tuple[int, ...]) -> frozenset[str]:
    """A run's other spellings, which meet a part only when equal: a hyphened Wade-Giles
    given name's pinyin (:func:`matching.names.hyphened_wade_giles`: "Tan-tan" of "Liu
    Tan-tan" is Dandan, or Tandan; "I-to" of "Wen I-to" Yiduo, two letters longer)."""
    if len(span) != 2 or not 3 <= len(name.parts) <= 4:
        return _NO_SPELLINGS  # asked for every run: most names are none such
    if name.parts[span[0]].script is not Script.LATIN:
        return _NO_SPELLINGS  # asked for most blocked pairs: no lookup for them
    text = name.original
    if "-" not in text and text.isascii():
        return _NO_SPELLINGS
    readings = hyphened_wade_giles(name, span)
    return frozenset(readings) if readings else _NO_SPELLINGS


_NO_SPELLINGS: frozenset[str] = frozenset()


class JoinProbe:
    """:func:`could_be_joined` for one run against many parts: the run's length window,
    first letter, consonants and first sound are found once (the last two when needed).
    By consonants, the run may start as any reading of its first part (``lead``) does:
    "ضياء ال" read with z is Ziaur."""

    __slots__ = (
        "_consonants",
        "_firsts",
        "_heads",
        "_lead",
        "_sound",
        "abjad",
        "also",
        "first",
        "latin",
        "roman",
        "unsure",
        "window",
    )

    def __init__(
        self,
        latin: str,
        script: Script,
        lead: NamePart | None = None,
        also: frozenset[str] = frozenset(),
    ) -> None:
        self.latin = latin
        self.also = also
        self.unsure = script in VOWEL_UNSURE
        self.abjad = script in ABJADS
        self.first = latin[:1]
        self.roman = script is Script.LATIN
        self.window = join_window(len(latin))
        self._lead = lead
        self._consonants: str | None = None
        self._firsts: frozenset[str] = frozenset()
        self._heads: frozenset[str] | None = None
        self._sound: str | None = None

    def admits(self, part: NamePart) -> bool:
        """Whether the run and ``part`` are about as long and start alike, or another
        spelling of the run is one of ``part``'s readings (:func:`spelt_as`)."""
        if part.letters and self.latin in part.letters:
            return True  # letter for letter as a library writes it ("caengswang": แจ้งสว่าง)
        if self.also and spelt_as(self.also, part):
            return True
        if self.unsure or part.abjad:  # vowels missing on one side: consonants
            consonants = self._consonants
            if consonants is None:
                consonants = self._consonants = skeleton(self.latin, abjad=self.abjad)
                lead = () if self._lead is None else self._lead.skeletons
                self._firsts = frozenset((consonants[:1], *(s[:1] for s in lead)))
            # the letters as written too: "Ehsanullah" sounds "snl" but writes "hsnlh"
            for theirs in (part.skeleton, *part.raw_skeletons):
                if theirs[:1] in self._firsts and abs(len(consonants) - len(theirs)) <= max(
                    1, JOIN_LENGTH_SLACK * max(len(consonants), len(theirs))
                ):
                    return True
            return False
        window = self.window
        for form in part.latins:  # a loop, not any(): this runs for most blocked pairs
            if len(form) in window:
                break
        else:
            return False
        # any romanisation may be the one written ("chong ho" is the McCune-Reischauer 정호)
        first = self.first
        for form in part.latins:
            if form[:1] == first:
                return True
        head = self._lead
        if head is not None and head.script in _SYLLABIC:
            # a Han or Hangul run starts as any reading of its family name: 강 is Kang or Gang
            heads = self._heads
            if heads is None:
                heads = self._heads = frozenset(form[:1] for form in head.latins[: head.core])
            if any(form[:1] in heads for form in part.latins):
                return True
        sound = self._sound
        if sound is None:
            sound = self._sound = phonetic_key(self.latin)[:1]
        # or a known spelling of the same name: "Al Amin" is Lamine, its article glued
        if sound == part.phonetic[:1] or (
            bool(part.groups) and not part.groups.isdisjoint(variant_groups(self.latin))
        ):
            return True
        # or the Hangul a Korean run or part may spell: "Chae-in" is 재인, as "Jaein" is
        if (head is not None and head.syllabic) or part.syllabic:
            mine = {first, *(form[:1] for form in head.syllabic)} if head else {first}
            if any(form[:1] in mine for form in (*part.latins[: part.core], *part.syllabic)):
                return True
        # or Taiwan's spellings of a Han part's syllables, or of its pinyin: "Ing Wen" is
        # 英文, Yingwen
        if not self.roman:
            return False
        if part.script is Script.HAN:
            return spelt_in_mandarin(part.raw, self.latin)
        if part.script is not Script.LATIN:
            return False
        return part.latin in pinyin_respellings(self.latin)


@lru_cache(maxsize=100_000)
def whole_readings(name: Name) -> frozenset[str]:
    """A Hangul name of two parts or more run together whole, in every reading of the run
    (:func:`matching.names.joined_part`); empty for any other name."""
    parts = name.parts
    if len(parts) < 2 or any(p.script is not Script.HANGUL for p in parts):
        return frozenset()
    return frozenset(joined_part(name, tuple(range(len(parts)))).latins)


def whole_alignment(left: Name, right: Name) -> PartPair | None:
    """Both names run together whole, one in Hangul and the other a Latin spelling of it
    cut elsewhere than between family and given name: ICU writes 장정웅 "jangjeong-ung",
    breaking where a syllable opens with a vowel, so no part of either side meets one of
    the other. Only a spelling equal to a reading of the whole Hangul name, as a run of
    all of both sides' parts; ``None`` otherwise."""
    for latin, hangul, flip in ((left, right, False), (right, left, True)):
        readings = whole_readings(hangul)
        if not readings or len(latin.parts) < 2:
            continue
        if any(p.script is not Script.LATIN for p in latin.parts):
            continue
        if "".join(p.latin for p in latin.parts) in readings:
            mine, theirs = tuple(range(len(latin.parts))), tuple(range(len(hangul.parts)))
            spans = (theirs, mine) if flip else (mine, theirs)
            return PartPair(spans[0], spans[1], 0.98, "joined transliteration")
    return None


def _rival_alignment(
    left: Name, right: Name, singles: list[_Option], pairs: list[PartPair]
) -> tuple[list[PartPair], tuple[int, ...], tuple[int, ...]] | None:
    """Another alignment, when best-first took one of two parts that meet a third
    exactly and left the other over: in "Shu Zhen Zhou" / "周淑珍", shu (a Japanese
    reading of 周) took 周 from zhou, and "shu zhen" written as 淑珍 went unseen. Without
    that pair, and with runs of any parts, the names may align in full; ``None`` if no
    pair has such a rival."""
    for pair in pairs:
        if pair.similarity < 1.0 - 1e-9 or len(pair.left) != 1 or len(pair.right) != 1:
            continue
        rivals = any(
            o.similarity >= 1.0 - 1e-9 and (o.left == pair.left) != (o.right == pair.right)
            for o in singles
        )
        if not rivals:
            continue
        options = [o for o in singles if (o.left, o.right) != (pair.left, pair.right)]
        everything_left = tuple(range(len(left.parts)))
        everything_right = tuple(range(len(right.parts)))
        options += _join_options(left, right, everything_left, everything_right)
        return _greedy(left, right, options)
    return None


def _join_options(
    left: Name,
    right: Name,
    spare_left: tuple[int, ...],
    spare_right: tuple[int, ...],
) -> list[_Option]:
    """Runs of left-over parts on one side written as one left-over part on the other."""
    options: list[_Option] = []
    sides = (
        (left, right, spare_left, spare_right, True),
        (right, left, spare_right, spare_left, False),
    )
    for name, other, spare, other_spare, is_left in sides:
        unspaced = _unspaced_runs(name, spare, other, other_spare)
        for span in (*join_spans(name), *unspaced):
            # members must be left over, except particles ("abd al rahman" keeps its "al")
            if not all(i in spare or name.parts[i].kind is PartKind.PARTICLE for i in span):
                continue
            joined: NamePart | None = None
            latin = ""
            long_run = span in unspaced
            for j in other_spare:
                b = other.parts[j]
                if b.kind is not PartKind.NAME or not may_be_joined(name, span, b):
                    continue
                if long_run and b.script not in UNSPACED:
                    continue
                latin = latin or "".join(name.parts[i].latin for i in span)
                lead = name.parts[span[0]]
                if not could_be_joined(latin, lead.script, b, lead, run_spellings(name, span)):
                    continue
                if joined is None:
                    joined = joined_part(name, span)
                sim, method = part_similarity(joined, b) if is_left else part_similarity(b, joined)
                if sim < MIN_PART_SIMILARITY or (
                    method == "consonants"
                    and sim < WEAK_SIMILARITY
                    and all(is_syllable(name.parts[i].latin) for i in span)
                ):
                    # Korean or Chinese syllables written apart do not join on two or
                    # three consonants ("Do Hyun" / "דהאן", Dahan: "dhn"); "Ali Reza" /
                    # "علیرضا" and "Bar Lev" / "ברלב" do
                    continue
                # a split must beat the parts' own matches: slightly discount it
                pair = (span, (j,)) if is_left else ((j,), span)
                options.append(_Option(sim * 0.98, pair[0], pair[1], f"joined {method}"))
    return options


UNSPACED = frozenset({Script.THAI, Script.HAN})
"""Scripts that write a name as one word, with no space between its syllables, which a
Latin spelling may write apart: ICU's ``Thai-Latin`` breaks a Thai name at the words of
its dictionary ("สุภาลินี": supha li ni; "บุนยาภิสนท์": bu n ya phis nth), and ICU and
unidecode write each Han character apart, a Japanese name's in Mandarin too: a part of
three characters alone met as syllables written apart, but not beside another part ("山本
聡太郎": shan ben cong tai lang)."""
MAX_UNSPACED_RUN = 5
"""The most Latin parts joined against one part of an :data:`UNSPACED` script."""


@lru_cache(maxsize=100_000)
def unspaced_spans(name: Name) -> tuple[tuple[int, ...], ...]:
    """Runs of two to :data:`MAX_UNSPACED_RUN` Latin parts of any kind, beyond
    :func:`join_spans`' own, that may spell one part of a name in an :data:`UNSPACED`
    script written apart ("supha li ni": สุภาลินี); compared only with such a part."""
    usual = set(join_spans(name))
    latin = [p.script is Script.LATIN and bool(p.latin) for p in name.parts]
    runs: list[tuple[int, ...]] = []
    for length in range(2, MAX_UNSPACED_RUN + 1):
        for start in range(len(latin) - length + 1):
            span = tuple(range(start, start + length))
            if all(latin[i] for i in span) and span not in usual:
                runs.append(span)
    return tuple(runs)


def _unspaced_runs(
    name: Name, spare: tuple[int, ...], other: Name, other_spare: tuple[int, ...]
) -> tuple[tuple[int, ...], ...]:
    """The :func:`unspaced_spans` of ``name`` of left-over parts, when ``other`` has an
    :data:`UNSPACED` part left over; none otherwise."""
    if not any(other.parts[j].script in UNSPACED for j in other_spare):
        return ()
    return tuple(span for span in unspaced_spans(name) if all(i in spare for i in span))


NASAB = frozenset({"bin", "ibn", "ben", "bint", "binti", "bn"})
"""Particles of lineage: in "Salman bin Muhammad" Salman is the son of Muhammad."""


@lru_cache(maxsize=200_000)
def _around_nasab(name: Name) -> tuple[int, int] | None:
    """The name parts on either side of a name's one lineage particle, if it has one."""
    found = [
        i for i, p in enumerate(name.parts) if p.kind is PartKind.PARTICLE and p.latin in NASAB
    ]
    if len(found) != 1 or not 0 < found[0] < len(name.parts) - 1:
        return None
    before, after = name.parts[found[0] - 1], name.parts[found[0] + 1]
    if before.kind is not PartKind.NAME or after.kind is not PartKind.NAME:
        return None
    return found[0] - 1, found[0] + 1


def forget_parts() -> None:
    """Empty the caches keyed by name parts and names, which compare by identity.

    A scoring process receives every task's candidates as new objects and unpacks every
    block's records anew: what those caches hold from earlier tasks can never be met again,
    and it pins the parts and names it was computed for (a process serving 100,000
    candidates held about a gigabyte of them).
    """
    part_similarity.cache_clear()
    _around_nasab.cache_clear()
    join_spans.cache_clear()
    hyphened_wade_giles.cache_clear()
    unspaced_spans.cache_clear()
    whole_readings.cache_clear()
    family_bases.cache_clear()


def _other_generation(left: Name, right: Name) -> tuple[int, int] | None:
    """The generational suffixes of two names when both have one and they differ
    (Ferdinand Marcos Jr. / Ferdinand Marcos Sr.: a son and his father); one written and
    the other not says nothing."""
    mine, theirs = generation(left.original), generation(right.original)
    if mine is None or theirs is None or mine == theirs:
        return None
    return mine, theirs


def _two_sexes(left: Name, right: Name, pairs: list[PartPair]) -> bool:
    """Whether the names align a family name's two forms (Nováková / Novák) and, in
    another pair, a man's given name with the woman's made from it (Jana / Jan: a father
    and his daughter, a brother and sister; :mod:`matching.gender_pairs`). The forms mark a
    woman and a man, and so do the given names: two people. Elsewhere such given names are
    left to meet as spellings, as a mistyped name may (Valentina written Valentin, which
    also reads as a family name's two forms, -ina and -in: one pair is no evidence twice)."""
    singles = [
        (left.parts[p.left[0]], right.parts[p.right[0]])
        for p in pairs
        if len(p.left) == len(p.right) == 1
    ]
    forms = [(a, b) for a, b in singles if _feminine_form(a, b)]
    if not forms:
        return False
    for a, b in singles:
        if a.abjad or b.abjad or a is b:
            continue  # vowels unwritten: "ary" of آریا is no man's name beside Arya
        if any((a, b) != form for form in forms) and any(
            other_gender(x, y) for x in a.latins[: a.core] for y in b.latins[: b.core]
        ):
            return True
    return False


def _lineage_swapped(left: Name, right: Name, pairs: list[PartPair]) -> bool:
    """Whether son and father trade places across "bin" ("Salman bin Muhammad" /
    "Muhammad bin Salman"): a different person of the same family."""
    mine, theirs = _around_nasab(left), _around_nasab(right)
    if mine is None or theirs is None:
        return False
    aligned = {(i, j) for p in pairs for i in p.left for j in p.right}
    return (mine[0], theirs[1]) in aligned and (mine[1], theirs[0]) in aligned


def _weight(parts: tuple[NamePart, ...], indexes: Iterable[int]) -> float:
    return sum(PART_WEIGHT[parts[i].kind] for i in indexes)


SEX_MARKERS = frozenset({"thi", "thị", "văn"})
"""Vietnamese middle names that say the bearer's sex, weighed as particles
(:mod:`matching.vietnamese`): agreeing they say little, but left over against another
middle name they say the two differ ("Vũ Thị Dương" / "Vũ Hoàng Dương"), as a name does.
Văn written without its mark is Dutch van too: it weighs as a name only against Thị."""
_PLAIN_VAN = "van"


def _conflicting(
    parts: tuple[NamePart, ...], indexes: Sequence[int], against: tuple[NamePart, ...]
) -> float:
    """:func:`_weight` of the parts left over on one side, a sex marker weighing as a
    name; ``against``, the parts left over on the other side. An initial left over
    against an initial left over there weighs as a name too: the two would align if one
    name's, so they stand for different names ("A. Smith" / "B. Smith", "И. Петров" /
    "О. Петров" are two people, not one with a name half known). Against a full name it
    keeps its weight: the name left over may be one the initial's side dropped, in
    another slot ("M. Noël Simon" / "Noël Thibault Simon", M. for Monsieur)."""
    marked = any(p.kind is PartKind.PARTICLE and p.raw in SEX_MARKERS for p in against)
    named = any(conflict_kind(p) is PartKind.INITIAL for p in against)
    total = 0.0
    for i in indexes:
        part = parts[i]
        marker = part.kind is PartKind.PARTICLE and (
            part.raw in SEX_MARKERS or (marked and part.raw == _PLAIN_VAN)
        )
        kind = conflict_kind(part)
        other_name = named and kind is PartKind.INITIAL
        total += 1.0 if marker or other_name else PART_WEIGHT[kind]
    return total


def conflict_kind(part: NamePart) -> PartKind:
    """A part's kind as a conflict weighs it (here and in the batch's score bound): a
    Latin letter alone as an initial, be it a Wade-Giles syllable ("I" of "Kang I-sun",
    which a Korean spelling may write Ee) or a name of initials, as little evidence as
    one."""
    return PartKind.INITIAL if _one_latin_letter(part) else part.kind


def _weak_share(similarity: float) -> float:
    """The share of a conflicting part that an alignment below :data:`WEAK_SIMILARITY`
    counts as: none at that similarity, :data:`WEAK_CONFLICT` at the minimum."""
    if similarity >= WEAK_SIMILARITY:
        return 0.0
    return (WEAK_SIMILARITY - similarity) / (WEAK_SIMILARITY - MIN_PART_SIMILARITY) * WEAK_CONFLICT


def _beside(
    left: Name,
    right: Name,
    pair: PartPair,
    spare: tuple[tuple[int, ...], tuple[int, ...]],
    mine: frozenset[Script],
    theirs: frozenset[Script],
) -> bool:
    """Whether a pair of one part each holds a part in a script of ``mine`` aligned with
    one in a script of ``theirs``, the first next to a part of its side left over."""
    if len(pair.left) != 1 or len(pair.right) != 1:
        return False
    sides = (
        (left, right, pair.left[0], pair.right[0], spare[0]),
        (right, left, pair.right[0], pair.left[0], spare[1]),
    )
    return any(
        name.parts[index].script in mine
        and other.parts[match].script in theirs
        and (index - 1 in left_over or index + 1 in left_over)
        for name, other, index, match, left_over in sides
    )


_LATIN = frozenset({Script.LATIN})


def _beside_spare(
    left: Name, right: Name, pair: PartPair, spare: tuple[tuple[int, ...], tuple[int, ...]]
) -> bool:
    """Whether a Han or Hangul part aligned with one Latin part stands next to a part left
    over: the Latin may spell both, the name written whole ("Imyeongja" is 이명자, not
    명자 alone); or :func:`_beside_unspaced`."""
    return _beside(left, right, pair, spare, _SYLLABIC, _LATIN) or _beside_unspaced(
        left, right, pair, spare
    )


def _beside_unspaced(
    left: Name, right: Name, pair: PartPair, spare: tuple[tuple[int, ...], tuple[int, ...]]
) -> bool:
    """Whether a Latin part aligned with a part of an :data:`UNSPACED` script stands next
    to a Latin part left over: the two may be that part written apart ("niti ya":
    นิติยา, whose "niti" alone sounds alike)."""
    return _beside(left, right, pair, spare, _LATIN, UNSPACED)


def _severed_syllables(
    name: Name, other: Name, pairs: Sequence[PartPair], spare: tuple[int, ...], mine: int
) -> tuple[int, ...]:
    """The parts left over in ``name`` that are a syllable of a Han or Hangul given name
    written apart: next to Latin parts that spell a part of ``other`` in full, a name
    written in Han or Hangul alone, which has no middle names ("U'n So'ng" is 운성: 云 is
    운 alone, another given name). Next to an initial or a looser spelling it may be the
    rest of that part ("U-Jin": 우진). ``mine``: which side of a pair ``name`` is (0 left,
    1 right)."""
    if not spare or not all(p.script in _SYLLABIC for p in other.parts if p.kind is PartKind.NAME):
        return ()
    full: set[int] = set()
    loose: set[int] = set()
    taiwanese = False
    theirs: dict[int, PartPair] = {}
    for pair in pairs:
        held = (pair.left, pair.right)[mine]
        if not held:
            continue
        if len(held) == 1:
            theirs[held[0]] = pair
        spelt = pair.method.endswith(("exact", "transliteration")) and all(
            name.parts[i].script is Script.LATIN and name.parts[i].kind is PartKind.NAME
            for i in held
        )
        (full if spelt else loose).update((min(held) - 1, max(held) + 1))
        taiwanese = taiwanese or (spelt and any(taiwan_only(name.parts[i].latin) for i in held))
    # in a name a part of which is spelt only as Taiwan's schemes spell, a syllable of
    # those schemes is one too ("Chen Jyun-yeu": yeu is 宇, no middle name beside 军);
    # beside pinyin or Wade-Giles alone it may be a Western given name ("May Chen
    # Hsiu-ying")
    return tuple(
        i
        for i in spare
        if i in full
        and i not in loose
        and name.parts[i].kind is PartKind.NAME
        and name.parts[i].script is Script.LATIN
        and (
            is_syllable(name.parts[i].latin)
            or (taiwanese and mandarin_syllable(name.parts[i].latin))
        )
        and not any(
            j in theirs and _rest_of(name, other, i, j, theirs[j], mine) for j in (i - 1, i + 1)
        )
    )


def _severed_given(
    name: Name, other: Name, pairs: Sequence[PartPair], spare: tuple[int, ...], mine: int
) -> tuple[int, ...]:
    """The syllables left over in a Chinese ``name`` that are hyphened to an aligned one
    (:func:`_hyphened_syllables`): the rest of a given name that differs, no middle name
    ("Wei-ming" against Wei is 伟明 against 伟; "Hsiu-lan" against Xia). Only where the
    other name has nothing left over (:func:`compare_names`: a syllable against another
    is a spelling or a conflict already, "I-chun" / "Yi-chun", "Ji-yun" / "Ji Y."), and
    not where the two syllables run together spell the other's part as closely as the one
    aligned ("Hsin-yi" / "Hsini": a split, not a name cut short; "I-yu" / 藝宇, Yiyu, which
    "yu" alone meets as a Korean reading). ``mine`` as in :func:`_severed_syllables`."""
    theirs = {j: pair for pair in pairs for j in (pair.left, pair.right)[mine]}
    found = []
    for i, j in _hyphened_syllables(name, spare):
        if _one_latin_letter(name.parts[i]):
            continue  # "I" of "Hung I-ting", which a list may drop as an initial
        pair = theirs.get(j)
        if pair is not None and not _rest_of(name, other, i, j, pair, mine):
            found.append(i)
    return tuple(found)


def _rest_of(name: Name, other: Name, i: int, j: int, pair: PartPair, mine: int) -> bool:
    """Whether the part ``i`` left over and the aligned part ``j`` beside it, run
    together, spell what ``j`` is aligned with as closely as ``j`` alone: the rest of
    that name, no other one ("Hsin-yi" / "Hsini"; "I-yu" / 藝宇, Yiyu, which "yu" alone
    meets as a Korean reading; "Jui-yu" / 睿宇)."""
    aligned = (pair.right, pair.left)[mine]
    span = (min(i, j), max(i, j))
    joined = "".join(name.parts[k].latin for k in span)
    if _osa(joined, "".join(other.parts[k].latin for k in aligned), 0.0) >= pair.similarity:
        return True
    if len(aligned) != 1:
        return False
    run, part = joined_part(name, span), other.parts[aligned[0]]
    similar, method = part_similarity(run, part) if mine == 0 else part_similarity(part, run)
    # as read, not a look-alike: "Li-chen" is no Yizhen for its "ichen" a letter apart
    return similar >= pair.similarity - 1e-9 and method != "spelling"


def _hyphened_syllables(name: Name, spare: Sequence[int]) -> list[tuple[int, int]]:
    """In a Chinese name written in Latin (:func:`matching.mandarin_schemes.chinese_name_words`:
    not "Emily Chan-Ho", "Jo-Ann Brown", whose hyphened names may go alone), or one beside
    another given name (:func:`matching.names.hyphened_core`: "Terry Chang Wei-ming"),
    each syllable of ``spare`` with a syllable it is hyphened to ("Yu-lan"), as (spare
    index, neighbour index)."""
    text = name.original
    if not spare or ("-" not in text and text.isascii()):
        return []
    parts = name.parts
    if any(p.kind is not PartKind.NAME or p.script is not Script.LATIN for p in parts):
        return []
    words = hyphened_words(text)
    if not words:
        return []
    chinese = range(len(parts))
    if not chinese_name_words(tuple(p.latin for p in parts)):
        core = hyphened_core(parts, name.original) if len(parts) == 4 else None
        if core is None:
            return []
        chinese = range(core[0], core[0] + 3)
        if not chinese_name_words(tuple(parts[i].latin for i in chinese)):
            return []
    found = []
    for i in spare:
        if i not in chinese or not _syllable_of_name(parts[i].latin):
            continue
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(parts)
                and _syllable_of_name(parts[j].latin)
                and f"{parts[min(i, j)].raw}-{parts[max(i, j)].raw}" in words
            ):
                found.append((i, j))
    return found


def _syllable_of_name(latin: str) -> bool:
    """Whether a part of a Chinese name is a syllable: of two letters or more, or a
    Wade-Giles vowel read as one (:func:`matching.names.prepare_name`: "I-ting")."""
    return chinese_syllable(latin) or latin in WADE_GILES_VOWELS


_PIECED = UNSPACED - _SYLLABIC
"""The :data:`UNSPACED` scripts whose names a Latin spelling breaks into pieces that are no
syllables of their own (ICU's Thai: "chati chay"); Han and Hangul syllables are
:func:`_severed_syllables`'."""


def _severed_pieces(
    name: Name, other: Name, pairs: Sequence[PartPair], spare: tuple[int, ...], mine: int
) -> tuple[int, ...]:
    """The Latin parts left over in ``name`` beside an aligned part, when ``other`` is
    written in a :data:`_PIECED` script: a piece of a Thai name written apart that the
    alignment did not join (ICU's "chati chay" against ชัยวัฒน์, whose "chay" alone
    sounds alike) is the rest of another given name, so it conflicts, as a severed
    syllable does, rather than weighing as a middle name the other side lacks."""
    names = [p for p in other.parts if p.kind is PartKind.NAME]
    if not spare or not names or not all(p.script in _PIECED for p in names):
        return ()
    beside: set[int] = set()
    for pair in pairs:
        held = (pair.left, pair.right)[mine]
        if held:
            beside.update((min(held) - 1, max(held) + 1))
    return tuple(
        i
        for i in spare
        if i in beside
        and name.parts[i].script is Script.LATIN
        and name.parts[i].kind is not PartKind.PARTICLE
    )


_WHOLE_JOINS = frozenset({"joined exact", "joined transliteration"})
"""How a run of all of one side's name parts must align to rest on the whole name: as
written or as read, not as a look-alike spelling, sound or consonants."""


def _joins_names(left: Name, right: Name, pair: PartPair) -> bool:
    """Whether an aligned pair holds every name part of both names, run together on one
    side and aligned as written or read (:data:`_WHOLE_JOINS`): "Wangxiaoming" / "王小明"
    rests on the whole name, not on one part of it; "Isab Elle Beattie" / "Isabelle" on its
    given name only, "Pai Nter" / "Courtney Painter" on its family name only; three
    consonants in common across scripts ("Ido Ohayon" / "דהן") or a look-alike spelling
    of a Hangul run ("시우 정" / "秀荣") are one weak part."""
    if pair.method not in _WHOLE_JOINS:
        return False
    # every name part of both sides in the one pair: a run of all of one side's parts
    # against one part that leaves a name over on its side ("Pai Nter" / "Courtney
    # Painter") still rests on one name
    return all(
        p.kind is not PartKind.NAME or i in indexes
        for name, indexes in ((left, pair.left), (right, pair.right))
        for i, p in enumerate(name.parts)
    )


def name_ceiling(conflict: float, shorter: float) -> float:
    """The most :func:`compare_names` can score when at least ``conflict`` weight is left
    over on both sides and the shorter name weighs ``shorter``: every aligned pair exact,
    nothing left over on one side only."""
    if shorter <= 0:
        return 0.0
    score = 1.0 - CONFLICT_PENALTY * conflict - CONFLICT_SHARE_PENALTY * conflict / shorter
    return max(0.0, min(1.0, score))


def compare_names(
    left: Name,
    right: Name,
    similarity: SimilarityFn = part_similarity,
    neighbours: NeighboursFn | None = None,
) -> NameComparison:
    """Compare two prepared names; symmetric up to floating-point rounding.

    ``similarity`` gives part similarities (left part first); the batch matcher instead
    passes ``neighbours``, a lookup of the similar parts it found for a whole block at once.
    """
    if not left.parts or not right.parts:
        return NameComparison(0.0, (), (), (), 0.0, 0.0)
    singles = _single_options(left, right, similarity, neighbours)
    pairs, unmatched_left, unmatched_right = _greedy(left, right, list(singles))
    joined: list[_Option] = []
    if len(unmatched_left) + len(unmatched_right) > 2 and unmatched_left and unmatched_right:
        # parts left over on both sides may be one name written split and joined, and so
        # may a Latin part beside them aligned with a Thai part ("niti ya": นิติยา)
        spare = (unmatched_left, unmatched_right)
        apart = [p for p in pairs if _beside_unspaced(left, right, p, spare)]
        joined = _join_options(
            left,
            right,
            unmatched_left + tuple(i for p in apart for i in p.left),
            unmatched_right + tuple(j for p in apart for j in p.right),
        )
    elif unmatched_left or unmatched_right:
        # so may a weak alignment next to a part left over ("Youngil" / "Young-il",
        # "Aldosari" / "Al-Dosari"); spelled alike, not just sounding alike ("Li Ying" is
        # not "Ling")
        # and so may a part hyphened to a syllable left over ("Yu-lan": Yulan, whose
        # "lan" alone is its short form)
        hyphened = (
            {j for _, j in _hyphened_syllables(left, unmatched_left)},
            {j for _, j in _hyphened_syllables(right, unmatched_right)},
        )
        weak_pairs = [
            p
            for p in pairs
            if p.similarity < WEAK_SIMILARITY
            or _beside_spare(left, right, p, (unmatched_left, unmatched_right))
            or not hyphened[0].isdisjoint(p.left)
            or not hyphened[1].isdisjoint(p.right)
        ]
        loose_left = unmatched_left + tuple(i for p in weak_pairs for i in p.left)
        loose_right = unmatched_right + tuple(j for p in weak_pairs for j in p.right)
        if weak_pairs and loose_left and loose_right:
            joined = [
                option
                for option in _join_options(left, right, loose_left, loose_right)
                if not option.method.endswith("sound")
            ]
    if joined:
        retry = _greedy(left, right, singles + joined)
        if len(retry[1]) + len(retry[2]) < len(unmatched_left) + len(unmatched_right):
            pairs, unmatched_left, unmatched_right = retry
    if unmatched_left and unmatched_right:
        rival = _rival_alignment(left, right, singles, pairs)
        if rival is not None and len(rival[1]) + len(rival[2]) < len(unmatched_left) + len(
            unmatched_right
        ):
            pairs, unmatched_left, unmatched_right = rival
    if unmatched_left and unmatched_right:
        whole = whole_alignment(left, right)
        if whole is not None:
            pairs, unmatched_left, unmatched_right = [whole], (), ()
    matched_names = [
        p for p in pairs if _weight(left.parts, p.left) >= 1 or _weight(right.parts, p.right) >= 1
    ]
    if not matched_names:
        return NameComparison(0.0, tuple(pairs), unmatched_left, unmatched_right, 0.0, 0.0)
    total = 0.0
    weights = 0.0
    for pair in pairs:
        weight = (_weight(left.parts, pair.left) + _weight(right.parts, pair.right)) / 2
        total += pair.similarity * weight
        weights += weight
    quality = total / weights
    # a syllable of a Han or Hangul given name left over is a given name that differs
    severed_left = _severed_syllables(left, right, pairs, unmatched_left, 0)
    severed_left += _severed_pieces(left, right, pairs, unmatched_left, 0)
    if not unmatched_right:
        severed_left += _severed_given(left, right, pairs, unmatched_left, 0)
    severed_right = _severed_syllables(right, left, pairs, unmatched_right, 1)
    severed_right += _severed_pieces(right, left, pairs, unmatched_right, 1)
    if not unmatched_left:
        severed_right += _severed_given(right, left, pairs, unmatched_right, 1)
    severed_left = tuple(dict.fromkeys(severed_left))
    severed_right = tuple(dict.fromkeys(severed_right))
    spare_left = _weight(left.parts, unmatched_left) - _weight(left.parts, severed_left)
    spare_right = _weight(right.parts, unmatched_right) - _weight(right.parts, severed_right)
    # a weak spelling alignment (Sancho / Sanchez) is partly a different name in the same
    # slot; a consonant-skeleton alignment is weak evidence of the same name, not a conflict
    weak = sum(_weak_share(p.similarity) for p in pairs if p.method.endswith(("spelling", "sound")))
    extra = max(spare_left, spare_right) - min(spare_left, spare_right)
    swapped = _lineage_swapped(left, right, pairs)
    generations = _other_generation(left, right)
    sexes = _two_sexes(left, right, pairs)
    spare_parts_left = tuple(left.parts[i] for i in unmatched_left)
    spare_parts_right = tuple(right.parts[j] for j in unmatched_right)
    conflict = min(
        _conflicting(left.parts, unmatched_left, spare_parts_right),
        _conflicting(right.parts, unmatched_right, spare_parts_left),
    )
    conflict += _weight(left.parts, severed_left) + _weight(right.parts, severed_right)
    conflict += weak + (1.0 if swapped else 0.0) + (1.0 if generations else 0.0)
    conflict += 1.0 if sexes else 0.0
    shorter = min(
        _weight(left.parts, range(len(left.parts))), _weight(right.parts, range(len(right.parts)))
    )
    conflict_share = conflict / shorter if shorter else 0.0
    score = (
        quality
        - CONFLICT_PENALTY * conflict
        - CONFLICT_SHARE_PENALTY * conflict_share
        - EXTRA_PENALTY * extra
    )
    unconflicted = quality - EXTRA_PENALTY * extra
    names_left = sum(p.kind is PartKind.NAME for p in left.parts)
    names_right = sum(p.kind is PartKind.NAME for p in right.parts)
    if (
        len(matched_names) == 1
        and max(names_left, names_right) > 1
        and not _joins_names(left, right, matched_names[0])
    ):
        # what is left over on the side with more, not the difference: a part left over
        # on the other side too ("Ben White" / "Zali White", "ben" read as a particle) is
        # a conflict and must not lift the cap above "White" / "Zali White"
        ceiling = SINGLE_PART_CAP - EXTRA_PENALTY * max(spare_left, spare_right)
        # and when that one part only loosely aligns (three consonants in common across
        # scripts: "Zibuyile" / "صائب آل"), the cap falls as a weak spelling's score does
        ceiling -= CONFLICT_PENALTY * _weak_share(matched_names[0].similarity)
        score = min(score, ceiling)
        unconflicted = min(unconflicted, ceiling)
    score = max(0.0, min(1.0, score))
    return NameComparison(
        score=score,
        pairs=tuple(pairs),
        unmatched_left=unmatched_left,
        unmatched_right=unmatched_right,
        conflict=conflict,
        extra=extra,
        lineage_swapped=swapped,
        generations=generations,
        two_sexes=sexes,
        conflict_cost=max(0.0, min(1.0, unconflicted)) - score,
    )
