"""Public figures across scripts and spellings, against the spellings the press and
their passports use: a check of generality beside the per-script sets, written down
before any of them was scored. Its first run (model 2026.12-41) raised 145 of the 163
pairs of one person, missing Benjamin Netanyahu / בנימין נתניהו (a j for the y sound),
the Somali spellings, pinyin against Wade-Giles in Latin letters, and taking Tsai
Ing-wen's Ing for a title; those led to the rules of models 2026.12-42 and -43 (151 of
163). Model 2026.12-49 adds West African French and English spellings (Diallo / Jalloh),
the spellings of Chowdhury and a Persian he before a joiner, -56 "Ma." for María: 155
of the 163 (Jawara / Diawara, Park Chung-hee and Erdoğan in Cyrillic were added with
their rules). Model 2026.12-61 reads a Korean name spelt in Latin back to the Hangul it
may spell, syllable by syllable: Kim Jong-un / Kim Jong Eun and Roh Moo-hyun / No
Mu-hyeon, known misses until then, are met, with the mixed spellings added beside them
(Yoon Suk-yeol / 윤석열). Model 2026.12-138 reads Taiwan's romanisations of Mandarin,
mixed syllable by syllable (:mod:`matching.mandarin_schemes`): Tsai Ing-wen, a known miss
until then, is met. The misses left are listed with why (:data:`KNOWN_MISSES`)."""

from __future__ import annotations

import pytest

from tests.matching.real_names import REVIEW, Pair, batch_misses, score

PUBLIC_FIGURES: list[Pair] = [
    ("አበበ ቢቂላ", "Abebe Bikila"),
    ("ኃይሌ ገብረሥላሴ", "Haile Gebrselassie"),
    ("መለስ ዜናዊ", "Meles Zenawi"),
    ("ቴዎድሮስ አድሃኖም", "Tedros Adhanom"),
    ("ហ៊ុន សែន", "Hun Sen"),
    ("முத்துவேல் கருணாநிதி", "Muthuvel Karunanidhi"),
    ("చంద్రబాబు నాయుడు", "Chandrababu Naidu"),
    ("નરેન્દ્ર મોદી", "Narendra Modi"),
    ("ਮਨਮੋਹਨ ਸਿੰਘ", "Manmohan Singh"),
    ("പിണറായി വിജയൻ", "Pinarayi Vijayan"),
    ("ಸಿದ್ದರಾಮಯ್ಯ", "Siddaramaiah"),
    ("මහින්ද රාජපක්ෂ", "Mahinda Rajapaksa"),
    ("عمران خان", "Imran Khan"),
    ("نواز شریف", "Nawaz Sharif"),
    ("حامد کرزی", "Hamid Karzai"),
    ("محمود احمدی\u200cنژاد", "Mahmoud Ahmadinejad"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"),
    ("Nguyễn Tấn Dũng", "Nguyen Tan Dung"),
    ("Володимир Зеленський", "Volodymyr Zelenskyy"),
    ("Володимир Зеленський", "Wolodymyr Selenskyj"),
    ("Александар Вучић", "Aleksandar Vucic"),
    ("Нұрсұлтан Назарбаев", "Nursultan Nazarbayev"),
    ("Цахиагийн Элбэгдорж", "Tsakhiagiin Elbegdorj"),
    ("Αλέξης Τσίπρας", "Alexis Tsipras"),
    ("Նիկոլ Փաշինյան", "Nikol Pashinyan"),
    ("მიხეილ სააკაშვილი", "Mikheil Saakashvili"),
    ("בנימין נתניהו", "Benjamin Netanyahu"),
    ("문재인", "Moon Jae-in"),
    ("이명박", "Lee Myung-bak"),
    ("박근혜", "Park Geun-hye"),
    ("习近平", "Xi Jinping"),
    ("梁振英", "Leung Chun-ying"),
    ("安倍晋三", "Shinzo Abe"),
    ("岸田文雄", "Fumio Kishida"),
    ("小泉純一郎", "Junichiro Koizumi"),
    ("ประยุทธ์ จันทร์โอชา", "Prayut Chan-o-cha"),
    ("ทักษิณ ชินวัตร", "Thaksin Shinawatra"),
    ("အောင်ဆန်းစုကြည်", "Aung San Suu Kyi"),
    ("ທອງລຸນ ສີສຸລິດ", "Thongloun Sisoulith"),
    ("عبد الفتاح السيسي", "Abdel Fattah el-Sisi"),
    ("بشار الأسد", "Bashar al-Assad"),
    ("José Luis Rodríguez Zapatero", "Jose Luis Rodriguez"),
    ("Luiz Inácio Lula da Silva", "Luiz Inacio da Silva"),
    ("Hans Müller", "Hans Mueller"),
    ("Søren Kierkegaard", "Soeren Kierkegaard"),
    ("Łukasz Wróbel", "Lukasz Wrobel"),
    ("Orbán Viktor", "Viktor Orban"),
    ("Þórður Guðmundsson", "Thordur Gudmundsson"),
    ("Seán O'Brien", "Sean OBrien"),
    ("Angus MacDonald", "Angus McDonald"),
    ("Maxamed Cabdullaahi", "Mohamed Abdullahi"),
    ("Cabdiraxmaan Xasan", "Abdirahman Hassan"),
    ("Soekarno", "Sukarno"),
    ("Soeharto Kusumo", "Suharto Kusumo"),
    ("Ahmad bin Ismail", "Ahmad Ismail"),
    ("Nur Aisyah binti Abdullah", "Nur Aishah Abdullah"),
    ("Тигран Саргсян", "Tigran Sargsyan"),
    ("Ольга Кузнецова", "Olga Kuznetsova"),
    ("Ольга Кузнецова", "Olha Kuznietsova"),
    ("Юрий Гагарин", "Youri Gagarine"),
    ("Юрий Гагарин", "Juri Gagarin"),
    ("Хабиб Нурмагомедов", "Khabib Nurmagomedov"),
    ("Sheikh Mohammed bin Rashid Al Maktoum", "Mohammed Al Maktoum"),
    ("Nguyen Van An", "Văn An Nguyễn"),
    ("Chidi Okonkwo", "Okonkwo Chidi"),
    ("Oluwaseun Adeyemi", "Oluwaseun Adeyemi-Johnson"),
    ("ئەحمەد کەریم", "Ahmad Karim"),
    ("Sebastián Piñera", "Sebastian Pinera"),
    ("François Hollande", "Francois Hollande"),
    ("Zoë Ångström", "Zoe Angstrom"),
    ("Dzhokhar Dudayev", "Djokhar Doudaïev"),
    ("Джохар Дудаев", "Dschochar Dudajew"),
    ("Ибрагим Магомедов", "Ibragim Magomedov"),
    ("Ибрагим Магомедов", "Ibrahim Magomedov"),
    ("Абдулла Рахимов", "Abdullah Rakhimov"),
    ("Muhammad Yunus", "محمد يونس"),
    ("মুহাম্মদ ইউনূস", "Muhammad Yunus"),
    ("शाहरुख़ ख़ान", "Shahrukh Khan"),
    ("شاہ رخ خان", "Shah Rukh Khan"),
    ("Ali Hassan Abdi", "Cali Xasan Cabdi"),
    ("Ayaan Hirsi Ali", "Ayaan Xirsi Cali"),
    ("Abiy Ahmed Ali", "አብይ አህመድ አሊ"),
    ("Sahle-Work Zewde", "ሣህለወርቅ ዘውዴ"),
    ("Isaias Afwerki", "ኢሳይያስ ኣፈወርቂ"),
    ("Mehmet Yılmaz", "Mehmet Yilmaz"),
    ("Hüseyin Çelik", "Huseyin Celik"),
    ("Hüseyin Çelik", "Hussein Chelik"),
    ("Şahin Öztürk", "Sahin Ozturk"),
    ("Shavkat Mirziyoyev", "Шавкат Мирзиёев"),
    ("O'tkir Hoshimov", "Ўткир Ҳошимов"),
    ("O'tkir Hoshimov", "Utkir Khoshimov"),
    ("Qasym-Jomart Toqaev", "Kassym-Jomart Tokayev"),
    ("Qasym-Jomart Toqaev", "Қасым-Жомарт Тоқаев"),
    ("Ousmane Sow", "Usman Sow"),
    ("Souleymane Cissé", "Sulaiman Cisse"),
    ("Boubacar Traoré", "Abubakar Traore"),
    ("Fatoumata Diarra", "Fatimata Diarra"),
    ("Ibrahima Ndiaye", "Ibrahim Ndiaye"),
    ("Aboubacar Camara", "Abubakar Kamara"),
    ("Tewodros Kassahun", "Tedros Kassahun"),
    ("Gebre Selassie", "Gebreselassie"),
    ("Yohannes Tesfaye", "Johannes Tesfay"),
    ("Srinivasan Iyer", "Sreenivasan Iyer"),
    ("Lakshmi Narayanan", "Laxmi Narayanan"),
    ("Iyad Ag Ghaly", "Iyad Ag-Ghali"),
    ("Mohamed Ould Abdel Aziz", "Mohamed Ould Abdelaziz"),
    ("Abdallah Hamdok", "Abdalla Hamdok"),
    ("Abdelaziz Bouteflika", "Abd al-Aziz Bouteflika"),
    ("Aung San Suu Kyi", "Aung San Su Kyi"),
    ("Nguyễn Thị Minh Khai", "Nguyen Thi Minh Khai"),
    ("Trần Đức Lương", "Tran Duc Luong"),
    ("Đặng Văn Lâm", "Dang Van Lam"),
    ("Ahmad Shah Massoud", "Ahmad Shah Masood"),
    ("Gulbuddin Hekmatyar", "Golbuddin Hekmatyar"),
    ("Hamid Karzai", "Hamed Karzay"),
    ("Joseph Kabila Kabange", "Joseph Kabila"),
    ("Félix Tshisekedi", "Felix Tshisekedi Tshilombo"),
    ("Uhuru Kenyatta", "Uhuru Muigai Kenyatta"),
    ("Paul Kagame", "Kagame Paul"),
    ("Yoweri Museveni", "Yoweri Kaguta Museveni"),
    ("Salva Kiir Mayardit", "Salva Kiir"),
    ("Ekaterina Ivanova", "Yekaterina Ivanova"),
    ("Ekaterina Ivanova", "Jekaterina Iwanowa"),
    ("Aleksandr Solzhenitsyn", "Alexandre Soljenitsyne"),
    ("Sergei Lavrov", "Sergey Lavrov"),
    ("Mikhail Gorbachev", "Michail Gorbatschow"),
    ("Nikita Khrushchev", "Nikita Chruschtschow"),
    ("Zhang Wei", "Chang Wei"),
    ("Xi Jinping", "Hsi Chin-p'ing"),
    ("Mao Zedong", "Mao Tse-tung"),
    ("Deng Xiaoping", "Teng Hsiao-p'ing"),
    ("蔡英文", "Tsai Ing-wen"),  # 英 Ing in Gwoyeu Romatzyh, a known miss until -138
    ("Syngman Rhee", "Yi Seungman"),
    ("Nur Muhammad Taraki", "Noor Mohammad Taraki"),
    ("Zulfikar Ali Bhutto", "Zulfiqar Ali Bhutto"),
    ("Pervez Musharraf", "Parvez Musharaf"),
    ("Khaleda Zia", "Begum Khaleda Zia"),
    ("Ziaur Rahman", "Zia ur Rahman"),
    ("Ziaur Rahman", "জিয়াউর রহমান"),
    ("Benazir Bhutto", "بینظیر بھٹو"),
    ("Ashraf Ghani", "اشرف غنی"),
    ("Hassan Rouhani", "حسن روحانی"),
    ("Mahmoud Abbas", "محمود عباس"),
    ("Yasser Arafat", "ياسر عرفات"),
    ("Muammar Gaddafi", "معمر القذافي"),
    ("Muammar Gaddafi", "Moammar Qadhafi"),
    ("Muammar Gaddafi", "Mu'ammar al-Qaddafi"),
    ("Osama bin Laden", "Usama bin Ladin"),
    ("Ayman al-Zawahiri", "Aiman az-Zawahiri"),
    ("Abu Bakr al-Baghdadi", "Abu Bakr Al Baghdadi"),
    ("Abdullah Öcalan", "Abdullah Ocalan"),
    ("Ahmet Davutoğlu", "Ahmet Davutoglu"),
    ("Mamadou Diallo", "Mamadu Jalloh"),
    ("Dawda Jawara", "Dawda Diawara"),
    ("Amit Chowdhury", "Amit Chaudhary"),
    ("Ali Khamenei", "علی خامنه\u200cای"),
    ("Ma. Cristina Reyes", "Maria Cristina Reyes"),
    ("Park Chung-hee", "박정희"),
    ("Recep Tayyip Erdoğan", "Реджеп Тайип Эрдоган"),
    ("Kim Jong-un", "Kim Jong Eun"),
    ("Roh Moo-hyun", "No Mu-hyeon"),
    ("Roh Moo-hyun", "노무현"),
    ("Moon Jae-in", "Mun Chae-in"),
    ("Yoon Suk-yeol", "윤석열"),
    ("Yoon Suk-yeol", "Yun Sok-yol"),
    ("Park Ji-sung", "Bak Ji-seong"),
    ("Kim Young-sam", "Kim Yeong-sam"),
    ("Han Duck-soo", "Han Deok-su"),
    ("Tenzin Gyatso", "བསྟན་འཛིན་རྒྱ་མཚོ"),  # read as said, since model 2026.12-70
    # katakana of a foreign name writes th as s: met at -97 to -101 by Smith's th read
    # s, missed from -102, met since -128 as Japanese hears Smith ("smis")
    ("ジョン スミス", "John Smith"),
]

KNOWN_MISSES: list[Pair] = [
    ("李显龙", "Lee Hsien Loong"),  # Singapore writes 龙 Loong
    ("ܐܦܪܝܡ", "Afrem"),  # Syriac has no reading of its own
    ("Sheikh Hasina Wazed", "Sheikh Hasina"),  # one part against two: kept below review
]
"""Pairs of one person still scored below review, each with why."""

OTHER_PEOPLE: list[Pair] = [
    ("Mohammed Ali", "Ali Hassan"),
    ("Ольга Кузнецова", "Olga Petrova"),
    ("王小明", "Wang Xiaohong"),
    ("Maxamed Cabdi", "Mohamed Farah"),
    ("Abebe Bikila", "Abebe Kebede"),
    ("김민수", "Kim Minjun"),
    ("Kim Minsu", "Kim Minjun"),
    ("Choi Min-ho", "Choi Min-hyuk"),
    ("Ahmad bin Ismail", "Ismail bin Ahmad"),
]
"""Other people sharing a name or a part: not raised."""


@pytest.mark.parametrize(("left", "right"), PUBLIC_FIGURES)
def test_public_figures_meet_their_spellings(left: str, right: str) -> None:
    assert score(left, right) >= REVIEW


@pytest.mark.parametrize(("left", "right"), KNOWN_MISSES)
def test_known_misses_are_still_missed(left: str, right: str) -> None:
    """Listed, not hidden: when one starts passing, move it to the pairs above."""
    assert score(left, right) < REVIEW


@pytest.mark.parametrize(("left", "right"), OTHER_PEOPLE)
def test_other_people_are_not_raised(left: str, right: str) -> None:
    assert score(left, right) < REVIEW


def test_blocking_keeps_every_public_figure() -> None:
    """Through the batch path both ways round, every pair the direct score raises."""
    assert batch_misses(PUBLIC_FIGURES) == set()
