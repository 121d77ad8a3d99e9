"""Khmer names read syllable by syllable, with the vowels the script leaves unwritten.

anyascii reads Khmer letter by letter: an unwritten (inherent) vowel is lost ("នរោត្តម",
Norodom, is "nraottm"), and a vowel sign reads one way whatever its consonant, where Khmer
reads it two ways: each consonant belongs to one of two series, and ា is "a" after ស (Sary)
but "ea" after ជ (Chea). So a name is cut into its written syllables (a consonant with
its subscripts, register sign and vowel signs), each read with its series (a register sign
moves it: ប៉ is p, ហ៊ុន Hun), the inherent vowel written where no sign is, and a
consonant without a vowel either closing the syllable before it or opening its own.

Two readings come out: by the United Nations system (UNGEGN: ា "a"/"ea", ុ "o"/"u",
ែ "ae"), and as Cambodian names are spelt in Latin, the French way the civil registry
and passports took (ៀ "ea", ែ "e", ៅ "ao", ប before a subscript and a closing វ "p" and
"u", an unwritten a-series vowel "o", doubled letters single: Tea Banh, Norodom, Prak,
Khieu). Where a bare consonant sits between two syllables, it both closes the one before
(native compounds: ប៊ុនហេង Bunheng) and opens one of its own (names from Pali and Sanskrit:
សីហនុ Sihanouk): both readings are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

_A_SERIES = frozenset("កខចឆដឋណតថបផឝឞសហឡអ")
"""Consonants of the first series (voiceless, inherent â); the rest are of the second (ô)."""
_SONORANTS = frozenset("ងញមយរលវ")
"""Second-series subscripts that keep the first series of the consonant above them."""
_INITIAL = {
    "ក": "k", "ខ": "kh", "គ": "k", "ឃ": "kh", "ង": "ng", "ច": "ch", "ឆ": "chh", "ជ": "ch",
    "ឈ": "chh", "ញ": "nh", "ដ": "d", "ឋ": "th", "ឌ": "d", "ឍ": "th", "ណ": "n", "ត": "t",
    "ថ": "th", "ទ": "t", "ធ": "th", "ន": "n", "ប": "b", "ផ": "ph", "ព": "p", "ភ": "ph",
    "ម": "m", "យ": "y", "រ": "r", "ល": "l", "វ": "v", "ឝ": "s", "ឞ": "s", "ស": "s",
    "ហ": "h", "ឡ": "l", "អ": "",
}  # fmt: skip
_FINAL = {
    "ក": "k", "ខ": "k", "គ": "k", "ឃ": "k", "ច": "ch", "ឆ": "ch", "ជ": "ch", "ឈ": "ch",
    "ដ": "t", "ឋ": "t", "ឌ": "t", "ឍ": "t", "ត": "t", "ថ": "t", "ទ": "t", "ធ": "t",
    "ប": "p", "ផ": "p", "ព": "p", "ភ": "p", "អ": "",
}  # fmt: skip
"""Stops close a syllable unreleased; the other consonants as they open one."""
_HA_DIGRAPHS = {"គ": "g", "វ": "f", "ស": "z", "ប": "b"}
"""ហ over these writes sounds Khmer lacks (ហ្គេក Guek, ហ្វ f)."""
_INDEPENDENT = {
    "ឥ": ("e", "i"), "ឦ": ("ei", "i"), "ឧ": ("o", "u"), "ឩ": ("ou", "u"), "ឪ": ("ov", "ou"),
    "ឫ": ("rue", "ri"), "ឬ": ("rueu", "ru"), "ឭ": ("lue", "li"), "ឮ": ("lueu", "lu"),
    "ឯ": ("ae", "e"), "ឰ": ("ai", "ay"), "ឱ": ("ao", "o"), "ឲ": ("ao", "o"), "ឳ": ("au", "ao"),
}  # fmt: skip
"""Vowels written as letters of their own: (UNGEGN, popular)."""
_VOWELS = {
    "\u17b6": (("a", "ea"), ("a", "ea")),
    "\u17b7": (("e", "i"), ("i", "i")),
    "\u17b8": (("ei", "i"), ("i", "i")),
    "\u17b9": (("oe", "ue"), ("e", "i")),
    "\u17ba": (("oeu", "eu"), ("eu", "eu")),
    "\u17bb": (("o", "u"), ("o", "u")),
    "\u17bc": (("o", "u"), ("o", "ou")),
    "\u17bd": (("uo", "uo"), ("uo", "uo")),
    "\u17be": (("aeu", "eu"), ("eu", "eu")),
    "\u17bf": (("oea", "oea"), ("oeu", "oeu")),
    "\u17c0": (("ie", "ie"), ("ea", "ea")),
    "\u17c1": (("e", "e"), ("e", "e")),
    "\u17c2": (("ae", "ae"), ("e", "e")),
    "\u17c3": (("ai", "ey"), ("ay", "ey")),
    "\u17c4": (("ao", "o"), ("o", "o")),
    "\u17c5": (("au", "ov"), ("ao", "ou")),
    "\u17d0": (("a", "oa"), ("a", "o")),
}
"""Dependent vowels: ((UNGEGN first series, second), (popular first, second))."""
_BEFORE_VO = {"\u17c0": "ie", "\u17c2": "e"}
"""Popular spellings of vowels before a closing វ, which is "u" after ៀ and "o" after ែ."""
_CLOSING_II = ("ey", "y")
"""A word's closing ី as names spell it, by series: Srey, Serey; Ly, Sary, Many."""
_NIKAHIT = "\u17c6"
"""ំ: a closing m, with its own vowel after the inherent one and after ា and ុ."""
_WITH_NIKAHIT = {
    "": (("am", "um"), ("am", "um")),
    "\u17b6": (("am", "eam"), ("am", "eam")),
    "\u17bb": (("om", "um"), ("om", "um")),
    "\u17b7": (("em", "im"), ("em", "im")),
}
_REAHMUK = "\u17c7"
"""ះ: a closing h."""
_BANTOC = "\u17cb"
"""់: shortens the vowel and marks the consonant it sits on as closing a syllable."""
_TO_FIRST = "\u17c9"  # ៉ muusikatoan: a second-series consonant read in the first
_TO_SECOND = "\u17ca"  # ៊ triisap: a first-series consonant read in the second
_SILENCER = "\u17cd"
"""៍: the consonant it sits on is not said."""
_ROBAT = "\u17cc"
"""៌: an r over the consonant, said after the syllable (ធម៌ thor)."""
_COENG = "\u17d2"
_IGNORED = frozenset("\u17ce\u17cf\u17d1\u17d3\u17dd\u200b\u200c\u200d")


def _consonant(char: str) -> bool:
    return "\u1780" <= char <= "\u17a2"


@dataclass
class _Cluster:
    """One written syllable: a consonant (or vowel letter), its subscripts and signs."""

    base: str
    subscripts: list[str] = field(default_factory=list)
    shift: str = ""
    vowel: str = ""
    nikahit: bool = False
    reahmuk: bool = False
    bantoc: bool = False
    robat: bool = False


def _clusters(token: str) -> list[_Cluster]:
    out: list[_Cluster] = []
    index = 0
    while index < len(token):
        char = token[index]
        if char == _COENG and out and index + 1 < len(token) and _consonant(token[index + 1]):
            out[-1].subscripts.append(token[index + 1])
            index += 2
            continue
        if _consonant(char) or char in _INDEPENDENT:
            out.append(_Cluster(char))
        elif out:
            last = out[-1]
            if char in (_TO_FIRST, _TO_SECOND):
                last.shift = char
            elif char in _VOWELS:
                last.vowel += char
            elif char == _NIKAHIT:
                last.nikahit = True
            elif char == _REAHMUK:
                last.reahmuk = True
            elif char == _BANTOC:
                last.bantoc = True
            elif char == _ROBAT:
                last.robat = True
            elif char == _SILENCER:
                out.pop()
        index += 1
    return out


def _first_series(cluster: _Cluster) -> bool:
    if cluster.shift:
        return cluster.shift == _TO_FIRST
    if cluster.base in _INDEPENDENT:
        return True
    for sub in cluster.subscripts:
        if sub not in _A_SERIES and sub not in _SONORANTS:
            return False
    return cluster.base in _A_SERIES


def _onset(cluster: _Cluster, *, popular: bool) -> str:
    """The consonants a cluster opens its syllable with."""
    base, subs = cluster.base, cluster.subscripts
    if base == "ហ" and subs and subs[0] in _HA_DIGRAPHS:
        return _HA_DIGRAPHS[subs[0]] + "".join(_INITIAL[s] for s in subs[1:])
    if base == "ប" and (cluster.shift == _TO_FIRST or (popular and subs)):
        head = "p"  # ប៉ is p; passports write ប្រ as pr (Prak)
    else:
        head = _INITIAL.get(base, "")
    return head + "".join(_INITIAL.get(s, "") for s in subs)


def _coda(consonant: str, *, popular: bool, after: str = "") -> str:
    if popular and consonant == "វ":
        return "o" if after == "\u17c2" else "u"  # ខៀវ Khieu, កែវ Keo
    return _FINAL.get(consonant, _INITIAL.get(consonant, ""))


def _nucleus(cluster: _Cluster, *, closed_by: str, popular: bool) -> str:
    """The vowel of a cluster's syllable, before the consonant ``closed_by`` (a ង after
    the nikahit: ាំង "ang", as names spell it "aing")."""
    closed = bool(closed_by) or cluster.bantoc
    nasal = cluster.nikahit and closed_by == "ង"
    first = _first_series(cluster)
    which = 1 if popular else 0
    series = 0 if first else 1
    if cluster.base in _INDEPENDENT:
        vowel = _INDEPENDENT[cluster.base][which]
        return vowel + ("m" if cluster.nikahit else "") + ("h" if cluster.reahmuk else "")
    signs = cluster.vowel
    if cluster.nikahit and nasal:
        vowel = "".join(_VOWELS[s][which][series] for s in signs) if signs else "a"
        return vowel + ("i" if popular and vowel == "a" else "")
    if cluster.nikahit:
        if signs in _WITH_NIKAHIT:
            return _WITH_NIKAHIT[signs][which][series]
        return "".join(_VOWELS[s][which][series] for s in signs) + "m"
    if popular and signs in _BEFORE_VO and closed_by == "វ":
        vowel = _BEFORE_VO[signs]  # ៀវ ieu (Khieu), where ៀ alone is ea (Tea); ែវ eo (Keo)
    elif signs:
        vowel = "".join(_VOWELS[s][which][series] for s in signs)
    elif popular and closed:
        vowel = "o" if first else "a"  # the other of the two: Norodom, Sovann
    else:
        vowel = "a" if first else "o"
    return vowel + ("h" if cluster.reahmuk else "")


def _has_vowel(cluster: _Cluster) -> bool:
    return bool(cluster.vowel) or cluster.nikahit or cluster.base in _INDEPENDENT


def _splits(cluster: _Cluster) -> bool:
    """A consonant with a subscript after an open syllable closes it, and its subscript
    opens the next (រង្ស៊ី, នរោត្តម); ហ over a letter it voices is one sound (ហ្គ g)."""
    subs = cluster.subscripts
    return bool(subs) and not (cluster.base == "ហ" and subs[0] in _HA_DIGRAPHS)


@dataclass
class _Syllable:
    cluster: _Cluster
    coda: str = ""
    split_off: bool = False
    """Opened by a subscript split from the consonant closing the syllable before."""


def _syllables(clusters: list[_Cluster], *, medial_closes: bool) -> list[_Syllable]:
    """Where the syllables of a word start and which consonant closes each."""
    out: list[_Syllable] = []
    for index, cluster in enumerate(clusters):
        previous = out[-1] if out else None
        open_before = (
            previous is not None
            and not previous.coda
            and not (previous.cluster.nikahit or previous.cluster.reahmuk)
            and not previous.cluster.bantoc
        )
        bare = not _has_vowel(cluster) and not cluster.subscripts
        if (
            previous is not None
            and previous.cluster.nikahit
            and not previous.coda
            and (bare and cluster.base == "ង")
        ):
            previous.coda = cluster.base  # ាំង: the nikahit nasalises, ង closes (Kaing)
            continue
        if previous is not None and open_before and not cluster.robat:
            following = clusters[index + 1] if index + 1 < len(clusters) else None
            if bare:
                # a bare consonant closes the syllable before at the end of the word, with a
                # bantoc, and before a vowel only in the reading of native compounds
                if following is None or cluster.bantoc or (medial_closes and _has_vowel(following)):
                    previous.coda = cluster.base
                    continue
            elif _splits(cluster):
                previous.coda = cluster.base
                sub = _Cluster(
                    cluster.subscripts[0],
                    cluster.subscripts[1:],
                    cluster.shift,
                    cluster.vowel,
                    cluster.nikahit,
                    cluster.reahmuk,
                    cluster.bantoc,
                )
                out.append(_Syllable(sub, split_off=True))
                continue
        out.append(_Syllable(cluster))
    last = out[-1] if out else None
    if (
        last is not None
        and last.split_off
        and not (last.coda or last.cluster.nikahit or last.cluster.reahmuk)
        and last.cluster.vowel in ("", "\u17b7")
    ):
        out.pop()  # a closing Pali subscript, bare or with i, is not said (វង្ស Vong, ឫទ្ធិ rit)
    return out


def _read(clusters: list[_Cluster], *, popular: bool, medial_closes: bool) -> str:
    """One reading of a word's clusters (see the module's docstring)."""
    parts: list[str] = []
    syllables = _syllables(clusters, medial_closes=medial_closes)
    for syllable in syllables:
        cluster = syllable.cluster
        text = _onset(cluster, popular=popular) + _nucleus(
            cluster, closed_by=syllable.coda, popular=popular
        )
        if syllable.coda:
            text += _coda(syllable.coda, popular=popular, after=cluster.vowel)
        if cluster.robat:
            text += "r"
        parts.append(text)
    last = parts and syllables[-1]
    if (
        popular
        and last
        and last.cluster.vowel == "\u17b8"
        and not (last.coda or last.cluster.reahmuk or last.cluster.nikahit or last.cluster.robat)
    ):
        parts[-1] = parts[-1][:-1] + _CLOSING_II[0 if _first_series(last.cluster) else 1]
    text = "".join(parts)
    if popular:  # a doubled consonant is written once (នរោត្តម Norodom)
        text = "".join(c for i, c in enumerate(text) if i == 0 or c != text[i - 1] or c in "aeiou")
    return text


@lru_cache(maxsize=50_000)
def khmer_forms(token: str) -> tuple[str, ...]:
    """The readings of one Khmer word: UNGEGN, then as names are spelt in Latin; each also
    with bare consonants between syllables closing the syllable before, where that differs."""
    clusters = _clusters("".join(c for c in token if c not in _IGNORED))
    if not clusters:
        return ()
    forms = [
        _read(clusters, popular=popular, medial_closes=medial)
        for medial in (False, True)
        for popular in (False, True)
    ]
    return tuple(dict.fromkeys(f for f in forms if f))
