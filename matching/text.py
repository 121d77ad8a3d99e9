"""Name text normalisation: Unicode NFKC, casefolding, punctuation, titles and particles.

Use :func:`tokenize` before anything else touches a name. It is idempotent on its own
output (joining the tokens with spaces and tokenising again gives the same tokens), never
fails on any Unicode input, and keeps letters of every script.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain

import regex

from matching.scripts import Script, char_script

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g"}
)
_ARABIC_HARAKAT = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_HEBREW_POINTS = re.compile("[\u0591-\u05c7]")

# Titles, honorifics and generational suffixes, casefolded and without punctuation.
# Only words that are never a person's own name part: "hafiz", "sayyid", "khan" or "amir"
# are names too, so they stay (dropping them would make "Hafez Makhlouf" equal "Makhlouf").
TITLES: frozenset[str] = frozenset(
    {
        # English and common Latin abbreviations
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "doctor",
        "eng",
        "engr",
        "sir",
        "dame",
        "rev",
        "reverend",
        "jr",
        "jnr",
        "snr",
        "ii",
        "iii",
        "iv",
        "esq",
        "phd",
        "president",
        "gen",
        "general",
        "col",
        "colonel",
        "capt",
        "captain",
        "lt",
        "maj",
        "hon",
        "honorable",
        "honourable",
        # French, German, Spanish, Italian, Portuguese, Dutch, Turkish
        "monsieur",
        "mme",
        "madame",
        "mlle",
        "mademoiselle",
        "herr",
        "frau",
        "ing",
        "dipl",
        "praesident",
        "prasident",
        "senor",
        "sr",  # Sr. (señor, or "senior" after a name)
        "senora",
        "srta",
        "sra",
        "dott",
        "dottore",
        "signor",
        "signora",
        "dhr",
        "mevr",
        "sayin",
        # Arabic, Persian, Urdu, South Asian honorifics in Latin script
        "sheikh",
        "shaikh",
        "shaykh",
        "sheik",
        "cheikh",
        "sheekh",  # Somali spellings: Sheekh, Shiikh, Xaaji, Xaajiyad (Hajja)
        "shiikh",
        "xaaji",
        "xaajiyad",
        "haji",
        "hajji",
        "hadji",
        "hajj",
        "alhaji",
        "alhaj",
        "hajja",
        "hajjah",
        "mullah",
        "mulla",
        "molla",
        "maulana",
        "mawlana",
        "maulvi",
        "mawlawi",
        "moulvi",
        "mawlavi",
        "ustadh",
        "ustaz",
        "janab",
        "shri",
        "sri",
        "shrimati",
        "smt",
        "kumari",
        "srimati",
        "srimti",
        "shreemati",
        "shriman",
        "sriman",
        "shreeman",
        "sriyukt",
        "sriyukta",
        "shriyut",
        "sushri",
        "susri",
        "shrii",  # unidecode's Shri, Shrimati, Kumari: long vowels doubled
        "shriimtii",
        "shriimaan",
        "kumaarii",
        # Azerbaijani, Turkish, Central Asian
        "cenab",
        "xanim",
        "muellim",
        "bey",
        # West and East African
        "alhaja",
        "hajiya",
        "mallam",
        "chief",
        "oloye",
        "ogbeni",
        "bwana",
        "bw",
        "mzee",
        "dkt",
        "mheshimiwa",
        "mtukufu",
        "owura",
        "awura",
        "osofo",
        # Nordic, Baltic, Central European, Italian, Spanish, Indonesian honorifics and
        # degrees (not "md": Md is Muhammad in Bangladesh)
        "herra",
        "rouva",
        "hra",
        "rva",
        "tohtori",
        "fru",
        "harra",
        "proua",
        "sig",
        "sigra",
        "lic",
        "mtro",
        "srita",
        "mgr",
        "mudr",
        "judr",
        "phdr",
        "rndr",
        "mvdr",
        "slecna",
        "mba",
        "bsc",
        "msc",
        "dds",
        "dvm",
        "hj",
        "hjh",
        "drs",
        "dra",
        "drg",
        "tgk",
        "ir",  # Indonesian and Dutch engineer: "Ir. Soekarno", "ir. J. de Vries"
        # Cyrillic-script titles, transliterated
        "gospodin",
        "gospozha",
        "doktor",
        "inzh",
    }
)

_NATIVE_TITLES: frozenset[str] = frozenset(
    {
        # Korean honorifics written apart after the name (not 양 and 군, Miss and Master,
        # which are family names too: Yang, Gun)
        "님",
        "교수",
        "위원장",
        "대통령",
        "대표",
        "총비서",
        "동지",
        "장관",
        "총리",
        "의원",
        "회장",
        "사장",
        "선생",
        "선생님",
        "여사",
        # Arabic and Persian
        "الشيخ",
        "شيخ",
        "شیخ",
        "الحاج",
        "حاج",
        "حاجی",
        "حاجي",
        "الدكتور",
        "دكتور",
        "دكتر",
        "السيد",
        "السيدة",
        "الأستاذ",
        "الاستاذ",
        "استاذ",
        "المهندس",
        "مهندس",
        "آقای",
        "اقای",
        "خانم",
        "ملا",
        "مولوی",
        "مولوي",
        "مولانا",
        "جناب",
        # the article split off ("الآنسة" is ال + آنسة); "سيد" only after it, opening the
        # name (:data:`ARTICLE_TITLES`)
        "آنسة",
        "انسة",
        "أستاذ",
        "أستاذة",
        "استاذة",
        "دكتورة",
        "مهندسة",
        "د",  # "د." (Dr)
        "دکتر",  # Persian, with its own kaf
        "سرکار",  # "سرکار خانم" (Madam)
        # Cyrillic
        "г-н",
        "господин",
        "госпожа",
        "г-жа",
        "д-р",
        "доктор",
        "проф",
        "профессор",
        "инж",
        "пан",
        "пані",
        "пани",
        "шейх",
        "хаджи",
        "мулла",
        "тов",  # comrade
        "добродій",
        "добродійка",
        "панна",
        # Greek, Hebrew
        "κος",
        "κα",
        "κυρ",
        "δρ",
        "מר",
        "גב",
        "דר",
        "הרב",
        "ד״ר",
        # Devanagari, Bengali
        "श्री",
        "श्रीमती",
        "डॉ",
        "डा",
        "कुमारी",
        "শ্রী",
        "শ্রীমতী",
        "জনাব",
        "ডঃ",
        "ডা",
        "শেখ",
        "शेख",
        "হাজী",
        "মাওলানা",
        "मौलाना",
        "श्रीमान",
        "सुश्री",
        "माननीय",
        "आदरणीय",
        "जी",  # the honorific "-ji" written apart
        "संमानित",
        "सम्मानित",
        "सम्मानसूचक",
        "आदरसूचक",
        "सम्मानात्मक",
        "आदरवाचक",
        "মিঃ",
        "মি",
        "মিসেস",
        "মিসঃ",
        "ডাঃ",
        "ইঞ্জিঃ",
        "জনাবা",
        "মৃতঃ",  # the late
        "মৃতাঃ",
        "অবঃ",  # retired
        "এমএসসি",
        "বিএসসি",
        "পিএইচডি",
        "এমডি",
        "ডিডিএস",
        "ডিভিএম",
        "শ্রীমান",
        # Odia, Gujarati, Gurmukhi, Tamil, Telugu, Kannada, Malayalam, Sinhala
        "ଶ୍ରୀ",
        "ଶ୍ରୀମତୀ",
        "ସୁଶ୍ରୀ",
        "କୁମାରୀ",
        "ଶ୍ରୀଯୁକ୍ତ",
        "ଶ୍ରୀମାନ",
        "શ્રી",
        "શ્રીમતી",
        "શ્રીમાન",
        "કુમારી",
        "ਸ੍ਰੀ",
        "ਸ਼੍ਰੀ",
        "ਸ਼੍ਰੀਮਤੀ",
        "திரு",
        "திருமதி",
        "శ్రీ",
        "శ్రీమతి",
        "ಶ್ರೀ",
        "ಶ್ರೀಮತಿ",
        "ശ്രീ",
        "ശ്രീമതി",
        "මයා",
        "මහත්මිය",
        "මෙනවිය",
        # Chinese, Japanese, Korean
        "先生",
        "女士",
        "博士",
        "さん",
        "様",
        "씨",
        "박사",
    }
)

PARTICLES: frozenset[str] = frozenset(
    {
        # Arabic article (and its assimilated forms that are not names themselves), kinship
        "al",
        "el",
        "ul",
        "ud",
        "ur",
        "ar",
        "az",
        "ash",
        "bin",
        "ben",
        "ibn",
        "bint",
        "binti",
        "bte",
        "abu",
        "abou",
        "abo",
        "umm",
        "ould",
        "wuld",
        "wa",
        # European particles
        "de",
        "da",
        "dos",
        "das",
        "del",
        "della",
        "dello",
        "di",
        "du",
        "des",
        "la",
        "le",
        "van",
        "von",
        "het",
        "der",
        "den",
        "ter",
        "ten",
        "zu",
        "vom",
        "y",
        "af",
        "av",
        "ap",
    }
)
"""Connecting words that carry little identity: matched, but weighed lightly."""

ARTICLE_TITLES = frozenset({"سيد", "سيدة"})
"""Titles only as "السيد" and "السيدة" opening a name (Mr, Mrs): without the article
"سيد" is a given name (Sayyid Qutb), and after a name with it a family name (El-Sayed)."""

ARABIC_ARTICLE = "ال"
FAMILY_OF = "\u0622\u0644"
_ARABIC_PARTICLES = frozenset(
    {"بن", "بنت", "ابن", "أبو", "ابو", "أبي", "ابي", "ام", "أم", FAMILY_OF}
)
"""Kinship words, and آل ("family of", Al Saud: آل سعود), which Latin writes as the article."""


def _fix_digits(token: str) -> str | None:
    """Letters-and-digits tokens are OCR/typing slips ("Ig0r"); bare numbers are dropped."""
    if _DIGIT.search(token) is None:
        return token
    if _LETTER.search(token) is None:
        return None
    return token.translate(_LEET)


_ALLAH = "الله"


def _split_arabic(token: str) -> list[str]:
    """Split the attached Arabic article: "الأسد" -> ["ال", "أسد"] (kept as a particle),
    and a compound with Allah written joined, as Persian and Pashto spellings often write
    it: "اسدالله" -> ["اسد", "ال", "له"], as "اسد الله" is."""
    if (
        token.endswith(_ALLAH)
        and len(token) > len(_ALLAH) + 1
        and char_script(token[0]) is Script.ARABIC
    ):
        return [*_split_arabic(token[: -len(_ALLAH)]), ARABIC_ARTICLE, _ALLAH[2:]]
    if (
        token.startswith(ARABIC_ARTICLE)
        and len(token) > 3
        and char_script(token[0]) is Script.ARABIC
    ):
        return [ARABIC_ARTICLE, token[2:]]
    return [token]


def is_particle(token: str, latin: str) -> bool:
    """Whether a token (raw form and its Latin form) is a connecting particle."""
    return latin in PARTICLES or token == ARABIC_ARTICLE or token in _ARABIC_PARTICLES


def is_title(token: str, latin: str) -> bool:
    """Whether a token is a title or honorific (in its own script or in Latin)."""
    return token in _NATIVE_TITLES or latin in TITLES


# Titles written with inner punctuation, removed before punctuation splits them apart.
_LATIN_PUNCTUATED_TITLES = re.compile(
    r"(?<![^\W\d_])(?:g-n|g-(?:zh|z|ts|c|gj|g)a|g-din|g-(?:gj|g)ica|d-r)\.?(?![^\W\d_])",
    re.IGNORECASE,
)
"""The Cyrillic abbreviations of :data:`_PUNCTUATED_TITLES` romanised: "G-n" (г-н, Mr),
"G-zha" (г-жа), "G-tsa" (г-ца), "G-gja" (г-ѓа), "D-r" (д-р); split at the hyphen they
would be two initials."""
_PUNCTUATED_TITLES = re.compile(
    r"(?<!\w)(?:г-н|г-жа|г-ца|г-ѓа|г-ѓица|г-дин|д-р| д\.р|ד\"ר|ד״ר)\.?(?!\w)"
)


_DROPPED = regex.compile(r"[\p{Cf}'’‘ʻʼʹ`´ʿʾ]")  # zero-width joiners, apostrophes: join
_SILENT_HE = re.compile("\u0647(?=\u200c)")
"""A Persian he before a zero-width non-joiner ends a word inside the name, where it
writes the vowel e, not an h: "خامنه‌ای" is Khamenei. Joined, it would read as an h."""
_DIGIT = regex.compile(r"\p{Nd}")
_LETTER = regex.compile(r"\p{L}")
_WORDS = regex.compile(r"[\p{L}\p{M}\p{Nd}]+")


_ASCII_DROPPED = str.maketrans("", "", "'`")
_HYPHENED = re.compile(r"\s*[-\u2010-\u2015\u2043\u2212\ufe63\uff0d]\s*")
"""Hyphens as keyboards and word processors write them: ASCII, Unicode's dashes, the
hyphen bullet, the minus sign and the small and fullwidth hyphens of East Asian fonts."""
_APOSTROPHES = str.maketrans("", "", "'`\u2018\u2019\u02bb\u02bc")


def hyphened_form(text: str) -> str:
    """A name's text lowered with its hyphens as "-" and nothing around them, and no
    apostrophes, to find which words a hyphen joins as tokens are written ("Kuo T'ai–ming":
    "kuo tai-ming"). Empty when it has no hyphen (most names)."""
    if "-" not in text and (text.isascii() or _HYPHENED.search(text) is None):
        return ""
    return _HYPHENED.sub("-", text.lower().translate(_APOSTROPHES))


_ASCII_WORDS = re.compile(r"[a-z0-9]+")
_MODIFIER_SYMBOLS = regex.compile(r"\p{Sk}")
"""Accents typed beside a letter ("O´Brien", "N˜zamett˜n"): NFKC would make each a space
and a combining mark, splitting the name."""
_SYLLABLE_VOWEL = re.compile(r"(?<=[^\W\d_])-([aeiou])(?=$|[\s,;/])", re.IGNORECASE)
"""A vowel hyphened to a name is a syllable of it, not an initial: Korean "Geon-U" (건우),
"Ji-A" (지아)."""


_MARIA = re.compile(r"(?<![^\W\d_])ma\.(?=\s*[^\W\d_])", re.IGNORECASE)
""""Ma." before another name is María abbreviated, as Filipino names write it ("Ma.
Cristina Reyes"); without its point, "Ma" is a name (馬, Ma Ying-jeou)."""


_ABBREVIATED = {
    # Spanish: "Fco. Javier", "Mª del Carmen", "Fdez." (Fernández)
    "fco": "francisco",
    "mª": "maria",
    "fdez": "fernandez",
    "glez": "gonzalez",
    "gzlez": "gonzalez",
    "hdez": "hernandez",
    "rguez": "rodriguez",
    "rdguez": "rodriguez",
    "rodz": "rodriguez",
    "mtnez": "martinez",
    "gmo": "guillermo",
    # English, in older records: "Wm. Smith", "Chas. Brown"
    "wm": "william",
    "chas": "charles",
    "thos": "thomas",
    "jas": "james",
    "geo": "george",
    "jno": "john",
    "robt": "robert",
    "benj": "benjamin",
    "saml": "samuel",
    # Burmese: "Mg. Mg. Oo"; without its point, MG may be two initials (M. G.)
    "mg": "maung",
}
_ABBREVIATION = re.compile(
    r"(?<![^\W\d_])(mª|(?:" + "|".join(k for k in _ABBREVIATED if k.isascii()) + r")\.)",
    re.IGNORECASE,
)
"""A given or family name abbreviated as records write it, with its point (Mª with its
ordinal a): without the point "Geo" or "Jas" may be a name of its own."""


def _expanded(match: re.Match[str]) -> str:
    return _ABBREVIATED[match.group(1).rstrip(".").lower()] + " "


_MALAY_LINEAGE = re.compile(r"(?<![^\W\d_])(a/l|s/o|a/p|d/o)(?![^\W\d_])", re.IGNORECASE)
"""Malaysian and Singaporean "a/l" (anak lelaki) and "s/o", son of, "a/p" (anak perempuan)
and "d/o", daughter of ("Murugan a/l Subramaniam"): as "bin" and "binti" write it, split
at the slash they would be two initials."""
_LINEAGE = {"a/l": " bin ", "s/o": " bin ", "a/p": " binti ", "d/o": " binti "}


DIGRAPH_INITIAL = re.compile(r"(?<![^\W\d_])(shch|dzh|ch|sh|zh|kh|ts|th|ph)\.", re.IGNORECASE)
""""Ts.", "Kh.", "Sh.": an initial romanised from Cyrillic (Ц., Х., Ш.) or abbreviating a
name by its first sound (Th. for Thomas), as Mongolian and Russian names in Latin write
it: an initial of two letters (:func:`matching.names.prepare_name`), which starts fewer
names than its first letter would ("Sh." is no Sanjar)."""

_SUN_ARTICLE = re.compile(r"(?<![^\W\d_])([ae])(dh|th|sh|[dstzr])-(?=\2)", re.IGNORECASE)
"""The Arabic article written as spoken before a sun letter and joined to it by a hyphen
("Shams ad-Din", "Abd as-Salam", "Nour ed-Dine", "Abd es-Salam"): written al- (el-), as
other schemes write it; without the hyphen "Ad" and "Es" are names (Ad Visser, van Es).
Not an- or en- (Korean "An-na")."""


_DUTCH_T = re.compile(r"(?<=\s)['’]t(?=\s)", re.IGNORECASE)
"""Dutch 't, the article het ("van 't Wel"): without its apostrophe it would be an
initial T."""


def clean(name: str) -> str:
    """NFKC, casefold, drop vowel marks of abjads and map punctuation to spaces."""
    if "-" in name:
        name = _LATIN_PUNCTUATED_TITLES.sub(" ", _SYLLABLE_VOWEL.sub(r"\1", name))
        name = _SUN_ARTICLE.sub(r"\1l-", name)
    if "." in name or "ª" in name:
        name = _ABBREVIATION.sub(_expanded, _MARIA.sub("maria ", name))
    if "/" in name:
        name = _MALAY_LINEAGE.sub(lambda m: _LINEAGE[m.group(1).lower()], name)
    if "'" in name or "’" in name:
        name = _DUTCH_T.sub("het", name)
    if name.isascii():  # most rows: skip Unicode normalisation and script-specific marks
        return " ".join(_ASCII_WORDS.findall(name.lower().translate(_ASCII_DROPPED)))
    text = unicodedata.normalize("NFKC", _MODIFIER_SYMBOLS.sub("", name)).casefold()
    text = _PUNCTUATED_TITLES.sub(" ", text)
    text = _ARABIC_HARAKAT.sub("", text)
    text = _HEBREW_POINTS.sub("", text)
    if "\u200c" in text:
        text = _SILENT_HE.sub("", text)
    return " ".join(_WORDS.findall(_DROPPED.sub("", text)))


@lru_cache(maxsize=300_000)
def _word_tokens(raw: str) -> tuple[str, ...]:
    """The tokens one cleaned word makes (cached: a list of a million names has a few
    hundred thousand distinct words)."""
    fixed = _fix_digits(raw)
    return () if fixed is None else tuple(_split_arabic(fixed))


_DETACHED_ARTICLES = {"ur": "r", "uz": "z", "us": "s", "un": "n", "ush": "sh"}
"""The Arabic article assimilated to the next name, as South Asian spellings write it
apart: "Ata ur Rahman", "Zia-ur-Rahman", "Shams un Nahar"."""


def _attach_articles(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Write a detached assimilated article onto the name before it, as "Ataur Rahman"
    does: the three spellings are one name, and the joined one is the one read as
    "X al-" (:func:`matching.translit.arabic_compound`). Only before a name in that
    sound, after a Latin name of three letters or more."""
    out: list[str] = []
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        sound = _DETACHED_ARTICLES.get(token)
        if (
            sound is not None
            and 0 < i < last
            and tokens[i + 1].startswith(sound)
            and len(out[-1]) >= 3
            and out[-1].isascii()
            and out[-1].isalpha()
        ):
            out[-1] += token
        else:
            out.append(token)
    return tuple(out)


def tokens_of(name: str) -> tuple[str, ...]:
    """:func:`tokenize` as a tuple, without the copy (the hot path of preparing a list)."""
    words = clean(name).split()
    if len(words) == 1:
        return _word_tokens(words[0])
    tokens = tuple(chain.from_iterable(map(_word_tokens, words)))
    if _DETACHED_ARTICLES.keys().isdisjoint(tokens):
        return tokens
    return _attach_articles(tokens)


GENERATIONS = {
    "sr": 1,
    "snr": 1,
    "senior": 1,
    "jr": 2,
    "jnr": 2,
    "junior": 2,
    "ii": 2,
    "iii": 3,
    "iv": 4,
}
"""Generational suffixes, by the generation they name (Jr. and II both the second): read
as titles, they tell a father from his son of the same name."""


@lru_cache(maxsize=100_000)
def generation(name: str) -> int | None:
    """The generation a name's suffix names ("Ferdinand Marcos Jr.": 2), if any: the last
    word of the name or of a piece of it between commas ("Marcos Jr., Ferdinand", "Homero
    Adame, Jr."), after another word. Not a title before the name: "Sr." there is Señor
    ("Excmo. Sr. D. Felix Contreras")."""
    before = 0
    for piece in name.split(","):
        tokens = tokens_of(piece)
        if tokens and before + len(tokens) > 1 and (found := GENERATIONS.get(tokens[-1])):
            return found
        before += len(tokens)
    return None


def tokenize(name: str) -> list[str]:
    """Split a name into casefolded tokens of letters (any script); titles are kept here.

    Titles are removed later, once each token's Latin form is known, so that "Шейх" and
    "Sheikh" are recognised alike (see :mod:`matching.names`).
    """
    return list(tokens_of(name))
