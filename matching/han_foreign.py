"""Foreign names in Han characters, as Chinese papers write them (弗拉基米尔·普京).

Chinese writes a foreign name by its sound, with characters kept for the purpose (the
Xinhua tables: 斯 for s, 克 for k, 尔 for a closing r or l, 夫 for the Russian -ov), and
a middle dot between its words. Read as a Chinese name, family name first and syllable
by syllable ("fu lajimier"), it meets its Latin spelling nowhere. Such a name
(:func:`foreign_han`) is also compared as Chinese hears it: each character by the sound
it stands for, the vowel a lone consonant is given left out (斯 s, 克 k, 布 b), and a
Latin spelling folded alike (:func:`chinese_ear`), in fewer sounds than Latin letters
tell apart (:data:`_CLASSES`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from anyascii import anyascii

from matching.ear import heard
from matching.hanzi import han_characters
from matching.translit import compound_family

_DOTS = frozenset("·・•‧∙⋅･．")
"""The marks Chinese writes between the words of a foreign name (U+00B7 most often)."""
_HAN = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_DOTTED = re.compile(f"[{_HAN}]\\s*[{''.join(sorted(_DOTS))}]\\s*[{_HAN}]")
_HAN_WORD = re.compile(f"[{_HAN}]+")
_TRANSCRIBING = frozenset(
    "阿埃艾爱安昂奥巴拜班邦保鲍贝本比彼毕宾波伯博布查察柴彻楚茨措达戴代丹道德登迪蒂丁东杜敦"
    "多厄恩尔法凡菲费芬丰冯佛弗伏福夫富盖甘冈戈哥格根贡古瓜圭果哈海汉豪赫黑亨洪胡华怀惠霍基"
    "吉加贾杰捷金津久居喀卡凯坎康考柯科克肯孔库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉丽连廉林琳留隆"
    "卢鲁路伦罗洛玛马迈麦曼芒梅门蒙米密敏明缪莫默姆穆娜纳奈南内尼妮涅宁纽努诺欧帕潘庞佩彭皮"
    "珀普齐奇恰乔切钦琴丘让热日荣茹若瑞萨塞赛桑瑟森沙莎尚绍舍申圣施什舒斯丝松苏索塔泰坦汤唐"
    "陶特滕提廷通图托瓦万旺威韦维温文翁沃乌伍武西希锡夏谢辛欣休修雅亚娅扬耶叶伊因英尤约泽扎"
    "詹佐祖兹朱卓薇黛娃琪露罕卜侯黎彼得易列礼优素哲朔吕蓬嘉京"
)
"""Characters of the Xinhua transcription tables (simplified forms): a name written
only with them, and not led by a Chinese family name, may be a foreign one without its
dot (普京, 奥巴马)."""
_FAMILY = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关"
    "兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿"
    "桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "赖南洪黎伊楚利盖宾索惠劳海廉巴赫哈丘"
)
"""Chinese family names, the commonest few hundred (simplified): a word they lead is
taken as Chinese unless dotted or of four characters or more, and so is a word of four
with two of them (a married woman's name in Hong Kong: 林郑月娥)."""
_READINGS = {
    "什": "shi", "朴": "pu", "乐": "le", "曾": "zeng", "单": "dan", "区": "ou",
    "尉": "wei", "缪": "miu", "翟": "zhai", "种": "zhong", "卜": "bu", "尔": "er",
    "戈": "go", "科": "ko", "哥": "go", "柯": "ko", "可": "ko", "加": "ga", "嘉": "ga",
    "基": "ki", "扎": "za", "瑞": "lui",
}  # fmt: skip
"""Readings the tables give a character where anyascii gives another (什 shen), that
write o where pinyin says e (戈 Go-rbachev, 科 Ko-fi), an older reading (加 ga of García,
基 ki of Nikita), or the Latin the tables write with it (扎 za of Zarif, 瑞 ri of Ryan)."""
_SECOND = {"基": ("ji",), "加": ("jia",)}
"""A character's reading of today too, where the tables give an older one (基 the di of
Vladimir, 加 the ja of Jamal)."""
_INITIALS = (
    ("zh", "j"), ("ch", "j"), ("sh", "s"), ("b", "b"), ("p", "p"), ("m", "m"), ("f", "f"),
    ("d", "d"), ("t", "t"), ("n", "n"), ("l", "l"), ("g", "g"), ("k", "k"), ("h", "h"),
    ("j", "j"), ("q", "j"), ("x", "s"), ("r", "j"), ("z", "s"), ("c", "s"), ("s", "s"),
    ("y", "y"), ("w", "w"),
)  # fmt: skip
"""Pinyin initials by the Latin sound the tables write with them: j, q, zh and ch are
one (杰 Je, 奇 Chi, 朱 Ju), as are the hissing x, sh, s, z and c (西 Si, 舍 She, 萨 the
z of Reza, 茨 the z of Scholz), and r the French j and Russian zh (让 Jean, 热 Zhe)."""
_FINALS = {
    "a": "a", "o": "u", "e": "e", "i": "i", "u": "u", "v": "u", "ai": "e", "ei": "e",
    "ao": "u", "ou": "u", "ia": "a", "ie": "e", "iao": "u", "iu": "u", "ua": "a",
    "uo": "u", "uai": "a", "ui": "i", "ue": "u", "ve": "u", "an": "an", "en": "en",
    "in": "in", "un": "un", "vn": "un", "ang": "an", "eng": "en", "ing": "in", "ong": "un",
    "ian": "ian", "iang": "ian", "iong": "un", "uan": "an", "uang": "an", "er": "l",
}  # fmt: skip
"""Pinyin finals as the Latin vowels the tables write with them (贝 bei be, 杰 jie je,
罗 luo lo, 奥 ao o, 亚 ya ya), a nasal ending as n (朗 lan of Trump, 京 jin of Putin), 尔
as the r or l it writes."""
_LONE = {
    "布": "b", "普": "p", "姆": "m", "夫": "f", "弗": "f", "伏": "f", "德": "d", "特": "t",
    "格": "g", "克": "k", "赫": "h", "斯": "s", "兹": "s", "茨": "s", "什": "s", "日": "j",
    "尔": "l", "勒": "l", "恩": "n", "卜": "b",
}  # fmt: skip
"""The tables' characters for a consonant standing alone, by its sound: read without
their vowel in the bare reading (德 d, 克 k, 布 b, 夫 f, 姆 m, 斯 s, 尔 r; 卜 the b of
Arabic names, 阿卜杜勒 Abdul)."""
_DOUBLED = re.compile(r"(.)\1")
_CLASSES = str.maketrans("eoybdg", "iuiptk")
"""Vowels in three classes (a; e, i and y; o and u), and voiced consonants as voiceless:
the tables write e and i, o and u with one character often (维 vi and ve, 莫 mo and mu),
and Chinese tells b from p by breath, not voice, hearing the p of Pyotr as 彼 (bi), the d
of Donald as 唐 (tang). Folded so, two Latin spellings a sound apart ("Putin", "Budin")
are one heard form: the cost of meeting the tables' spellings, measured (no more alerts
among Latin names than the Latin spellings raise)."""


def foreign_han(text: str, tokens: Sequence[str]) -> bool:
    """Whether a name in Han characters transcribes a foreign one: its words joined by a
    middle dot (贝拉克·奥巴马), or every word one no Chinese name is
    (:func:`_transcribes`: 梅德韦杰夫, 默克尔). A Chinese name of two or three characters
    is not told from a family name transcribed (普京 may be Pu Jing, 丽娜 a given name):
    such a word stays Chinese."""
    if _DOTTED.search(text):
        return True
    words = [t for t in tokens if t]
    return bool(words) and all(
        _is_han(word) and _transcribes(han_characters(word)) for word in words
    )


_LONE_CLOSE = frozenset("尔斯克夫姆格特茨兹赫卜勒布普弗什")
"""The tables' characters for a lone consonant that no Chinese given name closes with
(德, which many do, left out): 默克尔, 基辛格, 纳赛尔."""


def _transcribes(word: str) -> bool:
    """A word only of the tables' characters that no Chinese name is: of four characters
    or more, not led by two family names nor a compound one (梅德韦杰夫, 马塔雷拉; not
    林郑月娥, 欧阳娜娜), or of three closing with a lone consonant and not led by a family
    name (默克尔; not 马克思 as a Chinese name would be)."""
    if not set(word) <= _TRANSCRIBING:
        return False
    if len(word) >= 4:
        return not (word[0] in _FAMILY and word[1] in _FAMILY) and not compound_family(word)
    return len(word) == 3 and word[0] not in _FAMILY and word[-1] in _LONE_CLOSE


def _is_han(token: str) -> bool:
    return _HAN_WORD.fullmatch(token) is not None


def _pinyin(char: str) -> str:
    char = han_characters(char)
    return _READINGS.get(char) or anyascii(char).lower()


def _syllable(pinyin: str) -> tuple[str, str, str]:
    """(initial as pinyin, consonant as heard, vowel as heard) of one pinyin syllable."""
    for initial, sound in _INITIALS:
        if pinyin.startswith(initial) and len(pinyin) > len(initial):
            final = pinyin[len(initial) :]
            if initial == "y":  # 伊 yi, 尤 you, 约 yue, 耶 ye: a glide or a vowel
                if final in ("i", "in", "ing"):
                    return "", "", _FINALS.get(final, final)
                return "y", "y", _FINALS.get(final, final.translate(_CLASSES))
            if initial == "w" and final == "u":  # 乌 wu: u
                return "", "", "u"
            if initial in ("j", "q", "x", "y") and final.startswith("u"):
                final = "v" + final[1:]  # 居 ju is jü
            return initial, sound, _FINALS.get(final, final.translate(_CLASSES))
    return "", "", _FINALS.get(pinyin, pinyin.translate(_CLASSES))


_ALTERNATES = {"x": ("s", "h"), "ai": ("e", "a"), "ian": ("ian", "en")}
"""Sounds a character writes two ways: x the h Chinese does not say before i (希 hi, 欣
the him of Ibrahim) as well as s; ai an a as often as an e (艾哈迈迪 Ahmadi, 戴维 David;
迈克尔 Michael); ian the en of Russian names (连 Yelena) as well as ian (廉 William). (ei,
an e and an i alike, is one vowel once folded: 菲 Fidel, 贝 Becker.)"""
_LABIAL_N = re.compile("n(?=[bpmf])")
"""A nasal ending before a labial: the m Chinese has no ending for (穆罕默德 Muhammad)."""


_MAX_ALTERNATES = 3
"""Characters read two ways in one word, past which a word is read all one way or all
the other (2 ** 3 readings at most)."""


@lru_cache(maxsize=50_000)
def han_foreign_canonical(token: str) -> tuple[str, ...]:
    """A Han word of a foreign name as Chinese hears it: every vowel written; without the
    vowel of characters written for a lone consonant, the first character's kept (卡斯帕
    罗夫 "kaspaluf") and not (斯大林 "stalin"); each with either sound of a character
    read two ways (:data:`_ALTERNATES`)."""
    chars = [han_characters(char) for char in token if _is_han(char)]
    syllables: list[list[tuple[str, str]]] = []  # per character: (full, bare) readings
    for char in chars:
        ways: list[tuple[str, str]] = []
        for pinyin in (_pinyin(char), *_SECOND.get(char, ())):
            initial, consonant, vowel = _syllable(pinyin)
            consonants = _ALTERNATES["x"] if initial == "x" else (consonant,)
            vowels = _ALTERNATES.get(pinyin[len(initial) :], (vowel,))
            ways += [
                ((c + v).translate(_CLASSES), _LONE.get(char, c + v).translate(_CLASSES))
                for c in consonants
                for v in vowels
            ]
        syllables.append(list(dict.fromkeys(ways)))
    ambiguous = [i for i, ways in enumerate(syllables) if len(ways) > 1]
    if len(ambiguous) <= _MAX_ALTERNATES:
        choices = [
            [(bits >> n) & 1 for n in range(len(ambiguous))] for bits in range(2 ** len(ambiguous))
        ]
    else:
        choices = [[0] * len(ambiguous), [1] * len(ambiguous)]
    forms: list[str] = []
    for choice in choices:
        picked = dict(zip(ambiguous, choice, strict=True))
        chosen = [ways[picked.get(i, 0)] for i, ways in enumerate(syllables)]
        full = [pair[0] for pair in chosen]
        bare = [pair[1] for pair in chosen]
        forms += ["".join(full), "".join(bare)]
        if bare and bare[0] != full[0]:
            forms.append(full[0] + "".join(bare[1:]))
    return tuple(
        dict.fromkeys(
            _DOUBLED.sub(r"\1", _LABIAL_N.sub("m", form).translate(_CLASSES))
            for form in forms
            if form
        )
    )


CHINESE = {
    "th": "t", "kh": "h", "ch": "j", "zh": "j", "ts": "s", "tz": "s", "sch": "s", "z": "s",
    "tsch": "j",
}  # fmt: skip
"""Chinese writes th as t, kh as h, ch, j and zh with one set of characters (乔, 杰, 朱),
z, ts and s with another (萨, 茨, 斯), and l and r alike (拉 la, 罗 ro; folded after
:func:`matching.ear.heard`, which says an r after a vowel and not)."""
_LATIN_V = re.compile("v(?=[aeiouy])")
HEARD_LETTERS = "aiuptkfshjlmnw"
"""The letters a name heard as Chinese hears it is written with (:func:`chinese_ear`,
:func:`han_foreign_canonical`)."""
_UNSAID = re.compile("(?<=[aeiou])h$|eau|oe$|th$|qu(?=[ei])")
_UNSAID_AS = {"h": "", "eau": "o", "oe": "o", "th": "s", "qu": "k"}
"""Letters said otherwise than :func:`matching.ear.heard` reads them: a closing h after a
vowel unsaid (Nasrallah 纳斯鲁拉), the French eau and the English oe o (Moreau 莫罗, Joe
乔), a closing th s (Smith 史密斯), the Romance qu before e or i k (Márquez 马尔克斯)."""
_SOFT_TD = re.compile("(?:ts|t|d)(?=i)")
"""A t, d or ts before i, which the tables write j as Russian softens it (ти 季, ди 基,
ци 钦: Putin 普京, Vladimir 弗拉基米尔, Yeltsin 叶利钦)."""
_SHORT_U = re.compile("u(?=[^aeiouy]{2})")
"""An English u closed by two consonants, said a (Trump 特朗普, Musk 马斯克)."""
_HARD_G = "\x00"


@lru_cache(maxsize=100_000)
def chinese_ear(latin: str) -> tuple[str, ...]:
    """A Latin spelling as Chinese hears it (:func:`matching.ear.heard`): v as w before a
    vowel and f elsewhere (维克托 Viktor, 弗拉基米尔 Vladimir, 夫 the -ov of Lavrov), l
    and r as one, e and i as one vowel, o and u as one (Vladimir "fladimil"); a g before
    e or i soft and hard (Angela 安格拉, Sergey 谢尔盖); a j also as the y it is in most
    languages but English and French (Jürgen 于尔根, Jan 扬); a t or d before i also as j
    (:data:`_SOFT_TD`), an u closed by two consonants also as a (:data:`_SHORT_U`); other
    letters as said (:data:`_UNSAID`)."""
    text = _UNSAID.sub(lambda m: _UNSAID_AS[m.group()], latin)
    text = _LATIN_V.sub("w", text).replace("v", "f")
    texts = [text]
    if "j" in text:
        texts += [t.replace("j", "y") for t in texts]
    if "g" in text:
        texts += [t.replace("g", _HARD_G) for t in texts]
    if _SOFT_TD.search(text):
        texts += [_SOFT_TD.sub("j", t) for t in texts]
    if _SHORT_U.search(text):
        texts += [_SHORT_U.sub("a", t) for t in texts]
    forms = [f.replace(_HARD_G, "g") for t in texts for f in heard(t, CHINESE)]
    return tuple(
        dict.fromkeys(_DOUBLED.sub(r"\1", f.replace("r", "l").translate(_CLASSES)) for f in forms)
    )
