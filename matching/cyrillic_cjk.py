"""Chinese and Korean names written in Cyrillic, read back to pinyin and Hangul.

(Japanese ones, by Polivanov's system, are read in :mod:`matching.polivanov`, and
Vietnamese ones in :mod:`matching.cyrillic_vietnamese`.)

Russian, Kazakh, Kyrgyz and Mongolian records spell Chinese names in the Palladius system
("Си Цзиньпин", Xi Jinping) and Korean ones in Kontsevich's or the press's forms ("Ким
Чен Ын", "Мун Чжэ Ин"); the Korean diaspora of the former Soviet Union writes its family
names its own way (Цой for 최, Тен for 정). Read letter by letter as Russian these are
"tszinpin" and "chen yn", no spelling of Jinping or Jong Un, so such a name also reads
as the syllables it spells: pinyin (with Wade-Giles) for Chinese, Revised Romanisation
for Korean, as :attr:`matching.names.NamePart.syllabic` readings, which meet another
part's readings only when equal.

A name reads so only when a Chinese or Korean family name opens or closes it and every
word is a run of such syllables: "Ли Анна" is a Korean family name with a given name
that is also 안나, and the extra reading costs nothing; "Иван Петров" is not read so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import pairwise, product

from anyascii import anyascii

from matching.cyrillic_vietnamese import reads_vietnamese_cyrillic, vietnamese_readings
from matching.polivanov import polivanov_readings, reads_japanese
from matching.syllables import pinyin_inventory, wade_giles_reading
from matching.translit import CHINESE_SURNAMES, KOREAN_SURNAMES, revised_romanisation

Table = dict[str, dict[str, int]]
"""A Cyrillic syllable -> each reading it spells, with how far from the standard
spelling that reading takes it (0: the system's own form)."""

MAX_READINGS = 8
"""Readings a word takes at most, the likeliest first (a word of ambiguous syllables
would otherwise stand for dozens of names)."""
_LONGEST = 7
"""The longest Cyrillic syllable: "чжуань", "цзюань", "чхвэ" and a final."""

# Palladius: pinyin initial -> Cyrillic, longest first
_P_INITIALS = (
    ("zh", "чж"), ("ch", "ч"), ("sh", "ш"), ("b", "б"), ("p", "п"), ("m", "м"),
    ("f", "ф"), ("d", "д"), ("t", "т"), ("n", "н"), ("l", "л"), ("g", "г"), ("k", "к"),
    ("h", "х"), ("j", "цз"), ("q", "ц"), ("x", "с"), ("r", "ж"), ("z", "цз"), ("c", "ц"),
    ("s", "с"),
)  # fmt: skip
_P_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
    "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр",
    "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь",
    "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "ue": "юэ",
}  # fmt: skip
_P_PALATAL = {"u": "юй", "ue": "юэ", "uan": "юань", "un": "юнь"}
"""After j, q and x a pinyin u is ü: ju цзюй, xue сюэ, quan цюань, jun цзюнь."""
_P_OPEN = {
    "ya": "я", "yao": "яо", "ye": "е", "you": "ю", "yan": "янь", "yin": "инь",
    "yang": "ян", "ying": "ин", "yong": "юн", "yi": "и", "yu": "юй", "yue": "юэ",
    "yuan": "юань", "yun": "юнь", "yo": "ё", "wa": "ва", "wo": "во", "wai": "вай",
    "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн", "wu": "у",
}  # fmt: skip
_P_OTHER = {"hui": ("хуй",), "lu": ("люй",), "nu": ("нюй",)}
"""Second forms: hui is written хуэй as often; pinyin without its umlaut, lu and nu are
also lü (люй) and nü (нюй)."""


def palladius(syllable: str) -> tuple[str, ...]:
    """The Palladius spellings of one pinyin syllable ("xi": си, "jin": цзинь), or none
    for a spelling that is no syllable."""
    if syllable in _P_OPEN:
        found = _P_OPEN[syllable]
    else:
        found = _P_FINALS.get(syllable, "")
        for latin, cyrillic in _P_INITIALS:
            if syllable.startswith(latin) and len(syllable) > len(latin):
                final = syllable[len(latin) :]
                if latin in ("z", "c", "s") and final == "i":
                    found = cyrillic + "ы"  # zi цзы, si сы
                elif latin in ("j", "q", "x") and final in _P_PALATAL:
                    found = cyrillic + _P_PALATAL[final]
                elif final in _P_FINALS:
                    found = cyrillic + _P_FINALS[final]
                    found = found.replace("хуй", "хуэй")
                break
    return tuple(f for f in (found, *_P_OTHER.get(syllable, ())) if f)


# Kontsevich's form first (rank 0), then the press's and the diaspora's; a rank is how
# far a spelling is from Kontsevich's, by the order of the jamo in a Hangul block
_K_INITIALS: tuple[tuple[tuple[str, int], ...], ...] = (
    (("к", 0), ("г", 1)), (("кк", 0), ("к", 1)), (("н", 0),), (("т", 0), ("д", 1)),
    (("тт", 0), ("т", 1)), (("р", 0), ("л", 1)), (("м", 0),), (("п", 0), ("б", 1)),
    (("пп", 0), ("п", 1)), (("с", 0), ("ш", 1)), (("сс", 0), ("с", 1)), (("", 0),),
    (("ч", 0), ("чж", 1), ("дж", 1), ("т", 2)), (("чч", 0), ("ч", 1)),
    (("чх", 0), ("ч", 1), ("ц", 2)), (("кх", 0), ("к", 1)), (("тх", 0), ("т", 1)),
    (("пх", 0), ("п", 1)), (("х", 0),),
)  # fmt: skip
_K_VOWELS: tuple[tuple[tuple[str, int], ...], ...] = (
    (("а", 0),), (("э", 0), ("е", 0)), (("я", 0),), (("йя", 0), ("е", 2)),
    (("о", 0), ("е", 0)), (("е", 0), ("э", 0)), (("ё", 0), ("е", 1)), (("е", 1), ("йе", 1)),
    (("о", 0),), (("ва", 0), ("уа", 1)), (("вэ", 0), ("ве", 0)), (("ве", 0), ("вэ", 0)),
    (("ё", 0), ("йо", 1)), (("у", 0),), (("во", 0), ("уо", 1)), (("ве", 0), ("вэ", 0)),
    (("ви", 0), ("уи", 1)), (("ю", 0),), (("ы", 0),), (("ый", 0), ("ы", 1), ("и", 2)),
    (("и", 0),),
)  # fmt: skip
"""ㅓ is о in Kontsevich and е in the older usage (Ким Чен Ын, 정; Ким Ир Сен, 성)."""
_K_FINALS: dict[int, tuple[tuple[str, int], ...]] = {
    0: (("", 0),), 1: (("к", 0),), 4: (("н", 0),), 8: (("ль", 0), ("л", 1), ("р", 1)),
    16: (("м", 0),), 17: (("п", 0),), 21: (("н", 0), ("нг", 1)),
}  # fmt: skip
"""The finals names are written with (none, ㄱ, ㄴ, ㄹ, ㅁ, ㅂ, ㅇ), by their index in a
block: ㄹ is ль, or р as in Ким Ир Сен (일); ㅇ is н, as ㄴ is."""
_KORYO = {
    "цой": "최", "чой": "최", "тен": "정", "тян": "장", "тё": "조", "ни": "이",
    "лигай": "이", "огай": "오", "югай": "유", "когай": "고", "хегай": "허",
    "тягай": "차", "пай": "배", "ем": "염", "шин": "신", "де": "제",
}  # fmt: skip
"""Family names as the Korean diaspora of the former Soviet Union writes them (Koryo-mar
spellings: Цой, Тен, Тян, and the names with -гай)."""
_CHINESE_FAMILY_NAMES = """
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye
cheng su wei lu ding ren shen yao cui zhong tan fan jin shi liao jia xia fu fang bai zou
meng xiong qin qiu yin xue yan duan lei hou long tao gu mao hao gong shao wan qian dai mo
kong xiang chang wen kang niu ou hong ge qi lan zhan gan bao shan ji mei xi ning bi an
chai che chu ke lai lao le leng lian lou mu nie qu rao rong sha shu si tong wei weng you
zhai zuo ouyang sima zhuge situ shangguan
"""
_CHINESE_FAMILY = frozenset(_CHINESE_FAMILY_NAMES.split())
"""The most frequent Chinese family names in pinyin (about nine people in ten bear one),
with the common two-syllable ones; the spellings of :data:`CHINESE_SURNAMES` add to them."""
_EUROPEAN_PARTICLES = frozenset(
    {"ван", "фан", "фон", "дер", "ден", "де", "ла", "ле", "дель", "делла", "да", "дос", "дас", "ди"}
)
"""Particles of European names in Cyrillic: two in a row (Ван Дер Саар, Де Ла Крус) make
a European name, though each word is also a Chinese or Korean syllable."""
_HANGUL = range(0xAC00, 0xD7A4)


def _common(syllable: str) -> bool:
    """Whether a Hangul block is one of the 2,350 names are written with (KS X 1001)."""
    try:
        syllable.encode("euc_kr")
    except UnicodeEncodeError:
        return False
    return True


def kontsevich(syllable: str) -> dict[str, int]:
    """The Cyrillic spellings of one Hangul block, each with its distance from
    Kontsevich's own (김: ким 0, гим 1); empty for a final names do not use."""
    index = ord(syllable) - _HANGUL.start
    initial, vowel, final = index // 588, index % 588 // 28, index % 28
    if final not in _K_FINALS:
        return {}
    found: dict[str, int] = {}
    spellings = product(_K_INITIALS[initial], _K_VOWELS[vowel], _K_FINALS[final])
    for (first, a), (middle, b), (last, c) in spellings:
        if first == "ш" and not middle.startswith(("и", "ви", "уи")):
            continue  # 시 is ши as often as си; сa is never ша
        form = first + middle + last
        found[form] = min(found.get(form, a + b + c), a + b + c)
    return found


def _spellings(form: str) -> Iterable[str]:
    """A Cyrillic syllable with э written е and ё written е, as everyday Russian does."""
    yield form
    yield form.replace("э", "е")
    yield form.replace("ё", "е")


def _add(table: Table, forms: dict[str, int], reading: str) -> None:
    for form, rank in forms.items():
        for spelling in _spellings(form):
            known = table.setdefault(spelling, {})
            cost = rank + (spelling != form)
            known[reading] = min(known.get(reading, cost), cost)


@cache
def _chinese() -> Table:
    """Every Palladius spelling of a pinyin syllable -> the syllable."""
    table: Table = {}
    for syllable in pinyin_inventory():
        _add(table, {form: rank for rank, form in enumerate(palladius(syllable))}, syllable)
    return table


@cache
def _korean() -> Table:
    """Every Cyrillic spelling of a common Hangul block -> its Revised Romanisation (and
    a family name's first Latin spelling: 이 reads i and lee)."""
    table: Table = {}
    for code in _HANGUL:
        syllable = chr(code)
        if not _common(syllable):
            continue
        forms = kontsevich(syllable)
        _add(table, forms, revised_romanisation(syllable))
        if syllable in KOREAN_SURNAMES:
            _add(table, forms, KOREAN_SURNAMES[syllable][0])
    for form, syllable in _KORYO.items():
        for reading in (revised_romanisation(syllable), KOREAN_SURNAMES[syllable][0]):
            _add(table, {form: 0}, reading)
    return table


@cache
def _surnames(korean: bool) -> frozenset[str]:
    """The Cyrillic spellings of the family names of :mod:`matching.translit`'s tables."""
    if korean:
        found = {form for name in KOREAN_SURNAMES for form in _forms_of(kontsevich(name))}
        return frozenset(found | set(_KORYO))
    pinyin = {_han_pinyin(name) for name in CHINESE_SURNAMES} | _CHINESE_FAMILY
    return frozenset(s for p in pinyin for form in palladius(p) for s in _spellings(form))


def _forms_of(forms: dict[str, int]) -> set[str]:
    return {spelling for form in forms for spelling in _spellings(form)}


def _han_pinyin(character: str) -> str:
    return anyascii(character).lower()


def _segmentations(word: str, table: Table, most: int) -> list[list[str]]:
    """Every way ``word`` is a run of ``table``'s syllables, up to ``most`` of them (a
    Chinese or Korean given name has two at most, written as one word)."""
    found: list[list[str]] = []

    def walk(start: int, pieces: list[str]) -> None:
        if start == len(word):
            found.append(list(pieces))
            return
        if len(pieces) == most:
            return
        for end in range(start + 1, min(len(word), start + _LONGEST) + 1):
            if word[start:end] in table:
                pieces.append(word[start:end])
                walk(end, pieces)
                pieces.pop()

    walk(0, [])
    return found


def _readings(word: str, table: Table, most: int) -> tuple[str, ...]:
    """What ``word`` spells as a run of syllables, likeliest first, at most
    :data:`MAX_READINGS`."""
    ranked: dict[str, int] = {}
    cuts = _segmentations(word, table, most)
    fewest = min((len(pieces) for pieces in cuts), default=0)
    for pieces in cuts:
        # a cut into more syllables than needed is the less likely: чжоу is zhou, not zhuo-wu
        for picks in product(*(table[piece].items() for piece in pieces)):
            reading = "".join(p[0] for p in picks)
            rank = sum(p[1] for p in picks) + len(pieces) - fewest
            ranked[reading] = min(ranked.get(reading, rank), rank)
    ordered = sorted(ranked, key=lambda r: (ranked[r], r))
    return tuple(ordered[:MAX_READINGS])


def _reads(tokens: Sequence[str], table: Table, surnames: frozenset[str], most: int) -> bool:
    return (tokens[0] in surnames or tokens[-1] in surnames) and all(
        _segmentations(token, table, most) for token in tokens
    )


@lru_cache(maxsize=50_000)
def cyrillic_cjk_readings(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """For a Cyrillic name that reads as Chinese, Korean, Japanese or Vietnamese, each
    word's readings (pinyin with its Wade-Giles spelling, Revised Romanisation, Hepburn:
    :mod:`matching.polivanov`, or Vietnamese: :mod:`matching.cyrillic_vietnamese`);
    empty otherwise."""
    if not 2 <= len(tokens) <= 4 or not all(_cyrillic(token) for token in tokens):
        return ()
    if any(a in _EUROPEAN_PARTICLES and b in _EUROPEAN_PARTICLES for a, b in pairwise(tokens)):
        return ()
    chinese = _reads(tokens, _chinese(), _surnames(korean=False), 2)
    korean = _reads(tokens, _korean(), _surnames(korean=True), 2)
    japanese = reads_japanese(tokens)
    vietnamese = reads_vietnamese_cyrillic(tokens)
    if not chinese and not korean and not japanese and not vietnamese:
        return ()
    out: list[tuple[str, ...]] = []
    for token in tokens:
        found: list[str] = []
        if chinese:
            for reading in _readings(token, _chinese(), 2):
                found.append(reading)
                if (older := wade_giles_reading(reading)) is not None:
                    found.append(older)
        if korean:
            found.extend(_readings(token, _korean(), 2))
        if japanese:
            found.extend(polivanov_readings(token))
        if vietnamese:
            found.extend(vietnamese_readings(token))
        out.append(tuple(dict.fromkeys(found)))
    return tuple(out)


def _cyrillic(token: str) -> bool:
    return all("\u0400" <= char <= "\u04ff" for char in token)
