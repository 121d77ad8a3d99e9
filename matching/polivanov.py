"""Japanese names written in Cyrillic (Polivanov's system), read back to Hepburn.

Russian records write Japanese names by Polivanov: し is си, ち ти, じ дзи, え э, and a
long vowel is mostly not written ("Синдзо Абэ", Shinzo Abe; "Дзюнъитиро Коидзуми",
Junichiro Koizumi). Read as Russian these are "sindzo" and "dzyunitiro", far from any
Hepburn spelling, so a name that reads as Japanese also reads each word as the kana it
spells, in the Latin spellings :func:`matching.japanese.kana_forms` gives a reading.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from matching.japanese import kana_forms

MAX_READINGS = 8
"""Latin spellings a word takes at most, from its likeliest kana first."""
_MAX_KANA = 6
"""Kana spellings of one word looked at, the likeliest first."""

_GOJUON = (
    ("あいうえお", ("а", "и", "у", "э", "о")),
    ("かきくけこ", ("ка", "ки", "ку", "кэ", "ко")),
    ("さしすせそ", ("са", "си", "су", "сэ", "со")),
    ("たちつてと", ("та", "ти", "цу", "тэ", "то")),
    ("なにぬねの", ("на", "ни", "ну", "нэ", "но")),
    ("はひふへほ", ("ха", "хи", "фу", "хэ", "хо")),
    ("まみむめも", ("ма", "ми", "му", "мэ", "мо")),
    ("やゆよ", ("я", "ю", "ё")),
    ("らりるれろ", ("ра", "ри", "ру", "рэ", "ро")),
    ("わ", ("ва",)),
    ("がぎぐげご", ("га", "ги", "гу", "гэ", "го")),
    ("ざじずぜぞ", ("дза", "дзи", "дзу", "дзэ", "дзо")),
    ("だでど", ("да", "дэ", "до")),
    ("ばびぶべぼ", ("ба", "би", "бу", "бэ", "бо")),
    ("ぱぴぷぺぽ", ("па", "пи", "пу", "пэ", "по")),
)
_YOON = {"き": "к", "し": "с", "ち": "т", "に": "н", "ひ": "х", "み": "м", "り": "р",
         "ぎ": "г", "じ": "дз", "び": "б", "ぴ": "п"}  # fmt: skip
"""The kana that take a small ya, yu or yo, and the consonant Polivanov writes before
я, ю and ё: きょ кё, しゅ сю, じょ дзё."""
_HARD = str.maketrans("яюё", "ауо")


def _popular(kana: str, cyrillic: str) -> tuple[str, ...]:
    """The English-minded spellings Russian texts also use, a step from the system:
    し and ち as ш and ч (Шинзо, Ичиро), じ as дж (Джунъичиро), ざ and じ as з (Казуо)."""
    found: list[str] = []
    if kana[0] in "しち":
        found.append(("ш" if kana[0] == "し" else "ч") + cyrillic[1:].translate(_HARD))
    if kana[0] == "じ":
        found.append("дж" + cyrillic[2:].translate(_HARD))
    if cyrillic.startswith("дз"):
        found.append("з" + cyrillic[2:])
    return tuple(found)


_VOWELS = frozenset("аиуэоеяюё")
_SIGNS = re.compile(r"дз|цу|ти|си|ъ|[кнхмрсгбптд]э|[сдт][яюё]|эй")
"""What Polivanov writes and Russian names do not: Japanese, not a Russian name whose
words happen to be runs of Japanese syllables ("Анна Мария")."""


@cache
def _table() -> dict[str, dict[str, int]]:
    """Every Cyrillic spelling of a mora -> its kana, with how far from Polivanov's own
    spelling it is (0: the system's, 1: a popular or everyday Russian one)."""
    table: dict[str, dict[str, int]] = {}

    def add(cyrillic: str, kana: str, rank: int) -> None:
        for spelling, extra in ((cyrillic, 0), (cyrillic.replace("э", "е"), 1)):
            known = table.setdefault(spelling, {})
            known[kana] = min(known.get(kana, rank + extra), rank + extra)

    morae: list[tuple[str, str]] = []
    for kana_row, cyrillic_row in _GOJUON:
        morae.extend(zip(kana_row, cyrillic_row, strict=True))
    for kana, consonant in _YOON.items():
        pairs = zip("ゃゅょ", "яюё", strict=True)
        morae.extend((kana + small, consonant + vowel) for small, vowel in pairs)
    for kana, cyrillic in morae:
        add(cyrillic, kana, 0)
        for popular in _popular(kana, cyrillic):
            add(popular, kana, 1)
    return table


@lru_cache(maxsize=50_000)
def _kana(word: str) -> tuple[tuple[str, int], ...]:
    """The kana spellings ``word`` may be, each with its distance from Polivanov's,
    likeliest first."""
    table = _table()
    found: dict[str, int] = {}

    def walk(start: int, kana: str, rank: int) -> None:
        if len(found) > 4 * _MAX_KANA:
            return
        if start == len(word):
            found[kana] = min(found.get(kana, rank), rank)
            return
        char, following = word[start], word[start + 1 : start + 2]
        if start and kana[-1] not in "んっ":
            if char == "н" and following == "ъ":
                walk(start + 2, kana + "ん", rank)  # んい: нъи
            elif char == "н" and following not in _VOWELS:
                walk(start + 1, kana + "ん", rank)
            elif char == "м" and following in ("б", "п", "м"):
                walk(start + 1, kana + "ん", rank)  # Симбаси, 新橋
            elif char == "й" and kana[-1] not in "ゃゅょ":
                walk(start + 1, kana + "い", rank)  # Кэйко, Дайсукэ
            elif char in "кпст" and following in (char, "ц" if char == "т" else char):
                walk(start + 1, kana + "っ", rank)  # Хаттори, Иппэй
        for end in range(start + 1, min(len(word), start + 4) + 1):
            for mora, cost in table.get(word[start:end], {}).items():
                walk(end, kana + mora, rank + cost)

    walk(0, "", 0)
    return tuple(sorted(found.items(), key=lambda item: (item[1], item[0])))


@lru_cache(maxsize=50_000)
def polivanov_readings(word: str) -> tuple[str, ...]:
    """The Hepburn spellings of a Cyrillic word read as Japanese ("синдзо": shinzo),
    likeliest first; empty when it is no run of Japanese syllables."""
    found: dict[str, None] = {}
    for spelling, _ in _kana(word)[:_MAX_KANA]:
        found.update(dict.fromkeys(kana_forms(spelling)))
    return tuple(found)[:MAX_READINGS]


def reads_japanese(tokens: tuple[str, ...]) -> bool:
    """Whether a Cyrillic name reads as Japanese: two or three words, each a run of
    Japanese syllables as Polivanov himself writes them, and a sign of his system. A name
    in the popular spellings (Шинзо Абе) is not recognised: with е for э and ш for し,
    Ukrainian and Bulgarian names would read so too (Маруся Бабенко, Кети Сапунджиева)."""
    if not 2 <= len(tokens) <= 3 or _SIGNS.search(" ".join(tokens)) is None:
        return False
    return all(len(token) >= 2 and _kana(token)[:1] and _kana(token)[0][1] == 0 for token in tokens)
