"""Khmer names: read syllable by syllable, each vowel by the series of its consonant,
with the vowels the script leaves unwritten (:mod:`matching.khmer`)."""

from __future__ import annotations

import pytest

from matching.khmer import khmer_forms
from matching.scripts import Script, dominant_script
from matching.translit import romanize

KHMER_PAIRS = [
    ("ហ៊ុន សែន", "Hun Sen"),
    ("ហ៊ុន ម៉ាណែត", "Hun Manet"),
    ("ហ៊ុន ម៉ាណិត", "Hun Manith"),
    ("ហ៊ុន ម៉ានី", "Hun Many"),
    ("ប៊ុន រ៉ានី", "Bun Rany"),
    ("នរោត្តម សីហនុ", "Norodom Sihanouk"),
    ("នរោត្តម សីហមុនី", "Norodom Sihamoni"),
    ("កឹម សុខា", "Kem Sokha"),
    ("ជា ស៊ីម", "Chea Sim"),
    ("ហេង សំរិន", "Heng Samrin"),
    ("សរ ខេង", "Sar Kheng"),
    ("ប៉ុល ពត", "Pol Pot"),
    ("ខៀវ សំផន", "Khieu Samphan"),
    ("នួន ជា", "Nuon Chea"),
    ("អៀង សារី", "Ieng Sary"),
    ("អៀង ធីរិទ្ធ", "Ieng Thirith"),
    ("សុខ អាន", "Sok An"),
    ("ទៀ បាញ់", "Tea Banh"),
    ("ប្រាក់ សុខុន", "Prak Sokhonn"),
    ("សាយ ឈុំ", "Say Chhum"),
    ("កាំង ហ្គេកអ៊ាវ", "Kaing Guek Eav"),
    ("តាម៉ុក", "Ta Mok"),
    ("សុន សេន", "Son Sen"),
    ("ប៉ែន សុវណ្ណ", "Pen Sovan"),
    ("ជា សុផារ៉ា", "Chea Sophara"),
    ("គាត ឈន់", "Keat Chhon"),
    ("ស៊ុន ចាន់ថុល", "Sun Chanthol"),
    ("ហង់ ជួន ណារ៉ុន", "Hang Chuon Naron"),
    ("ម៉ម ប៊ុនហេង", "Mam Bunheng"),
    ("ឃួន សុដារី", "Khuon Sudary"),
    ("ម៉ែន សំអន", "Men Sam An"),
    ("កែ គឹមយ៉ាន", "Ke Kim Yan"),
    ("ប៉ុល សារឿន", "Pol Saroeun"),
    ("នេត សាវឿន", "Neth Savoeun"),
    ("ទៀ សីហា", "Tea Seiha"),
    ("វង្ស ពិសេន", "Vong Pisen"),
    ("វ៉ាន់ ម៉ូលីវណ្ណ", "Vann Molyvann"),
    ("ស៊ីន ស៊ីសាមុត", "Sinn Sisamouth"),
    ("រស់ សេរីសុទ្ធា", "Ros Serey Sothea"),
    ("ប៉ែន រ៉ន", "Pen Ran"),
    ("ជិន ម៉ាលីន", "Chin Malin"),
    ("ផៃ ស៊ីផាន", "Phay Siphan"),
    ("ស៊ុយ សែម", "Suy Sem"),
    ("អ៊ិត សំហេង", "Ith Samheng"),
    ("សេង ទារី", "Seng Theary"),
]
"""Public figures with their usual Latin spellings: 45 of 48 gathered are raised (36 read
letter by letter before). Missed: Norodom Ranariddh (the o-series ណ… រ opening as "ro",
not "ra"), Sam Rainsy (រង្ស៊ី read "rongsi"), Hor Namhong (ហោ "hao" and "ho", not "hor")."""
OTHER_NAMES = [
    ("ហ៊ុន សែន", "Hun Manet"),
    ("នរោត្តម សីហនុ", "Norodom Ranariddh"),
    ("ជា ស៊ីម", "Chea Sophara"),
    ("កឹម សុខា", "Kem Ley"),
    ("ប៉ុល ពត", "Pol Saroeun"),
    ("ខៀវ សំផន", "Khieu Ponnary"),
    ("អៀង សារី", "Ieng Thirith"),
    ("សុខ អាន", "Sok Eysan"),
    ("ហេង សំរិន", "Heng Sokha"),
    ("ទៀ បាញ់", "Tea Seiha"),
]


KHMER_PROBE = [
    ("លន់ នល់", "Lon Nol"),
    ("លន់ ណុន", "Lon Non"),
    ("ឡុង បូរ៉េត", "Long Boret"),
    ("អ៊ិន តាំ", "In Tam"),
    ("ប៉ែន នុត", "Penn Nouth"),
    ("សឺន សាន", "Son Sann"),
    ("សម សារី", "Sam Sary"),
    ("ឧង ហួត", "Ung Huot"),
    ("ញឹក ប៊ុនឆៃ", "Nhek Bun Chhay"),
    ("ហ៊ុន នេង", "Hun Neng"),
    ("ហ៊ុន តូ", "Hun To"),
    ("ជាម យៀប", "Cheam Yeap"),
    ("សាយ សំអាល់", "Say Sam Al"),
    ("គន់ គីម", "Kun Kim"),
    ("កឹម មនោវិទ្យា", "Kem Monovithya"),
    ("ចម ប្រសិទ្ធ", "Cham Prasidh"),
    ("យឹម ឆៃលី", "Yim Chhay Ly"),
    ("ខៀវ កាញារីទ្ធ", "Khieu Kanharith"),
    ("សុខ ចិន្តាសោភា", "Sok Chenda Sophea"),
    ("នរោត្តម ចក្រពង្ស", "Norodom Chakrapong"),
    ("នរោត្តម មុនិនាថ", "Norodom Monineath"),
    ("នរោត្តម សុរាម្រិត", "Norodom Suramarit"),
    ("ស៊ីសុវត្ថិ កុសុមៈ", "Sisowath Kossamak"),
    ("នរោត្តម សិរីវុឌ្ឍ", "Norodom Sirivudh"),
    ("នរោត្តម បុប្ផាទេវី", "Norodom Buppha Devi"),
    ("ទូ សាមុត", "Tou Samouth"),
    ("ហ៊ូ យន់", "Hou Yuon"),
    ("ហ៊ូ នឹម", "Hu Nim"),
    ("កែ ពក", "Ke Pauk"),
    ("មាស មុត", "Meas Muth"),
    ("អ៊ឹម ចែម", "Im Chaem"),
    ("ខៀវ ប៉ុន្នារី", "Khieu Ponnary"),
    ("ជួន ណាត", "Chuon Nath"),
    ("ហែម ចៀវ", "Hem Chieu"),
    ("ប៉ាច ឈឿន", "Pach Chhoeun"),
    ("ក្រម ង៉ុយ", "Krom Ngoy"),
    ("ហួយ មាស", "Huoy Meas"),
    ("យ៉ុល អូឡារាំង", "Yol Aularong"),
    ("ព្រាប សុវត្ថិ", "Preap Sovath"),
    ("សុគន្ធ នីសា", "Sokun Nisa"),
    ("ឌី សាវ៉េត", "Dy Saveth"),
    ("កុង ណៃ", "Kong Nay"),
    ("សន សៀវម៉ី", "Sorn Seavmey"),
    ("ចាន់ វឌ្ឍនាកា", "Chan Vathanaka"),
    ("គិត ម៉េង", "Kith Meng"),
    ("លី យ៉ុងផាត់", "Ly Yong Phat"),
    ("ម៉ុង ឫទ្ធី", "Mong Reththy"),
    ("ពុង ឃាវសែ", "Pung Kheav Se"),
    ("ជា វិជ្ជា", "Chea Vichea"),
    ("ជា មុនី", "Chea Mony"),
    ("កែម ឡី", "Kem Ley"),
    ("អ៊ូ វីរៈ", "Ou Virak"),
    ("ទេព វន្នី", "Tep Vanny"),
    ("កែ ពក", "Kae Pok"),
    ("ហ៊ូ យន់", "Hu Yun"),
    ("ហ៊ូ នឹម", "Hou Nim"),
    ("ជួន ណាត", "Chuon Nat"),
    ("ញឹក ប៊ុនឆៃ", "Nhiek Bun Chhay"),
    ("ខៀវ កាញារីទ្ធ", "Khieu Kanharidh"),
    ("ម៉ុង ឫទ្ធី", "Mong Rithy"),
    ("កុង ណៃ", "Kong Nai"),
    ("ហែម ចៀវ", "Hem Chiev"),
    ("ឡុង បូរ៉េត", "Long Boreth"),
    ("សុខ ពិសិដ្ឋ", "Sok Piseth"),
    ("ម៉ៅ វណ្ណា", "Mao Vanna"),
    ("ចាន់ សុភា", "Chan Sophea"),
    ("កែវ ចន្ថា", "Keo Chantha"),
    ("លី ស្រីពៅ", "Ly Sreypov"),
]
"""A second reader's list of Cambodian names, written before it was scored: 68 of 75
raised (64 by this module's first version, 53 read letter by letter; ែវ "eo", a closing
ី "y" and the second series' closed vowel "a" came after). Missed: Son Ngoc Thanh,
Sar Sokha, Aun Pornmoniroth, Hok Lundy, Mu Sochua, Meng Keo Pichenda, Bou Samnang."""
KHMER_BLOCKING_LOSSES = {
    # scored 0.81, but the Latin run "Buppha Devi" writes d for ទ, as Sanskrit deva does,
    # where the Khmer reads t: no key of the joined run meets "bophatevy"
    ("នរោត្តម បុប្ផាទេវី", "Norodom Buppha Devi"),
}
KHMER_PROBE_OTHER_NAMES = [
    ("លន់ នល់", "Lon Non"),
    ("ហ៊ូ យន់", "Hu Nim"),
    ("ខៀវ ប៉ុន្នារី", "Ieng Thirith"),
    ("ហ៊ុន នេង", "Hun To"),
    ("កឹម មនោវិទ្យា", "Kem Sokha"),
    ("ស សុខា", "Sar Kheng"),
    ("ស សុខា", "Kem Sokha"),
    ("កឹម សុខា", "Sar Sokha"),
    ("កែម ឡី", "Kem Sokha"),
    ("ជា វិជ្ជា", "Chea Mony"),
    ("ឌី វិជ្ជា", "Chea Vichea"),
    ("សុខ ស៊ីផាណា", "Sok Chenda Sophea"),
    ("នរោត្តម ចក្រពង្ស", "Norodom Ranariddh"),
    ("នរោត្តម បុប្ផាទេវី", "Norodom Arunrasmy"),
    ("ស៊ីសុវត្ថិ មុនីវង្ស", "Sisowath Kossamak"),
    ("សឺង ង៉ុកថាញ់", "Son Ngoc Minh"),
    ("សម សារី", "Sam Rainsy"),
    ("យឹម សុវណ្ណ", "Yim Chhay Ly"),
    ("ទេព វន្នី", "Tep Rindaro"),
    ("អ៊ឹម ចែម", "Im Chhun Lim"),
    ("កែ ពក", "Ke Kim Yan"),
    ("ញឹក ប៊ុនឆៃ", "Nhiek Tioulong"),
    ("សុខ សុខា", "Sok Sokhom"),
    ("ម៉ៅ វណ្ណា", "Mao Vannak"),
    ("ចាន់ វឌ្ឍនាកា", "Chan Vathana"),
]
"""Relatives and namesakes: 25 of 28 not raised. Raised, as letter by letter before, given
names a letter or two apart: ហ៊ុន ម៉ាណា / Hun Many, សុខ ដារ៉ា / Sok Dary,
ចាន់ សុភា / Chan Sophal."""


@pytest.mark.parametrize(
    ("khmer", "reading"),
    [
        ("ជា", "chea"),  # ា after a second-series consonant
        ("សារី", "sari"),  # ... and after a first-series one
        ("ហ៊ុន", "hun"),  # the triisap moves ហ to the second series: ុ is u
        ("ប៉ុល", "pol"),  # the muusikatoan: ប៉ is p
        ("ពត", "pot"),  # the inherent vowel before a closing consonant
        ("នរោត្តម", "norotom"),  # an unwritten vowel opening the word; ត closes រោ
        ("សុទ្ធា", "sothea"),  # a subscript opens the next syllable
        ("វង្ស", "vong"),  # a closing Pali subscript is not said
        ("ខៀវ", "khieu"),  # ៀ and a closing វ as names are spelt
        ("ប៊ុនហេង", "bunheng"),  # a bare consonant closing the syllable before
        ("សីហនុ", "sihanu"),  # ... or opening its own
        ("ហ្គេក", "gek"),  # ហ over គ is g
        ("កាំង", "kaing"),  # ាំង
        ("បាញ់", "banh"),  # a bantoc marks the closing consonant
    ],
)
def test_khmer_readings(khmer: str, reading: str) -> None:
    assert dominant_script(khmer) is Script.KHMER
    assert reading in romanize(khmer, Script.KHMER)


def test_khmer_forms_are_letters_only_and_never_empty_for_a_name() -> None:
    for khmer, _ in KHMER_PAIRS:
        for word in khmer.split():
            forms = khmer_forms(word)
            assert forms
            assert all(form.isascii() and form.isalpha() for form in forms)


def test_a_closing_ii_with_a_nikahit_keeps_its_m() -> None:
    assert "sim" in khmer_forms("សីំ")


def test_marks_without_a_consonant_read_nothing() -> None:
    assert khmer_forms("\u17b6\u17c6") == ()
    assert khmer_forms("") == ()
