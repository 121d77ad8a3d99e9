"""Chinese names as Taiwan's passports write them: Wade-Giles, Gwoyeu Romatzyh, MPS II and
Tongyong pinyin, often mixed within one name. The pairs run through ``test_real_names.py``
(raised, other people not raised, kept by blocking)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from matching.batch import match_people
from matching.mandarin_schemes import (
    character_spellings,
    gwoyeu,
    mps2,
    parse,
    pinyin_respellings,
    spelt_family_name,
    spelt_in_mandarin,
    tongyong,
    wade_giles_given,
    wade_giles_respellings,
    wade_giles_written,
)
from matching.model import Person
from matching.names import hyphened_core, join_spans, joined_part, prepare_name
from matching.syllables import (
    initialed_pinyin,
    umlaut_reading,
    wade_giles_given_name,
    wade_giles_reading,
)
from tests.matching.real_names import batch_misses, score

TAIWAN_PAIRS = [
    ("蔡英文", "Tsai Ing-wen"),  # Wade-Giles Tsai, Gwoyeu Romatzyh Ing (英, first tone)
    ("馬英九", "Ma Ying-jeou"),  # jeou: 九 in Gwoyeu Romatzyh's third tone
    ("郝龍斌", "Hau Lung-pin"),  # Hau: 郝 in MPS II
    ("盧秀燕", "Lu Shiow-yen"),  # Shiow: 秀 in Gwoyeu Romatzyh's fourth tone
    ("王金平", "Wang Jin-pyng"),  # pyng: 平, second tone
    ("江宜樺", "Jiang Yi-huah"),
    ("劉兆玄", "Liu Chao-shiuan"),  # shiuan: 玄 in MPS II
    ("邱義仁", "Chiou I-jen"),
    ("吳思瑤", "Wu Sih-yao"),  # Sih: 思 in Tongyong
    ("蘇嘉全", "Su Jia-chyuan"),
    ("吳釗燮", "Wu Jaushieh"),  # the given name as one word
    ("張家豪", "Jhang Jia-hao"),  # Jhang: 張 in Tongyong
    ("徐志明", "Syu Jhih-ming"),
    ("張惠妹", "Chang Huei-mei"),
    ("陳美玲", "Chern Mei-ling"),  # Chern: 陳 in Gwoyeu Romatzyh's second tone
    ("王建宏", "Wang Chien-horng"),  # horng: long syllables, keyed as a run all the same
    ("吳秀娟", "Wu Shiou-jiuan"),
    ("陳秀枝", "Chen Hsiu-jr"),  # jr: 枝 in MPS II, hyphened to a name, no Jr.
    ("鄭秀英", "Jheng Shiou-ing"),  # ing hyphened to a name, no Ing. (engineer)
    ("侯志雄", "Hou Jr-shiung"),
    ("陳秀英", "May Chen Hsiu-ying"),  # a Western given name beside Wade-Giles
    ("曾惠玲", "Tzeng Hui-ling"),  # 曾 céng, the family name Zēng, in MPS II
    ("單明", "Shann Ming"),  # 單 dān, the family name Shàn, in Gwoyeu Romatzyh
]
"""Public figures and common names. Of the first 28 gathered, missed: readings of no
scheme (Wu Den-yih 吳敦義, Hou Yu-ih 侯友宜, Hsu Tain-tsair 許添財, Lee Yuan-tseh 李遠哲,
Cheng Li-chiun 鄭麗君, Perng Fai-nan 彭淮南) and a tone Taiwan reads otherwise than the
dictionary (錫 xí: Yu Shyi-kun 游錫堃); a family name's other reading was missed too by a
first cut (Shann, Tzeng), not now. Also missed: a character read otherwise than its
usual reading (省 xǐng, not shěng: Chern Shiing-shen 陳省身), and a scheme's spelling
that pinyin or Wade-Giles gives another syllable, read as that one (Ko Wen-je 柯文哲: je
is Wade-Giles' re; met by a first cut, which also read Chiu as MPS II's 曲 qu and Jen as
真 zhen)."""

PINYIN_PAIRS = [
    ("Cai Yingwen", "Tsai Ing-wen"),
    ("Ma Yingjiu", "Ma Ying-jeou"),
    ("Zhang Jiahao", "Jhang Jia-hao"),
    ("Xu Zhiming", "Syu Jhih-ming"),  # Syu: 徐 in Tongyong, no other spelling's Xu
    ("Lu Xiuyan", "Lu Shiow-yen"),
    ("Wu Zhaoxie", "Wu Jaushieh"),
    ("Liu Zhaoxuan", "Liu Chao-shiuan"),
    ("Hou Zhixiong", "Hou Jr-shiung"),  # the run Jr Shiung starts otherwise
    ("Kang Xiuqin", "Kang Shiow-chyn"),
]
"""The same names as the mainland's pinyin writes them (a list compiled from its press).
Missed: Ke Wenzhe / Ko Wen-je, whose family name Wade-Giles spells Ko, a letter from Ke,
which pinyin reads as no Wade-Giles spelling."""

OTHER_NAMES = [
    ("蔡英文", "Tsai Ing-jeou"),
    ("馬英九", "Ma Ying-wen"),
    ("張惠妹", "Jhang Huei-ling"),
    ("徐志明", "Syu Jhih-hua"),
    ("王建", "Jean Wang"),  # 建 is jiàn, Gwoyeu Romatzyh jiann; Jean is jiǎn's
    ("李安", "Ann Lee"),  # 安 is ān, an; Ann is àn's
    ("Cai Yingwen", "Tsai Ing-jeou"),
    ("Xu Zhiming", "Syu Jhih-hua"),
    ("Xu Zhiming", "Syu Ming"),
    # a review's false alerts of a first cut: a syllable only Taiwan's schemes spell so,
    # left over beside a spelt given name, is another given name, not a middle name
    ("陈军", "Chen Jyun-yeu"),
    ("李娟", "Li Shiow-jyuan"),
    ("洪俊", "Liou Jiunn-hung"),
    ("李想", "Liou Li-shiang"),  # Liou left over, in a name spelt Taiwan's way
    ("陈成", "Chern Cheng-hann"),
    ("姜柳", "Liou Jiann-hung"),  # jiann: 建 in Gwoyeu Romatzyh, no mistyped jiang
    # and spellings pinyin or Wade-Giles give another syllable read as that one
    ("曲美玲", "Chiu Mei-ling"),  # Chiu: Wade-Giles' 邱 qiu, not MPS II's 曲 qu
    ("呂雅雯", "Liu Ya-wen"),  # Liu: 劉, not MPS II's 呂 lü
    ("王珍", "Jen Wang"),
    ("王展", "Jan Wang"),
    ("Qu Wei", "Chiu Wei"),
    ("Zhang Qi", "Zhang Ci"),
    ("Chen Qi", "Chen Chih-ming"),
    ("陳明", "Jhen Ming"),  # 陳's archaic zhèn is no reading of the name
    ("殷倩", "Yen I-chun"),  # nor 殷's yān (Yen in Wade-Giles)
]
"""The same family name and another given name; and Western given names that spell
another tone of the Han given name's syllable."""

WADE_GILES_PAIRS = [
    ("Wang Jianming", "Wang Chien-ming"),  # 王建民: "chienping" is no chi + en + ping
    ("Qian Zhongshu", "Chien Chung-shu"),  # 錢鍾書
    ("Chen Jiageng", "Chen Chia-keng"),  # 陳嘉庚
    ("Lin Huaimin", "Lin Hwai-min"),  # 林懷民: Hwai, Gwoyeu Romatzyh
    ("Huang Jianping", "Huang Chien-ping"),
    ("Fan Guilan", "Fan Kuei-lan"),  # kuei: Wade-Giles only, read back to gui
    ("Lan Dongmei", "Lan Tung-mei"),
    ("Liu Guizhen", "Liu Kuei-chen"),
    ("Li Haiyan", "Li Hai-yen"),
    ("Wu Jianhua", "Wu Chien-hua"),
    ("Zhang Jianguo", "Chang Chien-kuo"),
    ("Lin Yuzhen", "Lin Yu-chen"),  # yuchen is pinyin too: raised by spelling, and
    ("Sun Shuzhen", "Sun Shu-chen"),  # kept by blocking through the Wade-Giles lookup
    # the family name beside a given name spelt so is read so too
    ("Zhu Xiuyun", "Chu Hsiu-yun"),
    ("Gao Guiying", "Kao Kuei-ying"),
    ("Guo Xiurong", "Kuo Hsiu-jung"),
    ("Ren Jianping", "Jen Chien-ping"),
    ("Dou Guifang", "Tou Kuei-fang"),
    ("Deng Xiaoping", "Teng Hsiao-ping"),  # 鄧小平
    ("Jiang Jingguo", "Chiang Ching-kuo"),  # 蔣經國
    ("Bai Xianyong", "Pai Hsien-yung"),  # 白先勇
    ("He Yuying", "Ho Yu-ying"),  # Ho is no pinyin: the given name's syllables may be
    ("Li Yulan", "Li Yu-lan"),  # hyphened: one given name, joined, not Lan and a middle Yu
    ("Ren Yuzhen", "Jen Yu-chen"),  # the hyphen says which is the family name
    ("Li Jianzhong", "Li Chien-chung"),  # a run of long syllables keyed as written
    ("李建中", "Li Chien-chung"),
    ("Chen Mingde", "Chen Ming-te"),  # looked up as Ming-te, pinyin too
    # every syllable pinyin too: the hyphen and the letters tell Wade-Giles
    ("Zhu Lanying", "Chu Lan-ying"),
    ("Gao Shuying", "Kao Shu-ying"),
    ("Zhu Dandan", "Chu Tan-tan"),
    ("Liu Dandan", "Liu Tan-tan"),  # joined though t is no d
    ("Zhu Lijuan", "Chu Li-chuan"),
    ("Deng Yuzhen", "Teng Yu-chen"),
    ("Deng Lijun", "Teng Li-chun"),
    ("Zhu Liluan", "Chu Li-luan"),
    ("Zhuo Rongtai", "Cho Jung-tai"),
    ("Guo Taiming", "Tai-ming Kuo"),  # the family name last
    ("Guo Taiming", "Kuo T'ai\u2013ming"),  # an apostrophe, an en dash
]
"""Mainland pinyin against Wade-Giles, a given name written apart as Taiwan writes it. Of
400 such pairs drawn from Faker's Chinese names, 151 scored below review before -139's
readings, 14 after them, and 1 at -140, which reads a hyphened name all of whose
syllables pinyin writes too (Chu Lan-ying is Zhu Lanying as much as Chu Lanying)."""

WADE_GILES_FIGURES = [
    ("Jiang Jingguo", "Chiang Ching-kuo"),
    ("Li Denghui", "Lee Teng-hui"),
    ("Chen Shuibian", "Chen Shui-bian"),
    ("Xie Changting", "Hsieh Chang-ting"),
    ("Wang Jianming", "Wang Chien-ming"),
    ("Lin Zhiling", "Lin Chi-ling"),
    ("Zhou Ziyu", "Chou Tzu-yu"),
    ("Zhang Xueliang", "Chang Hsueh-liang"),
    ("Zhou Enlai", "Chou En-lai"),
    ("Mao Zedong", "Mao Tse-tung"),
    ("Deng Xiaoping", "Teng Hsiao-ping"),
    ("Lin Biao", "Lin Piao"),
    ("Liu Shaoqi", "Liu Shao-chi"),
    ("Cai Mingliang", "Tsai Ming-liang"),
    ("Hou Xiaoxian", "Hou Hsiao-hsien"),
    ("Wu Jianxiong", "Wu Chien-shiung"),
    ("Hu Shi", "Hu Shih"),
    ("Lu Xun", "Lu Hsun"),
    ("Ding Ling", "Ting Ling"),
    ("Ba Jin", "Pa Chin"),
    ("Lao She", "Lao Sheh"),
    ("Qian Zhongshu", "Chien Chung-shu"),
    ("Bai Xianyong", "Pai Hsien-yung"),
    ("Chen Jiageng", "Chen Chia-keng"),
    ("Zhang Ailing", "Chang Ai-ling"),
    ("Huang Xianfan", "Huang Hsien-fan"),
    ("Lin Huaimin", "Lin Hwai-min"),
    ("Xu Zhimo", "Hsu Chih-mo"),
    ("Yang Zhenning", "Yang Chen-ning"),  # chen is pinyin too: Chenning or Zhenning
    ("Guo Taiming", "Kuo Tai-ming"),  # every syllable pinyin too
    ("Wen Yiduo", "Wen I-to"),  # Wade-Giles' i, a syllable of one letter: 一 yi
]
"""People known by both spellings, gathered before any was scored: 23 of these 35 were
raised at -138, 28 at -139, 30 at -140, 31 at -141. The four below are missed."""

WADE_GILES_VOWEL_PAIRS = [
    ("Hong Yiting", "Hung I-ting"),  # 洪一婷: i, no initial
    ("洪一婷", "Hung I-ting"),
    ("Huang Yiling", "Huang I-ling"),
    ("Zhang Yijun", "Chang I-chun"),
    ("Lin Yixiong", "Lin I-hsiung"),  # 林義雄
    ("Zhu Dongyi", "Chu Tung-i"),  # the last syllable, which cleaning glues as Korean's
    ("Chen Junyi", "Chen Chun-i"),
    ("Lin Xinyi", "Lin Hsin-i"),
    ("Yi Fuguo", "I Fu-kuo"),  # the family name
    ("Li Erqiang", "Li Erh-chiang"),  # erh: 二 er
    ("Guo Taiming", "Kuo Tai\uff0dming"),  # a fullwidth hyphen, a minus sign
    ("Guo Taiming", "Kuo Tai\u2212ming"),
    ("Hong Yiting", "Hung I\ufe63ting"),  # a small hyphen
    # a second review's losses of a first cut
    ("李藝宇", "Li I-yu"),  # yu alone meets 藝宇 as a Korean reading: i is the rest
    ("伊睿宇", "I Jui-yu"),
    ("Zhu Dongyi", "Mr. Chu Tung-i"),  # titles, suffixes, punctuation
    ("Zhu Dongyi", "Chu Tung-i Jr"),
    ("Zhu Dongyi", "Chu Tung-i, PhD"),
    ("Zhu Dongyi", "Tung-i, Chu"),
    ("Yi Meimei", "I Mei-mei"),  # "i-mei" is no hyphened pair of "i mei-mei"
    ("Yi Lili", "I Li-li"),
    ("Guo Taiming", "KUO,Tai-ming"),  # no space after the comma
    ("Hong Yiting", "HUNG,I-ting"),
    ("Lin Yier", "Lin I-erh"),  # looked up by its Wade-Giles, ierh
    ("Liu Eryi", "Liu Erh-i"),
]
"""Wade-Giles' vowel syllables: 300 pinyin given names with 一, 义, 怡 ... first or second,
each against its Wade-Giles, had 203 below review at -140 (157 of 181 with i first,
every i-last one that cleaning glued and a family name read as Korean), 3 at -141 (Le,
which may be Vietnamese Lê, and Lv, no Wade-Giles)."""

WADE_GILES_VOWEL_OTHER_NAMES = [
    ("Wang Aiming", "Wang I-ming"),  # 愛 ai, 一 i: one sound key, no one syllable
    ("Zhang Yixiong", "Chang I-ming"),  # 0.88 at -140
    ("Hong Yuting", "Hung I-ting"),
    ("Wang Yi", "Wang I-ming"),
    ("Lin Xinyu", "Lin Hsin-i"),
    ("Li Fuguo", "I Fu-kuo"),
    ("Yu Fuguo", "I Fu-kuo"),
    ("洪婷", "Hung I-ting"),  # 0.98 at -140, the initial left over: 婷 alone, written so
    # a first cut's: a family name and a given name's syllable run together
    ("Yi Zhenjing", "Chen Chin-i"),  # "chen chin" / Zhenjing, i / Yi: 0.92
    ("Zhong Yijun", "I Chen-chun"),  # 0.79 at -140, the initial's
    # a second review's: a run read only when read, not when a letter apart
    ("Wang Yizhen", "Wang Li-chen"),  # "lichen" / Yizhen's Wade-Giles "ichen": 0.85
    ("Li Yixia", "Li Pi-hsia"),
    ("Lin Yijun", "Lin Li-chun"),
]
"""Another given name, or part of one, against a Wade-Giles vowel syllable. Not "Wang
Ai-ming" / "Wang I-ming" (0.79 at -140, 0.83 at -141): a letter left over against another
syllable weighs as an initial, as Korean's 이 written Ee asks ("Kang I-sun" / "Kang
Ee-sun", :data:`KOREAN_VOWEL_PAIRS`)."""

DROPPED_VOWEL_PAIRS = [
    ("Hong Ting", "Hung I-ting"),
    ("Hung Ting", "Hung I-ting"),
    ("Chu Tung", "Chu Tung-i"),
    ("Zhang Xiong", "Chang I-hsiung"),
    ("Wang Ming", "Wang I-ming"),
]
"""A Latin record without the Wade-Giles I, which a list may drop as a middle initial:
raised as at -140, where a syllable of two letters dropped is another name (Zhang Wei /
Zhang Wei-ming 0.50), and a Han record without it is too (洪婷 / Hung I-ting 0.50)."""

KOREAN_VOWEL_PAIRS = [
    ("Kang Ee-sun", "Kang I-sun"),  # 이 as Ee: a letter weighs as an initial would
    ("Cha Ee-hui", "Cha I-hui"),  # and the batch's bound weighs it so too (a review:
    ("Rhee Sun-hui", "I Sun-hui"),  # these five lost there, raised directly)
    ("Lee Hsiu-mei", "I Hsiu-mei"),
    ("Chan Yee Man", "Chan I-man"),  # Cantonese 綺
    ("Sun Yat-sen", "Sun I-hsien"),
    ("Ku Min-ee", "Ku Min-i"),
    ("O Mii", "O Mi-i"),  # O no syllable of two letters: Mi-i stays one word
    ("Kim Sui", "Kim Su-i"),
    ("강이순", "Kang I-sun"),
]
"""Korean names whose 이 Wade-Giles would write I too, met as before -141."""

HAN_SYLLABLE_PAIRS = [
    ("李藝宇", "Li Yi-yu"),  # 0.50 until -141: yu alone met 藝宇 as a Korean reading
    ("陳睿宇", "Chen Jui-yu"),
]
"""A syllable left over beside an aligned one that spells the Han name with it."""

WESTERN_AND_WADE_GILES_PAIRS = [
    ("Guo Taiming", "Terry Kuo Tai-ming"),  # 郭台銘 with the name he goes by
    ("Guo Taiming", "Kuo Tai-ming, Terry"),
    ("Guo Taiming", "Terry Tai-ming Kuo"),
    ("Terry Guo Daiming", "Terry Kuo Tai-ming"),
    ("Zhan Daiman", "Peter Chan Tai-man"),
    ("Hong Yiting", "Mary Hung I-ting"),
    ("Zhu Jianhua", "Monica Chu Chien-hua"),
    ("He Yuying", "Sheila Ho Yu-ying"),  # shei + la: a run of syllables, still no family
    ("Jiang Hongmei", "Tina Hung-mei Chiang"),
]
"""A Western given name beside a Wade-Giles name, read as the three parts alone are: of
300 such pairs from Faker's Chinese and English names, 57 scored below review at -140, 0
at -141 (a second draw: 1, "Jill Chih-chiang I")."""

WESTERN_AND_WADE_GILES_OTHER_NAMES = [
    ("Zhang Wei", "Terry Zhang Wei-ming"),  # a syllable of the given name dropped: 0.90
    ("Zhang Wei", "Terry Chang Wei-ming"),  # at -140, as no three-part name scored
    ("Terry Zhang Wei", "Terry Zhang Wei-ming"),
    ("Guo Daming", "Terry Kuo Tai-ming"),
    ("Gao Taiming", "Terry Kuo Tai-ming"),
    ("Lu Yiyi", "Amber Lu I-hsin"),  # Wade-Giles' i has no sound key to meet Yiyi by
    ("Chang Yiyi", "Chu Cheng-i"),
    ("Lu Yiyi", "Lu I-hsin"),
]

WADE_GILES_BLOCKING_LOSSES = {("Lin Zhiling", "Lin Chi-ling")}
"""Raised by spelling (chi is no Wade-Giles of zhi, chih is), lost by blocking with the
Wade-Giles side as records: "chiling" is pinyin and no key of "zhiling"."""

WADE_GILES_FIGURES_MISSED = [
    ("Lian Zhan", "Lien Chan"),  # two syllables alone, both Wade-Giles read as pinyin
    ("Li Zhengdao", "Lee Tsung-dao"),  # his own spelling, no scheme's
    ("Zhu De", "Chu Teh"),  # teh: an older Wade-Giles
    ("Li Yuanzhe", "Lee Yuan-tseh"),
]

HYPHENED_ONE_PERSON = [
    ("Fang I-chun", "Fang Yi-chun"),  # Wade-Giles' i is yi
    ("Li Hsin-i", "Li Hsin-yi"),  # Hsin-i written as one: a split, not a syllable dropped
    ("Kim Ji-yun", "Kim Ji Y."),
    ("Chan Mei Y.", "Chan Mei-yan"),
    ("Lei Wai-mei", "Lei Wa-mei"),  # a typo in one syllable
    ("Huang Su-lan", "Huang Su-la"),
    ("Jo-Ann Brown", "Jo Brown"),  # Western hyphened names may go alone
    ("Lou-Ann Smith", "Lou Smith"),
    ("Emily Chan-Ho", "Emily Ho"),  # one of two family names
    ("Anna Li-Chen", "Anna Chen"),
    ("Jean-de-Dieu Habimana", "Jean Habimana"),
    ("Li Yulan", "Li Yu-lan"),
]
"""A second review's losses of a first cut of the rule above, raised at -138 and again."""

WADE_GILES_OTHER_NAMES = [
    ("Fan Guilan", "Fan Kuei-ying"),
    ("Lan Dongmei", "Lan Tung-hua"),
    ("Chen Jianping", "Chen Chien-hua"),
    ("Li Haiyan", "Li Hai-ying"),
    ("Wang Jianming", "Wang Chien-kuo"),
    ("Liu Guizhen", "Liu Kuei-fang"),
    ("Chen Jian", "Chen Chieh"),  # a syllable alone gets no Wade-Giles reading that is pinyin
    ("Zhang Jian", "Chen Chang"),
    # a syllable hyphened to the given name is the rest of it, no middle name
    ("Zhang Wei", "Zhang Wei-ming"),
    ("Chen Qian", "Chen Chien-kuo"),
    ("Zhang Xia", "Chang Hsiu-lan"),
    ("Gao Xia", "Kao Hsiu-ying"),
    ("Gao Guiying", "Kao Kuei-fang"),
    ("Jun Garcia", "Chun Garcia"),  # Garcia is Gwoyeu Romatzyh's gar + cia: one word
    # a review's false alerts of a first cut: Wade-Giles read where it is not written
    ("Le Van Quang", "Chang Li-hua"),  # qu + ang is no given name: no "chuang"
    ("Nguyen Quang Hai", "Chuang Hai"),
    ("Chen Qian", "Huang Chien-chun"),  # Chien alone is Jian as much as Qian
    ("Chen Qian", "Chien Shu-chen"),
    ("Chu Qian", "Wang Chien-chun"),
    ("Johan Li", "Li Ruohan"),  # Wade-Giles' jo, ko: Western names write them
    ("Koko Wang", "Wang Keke"),
    ("Kota Tanaka", "Geta Tanaka"),
    ("Tiarna Murphy", "Diana Murphy"),  # Gwoyeu Romatzyh's tone letters: no pinyin read
    ("Kim Sung-ho", "Jin Songhe"),  # Korean syllables: 성호
    ("Lee Yeong-ho", "Li Yonghe"),
    # a hyphened name of syllables pinyin writes too, read as Wade-Giles: another name
    ("Gao Taiming", "Kao Tai-hua"),
    ("Guo Dandan", "Kuo Tan-ying"),
    ("Dong Lijun", "Teng Li-chun"),  # teng is deng, not dong
    ("Guo Daming", "Kuo Tai-ming"),
    ("Zhang Daiming", "Zhang Tai-ming"),  # zhang is pinyin only: so is the name
    ("Jiang Minhe", "Kang Min-ho"),
]
"""The same family name and another given name, Wade-Giles against pinyin."""


PARTICLE_FAMILY_PAIRS = [
    ("Du Dongmei", "Tu Tung-mei"),  # 杜: Du is no particle in a Chinese name
    ("Du Guiying", "Tu Kuei-ying"),
    ("Di Fenglan", "Ti Feng-lan"),  # 狄
    ("Dr Du Dongmei", "Tu Tung-mei"),  # titles aside
    ("Prof. Di Fenglan", "Ti Feng-lan"),
    ("杜冬梅", "Du Dongmei"),
    ("Du Dongmei", "Dongmei Du"),
    ("BEN LIMA, Hana", "Lima, Hana bin Ahmed"),  # Arabic ben stays a particle
]
"""Chinese family names that are particles elsewhere (Du, Di, De, Da, Le, Zu)."""

PARTICLE_FAMILY_LOSSES = [("Du Dongmei", "Du Dongmey")]
"""A typo that hides the Chinese name leaves its Du a particle, which a name does not
align with: 0.94 at -139, 0.69 at -140 (aligning the two, tried, met Vietnamese Vân with
Văn and "Bin Hadi" with "Hadi Bin Ali" across their names)."""

UMLAUT_PAIRS = [
    ("Lv Guilan", "Lyu Guilan"),  # 吕: pinyin's lü as keyboards and passports write it
    ("Lv Guilan", "Lu Guilan"),
    ("Lyu Guilan", "Lü Guilan"),
    ("吕桂兰", "Lv Guilan"),
    ("Lyu Guilan", "Lu Kuei-lan"),  # and as Wade-Giles writes it, its umlaut dropped
    ("Nv Ying", "Nu Ying"),
]
"""Pinyin's ü-syllables, which every other spelling folds to u."""

UMLAUT_OTHER_NAMES = [
    ("Lv Guilan", "Li Guilan"),
    ("Lv Guilan", "Luo Guilan"),
    ("Lyu Guilan", "Lyu Guiying"),
    ("LV Prasad", "Lu Prasad"),  # initials, in no Chinese name
    ("NV Ramana", "Nu Ramana"),
    ("Lyu Min", "Lu Min"),  # Korean 류: the name reads as Korean
]

PARTICLE_FAMILY_OTHER_NAMES = [
    ("Du Dongmei", "Dongmei"),  # 0.99 at -139: Du weighed as a particle
    ("Du Dongmei", "Zhang Dongmei"),
    ("Du Dongmei", "Wu Dongmei"),
    ("Di Fenglan", "Li Fenglan"),
    ("Dr Du Dongmei", "Zhang Dongmei"),
    ("Vân Nguyễn", "Phương Văn Nguyễn"),  # Văn is Vietnamese's particle, Vân a name
    ("Bin Hadi", "Hadi Bin Ali"),
    ("Tùng Hoàng Mai", "Hong Dong"),  # no Wade-Giles reading of a Vietnamese name
]


@pytest.mark.parametrize(
    ("text", "spelt"),
    [
        ("国语罗马字", ["gwo", "yeu", "luo", "maa", "tzyh"]),  # Gwoyeu Romatzyh itself
        ("中华", ["jong", "hwa"]),
        ("北京上海", ["beei", "jing", "shanq", "hae"]),
        ("有以五也我", ["yeou", "yii", "wuu", "yee", "woo"]),  # third tone, no initial
        ("意印物月用", ["yih", "yinn", "wuh", "yueh", "yonq"]),  # fourth tone, no initial
        ("妈明马骂", ["mha", "ming", "maa", "mah"]),  # a sonorant's four tones
        ("女雪水九", ["neu", "sheue", "shoei", "jeou"]),
        ("时是死日", ["shyr", "shyh", "syy", "ryh"]),
        ("二而耳", ["ell", "erl", "eel"]),
    ],
)
def test_gwoyeu_romatzyh_writes_the_tone_in_letters(text: str, spelt: list[str]) -> None:
    for char, form in zip(text, spelt, strict=True):
        assert form in character_spellings(char), (char, form)


MPS2 = [("zhe", "je"), ("jiu", "jiou"), ("zhong", "jung"), ("xu", "shiu"), ("zi", "tz"),
        ("shi", "shr"), ("xuan", "shiuan"), ("gui", "guei"), ("yong", "yung")]  # fmt: skip
TONGYONG = [("zhang", "jhang"), ("xu", "syu"), ("xiu", "siou"), ("feng", "fong"), ("si", "sih"),
            ("zhi", "jhih"), ("qing", "cing"), ("wen", "wun"), ("jun", "jyun")]  # fmt: skip


@pytest.mark.parametrize(
    ("scheme", "pinyin", "expected"),
    [(mps2, *pair) for pair in MPS2] + [(tongyong, *pair) for pair in TONGYONG],
)
def test_mps2_and_tongyong(scheme: Callable[[str, str], str], pinyin: str, expected: str) -> None:
    parsed = parse(pinyin)
    assert parsed is not None
    assert scheme(*parsed) == expected


def test_gwoyeu_of_a_parsed_syllable() -> None:
    assert gwoyeu(*("j", "iou"), 3) == "jeou"
    assert gwoyeu("", "ing", 1) == "ing"
    assert gwoyeu("", "ing", 2) == "yng"
    assert gwoyeu("l", "i", 1) == "lhi"


def test_what_no_syllable_is_not_parsed() -> None:
    assert parse("ng") is None
    assert parse("hm") is None
    assert parse("xyz") is None


def test_a_mixed_spelling_splits_syllable_by_syllable() -> None:
    assert spelt_in_mandarin("英九", "yingjeou")  # pinyin, then Gwoyeu Romatzyh
    assert spelt_in_mandarin("英文", "ingwen")
    assert not spelt_in_mandarin("英文", "ingwan")
    assert not spelt_in_mandarin("英文", "ing")  # one character unspelt
    assert not spelt_in_mandarin("", "ing")


def test_a_spelling_is_read_back_to_pinyin_in_its_fewest_syllables() -> None:
    assert pinyin_respellings("jeou") == ("jiu",)  # not je + o + u
    assert pinyin_respellings("ingwen") == ("yingwen",)
    assert pinyin_respellings("jhang") == ("zhang",)
    assert set(pinyin_respellings("chaoshiuan")) == {"chaoxuan", "zhaoxuan"}


def test_a_spelling_another_syllable_has_in_pinyin_or_wade_giles_reads_as_that_one() -> None:
    assert "chiu" not in character_spellings("曲")  # qu in MPS II; Wade-Giles' qiu
    assert "liu" not in character_spellings("呂")  # lü in MPS II; pinyin's 劉
    assert "jen" not in character_spellings("真")  # zhen in MPS II; Wade-Giles' ren
    assert "chiu" in character_spellings("邱")
    # read back as Wade-Giles', not as MPS II's: "chih" is zhi or chi, never qi; "je" re
    assert set(pinyin_respellings("chih")) == {"zhi", "chi"}
    assert pinyin_respellings("wenje") == ("wenre",)


def test_a_word_hyphened_to_a_name_is_no_title_nor_suffix() -> None:
    assert [p.latin for p in prepare_name("Chen Hsiu-jr").parts] == ["chen", "hsiu", "jr"]
    assert [p.latin for p in prepare_name("Jheng Shiou-ing").parts] == ["jheng", "shiou", "ing"]
    assert [p.latin for p in prepare_name("Dr.-Ing. Hans Müller").parts] == ["hans", "muller"]
    assert [p.latin for p in prepare_name("John Smith Jr.").parts] == ["john", "smith"]


@pytest.mark.parametrize(
    "latin", ["zhang", "chen", "chang", "yuchen", "ming", "john", "maria", "li", "kuo", "ci"]
)
def test_pinyin_and_other_names_are_not_read_back(latin: str) -> None:
    """Nor a Wade-Giles spelling that is pinyin too: "chang" reads as itself."""
    assert pinyin_respellings(latin) == ()


@pytest.mark.parametrize(
    ("latin", "pinyin"),
    [
        ("hsiao", {"xiao"}),
        ("chiu", {"qiu", "jiu"}),
        ("jen", {"ren"}),
        ("kueilan", {"guilan", "kuilan"}),
        ("tungmei", {"dongmei", "tongmei"}),
        ("haiyen", {"haiyan"}),
        ("chienping", {"jianping", "qianping", "jianbing", "qianbing"}),
    ],
)
def test_wade_giles_spellings_that_are_no_pinyin_are_read_back(
    latin: str, pinyin: set[str]
) -> None:
    assert set(pinyin_respellings(latin)) == pinyin


def test_a_family_name_beside_a_given_name_so_spelt_reads_as_its_pinyin() -> None:
    assert spelt_family_name(("chu", "hsiu", "yun")) == (0, ("ju", "qu", "zhu"))
    assert spelt_family_name(("hsiu", "yun", "chu")) == (2, ("ju", "qu", "zhu"))
    assert spelt_family_name(("ho", "yu", "ying")) == (0, ("he",))
    assert spelt_family_name(("chu", "lan", "ying")) is None  # pinyin as much
    assert spelt_family_name(("chun", "garcia")) is None  # a given name of one word
    assert spelt_family_name(("chu", "hsiuyun")) is None
    assert spelt_family_name(("jen", "yu", "chen"), 1) == (0, ("ren",))
    assert wade_giles_respellings("kueilan") == ("guilan", "kuilan")
    assert wade_giles_respellings("kota") == ()  # ko: Wade-Giles, and Western too
    assert prepare_name("Chu Hsiu-yun").parts[0].syllabic == ("ju", "qu", "zhu")
    assert prepare_name("Hsiu-yun Chu").parts[2].syllabic == ("ju", "qu", "zhu")
    assert prepare_name("Chu Hsiuyun").parts[0].syllabic == ()  # two parts: not read


def test_a_hyphened_name_of_wade_giles_spellings_reads_as_its_pinyin() -> None:
    assert wade_giles_written(("kuo", "tai", "ming"), 1)
    assert wade_giles_written(("tai", "ming", "kuo"), 0)
    assert not wade_giles_written(("zhang", "tai", "ming"), 1)  # zhang: pinyin only
    assert not wade_giles_written(("li", "an", "na"), 1)  # no given name's shape
    assert not wade_giles_written(("kuo", "taiming"), 1)
    assert wade_giles_given(("tai", "ming")) == ("daiming",)
    assert wade_giles_given(("li", "chun")) == ("lijun", "liqun", "lizhun")
    assert wade_giles_given(("li", "zhang")) == ()
    assert spelt_family_name(("kuo", "tai", "ming"), 1) == (0, ("guo",))
    assert spelt_family_name(("kuo", "tai", "ming")) is None  # no hyphen: no telling
    name = prepare_name("Kuo Tai-ming")
    assert name.parts[0].syllabic == ("guo",)
    assert joined_part(name, (1, 2)).syllabic == ("daiming",)
    assert joined_part(prepare_name("Kuo Tai Ming"), (1, 2)).syllabic == ()
    assert joined_part(prepare_name("Zhang Tai-ming"), (1, 2)).syllabic == ()


def test_a_wade_giles_vowel_syllable_is_a_syllable_not_an_initial() -> None:
    def parts(text: str) -> list[tuple[str, str]]:
        return [(part.raw, part.kind.value) for part in prepare_name(text).parts]

    assert parts("Hung I-ting") == [("hung", "name"), ("i", "name"), ("ting", "name")]
    assert "yi" in prepare_name("Hung I-ting").parts[1].syllabic
    assert prepare_name("Hung I-ting").parts[1].phonetic != prepare_name("Ai").parts[0].phonetic
    assert parts("Chu Tung-i") == [("chu", "name"), ("tung", "name"), ("i", "name")]
    assert parts("I Fu-kuo")[0] == ("i", "name")
    assert wade_giles_written(("hung", "i", "ting"), 1)
    assert wade_giles_given(("i", "ting")) == ("yiding", "yiting")
    # no hyphen, or a name not in Wade-Giles throughout: an initial, or Korean's glued vowel
    assert parts("Hung I Ting")[1] == ("i", "initial")
    assert parts("Kim I-sun")[1] == ("i", "initial")  # kim: no Mandarin syllable
    assert parts("Kim Su-i") == [("kim", "name"), ("sui", "name")]
    assert parts("A-M Dupont")[0] == ("a", "initial")
    assert [pair for pair in WADE_GILES_VOWEL_PAIRS if score(*pair) < 0.85] == []
    assert [pair for pair in WADE_GILES_VOWEL_OTHER_NAMES if score(*pair) >= 0.7] == []
    assert batch_misses(WADE_GILES_VOWEL_PAIRS) == set()
    assert [pair for pair in KOREAN_VOWEL_PAIRS if score(*pair) < 0.7] == []
    assert [pair for pair in DROPPED_VOWEL_PAIRS if score(*pair) < 0.7] == []
    assert batch_misses(KOREAN_VOWEL_PAIRS + DROPPED_VOWEL_PAIRS) == set()
    assert parts("O Mi-i") == [("o", "initial"), ("mii", "name")]
    assert [pair for pair in HAN_SYLLABLE_PAIRS if score(*pair) < 0.85] == []


def test_a_hyphened_chinese_given_name_runs_only_whole() -> None:
    assert join_spans(prepare_name("Chen Chin-i")) == ((1, 2),)  # no "chen chin"
    assert join_spans(prepare_name("Tai-ming Kuo")) == ((0, 1),)
    assert join_spans(prepare_name("Terry Kuo Tai-ming")) == ((0, 1), (2, 3))
    assert join_spans(prepare_name("Kuo Tai Ming")) == ((0, 1), (1, 2))  # no hyphen
    assert (1, 2) in join_spans(prepare_name("Abd-al Rahman Khan"))  # no Chinese name


def test_a_western_given_name_beside_a_wade_giles_name_leaves_it_read() -> None:
    def core(text: str) -> tuple[int, int] | None:
        name = prepare_name(text)
        return hyphened_core(name.parts, name.original)

    assert core("Jen Yu-chen") == (0, 1)
    assert core("Terry Kuo Tai-ming") == (1, 1)
    assert core("Kuo Tai-ming Terry") == (0, 1)
    assert core("Terry Tai-ming Kuo") == (1, 0)
    assert core("Ken Tai-ming Kuo") is None  # ken is a syllable too: no telling
    assert core("Terry Kuo Tai Ming") is None  # no hyphen
    assert core("Mary-Ann Kuo Tai-ming") is None  # two
    assert prepare_name("Terry Kuo Tai-ming").parts[1].syllabic == ("guo",)
    assert [pair for pair in WESTERN_AND_WADE_GILES_PAIRS if score(*pair) < 0.85] == []
    assert [pair for pair in WESTERN_AND_WADE_GILES_OTHER_NAMES if score(*pair) >= 0.7] == []
    assert batch_misses(WESTERN_AND_WADE_GILES_PAIRS) == set()


def test_pinyin_u_written_without_its_umlaut_meets_the_fold() -> None:
    assert umlaut_reading("lv") == "lu"
    assert umlaut_reading("lyu") == "lu"
    assert umlaut_reading("nve") == "nue"
    assert umlaut_reading("lu") is None
    assert umlaut_reading("lvxia") is None  # a word of its own only
    assert prepare_name("Lv Guilan").parts[0].syllabic == ("lu",)
    assert [pair for pair in UMLAUT_PAIRS if score(*pair) < 0.85] == []
    assert [pair for pair in UMLAUT_OTHER_NAMES if score(*pair) >= 0.7] == []


@pytest.mark.parametrize(
    "records",
    [
        [("Kuo Tai Ming", "Kuo Tai-ming")],  # one record, the spaced alias first
        [("Kuo Tai-ming", "Kuo Tai Ming")],
        [("Guo Tai Ming",), ("Kuo Tai-ming",)],  # the same parts, another record first
    ],
)
def test_the_batch_path_reads_a_hyphened_name_whatever_came_before(
    records: list[tuple[str, ...]],
) -> None:
    # the parts of "Tai Ming" and "Tai-ming" are one object each: what a run of them
    # spells must be known by the name around them, not by the parts alone
    listed = [
        Person(f"r{i}", tuple(prepare_name(name) for name in names))
        for i, names in enumerate(records)
    ]
    found = match_people([Person("c", (prepare_name("Guo Daiming"),))], listed, threshold=0.7)
    assert [r.record_key for r in found] == [f"r{len(records) - 1}"]


def test_a_chinese_name_has_no_particles() -> None:
    def kinds(text: str) -> list[str]:
        return [part.kind.value for part in prepare_name(text).parts]

    assert kinds("Du Dongmei") == ["name", "name"]
    assert kinds("Du Kuei-ying") == ["name", "name", "name"]
    assert kinds("Mario Di Napoli") == ["name", "particle", "name"]
    assert kinds("Marine Le Pen") == ["name", "particle", "name"]  # ma + ri + ne: no given name
    assert kinds("Du Dongmey") == ["particle", "name"]  # a typo: no telling
    assert kinds("Da Josi") == ["particle", "name"]  # डा. जोशी: jo + si is no pinyin
    assert kinds("Ben Lima") == ["particle", "name"]  # ben, bin: Arabic's
    assert kinds("Dr Du Dongmei")[-2:] == ["name", "name"]
    assert [pair for pair in PARTICLE_FAMILY_PAIRS if score(*pair) < 0.85] == []
    assert [pair for pair in PARTICLE_FAMILY_OTHER_NAMES if score(*pair) >= 0.7] == []
    # 0.69 at -139, Du weighed as a particle: now a family name that differs
    assert score("Du Dongmei", "Zhang Dongmei") < 0.6
    assert score("Dr Du Dongmei", "Wu Dongmei") < 0.6


@pytest.mark.xfail(strict=False, reason="known loss, listed to see it met")
@pytest.mark.parametrize(("left", "right"), PARTICLE_FAMILY_LOSSES)
def test_a_chinese_family_particle_behind_a_typo_known_lost(left: str, right: str) -> None:
    assert score(left, right) >= 0.7


def test_a_pinyin_given_name_has_its_wade_giles_spelling() -> None:
    assert wade_giles_reading("jianping") == "chienping"  # no chi + en + ping
    assert wade_giles_reading("quang") is None  # qu + ang: Vietnamese, no given name
    assert wade_giles_given_name("mingde") == "mingte"
    assert wade_giles_reading("zhiming") == "chihming"
    assert wade_giles_reading("jian") is None  # "chien" alone would spell "chen"
    assert wade_giles_reading("zheng") is None  # "cheng" is 程's pinyin
    assert wade_giles_reading("yuzhen") is None  # "yuchen" is pinyin in as many syllables
    assert wade_giles_given_name("yuzhen") == "yuchen"  # but is looked up in blocking
    assert wade_giles_given_name("zhen") is None
    assert initialed_pinyin("guilan") and initialed_pinyin("haiyan")
    assert not initialed_pinyin("anna") and not initialed_pinyin("maria")
    assert not initialed_pinyin("xu")


def test_the_pairs_score_as_one_person_and_the_others_do_not() -> None:
    pairs = TAIWAN_PAIRS + PINYIN_PAIRS
    raised = [pair for pair in pairs if score(*pair) >= 0.9]
    assert raised == pairs
    assert all(score(*pair) < 0.7 for pair in OTHER_NAMES)


def test_wade_giles_against_pinyin_scores_as_one_person_and_the_others_do_not() -> None:
    raised = [pair for pair in WADE_GILES_PAIRS if score(*pair) >= 0.85]
    assert raised == WADE_GILES_PAIRS
    assert [pair for pair in WADE_GILES_OTHER_NAMES if score(*pair) >= 0.7] == []


def test_public_figures_in_wade_giles_are_met() -> None:
    assert [pair for pair in WADE_GILES_FIGURES if score(*pair) < 0.7] == []


@pytest.mark.xfail(strict=False, reason="known misses, listed to see one met")
@pytest.mark.parametrize(("pinyin", "wade_giles"), WADE_GILES_FIGURES_MISSED)
def test_public_figures_known_missed(pinyin: str, wade_giles: str) -> None:
    assert score(pinyin, wade_giles) >= 0.7


def test_a_hyphened_syllable_dropped_from_a_chinese_given_name_is_another_name() -> None:
    assert score("Zhang Wei", "Zhang Wei-ming") < 0.7
    assert score("Wang Xiao", "Wang Xiao-ming") < 0.7
    # but a syllable spelt otherwise, an initial, a typo, a split, or a Western name
    assert [pair for pair in HYPHENED_ONE_PERSON if score(*pair) < 0.7] == []


def test_either_order_scores_alike() -> None:
    pairs = TAIWAN_PAIRS[:5] + PINYIN_PAIRS[:3] + WADE_GILES_PAIRS + WADE_GILES_OTHER_NAMES
    pairs += WADE_GILES_VOWEL_PAIRS + WADE_GILES_VOWEL_OTHER_NAMES
    pairs += WESTERN_AND_WADE_GILES_PAIRS + WESTERN_AND_WADE_GILES_OTHER_NAMES
    for left, right in pairs:
        assert score(left, right) == score(right, left)


def test_latin_spellings_meet_their_pinyin_only_as_a_name_pinyin_alone_writes() -> None:
    assert score("Xu Wei", "Syu Wei") >= 0.9  # x: pinyin's alone
    assert score("Jian Smith", "Jean Smith") < 1.0  # Jean is no Jian read back
