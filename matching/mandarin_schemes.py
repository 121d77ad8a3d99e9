"""The other romanisations of Mandarin that Taiwan's passports and lists use.

A passport issued in Taiwan spells its holder's name in the scheme the holder chose, and
until 2019 that was any of Wade-Giles, Gwoyeu Romatzyh, Mandarin Phonetic Symbols II or
Tongyong pinyin, often mixed within one name: 蔡英文 is Tsai Ing-wen (Wade-Giles Tsai,
Gwoyeu Romatzyh Ing), 馬英九 Ma Ying-jeou (jeou: Gwoyeu Romatzyh's 九), and Tongyong's
Jhang (張) and Syu (徐) are common family names there. A whole-name form per scheme would
miss the mixtures, so :func:`spelt_in_mandarin` asks whether a Latin spelling splits into
one syllable per character, each syllable in some scheme's spelling of that character's
reading. A scheme's spelling that pinyin or Wade-Giles gives another syllable reads as
that one only, the schemes most names are written in: Chiu is 邱, not MPS II's 曲, and so
柯文哲 Ko Wen-je (je: MPS II's 哲, Wade-Giles' 熱) is missed.

Gwoyeu Romatzyh writes the tone in the letters (英 ying1 is "ing", 九 jiu3 "jeou", 字 zi4
"tzyh"): its spellings take each character's tones from pypinyin's dictionary (all
four would make "Jean" a spelling of every jian, 建 as much as 檢). Taiwan reads a few
characters in other tones than the mainland (錫 xí, Yu Shyi-kun): those are missed.
:func:`pinyin_respellings` reads such a spelling back to pinyin, and a Wade-Giles one
that is no pinyin ("Kuei-lan": guilan, "Tung-mei": dongmei), for blocking keys and for
a Latin pinyin spelling of the name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import cache, lru_cache
from types import MappingProxyType

from anyascii import anyascii

from matching.han_readings import SURNAME_READINGS
from matching.hanzi import han_characters
from matching.translit import CHINESE_SURNAMES, CJK_UNIFIED, wade_giles

MAX_CHARACTERS = 4
"""A part of more characters is a whole name run together: it is not split here."""

_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
             "j", "q", "x", "r", "z", "c", "s")  # fmt: skip
_ZERO_INITIAL = {
    "yi": "i", "ya": "ia", "ye": "ie", "yao": "iao", "you": "iou", "yan": "ian", "yin": "in",
    "yang": "iang", "ying": "ing", "yong": "iong", "yu": "v", "yue": "ve", "yuan": "van",
    "yun": "vn", "wu": "u", "wa": "ua", "wo": "uo", "wai": "uai", "wei": "uei", "wan": "uan",
    "wen": "uen", "wang": "uang", "weng": "ueng",
}  # fmt: skip
"""Pinyin's y and w syllables as the finals they write (v is ü)."""
_APICAL = frozenset({"zh", "ch", "sh", "r", "z", "c", "s"})
"""Initials whose "i" is no vowel i but the buzzed syllable (zhi, si)."""
_SONORANTS = frozenset({"m", "n", "l", "r"})
_FINALS = frozenset({
    "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "i", "ia",
    "ie", "iao", "iou", "ian", "in", "iang", "ing", "iong", "u", "ua", "uo", "uai", "uei",
    "uan", "uen", "uang", "ueng", "v", "ve", "van", "vn", "ɨ", "io", "ê",
})  # fmt: skip
"""Pinyin's finals, written in full (iou, uei, uen; v is ü, ɨ the buzzed i of zhi)."""


def parse(syllable: str) -> tuple[str, str] | None:
    """A toneless pinyin syllable (ü as v or u) as its initial and its full final: "jiu"
    is ("j", "iou"), "gui" ("g", "uei"), "xu" ("x", "v"), "shi" ("sh", "ɨ"); None for
    what is no syllable of this shape."""
    syllable = syllable.replace("ü", "v")
    if syllable in _ZERO_INITIAL:
        return "", _ZERO_INITIAL[syllable]
    initial = next((i for i in _INITIALS if syllable.startswith(i)), "")
    final = syllable[len(initial) :]
    if not final or not final.isalpha() or final[0] in "yw":
        return None
    if initial in ("j", "q", "x") and final.startswith("u"):
        final = "v" + final[1:]  # ju is jü
    if initial in _APICAL and final == "i":
        final = "ɨ"
    final = {"iu": "iou", "ui": "uei", "un": "uen", "ue": "ve"}.get(final, final)
    return (initial, final) if final in _FINALS else None


_MPS2_INITIALS = {"j": "j", "q": "ch", "x": "sh", "zh": "j", "z": "tz", "c": "ts"}
_MPS2_APICAL = {"zh": "jr", "ch": "chr", "sh": "shr", "r": "r", "z": "tz", "c": "tsz", "s": "sz"}
_MPS2_FINALS = {"ong": "ung", "iong": "iung", "v": "iu", "ve": "iue", "van": "iuan", "vn": "iun",
                "iao": "iau", "ao": "au"}  # fmt: skip


def _zero(final: str, scheme_final: str) -> str:
    """A final standing alone, with its i and u written y and w as pinyin does."""
    if final.startswith("v"):
        return "yu" + scheme_final[2:] if scheme_final.startswith("iu") else "yu" + final[1:]
    if final in ("i", "in", "ing"):
        return "y" + scheme_final
    if final == "u":
        return "wu"
    if final[0] == "i":
        return "y" + scheme_final[1:]
    if final[0] == "u":
        return "w" + scheme_final[1:]
    return scheme_final


def mps2(initial: str, final: str) -> str:
    """Mandarin Phonetic Symbols II (Taiwan, 1986): 哲 je, 九 jiou, 中 jung, 徐 shiu."""
    if final == "ɨ":
        return _MPS2_APICAL[initial]
    spelt = _MPS2_FINALS.get(final, final)
    if not initial:
        return _zero(final, spelt)
    return _MPS2_INITIALS.get(initial, initial) + spelt


_TONGYONG_INITIALS = {"q": "c", "x": "s", "zh": "jh"}
_TONGYONG_FINALS = {"iong": "yong", "v": "yu", "ve": "yue", "van": "yuan", "vn": "yun"}


def tongyong(initial: str, final: str) -> str:
    """Tongyong pinyin (Taiwan, 2002 to 2008): 張 jhang, 徐 syu, 秀 siou, 峰 fong."""
    if final == "ɨ":
        return _TONGYONG_INITIALS.get(initial, initial) + "ih"
    if not initial:
        return {"uen": "wun", "ueng": "wong"}.get(final) or _zero(final, final)
    spelt = _TONGYONG_FINALS.get(final, final)
    if final == "eng" and initial == "f":
        spelt = "ong"
    elif final == "uen":
        spelt = "un"
    return _TONGYONG_INITIALS.get(initial, initial) + spelt


_GR_INITIALS = {"q": "ch", "x": "sh", "zh": "j", "z": "tz", "c": "ts"}
_GR_BASE = {"ɨ": "y", "ao": "au", "iao": "iau", "er": "el", "v": "iu", "ve": "iue",
            "van": "iuan", "vn": "iun"}  # fmt: skip
_GR_VOWELS = frozenset("aeiouy")
_GR_THIRD_ENDS = {"ai": "ae", "ei": "eei", "au": "ao", "ou": "oou"}
_GR_FOURTH_ENDS = (("ng", "nq"), ("n", "nn"), ("l", "ll"), ("i", "y"), ("u", "w"))


def _gr_glide(body: str) -> str:
    """A final's opening i or u written y or w, as the second tone and a syllable
    without an initial write it: ian yan, in yn, i yi, iu yu, u wu, uo wo."""
    if body.startswith("iu"):
        return "yu" + body[2:]
    if body[0] in "iu" and len(body) > 1 and body[1] in _GR_VOWELS:
        return ("y" if body[0] == "i" else "w") + body[1:]
    if body[0] == "i":
        return "y" + (body[1:] or "i")
    if body[0] == "u":
        return "w" + (body[1:] or "u")
    return body


def _gr_second(base: str) -> str:
    if base[0] in "iu":
        return _gr_glide(base)
    end = next(i for i, c in enumerate(base) if c in _GR_VOWELS)
    while end < len(base) and base[end] in _GR_VOWELS:
        end += 1  # the r after the vowels: arn, air, our, shyr
    return base[:end] + "r" + base[end:]


def _gr_third(base: str) -> str:
    if base in ("ie", "uo"):
        return base + base[-1]  # 姐 jiee, 火 huoo
    if base.startswith("iu"):
        return "e" + base[1:]  # 女 neu, 雪 sheue, 選 sheuan
    if len(base) > 1 and base[0] in "iu" and base[1] in _GR_VOWELS:
        return ("e" if base[0] == "i" else "o") + base[1:]  # 九 jeou, 水 shoei
    if base in _GR_THIRD_ENDS:
        return _GR_THIRD_ENDS[base]
    index = next(i for i, c in enumerate(base) if c in _GR_VOWELS)
    return base[: index + 1] + base[index] + base[index + 1 :]  # 李 lii, 馬 maa


def _gr_fourth(base: str) -> str:
    if base == "iu":
        return "iuh"  # ü is one vowel: 去 chiuh, 玉 yuh
    for end, spelt in _GR_FOURTH_ENDS:
        if base.endswith(end) and len(base) > len(end):
            return base[: -len(end)] + spelt  # 對 duey, 萬 wann, 姓 shinq
    return base + "h"  # 字 tzyh, 謝 shieh


def gwoyeu(initial: str, final: str, tone: int) -> str:
    """Gwoyeu Romatzyh, its tone in its letters: 英 ing (1), 文 wen (2), 九 jeou (3),
    字 tzyh (4); a sonorant initial marks the first tone with an h (媽 mha) and keeps the
    second as written (明 ming)."""
    base = _GR_BASE.get(final, final)
    if tone == 1 or (tone == 2 and initial in _SONORANTS):
        body = base
    elif tone == 2:
        body = _gr_second(base)
    elif tone == 3:
        body = _gr_third(base)
    else:
        body = _gr_fourth(base)
    if initial:
        sonorant_h = "h" if tone == 1 and initial in _SONORANTS else ""
        return _GR_INITIALS.get(initial, initial) + sonorant_h + body
    if tone == 1 or base[0] not in "iu":
        return body  # 英 ing, 溫 uen, 安 an
    if tone == 3:
        if body[0] == "e" or body[:2] in ("ii", "uu"):
            return ("y" if base[0] == "i" else "w") + body  # 有 yeou, 以 yii, 五 wuu
        if body[0] == "o":
            return "w" + body  # 晚 woan
        return _gr_glide(body)  # 也 yee, 我 woo
    if tone == 4 and not body.startswith("iu") and body[1] not in _GR_VOWELS:
        return ("y" if body[0] == "i" else "w") + body  # 意 yih, 印 yinn, 物 wuh
    return _gr_glide(body)  # 用 yonq, 月 yueh, 為 wei, 言 yan


@cache
def _dictionary() -> dict[int, str]:
    from pypinyin.pinyin_dict import pinyin_dict  # noqa: PLC0415 - only for Han names

    return pinyin_dict


_TONE_MARKS = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}


def _tone(reading: str) -> tuple[str, int]:
    """A marked pinyin reading ("jiǔ", "lǚ") as its letters, ü as v, and its tone:
    ("jiu", 3), ("lv", 3); 0 for none marked."""
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    tone = next((_TONE_MARKS[c] for c in decomposed if c in _TONE_MARKS), 0)
    return "".join(c for c in decomposed if c.isascii() and c.isalpha()), tone


@lru_cache(maxsize=2_048)
def syllable_spellings(reading: str, sound: str, tones: tuple[int, ...]) -> frozenset[str]:
    """A toneless pinyin syllable (``reading``, as anyascii writes it: ü as u) in pinyin,
    Wade-Giles and, read as ``sound`` (ü as v: 女 is "nu" read "nv"), MPS II, Tongyong
    and Gwoyeu Romatzyh in each of ``tones``, less the spellings that are another syllable's
    pinyin or Wade-Giles."""
    own = {reading, wade_giles(reading)}
    parsed = parse(sound)
    if parsed is None:
        return frozenset(own)
    initial, final = parsed
    found = {mps2(initial, final), tongyong(initial, final)}
    found.update(gwoyeu(initial, final, tone) for tone in tones if tone)
    # a spelling that pinyin or Wade-Giles gives another syllable reads as that one, the
    # schemes most names are written in: "chiu" is 邱 qiu, not MPS II's 曲 qu; "jen" is
    # 仁 ren, not 真 zhen; "liu" is 劉, not MPS II's 呂 lü
    return frozenset(own | (found - _usual()))


@cache
def _usual() -> frozenset[str]:
    """Every pinyin syllable of a Han character and its Wade-Giles spelling."""
    readings = {anyascii(chr(code)).lower() for code in CJK_UNIFIED}
    found = {r for r in readings if r.isalpha() and r.isascii() and parse(r) is not None}
    return frozenset(found | {wade_giles(r) for r in found})


@lru_cache(maxsize=20_000)
def character_spellings(char: str) -> frozenset[str]:
    """Every spelling of ``char``'s reading (anyascii's, as the romanisation has it) in
    the schemes of :func:`syllable_spellings`, Gwoyeu Romatzyh in each tone pypinyin's
    dictionary gives that reading (九 jiǔ and jiū: jeou, jiou); empty for a character
    without such a reading."""
    reading = anyascii(char).lower()
    if not reading.isalpha() or not reading.isascii():
        return frozenset()
    listed = [_tone(r) for r in _dictionary().get(ord(char), "").split(",")]
    same = [(letters, tone) for letters, tone in listed if letters.replace("v", "u") == reading]
    sound = same[0][0] if same else reading
    tones = tuple(sorted({tone for letters, tone in same if letters == sound}))
    return syllable_spellings(reading, sound, tones)


def _family_readings(char: str) -> frozenset[str]:
    """The pinyin a family name written ``char`` reads as, where the tables list one
    (:data:`matching.han_readings.SURNAME_READINGS`, the pinyin among
    :data:`matching.translit.CHINESE_SURNAMES`' spellings)."""
    listed = (*SURNAME_READINGS.get(han_characters(char), ()), *CHINESE_SURNAMES.get(char, ()))
    return frozenset(form for form in listed if parse(form) is not None)


@lru_cache(maxsize=20_000)
def every_reading_spelt(char: str) -> frozenset[str]:
    """:func:`character_spellings`, and those of each other reading the dictionary gives
    ``char`` that is a family name's, in its own tones: a character alone is mostly a
    family name, which often reads otherwise than anyascii's reading (曾 céng, the family
    name Zēng: Tzeng; 單 Shann, 仇 Chyou). Not the dictionary's every reading: 陳's
    archaic zhèn would make a Jhen of it, 殷's yān a Yen."""
    found = set(character_spellings(char))
    family = _family_readings(char)
    if not family:
        return frozenset(found)
    by_sound: dict[str, set[int]] = {}
    for letters, tone in (_tone(r) for r in _dictionary().get(ord(char), "").split(",")):
        if letters.replace("v", "u") in family:
            by_sound.setdefault(letters, set()).add(tone)
    for sound, tones in by_sound.items():
        found |= syllable_spellings(sound.replace("v", "u"), sound, tuple(sorted(tones)))
    return frozenset(found)


@cache
def _pinyin_of() -> dict[str, frozenset[str]]:
    """Each spelling of :func:`syllable_spellings` with the pinyin syllables it spells."""
    found: dict[str, set[str]] = {}
    for code in CJK_UNIFIED:
        char = chr(code)
        reading = anyascii(char).lower()
        if parse(reading) is not None:
            for form in character_spellings(char):
                found.setdefault(form, set()).add(reading)
    return {form: frozenset(pinyin) for form, pinyin in found.items()}


@cache
def _taiwanese() -> dict[str, frozenset[str]]:
    """The pinyin syllables a spelling spells only in Taiwan's schemes: "jeou" jiu, "ing"
    ying, "jhang" zhang (none for a spelling pinyin or Wade-Giles gives a syllable:
    :func:`syllable_spellings`)."""
    found = {}
    for form, readings in _pinyin_of().items():
        taiwanese = frozenset(r for r in readings if form not in (r, wade_giles(r)))
        if taiwanese:
            found[form] = taiwanese
    return found


@cache
def _read_back() -> dict[str, frozenset[str]]:
    """The pinyin syllables a spelling that is no pinyin syllable spells: Taiwan's
    schemes' (:func:`_taiwanese`) and Wade-Giles' ("hsiu" xiu, "kuei" gui or kui, "chien"
    jian or qian, "yen" yan). A Wade-Giles spelling that is pinyin too ("chen", "chu") is
    none: it reads as itself."""
    pinyin = frozenset().union(*_pinyin_of().values())
    return {form: readings for form, readings in _pinyin_of().items() if form not in pinyin}


@cache
def _wade_giles_of() -> dict[str, frozenset[str]]:
    """:func:`_pinyin_of` in pinyin and Wade-Giles only: each spelling with the pinyin
    syllables it is, or spells in Wade-Giles."""
    found: dict[str, set[str]] = {}
    for form, readings in _pinyin_of().items():
        for reading in readings:
            if form in (reading, wade_giles(reading)):
                found.setdefault(form, set()).add(reading)
    return {form: frozenset(pinyin) for form, pinyin in found.items()}


@cache
def _wade_giles_only() -> dict[str, frozenset[str]]:
    """The pinyin syllables a Wade-Giles spelling of three letters or more that is no
    pinyin syllable spells ("hsiu" xiu, "kuei" gui or kui). Not "ko", "jo", "ho": Western
    names write them ("Kota" would be Geta, "Johan" Ruohan, "Koko" Keke)."""
    pinyin = frozenset().union(*_pinyin_of().values())
    return {
        form: found
        for form, found in _wade_giles_of().items()
        if form not in pinyin and len(form) >= MIN_WADE_GILES_MARK
    }


MIN_WADE_GILES_MARK = 3
"""Letters of a Wade-Giles syllable that tells a spelling is Wade-Giles's."""


@cache
def _wade_giles_spelt() -> dict[str, frozenset[str]]:
    """Each Wade-Giles spelling, apostrophes and umlauts dropped, with the pinyin
    syllables it spells there: "tai" is dai and tai (t'ai), "chun" zhun, chun, jun and
    qun. No spelling only pinyin writes ("zhang", "xin", "qing")."""
    found: dict[str, frozenset[str]] = {}
    for form, readings in _wade_giles_of().items():
        spelt = frozenset(r for r in readings if wade_giles(r) == form)
        if spelt:
            found[form] = spelt
    return found


WADE_GILES_VOWELS: Mapping[str, str] = MappingProxyType({"i": "yi", "erh": "er"})
"""Wade-Giles syllables of a vowel that pinyin writes otherwise (一 yi, 二 er), with that
pinyin, and no Western name's piece: a given name opening so is still a Chinese one
("I-ting", "Erh-hu")."""

MAX_HYPHENED_READINGS = 16
"""Pinyin readings of a hyphened Wade-Giles given name at most: "Chu-chun" is 15, its
own spelling left out; a guard should a syllable come to read more ways."""


def wade_giles_written(parts: tuple[str, ...], given_at: int) -> bool:
    """Whether a name of three syllables whose given name is the two hyphened at
    ``given_at`` ("Kuo Tai-ming") is written in Wade-Giles throughout, as Taiwan's
    passports write it: every syllable a Wade-Giles spelling, none one only pinyin writes
    ("Zhang Tai-ming" is pinyin with a hyphen), the given name's each opening with a
    consonant (a Chinese given name's shape, not "Li An-na") or a vowel syllable only
    Wade-Giles writes (:data:`WADE_GILES_VOWELS`: "Hung I-ting"). Such a name is read so
    though every syllable is pinyin too (Kuo Tai-ming is Guo Taiming, Teng Li-chun Deng
    Lijun): the hyphen and the letters are all that tells it."""
    table = _wade_giles_spelt()
    return (
        len(parts) == 3
        and given_at in (0, 1)
        and all(part in table for part in parts)
        and all(
            part[0] not in "aeiou" or part in WADE_GILES_VOWELS
            for part in parts[given_at : given_at + 2]
        )
    )


def wade_giles_given(given: tuple[str, ...]) -> tuple[str, ...]:
    """The pinyin a two-syllable given name of :func:`wade_giles_written` spells, its own
    spelling left out ("tai", "ming": daiming; "li", "chun": lijun, liqun, lizhun), empty
    past :data:`MAX_HYPHENED_READINGS`."""
    table = _wade_giles_spelt()
    if len(given) != 2 or any(part not in table for part in given):
        return ()
    found = {a + b for a in table[given[0]] for b in table[given[1]]} - {"".join(given)}
    return tuple(sorted(found)) if len(found) <= MAX_HYPHENED_READINGS else ()


def spelt_family_name(
    parts: tuple[str, ...], given_at: int | None = None
) -> tuple[int, tuple[str, ...]] | None:
    """In a Latin name of a one-syllable family name and a given name of two syllables
    spelt in Wade-Giles or Taiwan's schemes, the family name's index and the pinyin it may
    also be ("Chu Hsiu-yun": Chu is also zhu, ju or qu; "Kao Kuei-ying": Kao is gao);
    ``None`` for any other name. The given name is spelt so when it is read back to pinyin
    (:func:`pinyin_respellings`: "hsiuyun" is xiuyun), or the family name is ("Ho
    Yu-ying": 何 He): then the family name is read so against pinyin (Chu Hsiu-yun is
    朱秀雲, Zhu Xiuyun), where alone "Chu" is pinyin's 储. Only the family name: a given
    name's syllable alone is no name of its own ("Chien" of "Chien-chun" is no Jian).
    ``given_at``: where the given name starts when the name says so (a hyphen: "Jen
    Yu-chen" is no Chen); a name so hyphened and :func:`wade_giles_written` reads its
    family name so too ("Kuo Tai-ming": Guo)."""
    table = _pinyin_of()
    orders = [(0, parts[1:]), (len(parts) - 1, parts[:-1])]
    if given_at is not None:  # the family name is first when the given name is last
        orders = [(f, given) for f, given in orders if (f == 0) == (given_at > 0)]
    # a given name of two syllables written apart, as Taiwan's passports write it: one
    # word may be a Western name that cuts into such syllables ("Garcia" is Gwoyeu
    # Romatzyh's gar + Tongyong's cia)
    orders = [(f, given) for f, given in orders if len(given) == 2 and parts[f] in table]
    readings = {f: tuple(sorted(table[parts[f]] - {parts[f]})) for f, _ in orders}
    orders = [(f, given) for f, given in orders if readings[f]]
    # the given name spelt so first ("Hsiu Yun Chu"), then the family name ("Ho Yu Ying")
    spelt = (
        [f for f, given in orders if pinyin_respellings("".join(given))]
        or [
            f
            for f, given in orders
            if pinyin_respellings(parts[f]) and _runs_of_syllables("".join(given))
        ]
        or [f for f, _ in orders if given_at is not None and wade_giles_written(parts, given_at)]
    )
    return (spelt[0], readings[spelt[0]]) if spelt else None


def chinese_name_words(words: tuple[str, ...]) -> bool:
    """Whether every word is a pinyin or Wade-Giles syllable, or a run of them ("zhang
    weiming", "chen hsiu ying"): a Chinese name as the mainland or Taiwan writes it, no
    Western one ("Emily Chan Ho", "Jo Ann": Gwoyeu Romatzyh's ann is none; "Anna Li Chen":
    a run's syllables each open with a consonant, an + na does not)."""
    table = _wade_giles_of()
    return all(word in table or _runs_of_syllables(word, table, initialed=True) for word in words)


def chinese_syllable(latin: str) -> bool:
    """Whether ``latin`` is one pinyin or Wade-Giles syllable of two letters or more."""
    return len(latin) >= 2 and latin in _wade_giles_of()


def _runs_of_syllables(
    latin: str, table: dict[str, frozenset[str]] | None = None, *, initialed: bool = False
) -> bool:
    """Whether ``latin`` is syllables of ``table`` (Mandarin in any scheme here) run
    together ("yuying", "hsiuyun"), of two letters or more each; ``initialed``: each
    opening with a consonant."""
    table = _pinyin_of() if table is None else table
    ends = {0}
    for start in range(len(latin)):
        if start in ends and not (initialed and latin[start] in "aeio"):
            ends.update(
                end
                for end in range(start + 2, min(len(latin), start + _LONGEST_SPELLING) + 1)
                if latin[start:end] in table
            )
    return len(latin) in ends


def taiwan_only(latin: str) -> bool:
    """Whether ``latin`` is a syllable only Taiwan's schemes spell so ("jyun", "shiow")."""
    return latin in _taiwanese()


def mandarin_syllable(latin: str) -> bool:
    """Whether ``latin`` is one syllable in any scheme here, of two letters or more."""
    return len(latin) >= 2 and latin in _pinyin_of()


MAX_RESPELT_SYLLABLES = 3
"""Syllables of a Latin spelling read back to pinyin at most: a given name and its family
name."""
MAX_RESPELLINGS = 8
_LONGEST_SPELLING = 6


@lru_cache(maxsize=100_000)
def pinyin_respellings(latin: str) -> tuple[str, ...]:
    """A Latin spelling that writes some syllable as only Taiwan's schemes or Wade-Giles
    do (:func:`_read_back`), read back to pinyin syllable by syllable ("ingwen": yingwen;
    "jhang": zhang; "chaoshiuan": zhaoxuan, chaoxuan; "kueilan": guilan, kuilan), so that
    it meets a Han name's pinyin key, for blocking and the batch screens; empty for any
    other spelling (most: their keys already meet). In the fewest syllables, at most
    :data:`MAX_RESPELLINGS` readings."""
    return _respelt(latin, _pinyin_of(), _read_back())


@lru_cache(maxsize=20_000)
def taiwan_respellings(latin: str) -> tuple[str, ...]:
    """:func:`pinyin_respellings` of a spelling with a syllable only Taiwan's schemes
    write ("jhang", "ingwen"), which a Latin pinyin spelling meets."""
    return _respelt(latin, _pinyin_of(), _taiwanese())


@lru_cache(maxsize=20_000)
def wade_giles_respellings(latin: str) -> tuple[str, ...]:
    """:func:`pinyin_respellings` of a spelling in pinyin and Wade-Giles syllables alone,
    one of them no pinyin and of three letters or more ("kueilan": guilan, kuilan),
    which a Latin pinyin given name meets. Not Gwoyeu Romatzyh's tone letters, which
    Western names write ("Tiarna" is no Diana), nor Wade-Giles' ko and jo ("Kota" is no
    Geta); Wade-Giles' tia still reads "Tiana" as Diana, a letter apart already."""
    return _respelt(latin, _wade_giles_of(), _wade_giles_only())


def _respelt(
    latin: str, table: dict[str, frozenset[str]], marked: dict[str, frozenset[str]]
) -> tuple[str, ...]:
    """``latin`` read back to pinyin through ``table``'s spellings, each reading with a
    syllable spelt as in ``marked`` (:func:`pinyin_respellings`)."""
    if not latin.isascii() or len(latin) > MAX_RESPELT_SYLLABLES * _LONGEST_SPELLING:
        return ()
    # each way to reach a position: (the pinyin so far, syllables, a marked one seen)
    reach: list[set[tuple[str, int, bool]]] = [set() for _ in range(len(latin) + 1)]
    reach[0].add(("", 0, False))
    for start in range(len(latin)):
        if not reach[start]:
            continue
        # a syllable of one letter is none a name is read back from: "Maria" is no
        # ma + r (MPS II's ri) + ia (Gwoyeu Romatzyh's ya)
        for end in range(start + 2, min(len(latin), start + _LONGEST_SPELLING) + 1):
            piece = latin[start:end]
            pinyin = table.get(piece)
            if pinyin is None:
                continue
            for so_far, count, seen in reach[start]:
                if count < MAX_RESPELT_SYLLABLES:
                    own = marked.get(piece, frozenset())
                    for syllable in pinyin:
                        reach[end].add((so_far + syllable, count + 1, seen or syllable in own))
            if len(reach[end]) > 4 * MAX_RESPELLINGS:
                return ()  # too many readings: no name's
    # in the fewest syllables: "jeou" is 九 jiu, not je + o + u
    fewest = min((count for _, count, _ in reach[-1]), default=0)
    found = sorted(
        {
            so_far
            for so_far, count, seen in reach[-1]
            if count == fewest and seen and so_far != latin
        }
    )
    return tuple(found) if len(found) <= MAX_RESPELLINGS else ()


def read_back_syllable(latin: str) -> bool:
    """Whether ``latin`` is a syllable only Taiwan's schemes or Wade-Giles spell so
    ("jyun", "shiow", "kuei", "hsiu")."""
    return latin in _read_back()


@lru_cache(maxsize=65_536)
def spelt_in_mandarin(chars: str, latin: str) -> bool:
    """Whether ``latin`` splits into one spelling per character of ``chars``, each in
    any of the schemes of :func:`character_spellings` ("ingwen" for 英文: ing + wen); a
    single character also as a family name reads (:func:`every_reading_spelt`)."""
    if not 0 < len(chars) <= MAX_CHARACTERS or not latin.isascii():
        return False
    if len(chars) == 1:
        return latin in every_reading_spelt(chars)
    spellings = [character_spellings(char) for char in chars]
    ends = {0}
    for choices in spellings:
        ends = {end + len(form) for end in ends for form in choices if latin.startswith(form, end)}
        if not ends:
            return False
    return len(latin) in ends
