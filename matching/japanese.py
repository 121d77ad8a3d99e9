"""Japanese names: kanji read as Japanese, kana written as passports write them.

A name in Han characters may be Chinese or Japanese, and the two read it apart: 田中太郎
is "Tian Zhongtailang" in pinyin and Tanaka Taro in Japanese. UniDic (the morphological
dictionary of Japanese, through MeCab) knows Japanese family and given names with their
readings. When it reads a name as a person's name, family name first (or reads a family
name of two characters or more followed by words it knows), the name is split where it
says the family name ends, and each part also gets its Japanese readings. A Chinese name
it does not read as one (王小明, 张伟) is left to the Chinese readings, and so are the
three-character names it could misread (:data:`JOINED_MIN_LENGTH`).

MeCab's tagger is not safe to share between threads (the web app and the flows call it
from several): calls go through a lock.

Readings are written in Hepburn as names in Latin letters write them: the long vowels
in full ("Satou"), shortened as passports have them ("Sato", "Shohei"), or with an h
("Satoh", "Ohno"), and n before b, m, p as m ("Homma").
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import Any

import fugashi
import jaconv

_PERSON = ("名詞", "固有名詞", "人名")
"""UniDic's part of speech of a person's name (its fourth level: 姓 family, 名 given)."""
FAMILY = "姓"
GIVEN = "名"
Pieces = tuple[tuple[str, tuple[str, ...]], ...]
"""Pieces of one token with their readings in katakana, likeliest first."""


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _tagger() -> fugashi.Tagger:
    """MeCab with UniDic, loaded on the first Han name (it maps a dictionary file)."""
    return fugashi.Tagger()


def _parses(text: str, count: int) -> list[list[tuple[str, Any]]]:
    """The ``count`` best parses of ``text`` as (surface, UniDic features) per word."""
    with _LOCK:
        return [
            [(node.surface, node.feature) for node in nodes]
            for nodes in _tagger().nbestToNodeList(text, count)
        ]


PARSES = 10
"""Readings of a name are many (大谷 Ohya or Ohtani, 菅 Kan or Suga): the best parses that
cut the name alike give each word its other readings."""
READINGS = 3
"""At most this many readings per word, the likeliest first."""

_Word = tuple[str, str, tuple[str, ...]]
"""A word of a name: its surface, 姓 or 名, and its readings in katakana."""


FAMILY_MIN_LENGTH = 2
"""A family name UniDic knows this long or longer makes a name Japanese whatever follows
(渡辺零: 零 read Rei as a word, not as a name); one character (林, 王, 李) does not, being
as often a Chinese family name."""


def _qualifies(words: list[tuple[str, Any]]) -> bool | None:
    """Whether a parse reads as a Japanese name: ``True`` when every word is a person's
    name with a reading, family name first, ``False`` when a family name of
    :data:`FAMILY_MIN_LENGTH` or more characters is followed by other words with
    readings, ``None`` when neither."""
    if not all(feature.kana for _, feature in words):
        return None
    if all((f.pos1, f.pos2, f.pos3) == _PERSON for _, f in words):
        kinds = [feature.pos4 for _, feature in words]
        # family name first, as Japanese writes it
        return GIVEN not in kinds or FAMILY not in kinds[kinds.index(GIVEN) :]
    family = 0
    for surface, feature in words:
        if (feature.pos1, feature.pos2, feature.pos3, feature.pos4) != (*_PERSON, FAMILY):
            break
        family += len(surface)
    if family >= FAMILY_MIN_LENGTH and sum(len(s) for s, _ in words) > family:
        return False
    return None


def _person_words(text: str) -> list[_Word] | None:
    """The words of the likeliest of the best parses of ``text`` that reads as a Japanese
    name (:func:`_qualifies`: one of names only before one with other words), each with
    the readings the parses that cut the name alike give it; ``None`` when no parse reads
    as one. The words after the family name of a parse that is not all names make the
    given name."""
    parses = _parses(text, PARSES)
    verdicts = [_qualifies(words) for words in parses]
    if True in verdicts:
        chosen = parses[verdicts.index(True)]
    elif False in verdicts:
        chosen = parses[verdicts.index(False)]
    else:
        return None
    cut = [surface for surface, _ in chosen]
    readings: list[dict[str, None]] = [{} for _ in chosen]
    for words in [chosen, *parses]:
        if [surface for surface, _ in words] == cut:
            for found, (_, feature) in zip(readings, words, strict=True):
                if feature.kana and len(found) < READINGS:
                    found[feature.kana] = None
    kinds: list[str] = []
    for _, feature in chosen:
        family = feature.pos4 == FAMILY and (not kinds or kinds[-1] == FAMILY)
        kinds.append(FAMILY if family else GIVEN)
    return [
        (surface, kind, tuple(found))
        for (surface, _), kind, found in zip(chosen, kinds, readings, strict=True)
    ]


@lru_cache(maxsize=100_000)
def name_pieces(tokens: tuple[str, ...]) -> tuple[Pieces, ...] | None:
    """Per token of a name in Han characters (and kana), its pieces and their readings,
    when UniDic reads the whole name as a Japanese person's name (:func:`_person_words`);
    else ``None``.

    A name in one token is split after its family name ("田中太郎": 田中, 太郎; but see
    :data:`JOINED_MIN_LENGTH`); a token of a name written apart stays whole ("山本 涼平").
    The name is read as written joined, so that a one-character family name is read as
    one ("林 京助": Hayashi). Names too short for a Japanese name (:data:`MIN_LENGTH`)
    are not read.
    """
    if sum(map(len, tokens)) < MIN_LENGTH or sum(len(t) == 1 for t in tokens) > 1:
        return None
    words = _person_words("".join(tokens))
    if not words:
        return None
    out: list[Pieces] = []
    position = 0
    for token in tokens:
        mine: list[_Word] = []
        size = 0
        while size < len(token) and position < len(words):
            mine.append(words[position])
            size += len(words[position][0])
            position += 1
        if size != len(token):
            return None  # a word runs across two tokens
        if len(tokens) == 1:
            groups: dict[str, list[_Word]] = {}
            for word in mine:
                groups.setdefault(word[1], []).append(word)
            if list(groups) != [FAMILY, GIVEN] or not _japanese_cut(token, groups[FAMILY]):
                return None
            out.append(tuple(_joined(group) for group in groups.values()))
        else:
            out.append((_joined(mine),))
    return tuple(out)


MIN_LENGTH = 3
"""A Japanese name has a family name and a given name, one of them at least of two
characters (佐藤 健, 林 京助). Shorter names, and names of single characters (建 古), are
most often Chinese or Korean ones: their Japanese readings (古 ko) met Korean syllables
(고) in 33 false alerts of 17,600 among a million synthetic records."""
JOINED_MIN_LENGTH = 4
"""A name written joined in fewer characters is most often Chinese, and UniDic reads many
of them as Japanese (王桂英 as 王 and 桂, 秀英 as a given name): it is cut after two
characters only when the last two are no given name of one word (:func:`_japanese_cut`;
:func:`matching.names.prepare_name` also keeps the frequent Chinese family names)."""


def _japanese_cut(token: str, family: list[_Word]) -> bool:
    """Whether a name written joined may be cut after its Japanese family name: one word
    (two family names in a row, 王桂英 as 王 and 桂, are a Chinese name misread), and
    either a long name or a cut where the Chinese one falls."""
    if len(family) != 1:
        return False
    if len(token) >= JOINED_MIN_LENGTH or len(family[0][0]) == 1:
        return True
    # three characters: Chinese when the last two are a given name of one word (秀英),
    # Japanese when they are not (宮崎駿: 崎駿)
    (words,) = _parses(token[1:], 1)
    return not (len(words) == 1 and words[0][1].pos4 == GIVEN)


def _joined(words: list[_Word]) -> tuple[str, tuple[str, ...]]:
    """Words read as one piece: the likeliest readings of each, in turn (at most
    :data:`READINGS` combinations: each word's others with the rest at their likeliest)."""
    surface = "".join(word[0] for word in words)
    likeliest = [word[2][0] for word in words]
    found = {"".join(likeliest): None}
    for index, word in enumerate(words):
        for other in word[2][1:]:
            if len(found) < READINGS:
                found["".join([*likeliest[:index], other, *likeliest[index + 1 :]])] = None
    return surface, tuple(found)


_LONG_O = re.compile(r"o[ou]")
_LONG_O_BEFORE_CONSONANT = re.compile(r"o[ou](?=[^aeiou]|$)")
_N_LABIAL = re.compile(r"n(?=[bmp])")


@lru_cache(maxsize=100_000)
def kana_forms(kana: str) -> tuple[str, ...]:
    """Latin spellings of a reading in hiragana or katakana: Hepburn with long vowels
    written in full, shortened, and with an h; n before b, m, p also as m."""
    latin = jaconv.kana2alphabet(jaconv.kata2hira(kana))
    latin = re.sub(r"([aeiou])-", r"\1\1", latin).replace("-", "").replace("xtsu", "")
    if not latin.isascii() or not latin.isalpha():
        return ()
    short = _LONG_O.sub("o", latin).replace("uu", "u")
    with_h = _LONG_O.sub("o", _LONG_O_BEFORE_CONSONANT.sub("oh", latin)).replace("uu", "u")
    forms = [latin, short, with_h, _N_LABIAL.sub("m", short)]
    return tuple(dict.fromkeys(forms))


def reading_forms(text: str) -> tuple[str, ...]:
    """Latin spellings of a token written in kana, or in kana and kanji ("大坂なおみ"), by
    its UniDic reading; ``()`` when a word of it has none."""
    (words,) = _parses(text, 1)
    if not all(feature.kana for _, feature in words):
        return ()
    return kana_forms("".join(feature.kana for _, feature in words))
