"""Prepared names: a name string split into parts with every key comparison needs.

Use :func:`prepare_name` once per name (they are cached) and hand the result to
:mod:`matching.compare`. A part keeps its original script for display and carries its
romanisations, phonetic key, consonant skeleton and variant groups.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from functools import lru_cache
from itertools import islice, pairwise, product
from typing import Any

import regex

from matching.commonness import is_common
from matching.cyrillic_cjk import cyrillic_cjk_readings
from matching.han_foreign import foreign_han
from matching.hangul_foreign import foreign_hangul
from matching.hanzi import han_characters
from matching.hokkien import syllables as straits_syllables
from matching.japanese import Pieces, kana_forms, name_pieces
from matching.katakana_foreign import foreign_katakana
from matching.korean import korean_readings, looks_korean
from matching.mandarin_schemes import (
    WADE_GILES_VOWELS,
    chinese_name_words,
    chinese_syllable,
    spelt_family_name,
    wade_giles_given,
    wade_giles_written,
)
from matching.phonetic import french_reading, j_as_y, phonetic_key, raw_skeleton, skeleton
from matching.scripts import ABJADS, BRAHMIC, Script, char_script, dominant_script
from matching.short_forms import short_form_groups
from matching.sino_korean import korean_forms, korean_writes
from matching.syllables import (
    UMLAUT_SPELLINGS,
    initialed_pinyin,
    is_syllable,
    pinyin_syllables,
    spells_syllables,
    umlaut_reading,
    wade_giles_reading,
)
from matching.text import (
    ARABIC_ARTICLE,
    ARTICLE_TITLES,
    DIGRAPH_INITIAL,
    FAMILY_OF,
    PARTICLES,
    TITLES,
    clean,
    hyphened_form,
    is_particle,
    is_title,
    tokens_of,
)
from matching.translit import (
    BALTIC_SIGNS,
    CHINESE_SURNAMES,
    INITIAL_READINGS,
    KOREAN_FAMILY_NAMES,
    SOMALI_SIGNS,
    arabic_compound,
    armenian_family,
    article_sounds,
    baltic_stem,
    core_readings,
    dh_reading,
    emigre_reading,
    from_slavic_scheme,
    hangul_transliteration,
    is_turkish,
    letter_readings,
    mongolian_father,
    myanmar_syllables,
    old_indonesian_reading,
    qaf_reading,
    romanize,
    slavic_scheme,
    somali_reading,
    spelt_uyghur,
    split_cjk,
    tajik_readings,
    th_readings,
    turkish_reading,
    uyghur_readings,
    west_slavic_reading,
    west_slavic_scheme,
    yo_as_e,
)
from matching.variants import native_key, variant_groups
from matching.vietnamese import reads_vietnamese, sex_markers

# Scripts whose words are recognised as particles or titles by their romanisation:
# "бен" is "ben", but 斌 (bin) and 阿部 (abu) are names.
_ALPHABETS = frozenset({Script.LATIN, Script.CYRILLIC, Script.GREEK})
_INITIAL_SCRIPTS = frozenset({Script.CYRILLIC, Script.GREEK, Script.ARMENIAN, Script.GEORGIAN})
"""Alphabets whose one letter, alone, is an initial (a Hebrew or Arabic letter alone may be
a whole word, a Han or Hangul character a whole syllable)."""
# Scripts whose romanisation is unsure about vowels: compare consonants as well. Thai
# spellings differ in the inherent vowels they write (ชินวัตร: Chinnawat, Shinawatra),
# anyascii leaves out Khmer's ("ពត" Pot is "pt"), and the sixth-order (ə or no vowel)
# letters of Ethiopic ("ትግስት" Tigist is "tgst"). Burmese is read syllable by syllable with
# its vowels (:func:`matching.translit.myanmar_syllables`): by consonants, Min would be Man.
VOWEL_UNSURE = (
    ABJADS
    | BRAHMIC
    | {
        Script.ETHIOPIC,
        Script.KANA,
        Script.THAI,
        Script.KHMER,
    }
)


class PartKind(StrEnum):
    """How much a part says about identity."""

    NAME = "name"
    PARTICLE = "particle"
    INITIAL = "initial"


@dataclass(frozen=True, slots=True, eq=False)
class NamePart:
    """One part of a name with its comparison keys (hashed by identity: parts are interned)."""

    raw: str
    script: Script
    latins: tuple[str, ...]
    phonetic: str
    skeleton: str
    raw_skeleton: str
    skeletons: tuple[str, ...]
    """The skeleton of every romanisation, primary first: a Hebrew פ is p or f, so
    "פרידמן" is "brdmn" and "frdmn" (Friedman)."""
    raw_skeletons: tuple[str, ...]
    """Raw skeletons of the primary romanisation, :attr:`raw_skeleton` first."""
    groups: frozenset[int]
    kind: PartKind
    abjad: bool
    """Whether vowels of this part are unreliable (abjad or Indic romanisation)."""
    common: bool = False
    """Whether this is a very common name (:mod:`matching.commonness`)."""
    core: int = 1
    """How many of :attr:`latins`, first, are the script's own readings
    (:func:`matching.translit.core_readings`): two parts of one script compare by these."""
    core_skeletons: int = 1
    """How many of :attr:`skeletons`, first, are of the script's own readings: the others
    (of readings made to meet another scheme) count only when equal."""
    chars: str = ""
    """What a comparison by characters reads: :attr:`raw`, a Han part's characters in one
    form (:func:`matching.hanzi.han_characters`: 張偉 and 张伟 are written alike)."""
    kana: tuple[str, ...] = ()
    """Which of :attr:`latins` are Japanese readings of a Han part: a typo of one is told
    from another Japanese name by Japanese syllables, not Chinese ones
    (:func:`matching.compare.part_similarity`)."""
    syllabic: tuple[str, ...] = ()
    """The Chinese, Korean or Japanese syllables a part spells in another script's
    letters: the Hangul a Latin part of a Korean name may spell, in Revised Romanisation
    (:func:`matching.korean.korean_readings`), or the pinyin, Hangul or Hepburn a
    Cyrillic part of such a name spells (:func:`matching.cyrillic_cjk.cyrillic_cjk_readings`).
    They meet another part's own readings only when equal, never as a typo ("Tong" may
    be 동, "Song" 성: no one letter apart)."""
    letters: tuple[str, ...] = ()
    """The part letter by letter as transliteration libraries write it, where that is not
    a name's spelling (:func:`matching.translit.letter_readings`, "सचिन": sacina): it meets
    a Latin spelling only when equal."""
    short: frozenset[int] = frozenset()
    """The short-form roles of a given name (:func:`matching.short_forms.short_form_groups`):
    Robert as the full name of a group, Bob as its short form; Саша and Aleksandr too."""

    def __reduce__(self) -> tuple[type[NamePart], tuple[Any, ...]]:
        # pickled as its fields, in order: compiled (mypyc), a frozen class cannot be
        # given its state field by field
        return (NamePart, part_values(self))

    @property
    def particle(self) -> bool:
        """Whether this is a particle, as alignment sees it (:func:`aligns_with`)."""
        return self.kind is PartKind.PARTICLE

    @property
    def latin(self) -> str:
        """The primary romanisation."""
        return self.latins[0]


_PART_FIELDS = tuple(f.name for f in fields(NamePart) if f.init)


def part_values(part: NamePart) -> tuple[Any, ...]:
    """A part's fields in order, as its constructor takes them: what makes two parts the
    same part (they hash by identity)."""
    return tuple([getattr(part, name) for name in _PART_FIELDS])


@dataclass(frozen=True, slots=True, eq=False)
class Name:
    """A prepared name: its original text and its parts in written order."""

    original: str
    parts: tuple[NamePart, ...]

    def __reduce__(self) -> tuple[type[Name], tuple[str, tuple[NamePart, ...]]]:
        # pickled as its fields, as NamePart is
        return (Name, (self.original, self.parts))

    @property
    def scripts(self) -> frozenset[Script]:
        """The scripts the parts are written in."""
        return frozenset(p.script for p in self.parts)


def other_raw_skeletons(part: NamePart) -> tuple[str, ...]:
    """Raw skeletons of an Arabic-script part's readings made to meet another scheme, and
    of a Latin family name's reading without its glued article:
    :func:`matching.compare.part_similarity` compares them with a Latin spelling's
    ("zhr" of ظاهر read with z: Zahir), so blocking and the batch screen must see them."""
    if part.script is Script.LATIN:
        # a family name without its glued article, as written: "zhrn" of Alzahrani
        # meets زهراني as Zahrani's does
        stem = part.latins[-1]
        if len(part.latins) > 1 and glued_article_stem(part.latin) == stem:
            return (raw_skeleton(stem),)
        return ()
    if part.script is not Script.ARABIC:
        return ()
    return tuple(raw_skeleton(form) for form in part.latins[part.core :])


def _raw_skeletons(script: Script, latins: tuple[str, ...]) -> tuple[str, ...]:
    """The primary raw skeleton, then with a waw read as v, and for a Latin spelling the
    French reading (:func:`matching.phonetic.french_reading`) and j read as y
    (:func:`matching.phonetic.j_as_y`); for Hebrew, whose letters read two ways (ב b or
    v, פ p or f, צ tz or ts), those of its other own readings: "קצב" is Katsav."""
    latin = latins[0]
    found = [raw_skeleton(latin), raw_skeleton(latin, waw_as_v=True)]
    if script is Script.LATIN:
        found.append(raw_skeleton(french_reading(latin)))
        found.append(raw_skeleton(j_as_y(latin)))
    elif script is Script.HEBREW:
        found.extend(raw_skeleton(form) for form in latins[1:])
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=500_000)
def make_part(
    raw: str,
    script: Script,
    latins: tuple[str, ...],
    core: int = 0,
    *,
    japanese: bool = False,
    kana: tuple[str, ...] = (),
    syllabic: tuple[str, ...] = (),
) -> NamePart:
    """Build a part from its raw text and romanisations (also used for joined parts);
    ``japanese``: the name reads as Japanese, so its Han characters' Japanese forms fold;
    ``kana``: those of ``latins`` that are Japanese readings; ``syllabic``: the Chinese,
    Korean or Japanese syllables the part spells (:attr:`NamePart.syllabic`).

    Cached: a list of a million names has far fewer distinct parts, and interned parts
    make the part-similarity cache and the batch screen hit on identity.
    """
    if len(raw) == 1 and script in _INITIAL_SCRIPTS and raw in INITIAL_READINGS:
        # a letter alone, an initial: every way a name it starts is spelt in Latin
        latins, core = INITIAL_READINGS[raw], 0
    latin = latins[0]
    abjad = script in ABJADS
    core = core or len(latins)
    own = latins[:core]  # variant groups and commonness from the script's own readings
    groups: frozenset[int] = (
        variant_groups(native_key(raw))  # by its letters: "عامر" (Amer) is no "عمر" (Omar)
        if script is Script.ARABIC
        else frozenset().union(*(variant_groups(form) for form in own))
    )
    own_skeletons = tuple(dict.fromkeys(skeleton(form, abjad=abjad) for form in own))
    # a th read as s, dh or z is for other Latin spellings (Kawthar / Kausar): its
    # consonants would meet abjad names the th is no letter of (Theresa / שוורץ at "srs")
    # and Dutch ij read y is for Latin spellings with y (Dijk / Dyk): read so, Tuijl would
    # be "tl" as طلال is
    sounds = (
        (*th_readings(latin), *([dutch_y(latin)] if "ij" in latin else []))
        if script is Script.LATIN
        else ()
    )
    other_skeletons = dict.fromkeys(
        skeleton(form, abjad=abjad) for form in latins[core:] if form not in sounds
    )
    if is_particle(raw, latin if script in _ALPHABETS else ""):
        kind = PartKind.PARTICLE
    elif (len(latin) == 1 and script is Script.LATIN) or (
        len(raw) == 1 and script in _INITIAL_SCRIPTS and latin.isalpha()
    ):
        # "И. И. Иванов", "Ж. Иванова": a Cyrillic initial may romanise as two letters
        # (zh, sh, yu), and starts the name it stands for in every reading
        kind = PartKind.INITIAL
    else:
        kind = PartKind.NAME
    return NamePart(
        raw=raw,
        script=script,
        latins=latins,
        phonetic=phonetic_key(latin),
        skeleton=skeleton(latin, abjad=abjad),
        raw_skeleton=raw_skeleton(latin),
        skeletons=(*own_skeletons, *(s for s in other_skeletons if s not in own_skeletons)),
        core_skeletons=len(own_skeletons),
        raw_skeletons=_raw_skeletons(script, own),
        groups=groups,
        kind=kind,
        abjad=script in VOWEL_UNSURE,
        common=is_common(own, groups),
        core=core,
        chars=han_characters(raw, japanese=japanese) if script is Script.HAN else raw,
        kana=kana,
        syllabic=syllabic,
        letters=letter_readings(raw, script),
        short=(
            short_form_groups(own)
            if kind is PartKind.NAME and script in _ALPHABETS
            else frozenset()
        ),
    )


_DUTCH_IJ = re.compile(r"ij(?=[b-df-hj-np-tv-xz])")
"""Dutch ij before a consonant (Dijk, Bijl, Stijn); before a vowel or closing the word it
is the i and j of Slavic, Finnish or pinyin (Marija, Maija, Bijan, Weijie, Jurij)."""


def dutch_y(latin: str) -> str:
    """A Latin spelling with Dutch ij written y, as older and foreign spellings write it."""
    return latin.replace("ij", "y")


_MONGOLIAN_SIGNS = re.compile(
    r"giin\b|гийн\b|[өү]|erdene|dorj|baatar|tsetseg|munkh|ochir|эрдэнэ|дорж|баатар|цэцэг|мөнх"
)
"""Mongolian: Cyrillic ө and ү, a father's name in -giin, or the elements of many given
names (Bat-Erdene, Elbegdorj, Sükhbaatar, Tsetseg, Munkh-Orgil)."""
_CENTRAL_ASIAN_SIGNS = re.compile(
    r"[a-z]{3}(?:ov|ova|ev|eva|yev|yeva|ovich|evich|ovna|evna|xon|jon|bek|boy)\b|[og]['ʻ’‘`]"
)
"""Uzbek, Kazakh and Azerbaijani names in Latin: a Russian-style family ending, -xon,
-jon, -bek, -boy, or the oʻ and gʻ of Uzbek."""


_SOMALI_X = re.compile(r"^x[aeo]")
"""A word opening with x before a, e or o: Somali's ح (Xawo, Xamse, Xasan); pinyin's x is
followed by i or u only."""
_SOMALI_C = re.compile(r"c(?![hk])")
_X_AS_H = re.compile(r"(?<![ie])x(?!i)")
_SOMALI_INNER_X = re.compile(r"[aou]x(?=[a-z])|(?<=[a-z]{2}[au])x$")


def _somali_spelt(token: str) -> bool:
    """Whether a Latin word is spelt as Somali writes: a long vowel doubled (not the aa
    of Isaac), an opening x before a vowel (:data:`_SOMALI_X`), or an x for ح in a name
    so read ("Maxamed", "Axmed", "Xuseen" are Mahamed, Ahmed, Husen); not the x of Alex,
    Max, Baxter or pinyin's Xu, whose readings are no known names ("Max Carter" read so
    met "Max Arter")."""
    if SOMALI_SIGNS.search(token) or _SOMALI_X.match(token):
        return True
    return "x" in token and bool(variant_groups(somali_reading(token)))


def _reads_somali(tokens: Sequence[str]) -> bool:
    """Whether a Latin name is spelt as Somali writes: a word so spelt, or a word with an
    x inside it after a, o or u, or closing it after a or u (Ubax), beside a word with a
    c (not ch, ck): "Ruxsan Cige", "Sacad Ubax"; not Portuguese "Clara Peixoto", nor
    "Alexander Cohen", "Max Carter"."""
    if any(_somali_spelt(token) for token in tokens):
        return True
    inner_x = any(_SOMALI_INNER_X.search(token) for token in tokens)
    return inner_x and any(_SOMALI_C.search(token) for token in tokens)


@lru_cache(maxsize=300_000)
def _token_parts(
    token: str,
    whole: bool,
    japanese: Pieces = (),
    somali: bool = False,
    baltic: bool = False,
    turkish: bool = False,
    korean: bool = False,
    syllabic: tuple[str, ...] = (),
    uyghur: bool = False,
    slavic: str = "",
    family: bool = False,
    hanja: bool = False,
    french: bool = False,
    azerbaijani: bool = False,
    yo: bool = False,
    west: str = "",
    mongolian: bool = False,
    central_asian: bool = False,
    foreign: bool = False,
    foreign_kana: bool = False,
    foreign_chinese: bool = False,
) -> tuple[tuple[NamePart, bool], ...]:
    """The parts one token makes, each with whether it is a title (cached per token).

    ``whole``: the token is the entire name, so a Han or Hangul run is family + given
    name ("王小明"); in "준영 최" the given name is already separate. ``japanese``: the
    token's pieces and their readings when the name reads as Japanese
    (:func:`matching.japanese.name_pieces`): those pieces, their readings among the
    script's own. ``somali``: another word of the name is spelt as Somali writes, so
    this one also reads so (:func:`matching.translit.somali_reading`). ``baltic``: the
    name carries a Latvian or Lithuanian ending, so this word is read without one too
    (:func:`matching.translit.baltic_stem`). ``turkish``: the name is spelt as Turkish
    writes, so this word's c, ç and ş also read as j, ch and sh
    (:func:`matching.translit.turkish_reading`); ``azerbaijani``: its ə, x and q also as
    a, kh and g. ``korean``: the name reads as Korean spelt in Latin, so this word also reads
    as the Hangul it may spell
    (:func:`matching.korean.korean_readings`). ``syllabic``: the pinyin, Hangul or
    Hepburn a Cyrillic word of a Chinese, Korean or Japanese name spells
    (:func:`matching.cyrillic_cjk.cyrillic_cjk_readings`). ``uyghur``: another word of
    the name is spelt as Uyghur, so this one reads so first
    (:func:`matching.translit.uyghur_readings`). ``slavic``: the name is a Russian or
    Ukrainian name spelt the German or French way, so this word also reads as English
    spellings write it (:func:`matching.translit.from_slavic_scheme`). ``family``: the
    token is where the family name is written (last, or before a comma), so a Latin
    spelling of it also reads without an Arabic article written onto it
    (:func:`glued_article_stem`). ``hanja``: the name may be Korean written in Han
    characters, so a Han token also reads as Korean (:func:`_may_be_hanja`). ``french``:
    the name is spelt the French way (:data:`_FRENCH_SIGNS`), so this word's ch also reads
    sh and an opening ou before a vowel w (:func:`matching.phonetic.french_reading`).
    ``yo``: the name is Russian, so a yo after a consonant may be ё and this word also
    reads it e (:func:`matching.translit.yo_as_e`). ``west``: the name is spelt as Polish
    writes, or with a caron (:func:`matching.translit.west_slavic_scheme`), so this word
    also reads as English spellings of its Cyrillic form write it
    (:func:`matching.translit.west_slavic_reading`). ``mongolian``: the name shows
    Mongolian elements, so a father's name in -iin after a consonant is read without it
    (:func:`matching.translit.mongolian_father`). ``central_asian``: the name is spelt as
    Uzbek or Kazakh Latin writes, so an x also reads kh. ``foreign``: the name is a
    foreign one in Hangul (:func:`matching.hangul_foreign.foreign_hangul`), so a Hangul
    token reads as such, not as Korean syllables. ``foreign_kana``: the name is a foreign
    one in katakana (:func:`matching.katakana_foreign.foreign_katakana`), so a katakana
    token also reads as Japanese hears it. ``foreign_chinese``: likewise in Han characters
    (:func:`matching.han_foreign.foreign_han`), so a Han token is one word, not a family
    and a given name, also read as Chinese hears it.
    """
    script = dominant_script(token)
    if foreign and script is Script.HANGUL:
        script = Script.HANGUL_FOREIGN
    elif foreign_kana and script is Script.KANA:
        script = Script.KANA_FOREIGN
    elif foreign_chinese and script is Script.HAN:
        script = Script.HAN_FOREIGN
    readings = dict(japanese)
    if japanese:
        pieces = list(readings)
    elif script is Script.MYANMAR:
        pieces = myanmar_syllables(token, words=True)
    else:
        pieces = split_cjk(token, script) if whole else [token]
    out: list[tuple[NamePart, bool]] = []
    for piece in pieces:
        latins = romanize(piece, script)
        core = core_readings(piece, script)
        forms = [form for kana in readings.get(piece, ()) for form in kana_forms(kana)]
        extra = tuple(form for form in dict.fromkeys(forms) if form not in latins)
        if extra:
            latins, core = (*latins[:core], *extra, *latins[core:]), core + len(extra)
        if uyghur and script is Script.ARABIC and not spelt_uyghur(piece):
            spelt = tuple(f for f in uyghur_readings(piece) if f not in latins[:core])
            latins, core = (*spelt, *latins), core + len(spelt)
        if somali and latins and (spoken := somali_reading(latins[0])) not in latins[:core]:
            rest = tuple(form for form in latins[core:] if form != spoken)
            if SOMALI_SIGNS.search(latins[0]) or variant_groups(spoken):
                # spelt as Somali writes ("Saciid", "Xuseen") or read as a known name
                # ("Cumar" in "Cumar Xasan"): its reading is the name's own, one more
                # spelling of Said, Husayn, Umar as other schemes write them
                latins, core = (*latins[:core], spoken, *rest), core + 1
            else:
                latins = (*latins[:core], *rest, spoken)
        if (
            script in (Script.LATIN, Script.CYRILLIC)
            and latins
            and (
                father := mongolian_father(
                    latins[0] if script is Script.LATIN else piece, consonant=mongolian
                )
            )
        ):
            # "Tsakhiagiin", "Ухнаагийн": the father's name in the genitive, also as
            # papers write it in the nominative (Tsakhia, Ukhnaa)
            fathers = (father,) if script is Script.LATIN else romanize(father, script)
            latins = (*latins, *(form for form in fathers if form not in latins))
        if baltic and script is Script.LATIN and latins and (stem := baltic_stem(latins[0])):
            stems = dict.fromkeys((stem, *romanize(stem, script)[1:]))
            latins = (*latins, *(form for form in stems if form not in latins))
        if slavic and script is Script.LATIN and latins:
            # as the name sounds: one of its own readings, so that a French and a German
            # spelling meet there (Ioukhym and Juchym are both Yukhym)
            read = from_slavic_scheme(latins[0], slavic)
            if read not in latins:
                latins, core = (*latins[:core], read, *latins[core:]), core + 1
        if turkish and script is Script.LATIN:
            # the sound of the name, not a scheme's spelling of it: one of its own readings;
            # an Azerbaijani name's as English and as Russian spellings write it (Vugar,
            # Вугар; Shukur, Шюкюр)
            said = [turkish_reading(piece)]
            if azerbaijani:
                said.append(turkish_reading(piece, azerbaijani=True))
            sounds = tuple(form for form in dict.fromkeys(said) if form not in latins)
            latins, core = (*latins[:core], *sounds, *latins[core:]), core + len(sounds)
        # "Un" is 운 or 은 (Eun), "Chae" 채 or 재 (Jae): the Hangul, one spelling each
        spelt = korean_readings(latins[0]) if korean and script is Script.LATIN and latins else ()
        if syllabic and script is Script.CYRILLIC:
            # "Цзиньпин" is jinping, "Чен" 정 (jeong), "Синдзо" shinzo: the syllables
            spelt = tuple(form for form in syllabic if form not in latins)
        if hanja and script is Script.HAN:
            # a Korean name's Hanja read as Korean: 李明博 is 이명박, Lee Myung-bak
            spelt = tuple(form for form in korean_forms(piece) if form not in latins)
        if (
            script is Script.LATIN
            and latins
            and piece.isascii()  # Azerbaijani Xədicə is Khadija (:func:`turkish_reading`)
            and _X_AS_H.search(latins[0])
            and not pinyin_syllables(latins[0])
            and (h := latins[0].replace("x", "h")) not in latins
        ):
            # Somali, Uzbek and Azerbaijani x is also written h (Ubax / Ubah, Orxan /
            # Orhan), in a name that shows nothing else of them; not the x of Alex,
            # Felix, Peixoto, Maxim
            latins = (*latins, h)
        if (
            central_asian
            and script is Script.LATIN
            and latins
            and "x" in latins[0]
            and not pinyin_syllables(latins[0])  # pinyin's x is no kh: Xiao, Xu
            and (kh := latins[0].replace("x", "kh")) not in latins
        ):
            # Uzbek, Azerbaijani and Kazakh Latin write х as x: "Xolmatova" is Холматова,
            # Kholmatova; Somali's x (ح) reads h (:func:`_somali_spelt`)
            latins = (*latins, kh)
        if script is Script.LATIN and latins and _DUTCH_IJ.search(latins[0]):
            latins = (*latins, dutch_y(latins[0]))  # Dutch "Dijk" is "Dyk"
        if script is Script.LATIN and latins and (older := wade_giles_reading(latins[0])):
            latins = (*latins, older)  # "Zedong" is "Tse-tung" in Wade-Giles
        if (
            script is Script.LATIN
            and latins
            and piece.isascii()  # Slovene "Tjaša" is no Indonesian
            and (spelt_since := old_indonesian_reading(latins[0]))
        ):
            # "Tjahjo" is "Cahyo", "Sutjipto" "Sucipto": Indonesian spelt as before 1972
            latins = (*latins, *(form for form in spelt_since if form not in latins))
        if script is Script.LATIN and latins and (gh := qaf_reading(latins[0])):
            latins = (*latins, gh)  # "Qasemi" is "Ghasemi" as Persian spellings write it
        if yo and script is Script.LATIN and latins and (e := yo_as_e(latins[0])):
            latins = (*latins, e)  # "Pyotr" is Петр and Petr as often as Пётр
        cyrillic = west_slavic_reading(piece, west) if west and script is Script.LATIN else None
        if cyrillic and cyrillic not in latins:
            latins = (*latins, cyrillic)  # "Wojciech" is Войцех, Voytsekh; "Jiří" Иржи
        if script is Script.LATIN and latins and (ov := emigre_reading(latins[0])):
            latins = (*latins, ov)  # "Ivanoff" is Иванов, Ivanov
        if script in _TAJIK_SCRIPTS and latins and (ovs := tajik_readings(latins[0])):
            latins = (*latins, *(form for form in ovs if form not in latins))  # Rahimzoda
        if script is Script.LATIN and latins and (z := dh_reading(latins[0])):
            latins = (*latins, z)  # "Kadhim" is "Kazim" as Persian spellings write it
        if script is Script.LATIN and latins and (sounds := th_readings(latins[0])):
            # "Kawthar" is "Kausar", "Munther" "Mundhir": ث and ذ as other spellings write
            latins = (*latins, *(form for form in sounds if form not in latins))
        french_read = french_reading(latins[0]) if french and latins else ""
        if script is Script.LATIN and french_read and french_read not in latins:
            latins = (*latins, french_read)  # "Chahed", "Ouahid": Shahid, Wahid in French
        if script in _ARMENIAN_SPELT and latins and (fold := _armenian_family(latins[0])):
            # "Hagopian" is "Hakobyan" said the Western way: both "hakopyan", stops unvoiced
            folded, eastern = fold
            if folded in latins:
                pass
            elif eastern or script is Script.ARMENIAN:
                latins, core = (*latins[:core], folded, *latins[core:]), core + 1
            elif script is Script.LATIN:
                latins = (*latins, folded)  # -ian: Persian (Tehranian) and given names too
        if family and script is Script.LATIN and (stem := glued_article_stem(latins[0])):
            # "Alkhatib" is Al-Khatib: the family name also without its article
            latins = (*latins, stem)
        if latins:
            part = make_part(
                piece, script, latins, core, japanese=bool(japanese), kana=extra, syllabic=spelt
            )
            out.append((part, is_title(piece, part.latin if script in _ALPHABETS else "")))
    return tuple(out)


MAX_GIVEN_SYLLABLES = 2
"""A Chinese given name is one or two characters."""
_RUSSIAN_FAMILY = re.compile(
    r"[a-z]{3}(?:(?:[oe]v|ow)a?|ewa|(?<![hr])ew|[oe]ff|sk(?:y|iy|ii|ij|aya|aja)"
    r"|[oe](?:vi|vit|wit)s?ch|[oe][vw]na|oy)$"
)
"""Russian family names' and patronymics' endings in Latin as English, German, Polish and
French spellings write them (Ivanov, Iwanow, Ivanoff, Petrova, Petrowa, Dostoevsky,
Dostojewskij, Fyodorovich, Fjodorowitsch, Tolstoy); not -in, which many other names end
with (Martin, Kevin), nor the -ew of Matthew and Andrew."""
_ARMENIAN_SPELT = frozenset({Script.LATIN, Script.ARMENIAN, Script.CYRILLIC})
"""Scripts an Armenian family name is compared in by its unvoiced fold (-ян in Cyrillic)."""
_TAJIK_SCRIPTS = frozenset({Script.LATIN, Script.CYRILLIC})
"""Tajik writes Cyrillic (Раҳимзода) and passports Latin (Rahimzoda)."""


def _armenian_family(latin: str) -> tuple[str, bool] | None:
    """:func:`matching.translit.armenian_family`, not for a Chinese given name (two pinyin
    syllables at most: Xiaoyan, Dongyan; Babayan and Boyajian read as three or four) nor a
    given name with short forms (Christian, Sebastian)."""
    if 0 < pinyin_syllables(latin) <= MAX_GIVEN_SYLLABLES or short_form_groups((latin,)):
        return None
    return armenian_family(latin)


_GLUED_ARTICLE = re.compile(r"(?:al|el)([a-km-z][a-z]{3,})")
"""An Arabic article written onto the name after it ("Alkhatib", "Elshahri"): the name
after it is at least four letters long and does not start with l ("Allison")."""
_ARABIC_SPELLING = re.compile(r"[iy]$|kh|dh|gh(?!t)|q|aa|sh|^[^aeiou]+$")
"""Signs that a Latin spelling writes an Arabic name: the nisba ending of most family
names with the article (Anazi, Shehri, Qahtani, Masry), letters English, Spanish and
Portuguese spellings of their own names do not write (kh, dh, gh, q, aa, sh), or no
vowel at all, as a transliteration letter by letter writes (المهرة: "almhrt"). Without
one, "Alford", "Elmore", "Alfaro" and "Almeida" would be Ford, More, Faro and Meida with
an article."""


def glued_article_stem(latin: str) -> str | None:
    """The name after a glued Arabic article ("alanazi": "anazi"), when that name is
    spelt as an Arabic one (:data:`_ARABIC_SPELLING`) or is a name the variant tables
    know (Hassan, Sayed); ``None`` when there is none, or when the whole spelling is a
    name the tables know ("alexander"). Asked of family names only: "Alberto", "Albina",
    "Alisha" are given names, no articles."""
    found = _GLUED_ARTICLE.fullmatch(latin)
    if found is None or variant_groups(latin) or short_form_groups((latin,)):
        return None
    stem = found.group(1)
    if _ARABIC_SPELLING.search(stem) is None and not variant_groups(stem):
        return None
    return stem


def han_piece(piece: str, *, japanese: bool) -> NamePart | None:
    """A run of Han characters as one name part, read as :func:`prepare_name` reads a
    part of a Han name (``japanese``: its characters' Japanese forms fold); ``None`` when
    it reads as no part."""
    found = _token_parts(piece, False, ((piece, ()),) if japanese else ())
    return found[0][0] if len(found) == 1 else None


_JAPANESE = frozenset({Script.HAN, Script.KANA})
_TURKISH_C = re.compile("[cçş]")
_AZERBAIJANI = re.compile("[cçşxq]")
_AZERBAIJANI_SIGNS = re.compile("[əq]")


_HAN_CHARACTER = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
"""The blocks :mod:`matching.scripts` reads as Han: a cheap first test for most names."""


def _japanese(tokens: tuple[str, ...]) -> tuple[Pieces, ...]:
    """:func:`matching.japanese.name_pieces` of a name written in Han characters and kana
    only, with at least one Han character ("大坂なおみ")."""
    if not any(_HAN_CHARACTER.search(token) for token in tokens):
        return ((),) * len(tokens)
    scripts = {dominant_script(token) for token in tokens}
    if (
        scripts
        and scripts <= _JAPANESE
        and any(char_script(c) is Script.HAN for t in tokens for c in t)
    ):
        found = name_pieces(tokens)
        # a frequent Chinese family name leading three characters is cut as Chinese
        # (李家豪, not 李家 and 豪)
        if found is not None and not (
            len(tokens) == 1
            and len(tokens[0]) == 3
            and tokens[0][0] in CHINESE_SURNAMES
            and len(found[0][0][0]) > 1
        ):
            return found
    return ((),) * len(tokens)


_HYPHENED = re.compile(r"([^\W\d_]+)-(?=[^\W\d_])")
_HYPHENED_AFTER = re.compile(r"(?<=[^\W\d_])-([^\W\d_]+)")


def _named_by_hyphen(text: str, tokens: tuple[str, ...]) -> frozenset[str]:
    """Tokens hyphened to a name after or before them, hence no titles: "Ing-wen" (英文),
    "Hon-ming", "Hsiu-jr" (秀枝), "Shiou-ing" (秀英); "Dr.-Ing." hyphens two titles."""
    before = {clean(m.group(1)) for m in _HYPHENED.finditer(text)}
    after = {clean(m.group(1)) for m in _HYPHENED_AFTER.finditer(text)}
    named: set[str] = set()
    for token, following in pairwise(tokens):
        if token in before and not is_title(following, following):
            named.add(token)
        if following in after and not is_title(token, token):
            named.add(following)
    return frozenset(named)


MAX_SYLLABIC_NAME = 5
"""Words of a Chinese name with a Western given name at most ("Jennifer Tan Eng Huat")."""


def _syllabic_titles(tokens: tuple[str, ...], text: str = "") -> frozenset[str]:
    """A title that is a Chinese or Korean family name, first or last in a name that reads
    as Chinese or Korean, is that name: "Eng Jianzhong" (黄 in Hokkien), not an engineer;
    "Hon Li Wei" (韓 in Cantonese), not the Honourable (the rest of a Chinese name being
    pinyin of one or two syllables a word). After the first word, beside syllables, such
    a title is a given syllable unless written with its point: "Tan Eng Huat", not "Lee
    Wei, Eng."."""
    ends = {tokens[0], tokens[-1]}
    found = frozenset(t for t in ends if t in TITLES and is_syllable(t))
    if found and 2 <= len(tokens) <= 4:
        rest = [t for t in tokens if t not in found]
        if looks_korean(tokens) or all(1 <= pinyin_syllables(t) <= 2 for t in rest):
            return found
    # after the first word, among syllables: "Tan Eng Huat", "Maria Lim Siok Eng" (英,
    # 永 in Hokkien; a Western given name beside them), not "Ahmed Ali Eng"
    later = frozenset(
        t
        for t in tokens[1:]
        if t in TITLES and is_syllable(t) and f"{t}." not in text.casefold()  # "Eng." stays
    )
    if later and 2 <= len(tokens) <= MAX_SYLLABIC_NAME:
        rest = [t for t in tokens if t not in later]
        chinese = [is_syllable(t) or t in straits_syllables() for t in rest]
        if chinese.count(False) <= 1 and any(chinese):
            return later
    return frozenset()


_FAMILY_ARTICLES = frozenset(
    {ARABIC_ARTICLE, "al", "el", "aal", "ash", "ar", "az", "ud", "ul", "ur"}
)


def _family_named(parts: list[NamePart]) -> bool:
    """Whether a title here would be a family name: after آل ("آل الشيخ", the family of
    the Sheikh), or after an article that follows a name ("Ali Al-Sheikh", "علي الشيخ").
    A title opening the name with its article stays one ("El Hadj Omar", "الشيخ علي")."""
    if not parts:
        return False
    last = parts[-1].raw
    if last == FAMILY_OF:
        return True
    return last in _FAMILY_ARTICLES and any(p.kind is PartKind.NAME for p in parts[:-1])


def _cyrillic_cjk(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """:func:`matching.cyrillic_cjk.cyrillic_cjk_readings` of a Cyrillic name's words
    that are no titles, per word ("пан Мирон Худяк": пан is Mr, not 潘)."""
    if not all(dominant_script(token) is Script.CYRILLIC for token in tokens):
        return ()
    kept = [
        index
        for index, token in enumerate(tokens)
        if not is_title(token, next(iter(romanize(token, Script.CYRILLIC)), ""))
    ]
    found = cyrillic_cjk_readings(tuple(tokens[index] for index in kept))
    if not found:
        return ()
    out: list[tuple[str, ...]] = [()] * len(tokens)
    for index, readings in zip(kept, found, strict=True):
        out[index] = readings
    return tuple(out)


@lru_cache(maxsize=1024)
def _as_kind(part: NamePart, kind: PartKind) -> NamePart:
    """A name part weighed as another kind (one object per part, as parts are shared)."""
    return replace(part, kind=kind)


def _family_index(text: str, tokens: tuple[str, ...]) -> int:
    """Which token holds the family name: the last before a comma, if there is one, else
    the last, titles and suffixes left out ("Ahmed Alkhatib Jr"); -1 for a name of one
    word, which may be a given name ("Aladdin" is no "al Addin")."""
    if len(tokens) < 2:
        return -1
    stop = len(tokens_of(text.partition(",")[0])) if "," in text else len(tokens)
    for index in range(min(stop, len(tokens)) - 1, -1, -1):
        if not is_title(tokens[index], tokens[index]):
            return index
    return -1


_FRENCH_SIGNS = re.compile(r"ou|dj|eddine\b", re.IGNORECASE)
"""French spellings of Arabic names as the Maghreb and West Africa write them: ou for the
u and the w (Youssef, Oussama, Mouloud, Ouahid), dj for the j (Djamel), -eddine for
al-Din (Chamseddine)."""


CHINESE_FAMILY_PARTICLES = frozenset({"du", "di", "de", "da", "le", "zu"})
"""Particles elsewhere that are Chinese family names (杜 Du, 狄 Di, 德 De, 达 Da, 乐 Le, 祖
Zu); not Ben and Bin (贲, 宾), too rare beside Arabic ben and bin ("BEN LIMA, Hana")."""


def _chinese_shaped(words: Sequence[str]) -> bool:
    """Whether a Latin name with a word that is a particle elsewhere is a Chinese name
    (:func:`matching.mandarin_schemes.chinese_name_words`): three syllables ("Du
    Kuei-ying"), or two words, the other a pinyin given name of two syllables each with
    its initial ("Du Dongmei"). Not "Le Pen", two syllables that may be anyone's, "Da
    Josi" (डा. जोशी, Dr Joshi: jo + si is Wade-Giles), nor "Mario Di Napoli": Mario is no
    Chinese word."""
    if not 2 <= len(words) <= 3 or CHINESE_FAMILY_PARTICLES.isdisjoint(words):
        return False
    if not chinese_name_words(tuple(words)):
        return False
    # a Chinese given name is two syllables at most: "Marine" (ma + ri + ne) is none
    if any(pinyin_syllables(word) > 2 for word in words):
        return False
    if len(words) == 3:  # Wade-Giles' vowel too: "Le I-chao"
        return all(chinese_syllable(word) or word in WADE_GILES_VOWELS for word in words)
    return any(
        word not in PARTICLES and pinyin_syllables(word) == 2 and initialed_pinyin(word)
        for word in words
    )


def _may_be_hanja(text: str) -> bool:
    """Whether a name written with Han characters may be a Korean name in Hanja: every
    one of them a character Korean writes (:func:`matching.sino_korean.korean_writes`),
    no simplified form. Read as Korean whole or not at all: "张亮" is Zhang Liang, and its
    亮 no Korean 양 (Yang) beside a Chinese Zhang."""
    han = [char for char in text if char_script(char) is Script.HAN]
    return bool(han) and all(korean_writes(char) for char in han)


@lru_cache(maxsize=100_000)
def prepare_name(text: str) -> Name:
    """Split, romanise and key a name; titles go unless nothing else is left."""
    parts: list[NamePart] = []
    titles: list[NamePart] = []
    tokens = tokens_of(text)
    if any(token[-1:] == "i" for token in tokens) and _hyphened_ascii(text):
        tokens = _wade_giles_vowel_apart(tokens, text)  # "Chu Tung-i": three syllables
    # a title apart leaves one word whole: "김정은 선생님" is 김 + 정은
    whole = sum(not is_title(t, "") for t in tokens) == 1
    has_name = False  # only particles are ever popped, so this stays right
    named = _named_by_hyphen(text, tokens) if "-" in text else frozenset()
    if text.isascii() and any(token in TITLES for token in tokens):
        named |= _syllabic_titles(tokens, text)
    # "Cali Xasan": Xasan is spelt as Somali writes, so Cali is read so too (Ali)
    somali = text.isascii() and _reads_somali(tokens)
    # "Sergejs Lavrovs": Latvian endings on a Russian name, read without them too
    baltic = BALTIC_SIGNS.search(text) is not None
    # "Recep Tayyip Erdoğan": Turkish letters, so c is the j of Реджеп and رجب
    turkish = not text.isascii() and is_turkish(text)
    # "Xədicə Məmmədova": Azerbaijani, whose ə, x and q English spellings write a, kh, g
    # (Turkish writes no ə nor q; an x may be a foreign name's: Max)
    azerbaijani = turkish and _AZERBAIJANI_SIGNS.search(text.lower()) is not None
    # "Kim Jong Un": Korean spelt in Latin, so Un is also 은 (Eun)
    korean = text.isascii() and looks_korean(tokens)
    # "블라디미르 푸틴": a foreign name in Hangul, read towards the spelling it transcribes
    named_words = [t for t in tokens if not is_title(t, "")]
    foreign = not text.isascii() and foreign_hangul(named_words, KOREAN_FAMILY_NAMES)
    # "ウラジーミル・プーチン": a foreign name in katakana, also compared as Japanese hears it
    foreign_kana = not text.isascii() and foreign_katakana(named_words)
    # "弗拉基米尔·普京": a foreign name in Han characters, also compared as Chinese hears it
    foreign_chinese = not text.isascii() and foreign_han(text, named_words)
    # "Mai Thị Vân": Thị says the bearer is a woman, not who she is, as Văn says a man;
    # a Vietnamese name has no other particles ("Lê", "Vân" are names)
    vietnamese = reads_vietnamese(tokens)
    markers = sex_markers(tokens) if vietnamese else frozenset()
    # "Du Dongmei", "Di Fenglan": a Chinese family name is no particle (杜 Du, 狄 Di); a
    # syllable of a hyphened given name may be a typo's ("Su-la" is Su-lan)
    untitled = [t for t in named_words if t not in TITLES]
    chinese = (
        CHINESE_FAMILY_PARTICLES.intersection((untitled[0], untitled[-1])) - named
        if text.isascii() and not vietnamese and _chinese_shaped(untitled)
        else frozenset()
    )
    # "Alkhatib", "ALDOSARI, Ramy": the family name, which may carry a glued article (a
    # name of one word may be a given name: "Aladdin" is no "al Addin")
    family = _family_index(text, tokens)
    # "ئىلھام توختى": Uyghur spelling in one word, so توختى is Tohti
    uyghur = not text.isascii() and any(spelt_uyghur(token) for token in tokens)
    # "Си Цзиньпин", "Ким Чен Ын", "Синдзо Абэ": Chinese, Korean and Japanese in
    # Cyrillic, also read as such
    asian = () if text.isascii() else _cyrillic_cjk(tokens)
    # "Ioukhym Terechtchouk", "Juchym Tereschtschuk": Юхим Терещук the French and the
    # German way, each also read as English spellings write it (Yukhym Tereshchuk)
    slavic = "" if korean else slavic_scheme(tokens)
    japanese_pieces = _japanese(tokens)
    # "李明博": Han characters a Korean name may be written in, read as Korean too
    hanja = not text.isascii() and _may_be_hanja(text)
    # "Youssef Chahed": spelt the French way, so Chahed also reads Shahed; not a Chinese
    # or Korean name, whose ch is its own ("Zhou Chen" is no Shen)
    french = (
        text.isascii()
        and _FRENCH_SIGNS.search(text) is not None
        and not korean
        and not all(pinyin_syllables(token) for token in tokens)
    )
    # "Pyotr Ivanov": Петр as Russian writes Пётр as often, in a name with a Russian
    # family ending (not English Lyons, Burmese Myo, Japanese Ryota, Javanese Suryo)
    yo = (
        not korean
        and any(_RUSSIAN_FAMILY.search(token) for token in tokens)
        and not all(spells_syllables(token, Script.KANA) for token in tokens)
    )
    # "Wojciech Szczęsny", "Jiří Čech": Polish and Czech spellings, which Cyrillic writes
    # Войцех Щенсны and Иржи Чех
    west = "" if korean else west_slavic_scheme(" ".join(tokens))
    # "Dorjiin Bat-Erdene", "Ц. Элбэгдорж": a Mongolian name, whose father's name in the
    # genitive may end in -iin after a consonant (Somali Nasriin is Nasrin, no Nasr)
    mongolian = _MONGOLIAN_SIGNS.search(" ".join(tokens)) is not None
    # "Dilnoza Xolmatova", "Shoxruh Toshpoʻlatov": Uzbek or Kazakh Latin, whose x is х (kh)
    lower = text.lower()
    central_asian = "x" in lower and _CENTRAL_ASIAN_SIGNS.search(lower) is not None
    # "Sh. Karimov", "Ts. Elbegdorj": an initial of two letters
    digraphs = (
        {found.casefold() for found in DIGRAPH_INITIAL.findall(text)} if "." in text else set()
    )
    for index, (token, japanese) in enumerate(zip(tokens, japanese_pieces, strict=True)):
        spelt = (
            somali and ("c" in token or ("x" in token and not pinyin_syllables(token))),
            baltic,
            turkish and (_AZERBAIJANI if azerbaijani else _TURKISH_C).search(token) is not None,
            korean,
        )
        # "السيد" opening the name: Mr
        opening = token in ARTICLE_TITLES and len(parts) == 1 and parts[0].raw == ARABIC_ARTICLE
        syllabic = asian[index] if asian else ()
        for found, title in _token_parts(
            token,
            whole and not is_title(token, ""),
            japanese,
            *spelt,
            syllabic=syllabic,
            uyghur=uyghur,
            slavic=slavic,
            family=index == family,
            hanja=hanja,
            french=french,
            azerbaijani=azerbaijani,
            yo=yo,
            west=west,
            mongolian=mongolian,
            central_asian=central_asian,
            foreign=foreign,
            foreign_kana=foreign_kana,
            foreign_chinese=foreign_chinese,
        ):
            part = found
            if index in markers:
                part = _as_kind(found, PartKind.PARTICLE)
            elif token in digraphs and found.kind is PartKind.NAME and found.raw == token:
                part = _as_kind(found, PartKind.INITIAL)
            elif (vietnamese or syllabic or token in chinese) and found.kind is PartKind.PARTICLE:
                # a Vietnamese, Chinese or Korean name has no particles: Ван is Wang, no van
                part = _as_kind(found, PartKind.NAME)
            if (title or opening) and token not in named and not _family_named(parts):
                titles.append(part)
                if parts and parts[-1].raw == ARABIC_ARTICLE:  # "الشيخ": the title's article
                    parts.pop()
            else:
                parts.append(part)
                has_name = has_name or part.kind is PartKind.NAME
    if titles and all(p.kind is PartKind.PARTICLE for p in parts):
        parts = parts + titles
        has_name = any(p.kind is PartKind.NAME for p in parts)
    if parts and not has_name:
        # a name of particles or initials only ("Al", "J. K.") is still a name to compare
        parts = [replace(p, kind=PartKind.NAME) for p in parts]
    if not korean and not UMLAUT_SPELLINGS.isdisjoint(tokens):
        parts = _umlaut_read(parts, untitled)
    if _ascii_but_dashes(text) and not vietnamese:
        # also where the name may be Korean: "Ho Chien-ping" spells Korean syllables too,
        # a Korean family name no Mandarin one (Kim, Park, Choi); "Tai–ming" is hyphened
        parts = _read_as_spelt(parts, text)
    return Name(original=text, parts=tuple(parts))


def _umlaut_read(parts: list[NamePart], words: Sequence[str]) -> list[NamePart]:
    """A Chinese name's "Lv" or "Lyu" also as the fold every other spelling of 吕 Lü
    takes, "lu" (:func:`matching.syllables.umlaut_reading`; :attr:`NamePart.syllabic`,
    met only when equal); not a Korean name's 류 (Lyu Min) nor initials (LV Prasad)."""
    others = tuple(word for word in words if word not in UMLAUT_SPELLINGS)
    if not 2 <= len(words) <= 3 or not others or not chinese_name_words(others):
        return parts
    out = []
    for part in parts:
        u = umlaut_reading(part.latin) if part.script is Script.LATIN else None
        out.append(_spelling(part, (u,)) if u and u not in part.syllabic else part)
    return out


def _hyphened_ascii(text: str) -> bool:
    """Whether a name has a hyphen and is written in ASCII but for its dashes."""
    form = hyphened_form(text)
    return bool(form) and form.isascii()


def _ascii_but_dashes(text: str) -> bool:
    """Whether a name is written in ASCII but for its hyphens ("Kuo Tai–ming")."""
    if text.isascii():
        return True
    form = hyphened_form(text)
    return bool(form) and form.isascii()


def _read_as_spelt(parts: list[NamePart], text: str) -> list[NamePart]:
    """A Latin name spelt in Wade-Giles or Taiwan's schemes, its family name also read as
    the pinyin it spells there (:func:`matching.mandarin_schemes.spelt_family_name`):
    "Chu Hsiu-yun" is Zhu Xiuyun; and so beside a Western given name, when a hyphen
    says which three parts are the Chinese name (:func:`hyphened_core`: "Terry Kuo
    Tai-ming")."""
    if len(parts) not in (3, 4) or any(p.script is not Script.LATIN for p in parts):
        return parts
    core = hyphened_core(parts, text)
    if len(parts) == 3:
        return _read_core(parts, None if core is None else core[1])
    if core is None:
        return parts
    start, given_at = core
    chinese = _read_core(parts[start : start + 3], given_at)
    return [*parts[:start], *chinese, *parts[start + 3 :]]


def _read_core(parts: list[NamePart], given_at: int | None) -> list[NamePart]:
    """:func:`_read_as_spelt` of three parts, the given name at ``given_at`` if a hyphen
    says so."""
    if given_at is not None:
        parts = _vowel_syllables(parts, given_at)
    if any(p.kind is not PartKind.NAME for p in parts):
        return parts
    found = spelt_family_name(tuple(p.latin for p in parts), given_at)
    if found is None:
        return parts
    index, pinyin = found
    extra = tuple(form for form in pinyin if form not in parts[index].syllabic)
    if not extra:
        return parts
    out = list(parts)
    out[index] = _spelling(parts[index], extra)
    return out


def _vowel_syllables(parts: list[NamePart], given_at: int) -> list[NamePart]:
    """Wade-Giles vowel syllables as syllables, not initials, in a name of three parts
    written in Wade-Giles throughout, its given name hyphened at ``given_at``
    (:data:`WADE_GILES_VOWELS`: "Hung I-ting" is 洪一婷 Hong Yiting, "Chu Tung-i" 朱東一
    Zhu Dongyi, "I Fu-kuo" 易福國 Yi Fuguo); any other letter stays an initial ("A-M
    Dupont")."""
    at = [
        i
        for i, p in enumerate(parts)
        if p.kind is PartKind.INITIAL and p.latin in WADE_GILES_VOWELS
    ]
    if not at or len(at) == len(parts):
        return parts
    if not wade_giles_written(tuple(p.latin for p in parts), given_at):
        return parts
    out = list(parts)
    for i in at:
        out[i] = _vowel_syllable(parts[i])
    return out


@lru_cache(maxsize=1_000)
def _vowel_syllable(vowel: NamePart) -> NamePart:
    """A Wade-Giles vowel as the syllable it is (:func:`_vowel_syllables`), met as the
    pinyin it spells (:attr:`NamePart.syllabic`: "i" is yi) and keyed by its sound for
    blocking; a letter alone meets no other part by sound
    (:func:`matching.compare.part_similarity`: 一 yi is no 愛 ai, nor Yiyi). Interned:
    parts hash by identity."""
    pinyin = WADE_GILES_VOWELS[vowel.latin]
    return replace(
        vowel,
        kind=PartKind.NAME,
        phonetic=phonetic_key(pinyin),
        syllabic=vowel.syllabic if pinyin in vowel.syllabic else (*vowel.syllabic, pinyin),
    )


def _wade_giles_vowel_apart(tokens: tuple[str, ...], text: str) -> tuple[str, ...]:
    """A given name's last syllable "-i" written apart again where cleaning glued it, as
    it glues a Korean "Geon-U" (:func:`matching.text.clean`), when the name, titles and
    suffixes aside, is written in Wade-Giles throughout: "Chu Tung-i" is Chu, Tung and I
    (朱東一, Zhu Dongyi), which :func:`_vowel_syllables` reads; "Kim Su-i" stays Kim Sui,
    and "O Mi-i", whose O is no syllable of two letters, Mii."""
    named = [at for at, token in enumerate(tokens) if not is_title(token, token)]
    if len(named) != 2:
        return tokens
    words = hyphened_words(text)
    for at in named:
        token = tokens[at]
        stem = token[:-1]
        if not token.endswith("i") or f"{stem}-i" not in words:
            continue
        other = tokens[named[1] if at == named[0] else named[0]]
        split = (other, stem, "i") if at > named[0] else (stem, "i", other)
        if len(other) >= 2 and wade_giles_written(split, 1 if at > named[0] else 0):
            return (*tokens[:at], stem, "i", *tokens[at + 1 :])
    return tokens


_HYPHENED_WORD = regex.compile(r"[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*")
"""A word of a name, hyphened parts and all, whatever punctuation stands around it
("KUO,Tai-ming", "Tung-i;")."""


def hyphened_words(text: str) -> frozenset[str]:
    """The words of a name as :func:`matching.text.hyphened_form` writes them, without
    punctuation at their ends, when it has a hyphen: a hyphened pair is one of them whole
    ("i-mei" is none of "i mei-mei")."""
    return frozenset(_HYPHENED_WORD.findall(hyphened_form(text)))


def hyphened_core(parts: Sequence[NamePart], text: str) -> tuple[int, int] | None:
    """Where the three parts of a Chinese name start, and where in them its given name
    does, when a hyphen says so: "Jen Yu-chen" (0, 1); beside another given name first or
    last, "Terry Kuo Tai-ming" (1, 1), "Kuo Tai-ming Terry" (0, 1), "Terry Tai-ming Kuo"
    (1, 0), Mandarin's single syllable not the one beside: else ``None`` (no hyphen, or
    two, or no telling which end is the other name: "Ken Tai-ming Kuo")."""
    if len(parts) not in (3, 4):
        return None
    words = hyphened_words(text)
    if not words:
        return None
    hyphened = [i for i in range(len(parts) - 1) if f"{parts[i].raw}-{parts[i + 1].raw}" in words]
    if len(hyphened) != 1:
        return None
    at = hyphened[0]
    if len(parts) == 3:
        return 0, at
    # the hyphened pair and the family name beside it: "Terry Kuo Tai-ming" has one
    # such, "Terry Tai-ming Kuo" two, the other part a word of one syllable or not
    starts = [start for start in (0, 1) if start <= at <= start + 1]
    if len(starts) == 2:
        starts = [
            start for start in starts if not chinese_syllable(parts[3 if start == 0 else 0].latin)
        ]
    return (starts[0], at - starts[0]) if len(starts) == 1 else None


@lru_cache(maxsize=100_000)
def hyphened_wade_giles(name: Name, span: tuple[int, ...]) -> tuple[str, ...]:
    """The pinyin a hyphened given name of two syllables spells when its whole Chinese
    name is written in Wade-Giles (:func:`matching.mandarin_schemes.wade_giles_written`):
    "Tai-ming" of "Kuo Tai-ming" or "Terry Kuo Tai-ming" is also Daiming, "Li-chun" of
    "Teng Li-chun" Lijun. Meets only when equal (:attr:`NamePart.syllabic`), as the family
    name's reading does."""
    parts = name.parts
    if len(span) != 2 or len(parts) not in (3, 4):
        return ()
    if any(p.kind is not PartKind.NAME or p.script is not Script.LATIN for p in parts):
        return ()
    core = hyphened_core(parts, name.original)
    if core is None or span[0] != sum(core):
        return ()
    start, given_at = core
    latins = tuple(p.latin for p in parts[start : start + 3])
    if not wade_giles_written(latins, given_at):
        return ()
    return wade_giles_given(latins[given_at : given_at + 2])


@lru_cache(maxsize=20_000)
def _spelling(part: NamePart, pinyin: tuple[str, ...]) -> NamePart:
    """``part`` as the spelling of ``pinyin`` syllables, which meet only when equal, never
    as a typo (:attr:`NamePart.syllabic`): "Chu" is Zhu, but "Chen" no Jen. Interned: parts
    hash by identity."""
    return replace(part, syllabic=(*part.syllabic, *pinyin))


def may_run(group: Sequence[NamePart]) -> bool:
    """Whether adjacent parts may be one name written apart: two parts of one script, at
    least one a name, or three with a particle ("abd al hamid") or a one-vowel syllable
    ("chan o cha", จันทร์โอชา) between; or two Latin particles, which a name writes as
    one word as often ("de la", Philippine "dela": De la Cruz, Dela Cruz). An initial
    joins a run only as such a syllable, or as the second of two ("Jin U", 진우)."""
    syllable_between = (
        len(group) == 3 and syllable_initial(group[0], group[1]) and group[2].kind is PartKind.NAME
    )
    if len(group) == 3 and group[1].kind is not PartKind.PARTICLE and not syllable_between:
        return False
    if any(p.kind is PartKind.INITIAL for p in group) and not (
        (len(group) == 2 and syllable_initial(*group)) or syllable_between
    ):
        return False
    if len(group) == 2 and all(
        p.kind is PartKind.PARTICLE and p.script is Script.LATIN for p in group
    ):
        return True
    return any(p.kind is PartKind.NAME for p in group) and len({p.script for p in group}) == 1


@lru_cache(maxsize=200_000)
def join_spans(name: Name) -> tuple[tuple[int, ...], ...]:
    """Adjacent parts that may be written as one: "abd al rahman" -> "abdalrahman",
    "xiao ming". Runs of two parts, and of three when the middle one is a particle or a
    one-vowel syllable ("chan o cha").

    Only the spans: building a joined part costs more than most alignments that ask for
    one, so :func:`joined_part` builds it when a caller needs it.
    """
    parts = name.parts
    out: list[tuple[int, ...]] = []
    for length in (2, 3):
        for start in range(len(parts) - length + 1):
            if may_run(parts[start : start + length]):
                out.append(tuple(range(start, start + length)))
    if out and 3 <= len(parts) <= 4:
        given = _hyphened_given_name(name)
        if given is not None:
            # a Chinese given name hyphened is one: no run of one of its syllables and the
            # family name ("Chen Chin-i" is no Chenchin and I, to meet "Yi Zhenjing")
            out = [span for span in out if (given in span) == (given + 1 in span)]
    return tuple(out)


def _hyphened_given_name(name: Name) -> int | None:
    """Where a hyphened Chinese given name starts (:func:`hyphened_core`, its three parts
    Mandarin syllables: "Chen Chin-i", "Terry Kuo Tai-ming"), else ``None``."""
    text = name.original
    if ("-" not in text and text.isascii()) or name.parts[0].script is not Script.LATIN:
        return None
    core = hyphened_core(name.parts, text)
    if core is None:
        return None
    start, given_at = core
    if not chinese_name_words(tuple(p.latin for p in name.parts[start : start + 3])):
        return None
    return start + given_at


_VOWELS = frozenset("aeiou")


def syllable_initial(previous: NamePart, part: NamePart) -> bool:
    """Whether ``part`` is a one-vowel syllable of the name before it, not an initial:
    after a romanised Han or Hangul syllable, "U" in "Jin U" (진우) is one of its given
    name's syllables, written apart."""
    return (
        part.kind is PartKind.INITIAL
        and part.latin in _VOWELS
        and previous.kind is PartKind.NAME
        and previous.script is Script.LATIN
        and is_syllable(previous.latin)
    )


def joined_length(name: Name, span: tuple[int, ...]) -> int:
    """The length of a span's joined Latin spelling, without building the part."""
    return sum(len(name.parts[i].latin) for i in span)


LATIN_ARTICLES = frozenset({"al", "el", "ul"})
_LATIN_SUN = re.compile(r"sh|th|dh|[rsnztd]")
"""How a Latin spelling starts a name in a sun letter (the article takes its sound)."""
ASSIMILATED_ARTICLES = {"ar": "r", "az": "z", "ash": "sh", "ur": "r", "ud": "d"}
"""The article written as spoken before a name in its sound ("Zia ar-Rehman", "Abd ur
Rahman", "Nizam ud Din"), among the particles."""


_CONSTRUCT_TA = re.compile("\u0629(?=.)")
_ARTICLE_LAM = "\u0627\u0644\u0644"


def spoken_run(raw: str) -> str:
    """An Arabic-script run as it is spoken joined: a ta marbuta before the next word is
    a t ("رحمة الله", Rahmatullah; "هبة الله", Hibatullah), and the article's lam before
    a lam is one geminate l (Allah, al-Latif), which a Latin spelling writes "ll" and
    squeezes, as it does every doubled letter."""
    return _CONSTRUCT_TA.sub("\u062a", raw).replace(_ARTICLE_LAM, "\u0627\u0644")


def takes_next(part: NamePart) -> bool:
    """Whether a run ending with ``part`` reads by the name after it in
    :func:`joined_part`: an article takes the sound of the next name."""
    return (
        part.latin in LATIN_ARTICLES
        or part.latin in ASSIMILATED_ARTICLES
        or part.raw == ARABIC_ARTICLE
    )


@lru_cache(maxsize=100_000)
def _reads_korean(text: str) -> bool:
    """Whether a name reads as Korean spelt in Latin (:func:`matching.korean.looks_korean`)."""
    return text.isascii() and looks_korean(tokens_of(text))


def joined_part(name: Name, span: tuple[int, ...]) -> NamePart:
    """The parts of ``span`` written as one (interned through :func:`make_part`). A
    Latin run also reads as an Arabic compound ("Nour Eddine": nouraldine); an
    Arabic-script run also as other schemes read it, and when it ends with the article,
    with the sound that takes before the next name
    (:func:`matching.translit.article_sounds`)."""
    group = [name.parts[i] for i in span]
    latin = "".join(p.latin for p in group)
    raw = "".join(p.raw for p in group)
    if group[0].script is Script.LATIN:
        readings = [latin]
        last = group[-1]
        following = name.parts[span[-1] + 1].latin if span[-1] + 1 < len(name.parts) else ""
        if last.latin in LATIN_ARTICLES and following:
            # "Habib al" before "Rahman" is spoken "habibar": as "Habibur" writes it
            sound = _LATIN_SUN.match(following)
            if sound:
                readings.append(latin + sound.group(0))
        elif (
            len(group) > 1
            and last.kind is PartKind.PARTICLE
            and (spoken := ASSIMILATED_ARTICLES.get(last.latin))
            and following.startswith(spoken)
        ):
            # "Zia ar" before "Rehman" is "Zia al-Rahman" as spoken: "ziaalr"
            readings.append(latin[: -len(last.latin)] + "al" + spoken)
        # "Suk-yeol" is 석열 (seokyeol) as "Seok Yeol" is
        syllabic = korean_readings(latin) if _reads_korean(name.original) else ()
        # "Tai-ming" of "Kuo Tai-ming" is Daiming too, in Wade-Giles; "Yang Chen-ning" may
        # be Korean as much, and is Zhenning
        syllabic = tuple(dict.fromkeys((*syllabic, *hyphened_wade_giles(name, span))))
        core = len(readings)
        compound = arabic_compound(latin)
        if compound:
            readings.append(compound)
        if len(readings) > 1 or syllabic:
            return make_part(
                raw, group[0].script, tuple(dict.fromkeys(readings)), core, syllabic=syllabic
            )
    elif group[0].script is Script.ARABIC:
        # the run's own other readings ("نظام ال دين" with z: Nizamuddin), and "عبد ال"
        # before "رحمن" is also "bdlr", to meet a bare "Abdur" (abdalr); the other
        # readings take the sound too ("ضياء ال" with z: Ziaur), but meet only a
        # reading that writes the article (:func:`matching.compare.part_similarity`)
        script = group[0].script
        others = romanize(raw, script)[core_readings(raw, script) :]
        spoken = spoken_run(raw)
        if spoken != raw:
            others += romanize(spoken, script)
        if group[-1].raw == ARABIC_ARTICLE and span[-1] + 1 < len(name.parts):
            sounds = article_sounds(name.parts[span[-1] + 1].raw)
            others += tuple(form + sound for form in (latin, *others) for sound in sounds)
        others = tuple(form for form in dict.fromkeys(others) if form != latin)
        if others:
            return make_part(raw, script, (latin, *others), 1)
    if group[0].script is Script.CYRILLIC and all(p.syllabic for p in group):
        # "Чен Ын" is 정은 (jeongeun) as "Jong Un" is
        joined = ranked_joins([p.syllabic for p in group])
        return make_part(raw, group[0].script, (latin,), syllabic=joined)
    # a run of parts whose characters took the Japanese fold takes it too
    japanese = any(p.chars != han_characters(p.raw) for p in group)
    if group[0].script in SYLLABIC_SCRIPTS and len(group) > 1:
        # a Han or Hangul name romanised whole, as one word: "Ganghyeonjeong" is 강현정
        # in Revised Romanization, whose family name reads "Kang" first
        whole = syllabic_readings(group)
        if group[0].script is Script.HANGUL:
            whole = tuple(dict.fromkeys((*whole, hangul_transliteration(raw))))
        return make_part(raw, group[0].script, whole, japanese=japanese)
    return make_part(raw, group[0].script, (latin,), japanese=japanese)


SYLLABIC_SCRIPTS = frozenset({Script.HAN, Script.HANGUL, Script.TIBETAN})
MAX_JOINED_READINGS = 24
"""Readings a Han or Hangul run written as one carries, at most (a family name of six
readings and a given name of four make twenty-four combinations)."""


def syllabic_readings(group: Sequence[NamePart]) -> tuple[str, ...]:
    """The readings of a Han or Hangul run written as one: combinations of its parts' own
    readings (which scheme wrote the name is not known), up to
    :data:`MAX_JOINED_READINGS`, ranked by how far down its parts' lists of readings a
    combination reaches (the sum of their places; ties in the parts' order), so that the
    likeliest come first and a part's rarer readings still come with the others' first
    (이 is Lee, Yi, Rhee or I: "Ijunseo")."""
    return ranked_joins([part.latins[: part.core] for part in group])


def ranked_joins(own: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    """Combinations of each part's readings joined, likeliest first (by the sum of their
    places in the parts' lists), up to :data:`MAX_JOINED_READINGS`."""
    ranked = sorted(product(*(range(len(forms)) for forms in own)), key=sum)
    found = ("".join(forms[i] for forms, i in zip(own, pick, strict=True)) for pick in ranked)
    return tuple(dict.fromkeys(islice(found, MAX_JOINED_READINGS)))


def aligns_with(left: NamePart, right: NamePart) -> bool:
    """Whether two parts may be aligned: particles with particles, names with names. A
    Latin particle may also be a name in another script: "Das" and "De" are particles in
    Portuguese and the family names "দাস" and "দে" in Bengali."""
    if left.particle is right.particle:
        return True
    particle, other = (left, right) if left.particle else (right, left)
    return (
        particle.script is Script.LATIN
        and other.script is not Script.LATIN
        and other.script not in ABJADS  # which write "al" and "bin" as particles too
        and other.kind is PartKind.NAME
    )
