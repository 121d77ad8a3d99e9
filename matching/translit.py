"""Romanisation of name tokens from any script into lowercase ASCII letters.

Use :func:`romanize` to get the Latin forms of one token. The first form is the primary
one; the others are the spellings the same name takes in other common schemes (Korean
McCune-Reischauer next to Revised Romanisation, Korean family names as people write them,
German or Scandinavian umlaut digraphs). anyascii does the bulk; we add what it lacks:
Indic inherent vowels and the joined CJK syllables it emits as capitalised runs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from importlib import resources
from itertools import product

from anyascii import anyascii
from unidecode import unidecode

from matching import hokkien
from matching.han_readings import other_readings
from matching.hangul_foreign import foreign_hangul_forms
from matching.japanese import kana_forms, reading_forms
from matching.katakana_foreign import katakana_canonical
from matching.khmer import khmer_forms
from matching.scripts import BRAHMIC, KEEP_FINAL_VOWEL, Script, char_script
from matching.thaana import thaana_forms
from matching.tibetan import tibetan_forms

_NON_LETTERS = re.compile(r"[^a-z]+")
_SYLLABLES = re.compile(r"[A-Z][a-z]*")

# Korean family names: Revised Romanisation gives "gim", "i", "bak"; people write these.
KOREAN_SURNAMES: dict[str, tuple[str, ...]] = {
    "김": ("kim",),
    "이": ("lee", "yi", "rhee", "ri", "li"),
    "리": ("ri", "lee", "li"),
    "박": ("park", "pak", "bak"),
    "최": ("choi", "choe"),
    "정": ("jung", "jeong", "chung", "jong"),
    "강": ("kang",),
    "조": ("cho", "jo"),
    "윤": ("yoon", "yun"),
    "장": ("jang", "chang"),
    "임": ("lim", "im", "rim"),
    "림": ("rim", "lim"),
    "한": ("han",),
    "오": ("oh", "o"),
    "서": ("seo", "suh", "so"),
    "신": ("shin", "sin"),
    "권": ("kwon", "gwon"),
    "황": ("hwang",),
    "안": ("ahn", "an"),
    "송": ("song",),
    "류": ("ryu", "yoo", "yu", "ryoo"),
    "유": ("yoo", "yu"),
    "홍": ("hong",),
    "전": ("jeon", "jun", "chon"),
    "고": ("ko", "go", "koh", "goh"),
    "문": ("moon", "mun"),
    "손": ("son", "sohn"),
    "양": ("yang", "ryang"),
    "배": ("bae", "pae"),
    "백": ("baek", "paek", "paik"),
    "허": ("heo", "hur", "ho", "huh"),
    "노": ("noh", "roh", "no"),
    "로": ("ro", "roh"),
    "남": ("nam",),
    "심": ("shim", "sim"),
    "하": ("ha",),
    "곽": ("kwak",),
    "성": ("sung", "seong", "song"),
    "차": ("cha",),
    "주": ("joo", "ju", "chu"),
    "우": ("woo", "u"),
    "구": ("koo", "ku", "gu"),
    "민": ("min",),
    "나": ("na", "ra"),
    "라": ("ra", "na"),
    "진": ("jin", "chin"),
    "지": ("ji", "chi"),
    "엄": ("eom", "um"),
    "채": ("chae",),
    "원": ("won",),
    "천": ("cheon", "chun", "chon"),
    "방": ("bang", "pang"),
    "공": ("kong", "gong"),
    "현": ("hyun", "hyon"),
    "함": ("ham",),
    "변": ("byun", "pyon"),
    "염": ("yeom", "yum"),
    "여": ("yeo", "yo", "ryo"),
    "추": ("choo", "chu"),
    "도": ("do", "to"),
    "석": ("seok", "sok"),
    "선": ("sun", "seon", "son"),
    "설": ("seol", "sol"),
    "마": ("ma",),
    "길": ("gil", "kil"),
    "연": ("yeon", "yon"),
    "위": ("wi", "wee"),
    "표": ("pyo",),
    "명": ("myung", "myong"),
    "기": ("ki", "gi"),
    "반": ("ban", "pan"),
    "왕": ("wang",),
    "금": ("keum", "kum"),
    "옥": ("ok",),
    "육": ("yook", "yuk"),
    "인": ("in",),
    "제": ("je", "che"),
    "탁": ("tak",),
    "국": ("kook", "kuk"),
    "은": ("eun", "un"),
    "용": ("yong",),
    "경": ("kyung", "kyong", "gyeong"),
    "봉": ("bong", "pong"),
    "부": ("boo", "bu", "pu"),
}

# Revised Romanisation -> McCune-Reischauer-like spellings (DPRK and older ROK usage).
_RR_TO_MR: tuple[tuple[str, str], ...] = (
    ("eo", "o"),
    ("eu", "u"),
    ("ae", "ae"),
    ("gy", "ky"),
    ("g", "k"),
    ("d", "t"),
    ("b", "p"),
    ("j", "ch"),
    ("r", "r"),
)


def _ascii_letters(text: str) -> str:
    return _NON_LETTERS.sub("", text.lower())


def _korean_mr(rr: str) -> str:
    """Approximate McCune-Reischauer (no diacritics) from one RR syllable run."""
    out = rr
    for old, new in _RR_TO_MR[:2]:
        out = out.replace(old, new)
    return out


def _korean_mr_initial(rr: str) -> str:
    """MR also devoices initial consonants of a given name: "gyeong" -> "kyong"."""
    out = _korean_mr(rr)
    for old, new in (("g", "k"), ("d", "t"), ("b", "p"), ("j", "ch")):
        if out.startswith(old):
            return new + out[len(old) :]
    return out


def _popular_syllable(rr: str) -> str:
    """How people often spell a syllable: 우 "woo", 유 "yoo", 수 "soo", 정 "jung"."""
    if rr == "u":
        return "woo"
    if rr.endswith("u") and not rr.endswith(("eu", "ou")):
        return rr[:-1] + "oo"
    return rr.replace("eo", "u")


def _popular_spelling(rr: str) -> str:
    """A syllable as many spell it in a passport or the press, each one on its own: u as
    "oo" before a final consonant too, and the opening g, d, b voiceless ("Ki-moon" 기문,
    "Joong-ki" 중기, "Seo-joon" 서준)."""
    syllable = rr
    if "u" in syllable and not any(v in syllable for v in ("eu", "ou", "ui", "uo", "ue")):
        syllable = syllable.replace("u", "oo", 1)
    if syllable[:1] in _DEVOICED:
        syllable = _DEVOICED[syllable[0]] + syllable[1:]
    return syllable


_DEVOICED = {"g": "k", "d": "t", "b": "p"}


def _devoiced(latin: str) -> str:
    """A romanised Hangul run with its opening g, d, b or j voiceless (k, t, p, ch)."""
    if latin.startswith("j"):
        return "ch" + latin[1:]
    return _DEVOICED.get(latin[:1], latin[:1]) + latin[1:]


def _shi(syllable: str) -> str:
    return "sh" + syllable[1:] if syllable.startswith(("si", "swi")) else syllable


def _rr_final(syllable: str) -> str:
    """Revised Romanisation of a syllable's final consonant: 숙 "suk", not "sug"."""
    if syllable.endswith("ng"):
        return syllable
    for voiced, plain in (("g", "k"), ("d", "t"), ("b", "p"), ("r", "l")):
        if syllable.endswith(voiced) and len(syllable) > 1:
            return syllable[:-1] + plain
    return syllable


def revised_romanisation(token: str) -> str:
    """A Hangul run in Revised Romanisation, syllable by syllable ("석열": seokyeol)."""
    return "".join(_rr_final(_ascii_letters(s)) for s in _SYLLABLES.findall(anyascii(token)))


def _rr_onsets(syllables: list[str]) -> list[str]:
    """Revised Romanisation's ㄹ before a vowel: r, not the l anyascii writes (보람 "boram",
    나래 "narae", 하아름 "haareum"), but after another ㄹ (ㄹㄹ is "ll": 일리 "illi")."""
    out: list[str] = []
    for index, syllable in enumerate(syllables):
        after_rieul = bool(index) and out[-1].endswith("l")
        out.append("r" + syllable[1:] if syllable.startswith("l") and not after_rieul else syllable)
    return out


def hangul_forms(token: str) -> tuple[str, ...]:
    syllables = [_rr_final(_ascii_letters(s)) for s in _SYLLABLES.findall(anyascii(token))]
    joined = "".join(syllables)
    popular = "".join(_popular_syllable(s) for s in syllables)
    forms = [
        joined,
        "".join(_rr_onsets(syllables)),
        _korean_mr(joined),
        _korean_mr_initial(joined),
        popular,
        "".join(_popular_spelling(s) for s in syllables),
        # the press's spelling: 희 "hee", and the opening consonant voiceless as in
        # McCune-Reischauer (Park Chung-hee 박정희, Chun Doo-hwan 전두환)
        _devoiced("".join(_popular_syllable(s).replace("hui", "hee") for s in syllables)),
    ]
    if any(s.startswith(("si", "swi")) for s in syllables):
        # McCune-Reischauer and most people write 시 as "shi" (Shiu, Shin-woo)
        forms += [
            "".join(_shi(s) for s in syllables),
            "".join(_shi(_popular_syllable(s)) for s in syllables),
        ]
    if len(token) == 1 and token in KOREAN_SURNAMES:
        forms = [*KOREAN_SURNAMES[token], *forms]
    forms.append(hangul_transliteration(token))
    return tuple(dict.fromkeys(f for f in forms if f))


def hangul_transliteration(token: str) -> str:
    """Revised Romanization's letter-by-letter transliteration, as systems romanising
    without a name's pronunciation write it: 박 "bag", 정식 "jeongsig"."""
    return _ascii_letters(anyascii(token))


_VIRAMAS = frozenset("\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d4d\u0dca")
_ANUSVARA = frozenset(
    "\u0902\u0982\u0901\u0981"  # and chandrabindu: "चाँद" is Chand
    "\u0a02\u0a70\u0a01\u0a82\u0a81\u0b02\u0b01\u0b82\u0c02\u0c01\u0c82\u0d02\u0d82"
)
_NUKTAS = frozenset("\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc")
_ADDAK = "\u0a71"
"""Gurmukhi addak: the next consonant is doubled, the vowel before it said (ਭੱਟ, Bhatt)."""
# anyascii follows ISO 15919 ("c" for च, "s" for श); names are written "ch" and "sh"
_INDIC_SPELLING = {"CA": "ch", "CHA": "chh", "SHA": "sh", "SSA": "sh"}
_SINHALA_VOWELS = range(0x0D85, 0x0D97)
_INDIC_VOWEL = re.compile(r" LETTER (?:CANDRA |SHORT |VOCALIC )?(?:[AEIOU]{1,2}|R|L|RR|LL)$")


@lru_cache(maxsize=1024)
def _indic_letter(char: str) -> str:
    """One letter as Indian names are written in Latin (:data:`_INDIC_SPELLING`)."""
    name = unicodedata.name(char, "")
    return _INDIC_SPELLING.get(name.rpartition(" LETTER ")[2], "") or anyascii(char)


# Tamil writes k, c, ṭ, t, p once for the voiceless and the voiced sound: voiceless at
# the start of a word and doubled, voiced after a nasal, and between vowels g, s, d, th
# and p (Murugan முருகன், Saravanan சரவணன், Pandian பாண்டியன், Chandran சந்திரன்).
_TAMIL_STOPS = {
    "\u0b95": ("k", "g", "g"),
    "\u0b9a": ("s", "j", "s"),
    "\u0b9f": ("t", "d", "d"),
    "\u0ba4": ("t", "d", "th"),
    "\u0baa": ("p", "b", "p"),
}
_TAMIL_NASALS = frozenset("\u0b99\u0b9e\u0ba3\u0ba8\u0bae\u0ba9")
_TAMIL_GEMINATE = {"\u0b9a": "ch"}  # ச்ச: Pichai


def _tamil_sound(chars: list[str], index: int) -> str:
    char = chars[index]
    voiceless, after_nasal, between = _TAMIL_STOPS[char]
    before = chars[index - 2 : index]
    after = chars[index + 1 : index + 3]
    if before == [char, "\u0bcd"] or after == ["\u0bcd", char]:
        return _TAMIL_GEMINATE.get(char, voiceless)
    if index == 0:
        return voiceless
    if before[-1:] == ["\u0bcd"]:
        return after_nasal if before[0] in _TAMIL_NASALS else voiceless
    return between


# Bengali names as Bengalis say and write them in Latin: the inherent vowel is o (Tonmoy
# তন্ময়, Choyon চয়ন, Orgho অর্ঘ্য), ভ is v (Sourav, Shuvojit), ৌ is ou, and a ya
# joined under a consonant doubles it, written once (অর্ঘ্য: Orgho).
_BENGALI_SPOKEN = {"অ": "o", "ভ": "v", "ৌ": "ou"}
_BENGALI_YA_PHALA = "\u09af"
_BENGALI_JA = "\u099c"
"""Bengali writes the z of Arabic and Persian names with ja; Latin spellings write z."""


_BENGALI_BA = "\u09ac"
_ODIA_BA = "\u0b2c"
_DEVANAGARI_VA = "\u0935"
"""Bengali and Odia write b and v with one letter, ব and ବ, said b; Latin spellings of
their Sanskrit names write v (Naveen ନବୀନ, Vijay ବିଜୟ, Devi দেবী, Vivek বিবেক), so the
letter is also read as Devanagari's va."""


_FLAPS = {
    "\u095c": "r", "\u095d": "rh", "\u09dc": "r", "\u09dd": "rh", "\u0b5c": "r", "\u0b5d": "rh",
    "\u0921": "r", "\u0922": "rh", "\u09a1": "r", "\u09a2": "rh", "\u0b21": "r", "\u0b22": "rh",
}  # fmt: skip
"""ड़, ढ़ and their Bengali and Odia letters, the flaps ISO 15919 writes ṛ, ṛh: by the
precomposed letter, or by the plain letter (in the second half) before a nukta."""
_PRECOMPOSED_FLAPS = frozenset("\u095c\u095d\u09dc\u09dd\u0b5c\u0b5d")


def letter_readings(token: str, script: Script) -> tuple[str, ...]:
    """A token letter by letter as transliteration libraries write it, where that is
    another spelling than a name's: Brahmic scripts as ICU, IAST and ISO 15919 write them
    with their marks dropped, every inherent vowel said ("सचिन पाटील": sacina patila);
    Thai and Lao in written order, a vowel sign before its consonant as it is written
    (anyascii and unidecode: "ไสยกิจ" is "aisykich", Saiyakit); Arabic and Hebrew letter
    for letter as ICU and unidecode write them ("أميرة": amyrt, myr), and so Greek,
    Armenian and Georgian ("Βαβάση": Babase, "ცარციძე": carcize). Only an equal spelling
    meets one (:attr:`matching.names.NamePart.letters`): it writes vowels the name does
    not say, or says them in another place, so one letter off it is as often another name
    ("sabina")."""
    forms: tuple[str, ...]
    if script in BRAHMIC:
        # and unidecode's: no inherent vowel, long vowels and retroflexes doubled
        # ("शर्मा": shrmaa, "कृष्ण": krssnn)
        # and anyascii's, without the inherent vowels ("अर्चना": arcna), also a reading
        # of the part's own, which two parts of one script compare by
        forms = (
            _indic(token, scholarly=True),
            _ascii_letters(unidecode(token).lower()),
            _ascii_letters(anyascii(token)),
        )
    elif script in _WRITTEN_ORDER:
        forms = (_ascii_letters(anyascii(token)), _ascii_letters(unidecode(token)))
        if script is Script.THAI:
            forms += (thai_iso_letters(token),)
    elif script in _ICU_LETTERS:
        # ICU's letters (alef "a", ta marbuta "t"; צ "z", ח "h", ק "q"; β "b", η "e";
        # Armenian խ "x") and unidecode's
        text = unicodedata.normalize("NFD", token.lower())
        for digraph, latin in _ICU_DIGRAPHS.get(script, ()):
            text = text.replace(digraph, latin)
        letters = _ICU_LETTERS[script]
        icu = "".join(letters.get(char) or anyascii(char) for char in text)
        forms = (_ascii_letters(icu), _ascii_letters(unidecode(token).lower()))
    elif script is Script.KANA and any(char_script(char) is Script.HAN for char in token):
        # kana and kanji in one word, as ICU, anyascii and unidecode write it: the kana
        # in Hepburn, the kanji in Mandarin ("くみ子": kumi zi, kumiZi)
        forms = (_ascii_letters(anyascii(token)),)
    elif script in (Script.GEORGIAN, Script.HANGUL):
        # ICU's are anyascii's, a reading already; unidecode's Hangul writes ㅊ "c" and
        # ㅝ "weo" ("최지원": coejiweon)
        forms = (_ascii_letters(unidecode(token).lower()),)
    else:
        return ()
    return tuple(dict.fromkeys(f for f in forms if f))


_WRITTEN_ORDER = frozenset({Script.THAI, Script.LAO})
_THAI_ISO = str.maketrans(
    dict(
        zip(
            "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮะัาำิีึืุูเแโใไๅ",
            (
                "k", "kh", "kh", "kh", "kh", "kh", "ng", "c", "ch", "ch", "s", "ch", "y",
                "d", "t", "th", "th", "th", "n", "d", "t", "th", "th", "th", "n", "b", "p",
                "ph", "f", "ph", "f", "ph", "m", "y", "r", "v", "l", "l", "w", "s", "s", "s",
                "h", "l", "x", "h", "a", "a", "a", "a", "i", "i", "u", "u", "u", "u", "e",
                "ae", "o", "i", "i", "i",
            ),
            strict=True,
        )
    )
)  # fmt: skip
"""ISO 11940's letters with their marks dropped, as ICU's ``Thai-Latin`` and
``Latin-ASCII`` write them (and so every list romanised by ICU): อ x, จ c, ญ y, ฤ v,
each vowel sign a letter, tone marks and thanthakhat nothing."""
_THAI_PREPOSED_SIGNS = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")


def thai_iso_letters(token: str) -> str:
    """A Thai token letter by letter by ISO 11940 (:data:`_THAI_ISO`): a preposed vowel
    after the one consonant it precedes ("เพชร" phechr, "เชิง" cheing), no inherent vowel
    said, and silent letters kept ("ศักดิ์" sakdi)."""
    text = _THAI_PREPOSED_SIGNS.sub(r"\2\1", token)
    return _ascii_letters(text.translate(_THAI_ISO))


_ICU_LETTERS: dict[Script, dict[str, str]] = {
    Script.ARABIC: {
        "\u0627": "a", "\u0623": "a", "\u0625": "a", "\u0622": "a", "\u0629": "t",
        "\u0649": "y", "\u0626": "y", "\u0624": "w",
    },
    Script.HEBREW: {
        "\u05e6": "z", "\u05e5": "z", "\u05d7": "h", "\u05e7": "q", "\u05db": "k",
        "\u05da": "k", "\u05e4": "p", "\u05e3": "p", "\u05d5": "w", "\u05e9": "s",
        "\u05d1": "b", "\u05ea": "t",
    },
    Script.GREEK: {
        "α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "e", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "ph", "χ": "ch", "ψ": "ps",
        "ω": "o",
    },
    Script.ARMENIAN: {
        "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y",
        "թ": "t", "ժ": "z", "ի": "i", "լ": "l", "խ": "x", "ծ": "c", "կ": "k", "հ": "h",
        "ձ": "j", "ղ": "g", "ճ": "c", "մ": "m", "յ": "y", "ն": "n", "շ": "s", "ո": "o",
        "չ": "c", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r",
        "ց": "c", "ւ": "w", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
    },
}  # fmt: skip
_ICU_DIGRAPHS: dict[Script, tuple[tuple[str, str], ...]] = {
    Script.GREEK: (("γκ", "nk"), ("γγ", "ng"), ("γξ", "nx"), ("γχ", "nch"), ("ου", "ou"),
                   ("αυ", "au"), ("ευ", "eu"), ("ηυ", "eu")),
    Script.ARMENIAN: (("ու", "u"),),
}  # fmt: skip
"""Letters ICU's transliterators write otherwise than anyascii: ICU keeps the alef of
an Arabic name as "a" and its ta marbuta as "t" ("أميرة": amyrt), gives each Hebrew letter
one Latin letter ("יצחק": yzhq), Greek as classical transliteration does ("Βαβάση":
Babase) and Armenian by ISO 9985 ("Խուդոյան": Xudoyan); with :data:`_ICU_DIGRAPHS`."""


def _indic(
    token: str, *, spoken: bool = False, ja_as_z: bool = False, scholarly: bool = False
) -> str:
    """A Brahmic script (:data:`matching.scripts.BRAHMIC`): add the inherent 'a' that
    anyascii leaves out.

    A consonant takes 'a' unless a vowel sign or virama follows; where the language drops
    it at the end of a word (Hindi, Bengali, Punjabi, Gujarati) a final consonant takes it
    only after a cluster ("Narendra", not "Narendr"). ``spoken``: Bengali as pronounced
    (:data:`_BENGALI_SPOKEN`, the inherent vowel o), Tamil stops voiced as said
    (:func:`_tamil_sound`). ``ja_as_z``: Bengali ja as the z it writes in Arabic names.
    ``scholarly``: letter by letter as ISO 15919 and IAST write them with their marks
    dropped, as transliteration libraries do: every inherent vowel said, the last too
    ("सचिन": sacina, "पाटील": patila), c for च, s for श and ष, r for the flap ड़, m for a
    nasal sign.
    """
    out: list[str] = []
    text = token.replace("\u09df", "\u09af")
    flaps: set[int] = set()
    chars: list[str] = []
    for char in text:
        if char in _NUKTAS:
            if scholarly and chars and chars[-1] in _FLAPS:
                flaps.add(len(chars) - 1)
            continue
        if scholarly and char in _PRECOMPOSED_FLAPS:
            flaps.add(len(chars))
        chars.append(char)
    if not chars:
        return ""
    script = char_script(chars[0])
    bengali = spoken and script is Script.BENGALI
    tamil = spoken and script is Script.TAMIL
    inherent = "o" if bengali else "a"
    keep_final = scholarly or script in KEEP_FINAL_VOWEL
    for index, char in enumerate(chars):
        if char in _ANUSVARA:  # a nasal: "n" in Singh, Chandra; "m" before b/p/m
            after = chars[index + 1] if index + 1 < len(chars) else ""
            out.append("m" if scholarly or anyascii(after)[:1] in ("b", "p", "m") else "n")
            continue
        previous = chars[index - 1] if index > 0 else ""
        if bengali and char == _BENGALI_YA_PHALA and previous in _VIRAMAS:
            out.append("")
        elif tamil and char in _TAMIL_STOPS:
            out.append(_tamil_sound(chars, index))
        elif char == _ADDAK or (char == "\u09af" and previous == "\u0993" and not scholarly):
            out.append("")  # Bengali ওয় before a vowel is w: ওয়াজেদ, Wazed
        elif char == "\u0993" and chars[index + 1 : index + 2] == ["\u09af"] and not scholarly:
            out.append("w")  # (letter by letter, as ICU writes it, o and ya: a'oyala)
        elif scholarly:
            letter = _FLAPS[char] if index in flaps else anyascii(char)
            out.append(letter * 2 if previous == _ADDAK else letter)
        else:
            letter = (
                "z"
                if ja_as_z and char == _BENGALI_JA
                else (_BENGALI_SPOKEN.get(char) if bengali else None) or _indic_letter(char)
            )
            out.append(letter * 2 if previous == _ADDAK else letter)
        if unicodedata.category(char) != "Lo" or not _is_indic_consonant(char):
            continue
        following: str | None = chars[index + 1] if index + 1 < len(chars) else None
        if following is None:
            if keep_final or previous in _VIRAMAS:
                out.append(inherent)
        elif (
            following in _ANUSVARA
            or following == _ADDAK
            or unicodedata.category(following) not in ("Mn", "Mc")
        ):
            out.append(inherent)  # a nasal sign marks no vowel: "शंकर" is Shankar
    return _ascii_letters("".join(out))


@lru_cache(maxsize=1024)
def _is_indic_consonant(char: str) -> bool:
    if char_script(char) is Script.SINHALA:
        return ord(char) not in _SINHALA_VOWELS
    name = unicodedata.name(char, "")
    return " LETTER " in name and "CHILLU" not in name and not _INDIC_VOWEL.search(name)


# Cyrillic letter by letter as the Latin-script Slavic languages, ISO 9 and German or
# Scandinavian usage write it, diacritics dropped: "Сергей" is "Sergej", "Вучић" is "Vučić"
# (anyascii reads "sergey", "vuchic"). Names met in Latin from Serbia, Croatia, the Czech
# lands, Poland, the Baltics or Germany are spelled this way.
_CYRILLIC_SCHOLARLY = str.maketrans(
    {
        "ђ": "d",
        "є": "je",
        "ё": "e",
        "ж": "z",
        "ї": "ji",
        "й": "j",
        "ј": "j",
        "љ": "lj",
        "њ": "nj",
        "ћ": "c",
        "х": "h",
        "ц": "c",
        "ч": "c",
        "џ": "dz",
        "ш": "s",
        "щ": "sc",
        "ъ": "",
        "ь": "",
        "ю": "ju",
        "я": "ja",
    }
)


# Ukrainian names in Latin follow the national transliteration (passports since 2010):
# г is h, и y, і i, and є, ї, й, ю, я are ye, yi, y, yu, ya at the start of a word and
# ie, i, i, iu, ia inside it (Hryhorii, Yevhen, Serhii); anyascii reads Russian values.
_UKRAINIAN_LETTERS = frozenset("іїєґ")
"""Letters only Ukrainian writes; a г is read as h too, since many Ukrainian names have
none of them (Олег, Ольга, Галина) and Russian spells Hussein "Гусейн"."""
_UKRAINIAN = str.maketrans(
    {"г": "h", "ґ": "g", "и": "y", "і": "i", "є": "ie", "ї": "i", "й": "i", "ю": "iu",
     "я": "ia", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ж": "zh", "ь": "",
     "'": "", "’": ""}
)  # fmt: skip
_UKRAINIAN_START = str.maketrans({"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"})


# German (Duden) and French usage, as German and French passports, registers and press
# wrote Russian and Ukrainian names: "Михеев" is Michejew / Mikheïev, "Терещук"
# Tereschtschuk, "Путин" Poutine, "Чайковский" Tschaikowski / Tchaïkovski.
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїєьъ")
_SERBIAN_LETTERS = frozenset("ђјљњћџ")
_CYRILLIC_GERMAN = str.maketrans(
    {"в": "w", "ж": "sch", "з": "s", "й": "i", "х": "ch", "ц": "z", "ч": "tsch",
     "ш": "sch", "щ": "schtsch", "ю": "ju", "я": "ja", "ё": "jo", "є": "je", "ї": "ji",
     "ь": "", "ъ": ""}
)  # fmt: skip
_CYRILLIC_FRENCH = str.maketrans(
    {"у": "ou", "ж": "j", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch", "щ": "chtch",
     "ю": "iou", "я": "ia", "ё": "io", "й": "i", "є": "ie", "ї": "i", "ь": "", "ъ": ""}
)  # fmt: skip


def _western(lower: str, iotated_e: str, table: dict[int, str]) -> str:
    """German or French spelling: an e opening a word or after a vowel is iotated
    (Jelena, Iouri), ё after a hushing consonant is o (Chruschtschow), an s between vowels
    is doubled to stay voiceless (Issajew), and a final -ий, -ый loses its й
    (Tschaikowski)."""
    if lower.endswith(("ий", "ый")):
        lower = lower[:-1]
    out: list[str] = []
    for index, letter in enumerate(lower):
        before = lower[index - 1] if index else ""
        if letter == "е" and (not before or before in _CYRILLIC_VOWELS):
            out.append(iotated_e)
        elif letter == "ё" and before and before in "жчшщц":
            out.append("о")
        elif (
            letter == "с"
            and before in _CYRILLIC_VOWELS
            and lower[index + 1 : index + 2] in _CYRILLIC_VOWELS
        ):
            out.append("ss")
        else:
            out.append(letter)
    return _ascii_letters(anyascii("".join(out).translate(table)))


def _cyrillic_forms(token: str) -> tuple[str, ...]:
    lower = token.lower()
    forms = [
        _ascii_letters(anyascii(token)),
        _ascii_letters(anyascii(lower.translate(_CYRILLIC_SCHOLARLY))),
    ]
    if "ё" in lower:  # Пётр, Фёдор: written Pyotr, Fyodor as often as Petr, Fedor
        forms.append(_ascii_letters(anyascii(lower.replace("ё", "yo"))))
    if "г" in lower or not _UKRAINIAN_LETTERS.isdisjoint(lower):  # Олег: Oleh as well
        ukrainian = lower[:1].translate(_UKRAINIAN_START) + lower[1:].replace("зг", "zgh")
        forms.append(_ascii_letters(anyascii(ukrainian.translate(_UKRAINIAN))))
    return tuple(dict.fromkeys(f for f in forms if f))


# A Russian or Ukrainian name written the German way (Issajew, Simeonow, Edgardowitsch,
# Tereschtschuk; also with a j for an iotated e, Issajev, or for a closing й: Sergej,
# Dmitrij, Nikolaj) also reads as English spellings write it (Isayev, Simeonov,
# Edgardovich, Tereshchuk, Sergey): the names meet whichever scheme the other side used.
# Only -ej, -ij and -olaj close with й: -aj and -oj close Indian names too (Pankaj, Manoj).
_GERMAN_SLAVIC = re.compile(r"(?:[oe]w|[oe]wa|itsch|[oe]wna|[ei]j|olaj)$|tsch|[aeiou]je[vw]a?$")
_FROM_GERMAN = (
    ("schtsch", "\x01"), ("tsch", "\x02"), ("sch", "\x03"), ("ch", "kh"), ("w", "v"),
    ("j", "y"), ("\x01", "shch"), ("\x02", "ch"), ("\x03", "sh"),
)  # fmt: skip
_DOUBLE_S = re.compile(r"(?<=[aeiouy])ss(?=[aeiouy])")


def _from_german(latin: str) -> str:
    for german, english in _FROM_GERMAN:
        latin = latin.replace(german, english)
    return _DOUBLE_S.sub("s", latin)


# A Russian or Ukrainian name written the French way shows it by letters French writes
# for Cyrillic and few other names carry: chtch (щ: Khrouchtchev), tch before a Slavic
# ending (ч: Chevtchenko, Gorbatchev, Kovaltchouk), -ovitch, -chenko (ш: Timochenko), iou
# opening a word (ю: Iouri, Ioukhym), a closing й or -ая with a diaeresis (Sergueï,
# Oulitskaïa, Dostoïevski), gu for г before e or i after a v or opening a word before a
# vowel (Evgueni, Gueorgui), ou in a word closing -ov or -ev (у: Ziouganov, Goussev).
# In 400,000 Latin names of 19 European locales and the screening benchmarks' lists,
# those last two met no other name; a closing -gui did (Basque Arregui, Jáuregui), and so
# did a j before -ov (Croatian Jakov, Stojanov). Then every word of the name also reads
# as English spellings write it (Ioukhym: Yukhym, Loukachenko: Lukashenko), where a
# German spelling (Juchym, Tymoschenko) meets it. A German spelling shows it by
# schtsch, tsch before a Slavic ending (Gorbatschow), -owitsch, -owa, -ewa after d or j,
# -jew after a vowel, -schenko.
# Not signs, measured on other people's names: -ouk (Anouk, Farouk), tsch alone (Deutsch,
# Bartsch), -ewa alone (Ewa, Adesewa, Dewa), -jev (Rajev), -itchin (Kitchin), a j after a
# consonant (the ج of Marjan, the dj of Djamel, the ㅈ of Gimjeongho); nor is a French
# mute e dropped, which makes Martine Martin.
_FRENCH_SLAVIC = re.compile(
    r"chtch|tch(?:[eo]v|enko|ouk)|[oe]vitch\b|chenko\b|\biou|[ae]ï\b|aïa\b|oïe"
    r"|vgu[eiy]|\bgue[aeiou]|ou\w*[eo]v\b"
)
_GERMAN_NAME = re.compile(
    r"schtsch|tsch(?:enko|uk|[eo]w)|[oe]witsch\b|\w{3}(?:ow|[dj]ew)n?a\b|[aeiou]jew\b|schenko\b"
)
_FROM_FRENCH = (
    ("chtch", "\x01"), ("tch", "\x02"), ("ch", "sh"), ("j", "zh"), ("\x01", "shch"),
    ("\x02", "ch"),
)  # fmt: skip
_FRENCH_IOTATED = re.compile(r"^i(?=u)|(?<=[aeiou])i(?=[aeiou])")
_FRENCH_GU = re.compile(r"gu(?=[eiy])")


def slavic_scheme(tokens: Sequence[str]) -> str:
    """``"german"`` or ``"french"`` when a name (its lower-case words) is a Russian or
    Ukrainian name spelt the German or French way (a word shows it), else ``""``."""
    text = " ".join(tokens)
    # letters every sign has, tested first: this runs for every name of a list
    if ("sch" in text or "w" in text) and _GERMAN_NAME.search(text):
        return "german"
    if ("ch" in text or "ou" in text or "gu" in text or "ï" in text) and _FRENCH_SLAVIC.search(
        text
    ):
        return "french"
    return ""


def from_slavic_scheme(latin: str, scheme: str) -> str:
    """A word of a name :func:`slavic_scheme` found German or French, as English
    spellings write it: Juchym is Yukhym, Ioulia Yulia, Sergueï Sergei."""
    if scheme == "german":
        return _from_german(latin)
    latin = _FRENCH_IOTATED.sub("y", _FRENCH_GU.sub("g", latin).replace("ou", "u"))
    for french, english in _FROM_FRENCH:
        latin = latin.replace(french, english)
    return _DOUBLE_S.sub("s", latin)


def _latin_forms(token: str) -> tuple[str, ...]:
    base = _ascii_letters(anyascii(token))
    forms = [base]
    if any(c in token for c in "äöü"):
        digraphs = token.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
        forms.append(_ascii_letters(anyascii(digraphs)))
    if "ə" in token:  # Azerbaijani schwa: "Əliyev" is written Aliyev more than Eliyev
        forms.append(_ascii_letters(anyascii(token.replace("ə", "a"))))
    if "đ" in token:  # Serbo-Croatian: "Đorđe" is written Djordje (Ђорђе) as often as Dorde
        forms.append(_ascii_letters(anyascii(token.replace("đ", "dj"))))
    return tuple(dict.fromkeys(f for f in forms if f))


_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc]+")


def _kana_forms(token: str) -> tuple[str, ...]:
    """Hepburn spellings of a name in kana (:func:`matching.japanese.kana_forms`), or in
    kana and kanji by its Japanese reading; anyascii when it has none."""
    forms = kana_forms(token) if _KANA.fullmatch(token) else reading_forms(token)
    return forms or _latin_forms(token)


MIN_GERMAN_SLAVIC = 5
"""Shorter tokens are rarely Slavic surnames ("Chow", "Crow")."""


_SUN = "(sh|th|dh|[rsnztd])"
_ABD_ASSIMILATED = re.compile(f"^abd(?:[aeiou]{{1,2}}{_SUN}\\1?([a-z]+)|(?:u|ou|e){_SUN})$")
_DIN_ASSIMILATED = re.compile(r"^(?:([a-z]{3,})(?:[aeiou]dd|[eu]d|[ei]tt)|[aeiu]dd)(in|ine|een)$")
_U_ARTICLE = re.compile(f"^([a-z]{{3,}})(?:u|o(?=r))(?:{_SUN}\\2([a-z]{{3,}})|{_SUN})$")
"""A name with the article assimilated as South Asian spellings write it, "-ur", "-us",
"-uz", "-un" before the next name (Habibur Rahman, Anisuz Zaman, Khairun Nessa), or
joined to it with the sound doubled (Habiburrahman); Bengali spellings also write "-or"
(Lutfor, Mizanor Rahman). Not "-ul" (Nurul Islam): its consonants are the article's
already, and "Xal" would make Rahul and Rahal one name."""


_SUN_LETTERS = frozenset("تثدذرزسشصضطظن")
"""Arabic letters the article assimilates to (al-Rahman is spoken ar-Rahman); lam
itself is left out: "ll" is written as spoken (Abdullah)."""


def article_sounds(following: str) -> tuple[str, ...]:
    """The sounds an Arabic article may take before a name: its first letter's
    romanisations when that is a sun letter ("رحمن" -> "r"; "ظاهر" -> "dh", "z" as
    Persian and most spellings say it), else none."""
    letter = following[:1]
    if letter not in _SUN_LETTERS:
        return ()
    forms = (anyascii(letter), anyascii(letter.translate(_PERSIAN_SOUNDS)))
    return tuple(dict.fromkeys(_ascii_letters(form) for form in forms))


def arabic_compound(latin: str) -> str | None:
    """A romanised Arabic compound with its article written "al", as most schemes write
    it, when the spelling assimilates it to the next sound (al-Din is spoken ad-Din):
    "abdurrahman", "abdur" -> "abdalrahman", "abdalr"; "noureddine", "nuriddin",
    "nurettin", "eddine" -> "nouraldine", "nuraldin", "nuraldin", "aldine"; "habibur",
    "habiburrahman" -> "habibalr", "habibalrahman"; or ``None``.
    Abd al-X and X al-Din make most Arabic given names; they are read only in shapes
    other names do not take: a name before "-din" ("Edin", "Udin" and "Aldin" are names
    of their own), an assimilated sound after a bare "Abd" ("Abdin" is one too). X al-Y
    is read as South Asia writes it (:data:`_U_ARTICLE`). A bare "Abdur" or "Habibur"
    keeps the sound, which the next name starts with: it meets "عبد ال" only before a
    name in r (:func:`article_sounds`), not before حسن or له."""
    found = _ABD_ASSIMILATED.match(latin)
    if found:
        sound, rest, bare = found.groups()
        return f"abdal{sound}{rest}" if rest else f"abdal{bare}"
    found = _DIN_ASSIMILATED.match(latin)
    if found:
        head, tail = found.groups()
        return f"{head or ''}ald{tail}"
    found = _U_ARTICLE.match(latin)
    if found:
        stem, sound, rest, bare = found.groups()
        return f"{stem}al{sound}{rest}" if rest else f"{stem}al{bare}"
    return None


_DIN_WRITTEN = re.compile(r"^([a-z]{3,})[aeu]ld(?:in|ine|een)$")
"""An X al-Din compound written as one word with the article as written: "Salaheldin",
"Nasraldin" (Egypt and the Levant)."""


def din_head(latin: str) -> str | None:
    """The X of an X al-Din compound written as one word ("noureddine", "nuruddin",
    "salaheldin": "nour", "nur", "salah"), or ``None``: the schemes that spell the
    article and Din apart (-eddine, -uddin, -ettin, -eldin) are one name for one X."""
    found = _DIN_ASSIMILATED.match(latin) or _DIN_WRITTEN.match(latin)
    return found.group(1) if found and found.group(1) else None


def article_stem(latin: str) -> str | None:
    """A bare assimilated compound without the sound it shares with the next name:
    "abdus", "habibur" -> "abdal", "habibal", as an Arabic-script run "عبد ال" reads
    before any name. For blocking only: as a reading it would meet "عبد ال" before a
    moon letter too (:func:`arabic_compound` keeps the sound)."""
    found = _ABD_ASSIMILATED.match(latin)
    if found and found.group(3):
        return "abdal"
    found = _U_ARTICLE.match(latin)
    if found and found.group(4):
        return f"{found.group(1)}al"
    return None


# Somali writes the Arabic ayn c and the ha x, and a long vowel doubled: "Cabdullaahi
# Maxamed Xasan" is Abdullahi Mohamed Hassan as other spellings write it, "Faarax" Farah,
# "Saciid" Said. A spelling with a doubled a, i or u (not the aa of Isaac, Isxaaq in
# Somali) reads so: a c alone is no sign, as "Clara" is no "Lara", nor is an x (Alex,
# Baxter, pinyin's Xu), unless the word so read is a known name
# (:func:`matching.names.prepare_name`); "Cali" (Ali) and "Cumar" (Omar) read so in a name
# that shows a sign elsewhere.
SOMALI_SIGNS = re.compile(r"aa(?!c\b)|ii|uu", re.IGNORECASE)
_SOMALI_READING = re.compile(r"c(?![hk])|x|([aeiou])\1")


def somali_reading(latin: str) -> str:
    """A Latin spelling read as Somali orthography: c silent, x as h, doubled vowels one."""
    return _SOMALI_READING.sub(lambda m: m.group(1) or ("h" if m.group(0) == "x" else ""), latin)


_TURKISH_LETTERS = re.compile("[ğışə]|i\u0307")
_TURKISH_PAIR = (re.compile("ç"), re.compile("[üö]"))
_TURKISH_SOUNDS = str.maketrans({"c": "j", "ç": "ch", "ş": "sh"})


def is_turkish(text: str) -> bool:
    """Whether a name is spelt as Turkish, Azerbaijani or Kurdish write, where c is the j
    sound: a letter of theirs (ğ, ş, dotless ı, dotted İ, ə), or ç beside ü or ö (French
    and Portuguese write ç, German ü)."""
    lower = text.lower()
    return _TURKISH_LETTERS.search(lower) is not None or all(
        pattern.search(lower) is not None for pattern in _TURKISH_PAIR
    )


_FRONT_ROUNDED = re.compile("(?<=[^aeiouıöü])([üö])")


def turkish_reading(token: str, *, azerbaijani: bool = False) -> str:
    """A Latin word of a Turkish name as English letters say it: c is j, ç ch, ş sh, and
    ü and ö after a consonant yu and yo, as Cyrillic writes them ("Recep" is Реджеп and
    رجب, "Cengiz" Дженгиз, "Şükrü" Шюкрю). ``azerbaijani`` (a name that writes ə or q):
    as English spellings write it instead, ə as a, x as kh, q as g, ü and ö as u and o
    ("Xədicə Məmmədova" is Khadija Mammadova, "Cəfərov" Jafarov, "Vüqar Qasımov" Vugar
    Gasimov); Russian spellings write it either way (Вугар, Шюкюр)."""
    if azerbaijani:
        token = token.replace("ə", "a").replace("x", "kh").replace("q", "g")
        return anyascii(token.translate(_TURKISH_SOUNDS)).lower()
    text = _FRONT_ROUNDED.sub(lambda m: "y" + m.group(1), token.translate(_TURKISH_SOUNDS))
    return anyascii(text).lower()


_QAF = re.compile(r"q+(?!u[aeiouy])")
"""A q (doubled or not) that is no European qu before a vowel (Quinn, Jacques, Enrique)."""
_WRITTEN_VOWEL = re.compile("[aeiou]")


def qaf_reading(latin: str) -> str | None:
    """A Latin spelling's q read as the gh Persian spellings write for the qaf (Qasemi
    and Ghasemi, Baqeri and Bagheri, Sadiq and Sadegh, Haqqani and Haghani), or ``None``
    without such a q. Met only by a spelling that writes gh there, so the reading adds
    no match to names that have no qaf. Not a spelling without a vowel (a, e, i, o, u):
    that is a transliteration letter by letter ("qyl", عقيل), whose q is the letter."""
    if not _WRITTEN_VOWEL.search(latin):
        return None
    read = _QAF.sub("gh", latin)
    return read if read != latin else None


_YO = re.compile(r"(?<=[bcdfghjklmnpqrstvwxz])(?:yo|jo(?=[bcdfghjklmnpqrstvwxz]))")
"""A yo after a consonant: Russian ё, which Russian writes е as often, and ICAO and
passports e (Пётр, Петр, Pyotr, Petr); German spellings write it jo, here before a
consonant (Pjotr, Fjodor). Not the io of French and Polish spellings (Piotr, Fiodor),
which other names write as often (Dionisy is no Denis, Marion no Maren)."""


def yo_as_e(latin: str) -> str | None:
    """A Latin spelling's yo after a consonant (or jo: :data:`_YO`) read as the e that
    Russian writes for ё as often as ё, and passports always (Pyotr / Петр, Petr; Fyodor
    / Федор, Fedor; Semyon / Семен; Pjotr Iwanow / Petr Ivanov), or ``None`` without
    one."""
    read = _YO.sub("e", latin)
    return read if read != latin else None


_POLISH_LETTERS = re.compile("[ąęłńśźż]")
_POLISH_SPELLING = re.compile(r"cz|(?<![a-z])rz(?!a)|(?<=[bdgkptw])rz|wicz\b|[cs]k[ia]\b")
"""Polish digraphs and endings (Kaczmarek, Rzepka, Grzegorz, Mickiewicz, Kowalski,
Jasińska), in a name without German's sch (Schwarzenegger). Not sz alone, which
Hungarian writes (Szabó), an rz after a vowel, which Spanish and Italian write (Garza,
Sforza), nor Azerbaijani Rza (Rzayev)."""
_POLISH_WORD = re.compile(
    r"[ąęłńśźżćó]|[csrd]z|w|[cs]k[ia]\b|(?<=[cnszbfmp])i(?=[aeouąęó])|(?<=[bfgkmpvw])ie"
)
"""A word of a Polish name that is spelt as Polish writes: read so only then, not an
English, Spanish or Chinese given name beside a Polish family name (John, Juan, Jin
Kowalski keep their j; Chan its ch)."""
_LITHUANIAN_VOWELS = re.compile("[ėįųū]")
_CARON_SIGNS = re.compile(r"[čšžřůďťň]|ić\b")
"""A letter with a caron, or the -ić of South Slavic family names: Czech, Slovak, Slovene,
Croatian, Bosnian, Serbian, Latvian and Lithuanian names, whose c is ts and j y, as their
Cyrillic spellings write (Jiří: Иржи; Jokić: Йокич). Not ě alone, which pinyin writes
with its tone (Měi), nor đ alone, which Vietnamese writes for d (Đặng)."""
_CARON_WORD = re.compile("[čšžřěůďťňćđ]")
_POLISH_SOFT = re.compile("(?<=[cnsz])i(?=[aeouąęó])")
"""The i that softens c, n, s, z (and dz) before a vowel: ć, ń, ś, ź, written with no
sound of its own ("Wojciech" is Войцех, "Agnieszka" Агнешка)."""
_POLISH_IOTATED = re.compile("(?<=[bfmpw])i(?=[aouąęó])")
"""An i after a labial before a vowel: a y glide ("Piątek" is Пёнтек, "Piotr" Пётр)."""
_SOFT_E = re.compile("(?<=[bfgkmpvw])ie")
"""ie after a labial or a velar, which Russian spellings write е (Wiesław: Веслав,
Morawiecki: Моравецкий, Mickiewicz: Мицкевич)."""
_POLISH_HARD_Y = re.compile("(?:(?<=[scr]z)|(?<=[żc]))y")
"""y after a hushing consonant or c, which Russian spellings write и (Jerzy: Ежи,
Kaczyński: Качиньский, Cyrankiewicz: Циранкевич)."""
_POLISH_DEVOICED = re.compile("(?<=[ptk])rz|(?<=ch)rz")
"""rz after a voiceless consonant, said sz (Krzysztof: Кшиштоф, Przemysław: Пшемыслав)."""
_POLISH_NASAL = re.compile("[ąę](?=[bp])")
_POLISH_SOUNDS = re.compile("szcz|sz|cz|rz|ch|dż|dź|[ąęłńśćźżówjc]")
_POLISH_AS = {
    "szcz": "shch", "sz": "sh", "cz": "ch", "rz": "zh", "ch": "kh", "dż": "dzh", "dź": "dz",
    "ą": "on", "ę": "en", "ł": "l", "ń": "n", "ś": "s", "ć": "ts", "ź": "z", "ż": "zh",
    "ó": "u", "w": "v", "j": "y", "c": "ts",
}  # fmt: skip
_CARON_SOUNDS = re.compile("ch|[čšžřěůďťňćđjc]")
_CARON_AS = {
    "ch": "kh", "č": "ch", "š": "sh", "ž": "zh", "ř": "rzh", "ě": "e", "ů": "u", "ď": "d",
    "ť": "t", "ň": "n", "ć": "ch", "đ": "dzh", "j": "y", "c": "ts",
}  # fmt: skip


def west_slavic_scheme(text: str) -> str:
    """``"polish"`` when a name (lower-case) is spelt as Polish writes (its letters, or
    :data:`_POLISH_SPELLING`), ``"caron"`` when it writes a letter with a caron
    (:data:`_CARON_SIGNS`), else ``""``. A Lithuanian name (ė, į, ų, ū) is no Polish one
    for its ą and ę."""
    if _LITHUANIAN_VOWELS.search(text) is None and (
        _POLISH_LETTERS.search(text) is not None
        or ("sch" not in text and _POLISH_SPELLING.search(text) is not None)
    ):
        return "polish"
    return "caron" if _CARON_SIGNS.search(text) else ""


def west_slavic_reading(token: str, scheme: str) -> str | None:
    """A word of a Polish, Czech, Slovak, South Slavic or Baltic name (:func:`west_slavic_scheme`)
    as English spellings of its Cyrillic form write it: Wojciech Szczęsny is Voytsekh
    Shchensny (Войцех Щенсны), Grzegorz Gzhegozh, Jiří Irzhi (Иржи), Čech Chekh (Чех);
    ``None`` for a word not spelt so (:data:`_POLISH_WORD`, :data:`_CARON_WORD`) or that
    reads as written."""
    token = token.lower()
    if scheme == "polish" and _POLISH_WORD.search(token):
        text = _POLISH_NASAL.sub(lambda m: "om" if m.group() == "ą" else "em", token)
        text = _POLISH_HARD_Y.sub("i", _POLISH_DEVOICED.sub("sz", text))
        text = _SOFT_E.sub("e", _POLISH_IOTATED.sub("j", _POLISH_SOFT.sub("", text)))
        read = anyascii(_POLISH_SOUNDS.sub(lambda m: _POLISH_AS[m.group()], text)).lower()
    elif scheme == "caron" and _CARON_WORD.search(token):
        read = anyascii(_CARON_SOUNDS.sub(lambda m: _CARON_AS[m.group()], token)).lower()
        if read.startswith("yi"):  # Czech ji- is и (Jiří: Иржи, Jindřich: Индржих)
            read = read[1:]
    else:
        return None
    return read if read != anyascii(token).lower() else None


def emigre_reading(latin: str) -> str | None:
    """A Russian or Bulgarian family name's -ov or -ev as French and older English spellings
    write it, read as -ov and -ev (Ivanoff, Romanoff, Smirnoff, Sergeeff: Иванов, Сергеев),
    or ``None`` without that ending. Not the -hoff of German names (Kirchhoff, Bischoff),
    the -oeff of Dutch ones (Verhoeff), nor a short -eeff (Afrikaans Greeff)."""
    if len(latin) < 6 or latin[-2:] != "ff" or latin[-3] not in "oe" or latin[-4] in "fh":
        return None
    if latin[-3] == "e" and (latin[-4] == "o" or (latin[-4] == "e" and len(latin) < 8)):
        return None
    return latin[:-2] + "v"


_TAJIK_ZODA = ("zoda",)
"""Not -zod: Bekzod, Shahzod, Behzod are given names (Bekzod Tursunov is no Tursun Bekov)."""
MIN_TAJIK_STEM = 3


def tajik_readings(latin: str) -> tuple[str, ...]:
    """A Tajik family name in -zoda, the form most families took for -ov and -ev
    since 2007, read with those endings (Rahimzoda: Rahimov, Rahmonzoda: Rahmonov,
    Alizoda: Aliev, Aliyev), or none without that ending or with a stem shorter than three
    letters. Persian -zadeh stays: it is no renamed -ov."""
    for ending in _TAJIK_ZODA:
        stem = latin.removesuffix(ending)
        if stem != latin and len(stem) >= MIN_TAJIK_STEM:
            vowel = stem[-1] in "aeiou"
            return (stem + "ev", stem + "yev") if vowel else (stem + "ov", stem + "ev")
    return ()


_DH = re.compile(r"(?<=[aeiou])dh|^dh(?=[aeiouy])")
"""A dh beside a vowel: the d of dd+h ("Siddhartha") is no interdental."""


def dh_reading(latin: str) -> str | None:
    """A Latin spelling's dh read as the z Persian, Urdu and Turkish spellings write for
    the letters Arabic spellings write dh (ذ, ض, ظ: Ridha and Reza's Riza, Kadhim and
    Kazim, Dhia and Zia, Murtadha and Murtaza), or ``None`` without such a dh. Met only
    by a spelling that writes z there, as :func:`qaf_reading` is."""
    read = _DH.sub("z", latin)
    return read if read != latin else None


_TH = re.compile(r"(?<=[aeiouynw])th(?=[aeiouy]|$)|^th(?=[aeiouy]+[^aeiouy]+[aeiouy])")
"""A th after a vowel (or the n of Munther, the w of Kawthar) and before a vowel or at
the end, or opening a word of two syllables or more: not the t+h of "Matthew" or
"Arthur", nor the one syllable of Vietnamese "Thi", "Thanh", "Thao", no Arabic letter."""
_TH_SOUNDS = ("s", "dh", "z")


def th_readings(latin: str) -> tuple[str, ...]:
    """A Latin spelling's th read as the letters Arabic spellings write th stand for, as
    other spellings write them: ث is the s of Persian, Urdu and Turkish spellings
    (Kawthar and Kausar, Thabit and Sabit, Haitham and Haisam), ذ the dh of Arabic ones
    and their z (Munther, Mundhir and Munzir). Empty without such a th. A reading meets
    only another Latin spelling of its own length ("kawsar" / "kausar"; "Faith" read
    "fais" is no "Fai"), never an abjad's consonants (:mod:`matching.compare`,
    :func:`matching.names.make_part`)."""
    if _TH.search(latin) is None:
        return ()
    return tuple(_TH.sub(sound, latin) for sound in _TH_SOUNDS)


_OLD_INDONESIAN = re.compile(
    r"^tj(?=[aeiou])|tj(?=[iou])|sj(?=[aeiou])|dj(?=[aeiou]+d?j)|(?<=[aeiou]h)j(?=[aeiou])"
    r"|oe(?=[b-df-hj-np-tv-z]).*j"
)
"""Signs of Indonesian and Malay written as before 1972 (and names kept so since): tj
opening a word or before i, o, u (Tjahjo, Sutjipto), sj (Sjahrir), dj with another j
(Djojo), j after an h between vowels (Wahjudi), oe before a consonant with a j after it
(Soejono). Not a tj before a closing a (Slavic Katja, Mitja, Tatjana), a dj alone
(French for Arabic ج: Djamel), an oe alone (German for ö: Schroeder), a j alone."""
_OLD_J = re.compile("j")


def old_indonesian_reading(latin: str) -> tuple[str, ...]:
    """A Latin spelling in the Indonesian spelling before 1972 as it is written since:
    tj is c (and, opening the word, the ch English spellings write for it: Tjandra,
    Candra, Chandra), dj j, j y, oe u. Tjahjo is Cahyo, Sutjipto Sucipto, Soejono Suyono,
    Wahjoe Wahyu. Empty without a sign of that spelling (:data:`_OLD_INDONESIAN`)."""
    if _OLD_INDONESIAN.search(latin) is None:
        return ()
    marked = latin.replace("oe", "u").replace("tj", "T").replace("dj", "J")
    new = _OLD_J.sub("y", marked).replace("J", "j")
    spelt = new.replace("T", "c")
    return (spelt, "ch" + spelt[1:]) if new.startswith("T") else (spelt,)


# Latvian and Lithuanian write a foreign name with their own nominative ending: Sergejs
# Lavrovs, Dmitrijs Medvedevs (-s), Vladimiras Putinas, Sergejus Lavrovas (-as, -us, -is).
# Endings after a Slavic stem (-ov, -ev, -in, a j) show it; then every word of the name
# may carry one ("Vladimirs", "Igors"), and is read without it too.
BALTIC_SIGNS = re.compile(r"(?:[oe]v|[aeoi]j)s\b|(?:[oe]v|in)as\b|[aei]jus\b", re.IGNORECASE)
_BALTIC_ENDING = re.compile(r"(?<=[^aeiouy])(?:s|as|is)$|(?<=j)us$")


def baltic_stem(latin: str) -> str | None:
    """A Latin spelling without a Latvian or Lithuanian nominative ending ("lavrovs":
    "lavrov", "sergejus": "sergej"), or ``None`` when it has none."""
    stem = _BALTIC_ENDING.sub("", latin)
    return stem if stem != latin and len(stem) >= 3 else None


INITIAL_READINGS: dict[str, tuple[str, ...]] = {
    # Cyrillic
    "е": ("e", "ye", "je", "ie"), "ё": ("yo", "jo", "io", "e"), "є": ("ye", "je", "ie", "e"),
    "х": ("kh", "h", "x", "ch", "j"), "ц": ("ts", "tz", "c", "z"),
    "ч": ("ch", "tsch", "tch", "cz", "c"),
    "ж": ("zh", "j"), "ш": ("sh", "sch", "ch", "sz"), "щ": ("shch", "sch", "sc"),
    "ю": ("yu", "ju", "iu", "iou"), "я": ("ya", "ja", "ia"), "й": ("y", "j", "i"),
    "и": ("i", "y"), "г": ("g", "h"), "в": ("v", "w"),
    # Greek
    "χ": ("ch", "kh", "h", "x"), "φ": ("f", "ph"), "β": ("v", "b"), "ξ": ("x", "ks"),
    "θ": ("th",), "γ": ("g", "y", "gh"), "δ": ("d", "dh"),
    # Georgian
    "ჯ": ("j", "dzh", "dj"), "ჩ": ("ch", "tch"), "ჭ": ("ch", "tch"), "ც": ("ts", "c"),
    "წ": ("ts", "tz"), "ხ": ("kh", "x"), "ჟ": ("zh", "j"), "ღ": ("gh",), "ყ": ("q", "k"),
}  # fmt: skip
"""The Latin spellings a letter alone, an initial, stands for: the first sounds of the
names it starts as each scheme writes them (Е. is Yelena and Elena, Х. Khalil, Halil and
German Chruschtschow, Ц. Tsvetan and German Zwetan), in place of the letter's
romanisations, whose folds of a caron (ш as s, ж as z) would make it the initial of other
names (Ш. of Sergei, Ж. of Zoya)."""


_MONGOLIAN_GENITIVE = (re.compile(r"(?<=[aeiou])giin$"), re.compile("(?<=[аэиоуөүя])гийн$"))
_MONGOLIAN_GENITIVE_AFTER_CONSONANT = (
    re.compile(r"(?<=[^aeiou])iin$"),
    re.compile("(?<=[^аэиоуөүяыйь])ийн$"),
)


def mongolian_father(word: str, *, consonant: bool = False) -> str | None:
    """A father's name as a Mongolian name writes it, in the genitive, without that ending
    ("tsakhiagiin": "tsakhia"; Cyrillic "ухнаагийн": "ухнаа"): papers write it so, as an
    initial ("Ts.") or in the nominative. ``consonant``: the name is Mongolian, so an
    -iin after a consonant is that ending too ("dorjiin": "dorj"), as it is not in Somali
    Nasriin. ``None`` without the ending."""
    cyrillic = not word.isascii()
    stem = _MONGOLIAN_GENITIVE[cyrillic].sub("", word)
    if stem == word and consonant:
        stem = _MONGOLIAN_GENITIVE_AFTER_CONSONANT[cyrillic].sub("", word)
    return stem if stem != word and len(stem) >= 3 else None


_ARMENIAN_FAMILY = re.compile(r"[a-z]{4,}(?:[iy]ants?|[iyj]an|ians)")
"""A family name spelt in Latin as Armenian ones end, -yan and -ian, -yants (Hakobyan,
Hagopian, Boyajian, Hakobyants), long enough not to be a given name such as Adrian."""
_WESTERN_ENDING = re.compile(r"ians?$")
_ARMENIAN_FOLD = re.compile(r"tch|dzh|dj|dz|ou|[kgszcpt]h|[iy]ants?$|ians?$|jan$|[bdgj]")
_ARMENIAN_FOLDED = {
    "tch": "ch", "dzh": "ch", "dj": "ch", "dz": "ts", "ou": "u", "th": "t", "ph": "p",
    "yant": "yan", "yants": "yan", "iant": "yan", "iants": "yan", "ian": "yan",
    "ians": "yan", "jan": "yan", "b": "p", "d": "t", "g": "k", "j": "ch",
}  # fmt: skip


def armenian_fold(latin: str) -> str:
    """An Armenian family name's Latin spelling with its stops unvoiced, so that Eastern
    and Western spellings, and the many that mix them, meet: Western Armenian says the
    stops the other way round (:data:`_WESTERN_ARMENIAN`), so Hakobyan is Hagopian,
    Gasparyan Kasparian or Kasbarian (all "kasparyan"), Аджемян Ajemian. kh and gh are
    letters of their own and stay; French ou is u; -ian and -yants are -yan."""
    return _ARMENIAN_FOLD.sub(lambda m: _ARMENIAN_FOLDED.get(m[0], m[0]), latin)


def armenian_family(latin: str) -> tuple[str, bool] | None:
    """A Latin spelling of an Armenian family name folded (:func:`armenian_fold`), and
    whether the spelling is Eastern (-yan, -yants: Armenian's own ending, which only an
    Armenian name has); ``None`` for another word. A Western -ian is also the ending of
    Persian family names (Tehranian, Dehghanian) and of given names (Cristian, Florian):
    its fold is met by Eastern spellings and the Armenian letters only (a reading of the
    other schemes), so two such names are no closer for it."""
    if _ARMENIAN_FAMILY.fullmatch(latin) is None:
        return None
    return armenian_fold(latin), _WESTERN_ENDING.search(latin) is None


# Western Armenian (the diaspora: Lebanon, France, the Americas) says the stops the other
# way round from Eastern: գ k, կ g, բ p, պ b, դ t, տ d, ձ ts, ծ dz, ջ ch, ճ j; and -յան is
# written -ian. Հակոբյան is Hakobyan and Hagopian, Սարգսյան Sargsyan and Sarkisian.
_WESTERN_ARMENIAN = str.maketrans(
    {
        "գ": "կ", "կ": "գ", "բ": "պ", "պ": "բ", "դ": "տ", "տ": "դ",
        "ձ": "ծ", "ծ": "ձ", "ջ": "ճ", "ճ": "ջ",
        "Գ": "Կ", "Կ": "Գ", "Բ": "Պ", "Պ": "Բ", "Դ": "Տ", "Տ": "Դ",
        "Ձ": "Ծ", "Ծ": "Ձ", "Ջ": "Ճ", "Ճ": "Ջ",
    }
)  # fmt: skip


def _western_armenian(token: str) -> str:
    latin = _ascii_letters(anyascii(token.translate(_WESTERN_ARMENIAN)))
    return latin[:-3] + "ian" if latin.endswith("yan") else latin


_ARMENIAN_HO = "\u0570"
_ARMENIAN_VOWELS = frozenset("\u0561\u0565\u0567\u0568\u056b\u0578\u0585\u0575")


def russian_armenian(token: str) -> str:
    """An Armenian name as Russian papers write it, and Latin spellings taken from them:
    no հ opening a word before a vowel, a г (g) for one elsewhere and for ղ, a closing
    բ said p. Հակոբ is Акоп (Akop), Հարություն Арутюн, Հովսեփ Овсеп, Մհեր Мгер, Հրանտ
    Грант, Ղազարյան Газарян."""
    text = token.lower().replace("\u0578\u0582", "u")  # ու is u
    if text[:1] == _ARMENIAN_HO and text[1:2] in _ARMENIAN_VOWELS:
        text = text[1:]
    text = text.replace(_ARMENIAN_HO, "g").replace("\u0572", "g")
    return _CLOSING_B.sub("p", _ascii_letters(anyascii(text)))


_CLOSING_B = re.compile("b(?=(?:yan)?$)")


_FA = "\u0641"


def _secondary(token: str, script: Script) -> list[str]:
    """Readings one side's scheme may need to meet the other's (:func:`romanize`)."""
    if script is Script.ARABIC:
        if not _PERSIAN_LETTERS.isdisjoint(token):
            return []  # Persian spelling: its own sounds are the core reading
        text = _opening_vowel(token)
        found = []
        if "ج" in text:  # Egypt and Sudan say jim as g: Gamal, Naggar, Naguib, Hegazy
            found.append(_ascii_letters(anyascii(text.replace("ج", "g"))))
        if "ق" in text:  # Sudan, Libya, the Gulf and Upper Egypt say qaf as g: Gaddafi,
            # Sadig, Tarig, Gargash; Persian as gh, also in names its letters do not show
            # (قاسم: Ghasem, صادق: Sadegh)
            found.append(_ascii_letters(anyascii(text.replace("ق", "g"))))
            found.append(_ascii_letters(anyascii(text.replace("ق", "gh"))))
        if not _INTERDENTALS.isdisjoint(text):
            # as Persian, Urdu and Turkish say them, and most spellings write them:
            # Hafiz (حافظ), Zakir (ذاكر), Nazim (ناظم), Osman (عثمان)
            found.append(_ascii_letters(anyascii(text.translate(_PERSIAN_SOUNDS))))
        if "ذ" in text:  # the th of "this", as English spellings write it: Munther (منذر)
            found.append(_ascii_letters(anyascii(text.replace("ذ", "th"))))
        if _FA in text:
            # a European name written in Arabic, which has no v: فلاديمير is Vladimir,
            # بافل Pavel (a p, written ب, a Latin spelling's consonants read as b)
            found.append(_ascii_letters(anyascii(text.replace(_FA, "v"))))
        return found
    if script is Script.CYRILLIC:
        lower = token.lower()
        forms = _cyrillic_forms(token)  # none for a hard or soft sign alone ("Ъ")
        compound = arabic_compound(forms[0]) if forms else None
        if _SERBIAN_LETTERS.isdisjoint(lower):  # Serbian names are written in Serbian Latin
            return [
                _western(lower, "je", _CYRILLIC_GERMAN),
                _western(lower, "ie", _CYRILLIC_FRENCH),
                *([compound] if compound else []),
            ]
        return [compound] if compound else []
    if script is Script.HEBREW:
        spoken = _hebrew_spoken(token)
        found = [spoken]
        if spoken[:1] == "a" and token[1:2] not in _HEBREW_VOWEL_LETTERS:
            found.append("e" + spoken[1:])  # an opening alef or ayin is as often e: Eli
        if spoken.endswith("vitz"):  # the Slavic -vich, written with a final tsade
            found.append(spoken[:-2] + "ch")  # (Rabinovich / רבינוביץ)
        return found
    if script is Script.BENGALI:
        found = [_indic(token, spoken=True)]
        if _BENGALI_JA in token:  # the z of Arabic names: Zia জিয়া, Aziz আজিজ, Wazed
            found.append(_indic(token, ja_as_z=True))
        if _BENGALI_BA in token:
            found.append(_indic(token.replace(_BENGALI_BA, _DEVANAGARI_VA)))
        return found
    if script is Script.ORIYA and _ODIA_BA in token:
        read = _indic(token.replace(_ODIA_BA, _DEVANAGARI_VA))
        # a Sanskrit name spelt in Latin leaves Odia's final vowel unsaid: Naveen ନବୀନ
        said = _is_indic_consonant(token[-1]) and read.endswith("a")
        return [read, read[:-1]] if said else [read]
    if script is Script.ARMENIAN:
        # Russian papers' reading also meets Cyrillic (:func:`matching.compare._reading_pairs`)
        return [_western_armenian(token), russian_armenian(token)]
    if script is Script.TAMIL:
        spoken = _indic(token, spoken=True)
        # an opening ச is s in most names (Saravanan) and ch in some (Chandran, Chitra)
        return [spoken, "ch" + spoken[1:]] if token[:1] == "\u0b9a" else [spoken]
    if script is Script.LATIN:
        base = _ascii_letters(anyascii(token))
        found = [compound] if (compound := arabic_compound(base)) else []
        if SOMALI_SIGNS.search(base):
            found.append(somali_reading(base))
        if len(base) >= MIN_GERMAN_SLAVIC and _GERMAN_SLAVIC.search(base):
            found.append(_from_german(base))
            if base.startswith("je"):  # an opening Е, as French and ICAO write it: Ermolai
                found.append(_from_german(base[1:]))
        return found
    return []


# Greek digraphs anyascii reads letter by letter ("ου" as "oy", "μπ" as "mp"). The
# primary form follows ELOT 743 as passports do (ου: ou, αυ/ευ: av/ev, γγ: ng; at the start
# of a word μπ, ντ, γκ are b, d, g: Bakoyannis, Dinos); a second form spells the sounds
# as names are often written in Latin (μπ: mb, ντ: nd, γκ: ng: Lambros, Tzingoura; αι: e,
# ει, οι, υ, η: i).
_GREEK_START = (("μπ", "b"), ("ντ", "d"), ("γκ", "g"))
_GREEK_DIGRAPHS = (("ου", "ou"), ("γγ", "ng"), ("γχ", "nch"), ("γξ", "nx"))
# αυ, ευ, ηυ: af, ef, if before a voiceless consonant or at the end (Eleftherios), else v
_GREEK_UPSILON = re.compile("([αεη])υ(?=([θκξπστφχψ]|$))?")
_GREEK_VOWEL = {"α": "a", "ε": "e", "η": "i"}
_GREEK_ACCENTS = frozenset("\u0301\u0300\u0342\u0313\u0314\u0345")
_GREEK_GI = re.compile("γι(?=[αεοουω])")
_GREEK_SPOKEN = (
    ("μπ", "mb"), ("ντ", "nd"), ("γκ", "ng"), ("αι", "e"), ("ει", "i"), ("οι", "i"), ("υ", "i"),
    ("η", "i"),
)  # fmt: skip


def _greek_forms(token: str) -> tuple[str, ...]:
    # accents go, a diaeresis stays: "αϊ" is two vowels, not the "e" of "αι"
    stripped = "".join(c for c in unicodedata.normalize("NFD", token) if c not in _GREEK_ACCENTS)
    plain = unicodedata.normalize("NFC", stripped)
    for letters, latin in _GREEK_START:
        if plain.startswith(letters):
            plain = latin + plain[len(letters) :]
    for letters, latin in _GREEK_DIGRAPHS:
        plain = plain.replace(letters, latin)
    plain = _GREEK_UPSILON.sub(
        lambda m: _GREEK_VOWEL[m[1]] + ("f" if m[2] is not None else "v"), plain
    )
    spoken = _GREEK_GI.sub("y", plain)  # Γιάννης: Yannis
    for letters, latin in _GREEK_SPOKEN:
        spoken = spoken.replace(letters, latin)
    forms = (
        _ascii_letters(anyascii(plain)),
        _ascii_letters(anyascii(spoken)),
        _ascii_letters(anyascii(token)),
    )
    return tuple(dict.fromkeys(f for f in forms if f))


# Hebrew bet, kaf and pe are b, k and p with a dagesh (always at the start of a word) and
# v, kh and f without; unpointed names do not say which. anyascii reads v, kh and f, which
# loses the b of "Rozenberg" (רוזנברג): its v is taken for a vowel letter in consonant
# skeletons. The primary form reads b, and k and p at the start (k written q, so that
# "Cohen" כהן is not read as the kh of "khn"); anyascii's reading follows. Two more
# readings are common in Latin spellings of Israeli names: a dagesh everywhere ("Shapira"
# שפירא, "Ashkenazi" אשכנזי), and het and a soft kaf as "ch" ("Chaim" חיים, "Michal"
# מיכל, "Menachem" מנחם). Tsade is one letter, "tz" ("Katz" כץ, "Yitzhak" יצחק), not the
# two of an Arabic ت + س.
_HEBREW_TSADE = str.maketrans({"צ": "tz", "ץ": "tz"})
_HEBREW_HARD = str.maketrans({"ב": "b"})
_HEBREW_HARD_START = str.maketrans({"כ": "q", "פ": "p"})
_HEBREW_DAGESH = str.maketrans({"ב": "b", "כ": "q", "פ": "p"})  # final ך, ף take none
_HEBREW_CH = str.maketrans({"ח": "ch", "כ": "ch", "ך": "ch"})


def _hebrew_forms(token: str) -> tuple[str, ...]:
    opened = _opening_vowel(token).translate(_HEBREW_TSADE)
    hard = opened[:1].translate(_HEBREW_HARD_START) + opened[1:]
    soft = opened[:1].translate(_HEBREW_HARD_START) + opened[1:].translate(_HEBREW_CH)
    forms = (
        _ascii_letters(anyascii(hard.translate(_HEBREW_HARD))),
        _ascii_letters(anyascii(token)),
        _ascii_letters(anyascii(opened.translate(_HEBREW_DAGESH))),
        _ascii_letters(anyascii(soft.translate(_HEBREW_CH).translate(_HEBREW_HARD))),
    )
    return tuple(dict.fromkeys(f for f in forms if f))


# Israeli names as spoken and spelt in Latin: vav and yod after a consonant are the
# vowels o and i (u and y after a vowel), a final he is a, alef and ayin are a after a
# consonant and silent after a vowel, and open a word as a, or as the vowel of the vav or
# yod after them ("נועה" Noa, "עידו" Ido, "עמית" Amit, "אורי" Ori, "יעל" Yael, "גבאי"
# Gabay). Short names have too few
# consonants for their skeletons to say anything.
_HEBREW_SPOKEN = {
    "ב": "v", "ג": "g", "ד": "d", "ה": "h", "ז": "z", "ח": "ch", "ט": "t", "כ": "kh",
    "ך": "kh", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "פ": "f",
    "ף": "f", "צ": "tz", "ץ": "tz", "ק": "k", "ר": "r", "ש": "sh", "ת": "t",
}  # fmt: skip
_HEBREW_OPENING = {"ב": "b", "כ": "k", "פ": "p", "ו": "v", "י": "y"}
_HEBREW_GUTTURALS = frozenset("אע")
_HEBREW_VOWEL_LETTERS = {"ו": "o", "י": "i"}


def _hebrew_spoken(token: str) -> str:
    out: list[str] = []
    vowel_last = False  # was the last sound written a vowel
    index = 0
    while index < len(token):
        letter = token[index]
        following = token[index + 1 : index + 2]
        if index == 0 and letter in _HEBREW_GUTTURALS:
            if following in _HEBREW_VOWEL_LETTERS:
                out.append(_HEBREW_VOWEL_LETTERS[following])
                index += 1
            else:
                out.append("a")
            vowel_last = True
        elif index == 0 and letter in _HEBREW_OPENING:
            # "q" before he: "kh" would read as het ("כהן" is Cohen, not "khn")
            out.append("q" if letter == "כ" and following == "ה" else _HEBREW_OPENING[letter])
            vowel_last = False
        elif letter in _HEBREW_VOWEL_LETTERS:
            if following == letter:  # doubled: the consonant
                out.append("v" if letter == "ו" else "y")
                index += 1
                vowel_last = False
            elif letter == "ו" and index == len(token) - 2 and following == "ה":
                out.append("v")  # before a final he: Nava, Chava (נוה, חוה)
                vowel_last = False
            elif vowel_last:  # "ay" of Gabay (גבאי), "au" of Shaul (שאול)
                out.append("u" if letter == "ו" else "y")
                vowel_last = letter == "ו"
            else:
                out.append(_HEBREW_VOWEL_LETTERS[letter])
                vowel_last = True
        elif letter in _HEBREW_GUTTURALS:
            if not vowel_last:
                out.append("a")
            vowel_last = True
        elif letter == "ה" and index == len(token) - 1 and index > 0:
            if out[-1:] != ["a"]:
                out.append("a")
            vowel_last = True
        else:
            out.append(_HEBREW_SPOKEN.get(letter, ""))
            vowel_last = False
        index += 1
    return "".join(out)


# An alef opening a word with waw or ya after it is a long vowel, not a consonant:
# "أوندوا" is Ondoa, "إيمان" Iman, "אורי" Ori (anyascii: "wndw", "ymn", "vry").
_ALEFS = frozenset("اأإآא")
_OPENING_VOWELS = {"و": "u", "ו": "o", "ي": "i", "ی": "i", "י": "i"}
# Persian and Urdu spelling (ی, ک, گ, پ, چ, ژ) reads ض, ذ, ظ as z and ث as s: "رضایی"
# is Rezaei, not "rdyy".
_PERSIAN_LETTERS = frozenset("یکگپچژ")
_PERSIAN_SOUNDS = str.maketrans({"ض": "z", "ذ": "z", "ظ": "z", "ث": "s"})
_INTERDENTALS = frozenset("ضذظث")


def _opening_vowel(token: str) -> str:
    if len(token) > 2 and token[0] in _ALEFS and token[1] in _OPENING_VOWELS:
        return _OPENING_VOWELS[token[1]] + token[2:]
    return token


# Uyghur and Sorani Kurdish write their vowels with letters of their own (ە, ې, ۇ, ۈ, ۆ,
# ێ), where Arabic, Persian, Urdu and Pashto spelling leaves short vowels out: "ھېيىت" is
# Heyit, "جەلال" Jalal (Kurdish Latin Celal). Read letter by letter with its vowels, such
# a name meets its Latin spelling as written. Uyghur writes i with alef maksura, y with
# yeh, o with waw; Sorani writes u and i with waw and yeh between consonants, w and y
# elsewhere, its e (ە) often written a in English ("Jalal", "Barham"), and no short i.
_UYGHUR_LETTERS = frozenset("ۇۈۋڭې")
_SORANI_LETTERS = frozenset("ەێۆڵڕ")
_PASHTO_LETTERS = frozenset("ټډړښږځڅڼګۍ")
_UYGHUR_VOWELS = {
    "ا": "a", "ە": "e", "ې": "e", "ى": "i", "و": "o", "ۇ": "u", "ۆ": "o", "ۈ": "u",
    "ي": "y", "ۋ": "w", "ئ": "", "ھ": "h",
}  # fmt: skip
_SORANI_VOWELS = {"ا": "a", "ە": "e", "ێ": "e", "ۆ": "o", "ۇ": "u", "ئ": "", "ع": "", "ه": "h"}
_SORANI_GLIDES = {"و": ("u", "w"), "ی": ("i", "y"), "ي": ("i", "y")}
_SORANI_OPEN = frozenset({"", *"اەێۆۇ", *_SORANI_GLIDES})
"""What a glide read as a vowel is not next to: a vowel, another glide, or (before it)
the start of the word."""


_PASHTO_DIALECT = {"ښ": "kh", "ږ": "g", "ځ": "z", "څ": "s"}
"""Pashto letters as the northern dialects say them, and Latin spellings often write them:
Pakhtun for Pashtun, Spogmai for Spozhmai, Zadran for Dzadran."""
_PASHTO_SPOKEN = str.maketrans(_PASHTO_DIALECT)

MAX_AE_READINGS = 4
"""Readings of a name's ە letters as e or a, each its own way, up to this many (two
letters: "ئەحمەد" is Ehmed, Ahmad and Ahmed); more letters are read all e or all a."""


def spelt_uyghur(token: str) -> bool:
    """Whether an Arabic-script word is spelt as Uyghur writes: a letter of its own, or
    alef maksura inside the word (at the end it closes Arabic names too: مصطفى)."""
    return _PASHTO_LETTERS.isdisjoint(token) and (
        not _UYGHUR_LETTERS.isdisjoint(token) or "ى" in token[:-1]
    )


@lru_cache(maxsize=50_000)
def uyghur_readings(token: str) -> tuple[str, ...]:
    """A word of a Uyghur name read as Uyghur spells it, though it shows no sign of it
    itself: in "ئىلھام توختى" (Ilham Tohti), توختى is Tohti, its final ى an i."""
    return _vowelled_arabic(token, uyghur=True)


def _vowelled_arabic(token: str, *, uyghur: bool = False) -> tuple[str, ...]:
    """A name in Uyghur or Sorani Kurdish spelling read with the vowels it writes, its ە
    as e and as a; empty when it is spelled as Arabic, Persian, Urdu or Pashto are.
    ``uyghur``: another word of the name is spelt as Uyghur, so this one reads so."""
    if not _PASHTO_LETTERS.isdisjoint(token):
        return ()
    out: list[str] = []
    text = token
    if uyghur or spelt_uyghur(token):
        for letter in text:
            found = _UYGHUR_VOWELS.get(letter)
            out.append(anyascii(letter) if found is None else found)
    elif not _SORANI_LETTERS.isdisjoint(token):
        text = token.replace("وو", "ۇ")  # a doubled waw is u
        for index, letter in enumerate(text):
            glide = _SORANI_GLIDES.get(letter)
            if glide is not None:
                before = text[index - 1] if index else ""
                after = text[index + 1 : index + 2]
                between = before not in _SORANI_OPEN and (not after or after not in _SORANI_OPEN)
                out.append(glide[0] if between else glide[1])
            else:
                found = _SORANI_VOWELS.get(letter)
                out.append(anyascii(letter) if found is None else found)
    else:
        return ()
    slots = [i for i, letter in enumerate(text) if letter == "ە"]
    if 2 ** len(slots) > MAX_AE_READINGS:
        choices: list[tuple[str, ...]] = [("e",) * len(slots), ("a",) * len(slots)]
    else:
        choices = list(product("ea", repeat=len(slots)))
    readings: list[str] = []
    for choice in choices:
        for slot, vowel in zip(slots, choice, strict=True):
            out[slot] = vowel
        readings.append(_ascii_letters("".join(out)))
    return tuple(readings)


def _arabic_forms(token: str) -> tuple[str, ...]:
    text = _opening_vowel(token)
    persian = not _PERSIAN_LETTERS.isdisjoint(text)
    if persian:
        text = text.translate(_PERSIAN_SOUNDS)
    # a spelling that writes its vowels is read with them first
    forms = [
        *_vowelled_arabic(token),
        _ascii_letters(anyascii(text)),
        _ascii_letters(anyascii(token)),
    ]
    if len(token) > 2 and token[0] == "ع" and token[1] in _OPENING_VOWELS:
        # after an opening ayin a waw or yeh may be the vowel: عودة is Odeh, عيسى Issa
        forms.append(_ascii_letters(anyascii(_OPENING_VOWELS[token[1]] + text[2:])))
    if persian and "ق" in text:  # qaf is spoken and written gh in Persian: Sadeghi, Ghorbani
        forms.append(_ascii_letters(anyascii(text.replace("ق", "gh"))))
    if not _PASHTO_DIALECT.keys().isdisjoint(text):
        forms.append(_ascii_letters(anyascii(text.translate(_PASHTO_SPOKEN))))
    return tuple(dict.fromkeys(f for f in forms if f))


# Chinese names reach lists in pinyin (anyascii's reading), in Wade-Giles without its
# apostrophes (Taiwan, older documents: "Chang Hsiao-ming", "Mao Tse-tung") and, for
# family names, in Cantonese, Hokkien or Teochew spellings (Hong Kong, Singapore,
# Malaysia: Chan, Wong, Cheung, Lim, Ng).
_WG_WHOLE = {
    "zi": "tzu", "ci": "tzu", "si": "ssu", "zhi": "chih", "chi": "chih", "shi": "shih",
    "ri": "jih", "er": "erh", "yi": "i", "you": "yu", "yan": "yen", "ye": "yeh",
    "yong": "yung", "yue": "yueh", "yuan": "yuan",
}  # fmt: skip
_WG_KEEP_UO = frozenset({"g", "k", "h", "sh"})
_WG_E_AS_O = frozenset({"g", "k", "h", ""})  # ge: ko, e: o
_WG_INITIAL = re.compile("^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(.*)$")
_WG_INITIALS = {
    "zh": "ch", "b": "p", "d": "t", "g": "k", "j": "ch", "q": "ch", "x": "hs", "r": "j",
    "z": "ts", "c": "ts",
}  # fmt: skip


def wade_giles(syllable: str) -> str:
    """A pinyin syllable in Wade-Giles, apostrophes and umlauts dropped."""
    whole = _WG_WHOLE.get(syllable)
    if whole is not None:
        return whole
    match = _WG_INITIAL.match(syllable)
    initial, final = (match[1] or "", match[2]) if match else ("", syllable)
    if final.endswith("ong"):
        final = final[:-3] + "ung"
    elif final.endswith("ian"):
        final = final[:-3] + "ien"
    elif final.endswith(("ie", "ue")):
        final += "h"
    elif final == "ui" and initial in ("g", "k"):
        final = "uei"  # gui: kuei
    elif (final == "uo" and initial not in _WG_KEEP_UO) or (final == "e" and initial in _WG_E_AS_O):
        final = "o"  # duo: to, ge: ko
    return _WG_INITIALS.get(initial, initial) + final


CHINESE_SURNAMES: dict[str, tuple[str, ...]] = {
    "陈": ("chan", "tan", "chin"), "陳": ("chan", "tan", "chin"),
    "黄": ("wong", "ng", "ooi", "wee", "uy", "oei", "oey"),
    "黃": ("wong", "ng", "ooi", "wee", "uy", "oei", "oey"),
    "张": ("cheung", "teo", "chong", "teoh", "thio", "tiu", "cheong"),
    "張": ("cheung", "teo", "chong", "teoh", "thio", "tiu", "cheong"),
    "李": ("lee", "lei", "dy", "lie"),
    "刘": ("lau", "lao", "low", "liew", "lauw"), "劉": ("lau", "lao", "low", "liew", "lauw"),
    "王": ("wong", "ong", "heng"), "林": ("lam", "lim", "liem"),
    "吴": ("ng", "goh", "woo", "go", "gouw", "ngo"),
    "吳": ("ng", "goh", "woo", "go", "gouw", "ngo"), "何": ("ho",),
    "梁": ("leung", "neo", "leong"),
    "郑": ("cheng", "tay", "teh", "ty"), "鄭": ("cheng", "tay", "teh", "ty"),
    "杨": ("yeung", "yeo", "yeoh", "njoo", "yeong"),
    "楊": ("yeung", "yeo", "yeoh", "njoo", "yeong"),
    "周": ("chow", "chau", "chew"), "罗": ("law", "lo", "loh"), "羅": ("law", "lo", "loh"),
    "谢": ("tse", "chia", "seah", "cheah", "sia"), "謝": ("tse", "chia", "seah", "cheah", "sia"),
    "郭": ("kwok", "quek", "kwek", "kwee", "kuok", "kwik"), "徐": ("tsui", "chee"),
    "朱": ("chu", "choo"), "胡": ("wu", "woo", "oh", "aw"),
    "许": ("hui", "koh", "khoo", "khaw", "co", "kho", "khouw"),
    "許": ("hui", "koh", "khoo", "khaw", "co", "kho", "khouw"), "邓": ("tang",), "鄧": ("tang",),
    "曾": ("zeng", "tsang"), "蔡": ("choi", "tsai", "chua", "tjoa", "chuah", "choa"),
    "叶": ("yip", "yap", "yeh", "yeap"), "葉": ("yip", "yap", "yeh", "yeap"),
    "苏": ("so", "soh", "soe", "saw"), "蘇": ("so", "soh", "soe", "saw"), "卢": ("lo", "lou"),
    "盧": ("lo", "lou"), "潘": ("poon", "phua"), "钟": ("chung", "chong"), "鍾": ("chung", "chong"),
    "冯": ("fung", "foong"), "馮": ("fung", "foong"), "彭": ("pang",), "黎": ("lai", "lay"),
    "赵": ("chiu", "chew", "teoh"),
    "趙": ("chiu", "chew", "teoh"), "孙": ("suen",), "孫": ("suen",), "袁": ("yuen",),
    "唐": ("tong",), "韩": ("hon",), "韓": ("hon",), "麦": ("mak",), "麥": ("mak",), "莫": ("mok",),
    "邱": ("yau", "khoo", "kiew", "khu"), "江": ("kong",), "萧": ("siu", "siew", "siow", "seow"),
    "蕭": ("siu", "siew", "siow", "seow"), "关": ("kwan",), "關": ("kwan",), "伍": ("ng",),
    "沈": ("shum", "sim"), "崔": ("tsui", "chui"), "吕": ("lui",), "呂": ("lui",),
    "庄": ("chong", "chng", "cheng"), "莊": ("chong", "chng", "cheng"),
    "洪": ("hung", "ang", "hong"), "施": ("sze", "see", "sy"),
    "柯": ("or", "kua", "quah", "kwa", "cua"), "符": ("fu", "foo", "phoo"), "谭": ("tam", "tham"),
    "譚": ("tam", "tham"), "杜": ("to", "toh"), "颜": ("ngan", "gan"), "顏": ("ngan", "gan"),
    "魏": ("ngai", "gwee"), "陆": ("luk", "loke", "look"), "陸": ("luk", "loke", "look"),
}  # fmt: skip
"""Spellings of frequent Chinese family names beside pinyin and Wade-Giles: Hong Kong's,
Singapore's and Malaysia's (Hokkien, Teochew: Heng for 王, Hainanese: Foo), Indonesia's
older Dutch-based ones (Liem, Oei, Tjoa, Thio) and the Philippines' (Uy, Co, Sy, Dy)."""


_JYUTPING_INITIALS = (
    "gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w", "z", "c",
    "s", "j",
)  # fmt: skip
_HONG_KONG_INITIALS = {"b": "p", "d": "t", "g": "k", "gw": "kw", "j": "y"}
_HONG_KONG_FINALS = {
    "aa": "a", "aai": "ai", "aau": "au", "aam": "am", "aan": "an", "aang": "ang", "aap": "ap",
    "aat": "at", "aak": "ak", "ou": "o", "oeng": "eung", "oek": "euk", "eoi": "ui", "eon": "un",
    "eot": "ut", "yu": "u", "yun": "uen", "yut": "uet",
}  # fmt: skip
"""Jyutping finals as Hong Kong spells names (Keung, Kuen, Yuet, Tsui); the others as
written."""
_SIBILANT_SHORT_A = re.compile("^a([mnpt])$")


def hong_kong(jyutping: str, *, affricate: str = "ch") -> str:
    """One Cantonese syllable (Jyutping, tone dropped) as Hong Kong spells names: z and c
    as ``affricate`` ("ch": Chan Chi Keung, or "ts": Tsang, with zi as Tsz and si as Sze),
    short a after them and s as u (振 Chun, 森 Sum), sing as Shing beside ch."""
    syllable = jyutping.rstrip("123456")
    initial = next(
        (i for i in _JYUTPING_INITIALS if syllable.startswith(i) and len(syllable) > len(i)),
        "",
    )
    final = syllable[len(initial) :]
    head = _HONG_KONG_INITIALS.get(initial, initial)
    if initial in ("z", "c", "s"):
        if final == "i":  # 志 Chi or Tsz, 思 Si or Sze
            if initial == "s":
                return "si" if affricate == "ch" else "sze"
            return "chi" if affricate == "ch" else "tsz"
        final = _SIBILANT_SHORT_A.sub(r"u\1", final)
        head = (
            affricate if initial != "s" else ("sh" if affricate == "ch" and final == "ing" else "s")
        )
    if initial == "w" and final == "aa":
        return "wah"  # 華, as Hong Kong writes it (Lau Tak-wah, Tsang Chun-wah)
    return head + _HONG_KONG_FINALS.get(final, final)  # j + yu: yu, yuen, yuet


CJK_UNIFIED = range(0x4E00, 0xA000)
"""The block of Han characters names are written in."""


@cache
def cantonese_readings() -> dict[str, str]:
    """The Cantonese reading (Jyutping) of each character of :data:`CJK_UNIFIED`, from
    ToJyutping by way of ``data/cantonese.tsv`` (``fixtures/cantonese_table.py``)."""
    text = resources.files("matching").joinpath("data/cantonese.tsv").read_text("utf-8")
    return dict(
        line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#")
    )


def cantonese_syllables() -> set[str]:
    """Every Hong Kong spelling of the Cantonese reading of a character."""
    found = {
        hong_kong(jyutping, affricate=affricate)
        for jyutping in cantonese_readings().values()
        for affricate in ("ch", "ts")
    }
    return found


_MALAYSIAN = (("eung", "eong"), ("euk", "eok"), ("ing", "eng"), ("oi", "oy"), ("kwo", "ko"))
"""Where Malaysia's and Singapore's spellings of Cantonese part from Hong Kong's: 梁 Leong,
張 Cheong, 明 Meng, 蔡 Choy, 國 Kok."""
_MALAYSIAN_CLOSE = {"uk": "ook", "ak": "uck"}
"""Malaysian closings after a consonant: 福 Fook, 德 Tuck."""


def malaysian(syllable: str) -> str:
    """A Hong Kong spelling of one Cantonese syllable as Malaysia writes it."""
    for hong_kong_spelt, spelt in _MALAYSIAN:
        syllable = syllable.replace(hong_kong_spelt, spelt)
    close = _MALAYSIAN_CLOSE.get(syllable[-2:])
    if close and len(syllable) > 2 and syllable[-3] not in "aeiou":
        syllable = syllable[:-2] + close
    return syllable


def _cantonese_forms(token: str) -> list[str]:
    """A Han name read in Cantonese and spelt as in Hong Kong, with ch and with ts, and, of
    two characters or more, as in Malaysia: 陈志强 Chan Chi Keung, 曾蔭權 Tsang Yam Kuen,
    家明 Ka Meng; none if a character has no reading."""
    table = cantonese_readings()
    readings = [table.get(char) for char in token]
    if not readings or any(r is None for r in readings):
        return []
    known = [r for r in readings if r is not None]
    forms = ["".join(hong_kong(r, affricate=spelt) for r in known) for spelt in ("ch", "ts")]
    if len(known) > 1:  # alone, as Hokkien's (:func:`matching.hokkien.forms`)
        forms.append("".join(malaysian(hong_kong(r)) for r in known))
    return forms


def _han_forms(token: str) -> tuple[str, ...]:
    syllables = [s.lower() for s in _SYLLABLES.findall(anyascii(token))]
    pinyin = _ascii_letters("".join(syllables))
    forms = [pinyin, _ascii_letters("".join(wade_giles(s) for s in syllables))]
    # as a family name or a given name reads it (单 Shan, 长江 Changjiang), in both schemes
    for other in other_readings(token, tuple(syllables)):
        forms += ["".join(other), "".join(wade_giles(s) for s in other)]
    if token in CHINESE_SURNAMES:  # their Cantonese and Hokkien spellings are there
        forms += CHINESE_SURNAMES[token]
    else:
        forms += _cantonese_forms(token)
        forms += hokkien.forms(token)
    return tuple(dict.fromkeys(f for f in forms if f))


_THAI_SILENT = "\u0e4c"
"""Thanthakhat: the consonant it sits on (and that consonant's vowel) is not spoken."""
_THAI_MARKS = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b")
"""Maitaikhu and the tone marks: no letter of their own in any spelling."""
_THAI_PREPOSED = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44")
"""เ แ โ ใ ไ: written before the consonant, spoken after it."""
_THAI_AM = ("\u0e4d\u0e32", "\u0e33")
"""NFKC splits sara am (ำ) into nikhahit and sara aa; it is read as one vowel, "am"."""
_THAI_POPULAR = str.maketrans(
    {
        "\u0e08": "j",
        "\u0e1e": "p",
        "\u0e20": "p",
        "\u0e1c": "p",
        "\u0e02": "k",
        "\u0e04": "k",
        "\u0e06": "k",
        "\u0e35": "ee",
    }
)
"""Where names in Latin letters part from the Royal Thai system: jo chan as j (Jaidee,
Jiraporn), the aspirated p and k letters as p and k (Porntip, Supachai, Krea-ngam), which
"ph" and "kh" would make f and h, and long i as ee (Leekpai, Malee)."""


def _thai_consonant(char: str) -> bool:
    return "\u0e01" <= char <= "\u0e2e"


def _thai_vowel_sign(char: str) -> bool:
    """A vowel written above, below or after its consonant (ะ to ู)."""
    return "\u0e30" <= char <= "\u0e39"


_THAI_VOWELS = (
    ("\u0e40\u0e35\u0e22", "ia"),
    ("\u0e40\u0e37\u0e2d", "uea"),
    ("\u0e40\u0e32", "ao"),
    ("\u0e40\u0e2d", "oe"),
    ("\u0e40\u0e34", "oe"),
    ("\u0e31\u0e27", "ua"),
    ("\u0e44\u0e22", "ai"),
    ("\u0e31\u0e22", "ai"),
)
"""Vowels written in two or three signs around the consonant (after the preposed sign has
moved behind it): เ-ีย ia (Surakiart), เ-ือ uea, เ-า ao (Paochinda), เ-อ and เ-ิ oe, -ัว ua,
ไ-ย and -ัย ai (Thai, Chai)."""
_THAI_RO_HAN = re.compile("\u0e23\u0e23([\u0e13\u0e19]?)")
"""Ro han (รร): a before a final n (สุวรรณ Suwan), an otherwise (บรรหาร Banharn)."""
_THAI_FINAL_NYO = re.compile("\u0e0d(?![\u0e30-\u0e39\u0e40-\u0e44])")
"""Yo ying closing a syllable is n (ชาญ Charn, บุญ Boon); before a vowel it is y."""
_THAI_SONORANTS = frozenset("\u0e07\u0e0d\u0e19\u0e21\u0e22\u0e23\u0e25\u0e27")
"""ง ญ น ม ย ร ล ว: a ho hip before one of these and its vowel only sets the tone."""


def _leads_tone(after: str) -> bool:
    """Whether a ho hip followed by ``after`` is silent (หลีก is lik, หงส is hong)."""
    return len(after) == 2 and after[0] in _THAI_SONORANTS and not _thai_consonant(after[1])


def _thai_spoken_order(out: list[str]) -> None:
    """Move each preposed vowel behind the consonant it is spoken after: the second of
    two when a vowel sign completes it there (เสถียร is s-thian, เครือ khr-uea)."""
    index = 0
    while index < len(out) - 1:
        if out[index] in _THAI_PREPOSED and _thai_consonant(out[index + 1]):
            skip = 1
            if (
                index + 3 < len(out)
                and _thai_consonant(out[index + 2])
                and _thai_vowel_sign(out[index + 3])
            ):
                skip = 2
            vowel = out.pop(index)
            out.insert(index + skip, vowel)
            index += skip
        index += 1


def _thai_letters(token: str, *, keep_silent: bool = False) -> str:
    """A Thai name letter by letter, as most Thai names are written in Latin letters
    (Porntip, Shinawatra, Surakiart): tone marks and silent letters dropped (kept with
    ``keep_silent``, as spellings after the Pali or Sanskrit word do: Surakiart
    สุรเกียรติ์, Panitchpakdi พานิชภักดิ์), preposed vowels after their consonant,
    written consonants kept where speech changes them."""
    out: list[str] = []
    for index, char in enumerate(token):
        if char == "\u0e2b" and _leads_tone(token[index + 1 : index + 3]):
            continue
        if char in _THAI_MARKS:
            continue
        if char == _THAI_SILENT:
            if keep_silent:
                continue
            while out and not _thai_consonant(out[-1]):
                out.pop()
            if out:
                out.pop()
            continue
        out.append(char)
    _thai_spoken_order(out)
    for index, char in enumerate(out):
        if char == "\u0e2d" and index + 1 < len(out):
            # o ang before a vowel only carries it (อานันท์ Anan, ศิลปอาชา Silpa-); opening
            # a name before a consonant it is "a" (อนุทิน Anutin)
            if _thai_vowel_sign(out[index + 1]):
                out[index] = ""
            elif index == 0 and _thai_consonant(out[1]):
                out[index] = "a"
    text = _THAI_RO_HAN.sub(lambda m: "a" + m.group(1) if m.group(1) else "an", "".join(out))
    if (
        len(text) > 2
        and text[1] == "\u0e23"
        and _thai_consonant(text[0])
        and _thai_consonant(text[2])
    ):
        text = text[0] + "orn" + text[2:]  # พรทิพย์ Porntip, พรชัย Pornchai
    for thai, latin in _THAI_VOWELS:
        text = text.replace(thai, latin)
    text = _THAI_FINAL_NYO.sub("n", text)
    return _ascii_letters(anyascii(text.translate(_THAI_POPULAR)))


_MYANMAR_INITIALS = dict(
    zip(
        "\u1000\u1001\u1002\u1003\u1004\u1005\u1006\u1007\u1008\u1009\u100a\u100b"
        "\u100c\u100d\u100e\u100f\u1010\u1011\u1012\u1013\u1014\u1015\u1016\u1017"
        "\u1018\u1019\u101a\u101b\u101c\u101d\u101e\u101f\u1020\u1021",
        (
            "k", "kh", "g", "g", "ng", "s", "s", "z", "z", "ny", "ny", "t",
            "ht", "d", "d", "n", "t", "ht", "d", "d", "n", "p", "ph", "b",
            "b", "m", "y", "y", "l", "w", "th", "h", "l", "",
        ),
        strict=True,
    )
)  # fmt: skip
"""Burmese consonants opening a syllable, as Burmese names are spelt in Latin letters
(သ Thein, ထ Htun, ဆ San, ရ Ye, အ the vowel carrier of Aung)."""
_MYANMAR_INDEPENDENT = {
    "\u1023": "i", "\u1024": "i", "\u1025": "u", "\u1026": "u", "\u1027": "ay",
    "\u1029": "aw", "\u102a": "aw",
}  # fmt: skip
_MYANMAR_FINALS = {
    "\u1000": "et", "\u1004": "in", "\u1005": "it", "\u100a": "i", "\u1009": "in",
    "\u1010": "at", "\u1014": "an", "\u1015": "at", "\u1019": "an", "\u101a": "e",
    "\u100f": "an", "\u100b": "at", "\u1012": "at", "\u101e": "at",
}  # fmt: skip
"""A closing consonant (under asat) and the rhyme it makes after the inherent vowel."""
_MYANMAR_RHYMES = {
    ("", ""): "a", ("\u102c", ""): "a", ("\u102b", ""): "a", ("\u102d", ""): "i",
    ("\u102e", ""): "i", ("\u102f", ""): "u", ("\u1030", ""): "u", ("\u1031", ""): "ay",
    ("\u1032", ""): "e", ("\u1031\u102c", ""): "aw", ("\u1031\u102b", ""): "aw",
    ("\u102d\u102f", ""): "o", ("\u1036", ""): "an", ("\u102f\u1036", ""): "on",
    ("\u102d\u1036", ""): "ein",
    ("\u1031\u102c", "\u1000"): "auk", ("\u1031\u102b", "\u1000"): "auk",
    ("\u1031\u102c", "\u1004"): "aung", ("\u1031\u102b", "\u1004"): "aung",
    ("\u102d\u102f", "\u1000"): "aik", ("\u102d\u102f", "\u1004"): "aing",
    ("\u102d", "\u1010"): "eik", ("\u102d", "\u1015"): "eik", ("\u102d", "\u1014"): "ein",
    ("\u102d", "\u1019"): "ein", ("\u102f", "\u1010"): "ok", ("\u102f", "\u1015"): "ok",
    ("\u102f", "\u1014"): "on", ("\u102f", "\u1019"): "on",
}  # fmt: skip
"""Vowel signs (ordered as :data:`_MYANMAR_VOWEL_ORDER`) and closing consonant, and the
rhyme names spell."""
_MYANMAR_ROUNDED = {"\u1014": "un", "\u1019": "un", "\u1010": "ut", "\u1015": "ut"}
"""Medial wa before a closing n, m, t, p is the vowel u (ထွန်း Htun, ညွန့် Nyunt)."""
_MYANMAR_KILL = frozenset("\u103a\u1039")
"""Asat and virama: the consonant they follow closes the syllable before."""
_MYANMAR_VOWEL_ORDER = "\u1031\u102d\u102e\u102f\u1030\u102b\u102c\u1032\u1036"


def _myanmar_initial(consonant: str, medials: str) -> str:
    """An opening consonant with its medials: ya and ra make ky, ch, gy after k, kh, g and
    add y after others (မြ Mya, ဖြ Phyo); ha voices ahead (လှ Hl-aing, ရှ Sh-)."""
    latin = _MYANMAR_INITIALS.get(consonant, _MYANMAR_INDEPENDENT.get(consonant, ""))
    if "\u103b" in medials or "\u103c" in medials:
        latin = {"k": "ky", "kh": "ch", "g": "gy", "ng": "ny"}.get(latin, latin + "y")
    if "\u103e" in medials:
        latin = "sh" if latin in ("y", "ly", "yy") else "h" + latin
    return latin


def myanmar_syllables(token: str, *, words: bool = False) -> list[str]:
    """A Burmese word cut into syllables: each starts at a consonant or independent vowel
    that no asat or virama closes. Burmese names are syllables written without spaces
    (အောင်ဆန်းစုကြည်, Aung San Suu Kyi), each a name of its own in Latin letters; with
    ``words``, a consonant stacked under a virama stays with the syllable before, as one
    Pali word is one name (ဝဏ္ဏ Wunna, စန္ဒာ Sandar)."""
    out: list[str] = []
    for index, char in enumerate(token):
        after = token[index + 1 : index + 3]
        opens = ("\u1000" <= char <= "\u102a") and not (
            after[:1] in _MYANMAR_KILL
            or (after[:1] == "\u1037" and after[1:2] == "\u103a")
            or (words and index > 0 and token[index - 1] == "\u1039")
        )
        if opens or not out:
            out.append(char)
        else:
            out[-1] += char
    return out


_MYANMAR_POPULAR = {("\u102c", ""): "ar", ("\u102b", ""): "ar", ("\u102d\u102f", ""): "oe"}
"""Open rhymes that names also spell longer: ာ as "ar" (Zin Mar, Sandar), ို as "oe" (Moe,
Soe); ဦ is also "oo" (Thein Oo)."""


def _myanmar_rhyme(vowels: str, final: str, *, popular: bool) -> str:
    """A syllable's vowel signs and closing consonant as names spell them: a known rhyme,
    else the open vowel with the consonant's rhyme."""
    if popular and (vowels, final) in _MYANMAR_POPULAR:
        return _MYANMAR_POPULAR[vowels, final]
    known = _MYANMAR_RHYMES.get((vowels, final))
    if known is not None:
        return known
    open_vowel = _MYANMAR_RHYMES.get((vowels, ""), "a")
    if not final:
        return open_vowel
    closing = _MYANMAR_FINALS.get(final, "")
    return open_vowel.rstrip("a") + closing if vowels else closing or "a"


def _myanmar_syllable(syllable: str, *, popular: bool = False) -> str:
    """One syllable: opening consonant with its medials, then the rhyme."""
    initial, rest = syllable[0], syllable[1:]
    medials = "".join(c for c in rest if "\u103b" <= c <= "\u103e")
    final = ""
    for index, char in enumerate(rest):
        if char in _MYANMAR_KILL:
            before = rest[:index].rstrip("\u1037")
            if before and "\u1000" <= before[-1] <= "\u1021":
                final = before[-1]
    vowels = "".join(
        sorted((c for c in rest if c in _MYANMAR_VOWEL_ORDER), key=_MYANMAR_VOWEL_ORDER.index)
    )
    head = _myanmar_initial(initial, medials)
    if initial in _MYANMAR_INDEPENDENT and not vowels and not final:
        return "oo" if popular and initial == "\u1026" else head
    if "\u103d" in medials and not vowels and final in _MYANMAR_ROUNDED:
        rhyme = _MYANMAR_ROUNDED[final]
    else:
        head += "w" if "\u103d" in medials else ""
        rhyme = _myanmar_rhyme(vowels, final, popular=popular)
    if "\u1037" in rest and rhyme[-1:] == "n":
        rhyme += "t"  # a creaky nasal is written with t: မြင့် Myint, သန့် Thant
    return head + rhyme


def _myanmar_forms(token: str) -> tuple[str, ...]:
    """A Burmese syllable (or word) as Burmese names are spelt in Latin letters, then with
    the longer spellings of some open rhymes (:data:`_MYANMAR_POPULAR`)."""
    syllables = myanmar_syllables(token)
    forms = (
        "".join(_myanmar_syllable(s) for s in syllables),
        "".join(_myanmar_syllable(s, popular=True) for s in syllables),
    )
    return tuple(dict.fromkeys(f for f in forms if f))


_LAO_MARKS = frozenset("\u0ec8\u0ec9\u0eca\u0ecb\u0ecc")
"""Lao tone marks and the cancellation mark: no letter of their own."""
_LAO_PREPOSED = frozenset("\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
"""ເ ແ ໂ ໃ ໄ: written before the consonant, spoken after it."""
_LAO_SONORANTS = frozenset("\u0e87\u0e8d\u0e99\u0ea1\u0ea3\u0ea5\u0ea7")
"""ງ ຍ ນ ມ ຣ ລ ວ: a ho before one of these only sets the tone (ສະຫວາດ Savath)."""
_LAO_O = "\u0ead"
_LAO_VOWELS = (
    ("\u0ec0\u0ebb\u0eb2", "ao"),
    ("\u0ec0\u0eb1", "e"),
    ("\u0ec0\u0eb5", "eu"),
    ("\u0ec0\u0eb7\u0ead", "eua"),
    ("\u0ec0\u0e8d", "ia"),
    ("\u0ebb\u0ea7", "oua"),
    ("\u0ecd", "o"),
)
"""Vowels written around the consonant (after the preposed sign has moved behind it):
ເ-ົາ ao, ເ-ັ e (Lengsavad), ເ-ີ eu (Saleumxay), ເ-ືອ eua, ເ-ຍ ia, -ົວ oua (Bouasone), ໍ o (Vorachith)."""
_LAO_POPULAR = ((re.compile("ai"), "ay"), (re.compile("n$"), "ne"), (re.compile("d$"), "th"))
"""French spellings of Lao names: ໄ as ay, a final n as ne, a final d as th (Kaysone,
Siphandone, Sisoulith)."""


def _lao_consonant(char: str) -> bool:
    return "\u0e81" <= char <= "\u0eae" or char in "\u0edc\u0edd\u0ede\u0edf"


def _lao_forms(token: str) -> tuple[str, ...]:
    """A Lao name as its letters read in Latin (anyascii, with the French conventions of
    Lao spellings: ou, v, x, gn), preposed vowels after their consonant, silent letters and
    tone marks dropped; then as names are also spelt (:data:`_LAO_POPULAR`)."""
    out: list[str] = []
    for index, char in enumerate(token):
        if char in _LAO_MARKS:
            continue
        after = token[index + 1 : index + 3]
        if char == "\u0eab" and len(after) == 2 and after[0] in _LAO_SONORANTS:
            continue
        out.append(char)
    index = 0
    while index < len(out) - 1:
        if out[index] in _LAO_PREPOSED and _lao_consonant(out[index + 1]):
            vowel = out.pop(index)
            out.insert(index + 1, vowel)
            index += 1
        index += 1
    text = "".join(out)
    for lao, latin in _LAO_VOWELS:
        text = text.replace(lao, latin)
    chars = list(text)
    for index, char in enumerate(chars):
        if char == _LAO_O:
            before = chars[index - 1] if index else ""
            after = chars[index + 1] if index + 1 < len(chars) else ""
            # a vowel between consonants (ທອງ Thong); else it carries a vowel (ອຸດົມ)
            chars[index] = (
                "o" if _lao_consonant(before) and (not after or _lao_consonant(after)) else ""
            )
    letters = _ascii_letters(anyascii("".join(chars)))
    popular = letters
    for pattern, replacement in _LAO_POPULAR:
        popular = pattern.sub(replacement, popular)
    return tuple(dict.fromkeys(f for f in (letters, popular) if f))


def _thai_forms(token: str) -> tuple[str, ...]:
    """The Royal Thai General System reading (pythainlp's rules: vowels and inherent
    vowels as spoken) and the letter-by-letter readings of :func:`_thai_letters`."""
    from pythainlp.transliterate import romanize as thai_romanize  # noqa: PLC0415 - 1 s

    token = token.replace(*_THAI_AM)
    if len(token) == 1 and _thai_consonant(token):
        return (_ascii_letters(anyascii(token)) + "a",)  # ณ (of) in ณ ระนอง, Na Ranong
    spoken = _ascii_letters(thai_romanize(token, engine="royin"))
    if token[:1] == "\u0e2d" and _thai_consonant(token[1:2]) and spoken[:1] not in "aeiou":
        spoken = "a" + spoken  # the rules drop the vowel an opening o ang carries: อภิสิทธิ์
    forms = [spoken, _thai_letters(token)]
    if _THAI_SILENT in token:
        forms.append(_thai_letters(token, keep_silent=True))
    return tuple(dict.fromkeys(f for f in forms if f))


@lru_cache(maxsize=200_000)
def romanize(token: str, script: Script) -> tuple[str, ...]:
    """All Latin spellings of one token: the :func:`core_readings` (primary first), then
    the readings that only meet other schemes (German and French Cyrillic, spoken Hebrew
    and Bengali, English readings of German spellings of Slavic names). Empty if nothing
    is left."""
    core = _core(token, script)
    return tuple(dict.fromkeys((*core, *(f for f in _secondary(token, script) if f))))


def core_readings(token: str, script: Script) -> int:
    """How many of :func:`romanize`'s spellings, first, are the script's own readings:
    the others would make two names of one script meet through two schemes ("Жаров" and
    "Шаров" are both "scharow" in German) and are kept out of variant groups."""
    return len(_core(token, script))


_SCRIPT_FORMS: dict[Script, Callable[[str], tuple[str, ...]]] = {
    Script.HANGUL: hangul_forms,
    Script.HEBREW: _hebrew_forms,
    Script.HAN: _han_forms,
    Script.GREEK: _greek_forms,
    Script.ARABIC: _arabic_forms,
    Script.CYRILLIC: _cyrillic_forms,
    Script.THAI: _thai_forms,
    Script.MYANMAR: _myanmar_forms,
    Script.LAO: _lao_forms,
    Script.KANA: _kana_forms,
    Script.THAANA: thaana_forms,
    Script.HANGUL_FOREIGN: lambda token: tuple(
        dict.fromkeys((*foreign_hangul_forms(token), *hangul_forms(token)))
    ),
    Script.HAN_FOREIGN: _han_forms,
    Script.KANA_FOREIGN: lambda token: tuple(
        dict.fromkeys((*katakana_canonical(token), *_kana_forms(token)))
    ),
    Script.KHMER: lambda token: tuple(dict.fromkeys((*khmer_forms(token), *_latin_forms(token)))),
    Script.TIBETAN: lambda token: tibetan_forms(token) or _latin_forms(token),
}
"""The scripts with readings of their own; the others go through anyascii."""


_BENGALI_ABBREVIATIONS = {
    "মোঃ": "md", "মোহাঃ": "md", "মুহাঃ": "md", "মোছাঃ": "mst", "মোসাঃ": "mst", "মোস্তঃ": "mst",
}  # fmt: skip
"""Muhammad and Mosammat abbreviated with a visarga, as Bangladeshi names write them:
read as their Latin abbreviations Md. and Mst. (variant groups of the full names)."""


@lru_cache(maxsize=200_000)
def _core(token: str, script: Script) -> tuple[str, ...]:
    if script is Script.BENGALI and token in _BENGALI_ABBREVIATIONS:
        return (_BENGALI_ABBREVIATIONS[token],)
    own = _SCRIPT_FORMS.get(script)
    if own is not None:
        return own(token)
    if script in BRAHMIC:
        forms = (_indic(token), _ascii_letters(anyascii(token)))
        return tuple(dict.fromkeys(f for f in forms if f))
    return _latin_forms(token)


def split_cjk(token: str, script: Script) -> list[str]:
    """Split a Han or Hangul name written without spaces into family and given name.

    "王小明" -> ["王", "小明"]; "김정은" -> ["김", "정은"]. Two-character family names
    are rare; two family names lead four characters in Hong Kong ("林鄭月娥"); a token that
    does not look like a full name is returned whole.
    """
    if script not in (Script.HAN, Script.HANGUL) or not 2 <= len(token) <= 4:
        return [token]
    if any(char_script(c) is not script for c in token):
        return [token]
    family_len = 2 if token[:2] in _COMPOUND_FAMILY else 1
    if len(token) - family_len < 1:
        return [token]
    if (
        script is Script.HAN
        and len(token) == 4
        and family_len == 1
        and token[0] in CHINESE_SURNAMES
        and token[1] in CHINESE_SURNAMES
    ):
        # a married woman's name in Hong Kong: her husband's family name before hers
        # (林鄭月娥 Lam Cheng Yuet-ngor)
        return [token[0], token[1], token[2:]]
    return [token[:family_len], token[family_len:]]


_COMPOUND_FAMILY = frozenset(
    {
        "欧阳",
        "歐陽",
        "司马",
        "司馬",
        "诸葛",
        "諸葛",
        "上官",
        "东方",
        "東方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "令狐",
        "夏侯",
        "황보",
        "남궁",
        "제갈",
        "선우",
        "독고",
        "사공",
        "서문",
        "동방",
        "을지",
        "망절",
        "어금",
        "장곡",
    }
)


def compound_family(token: str) -> bool:
    """Whether a Han or Hangul name opens with a family name of two characters (欧阳)."""
    return token[:2] in _COMPOUND_FAMILY


KOREAN_FAMILY_NAMES = frozenset(KOREAN_SURNAMES) | frozenset(
    name for name in _COMPOUND_FAMILY if "\uac00" <= name[0] <= "\ud7a3"
)
"""Korean family names in Hangul, of one syllable and of two (남궁, 선우)."""
