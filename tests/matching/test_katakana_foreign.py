"""Foreign names in katakana, as Japanese papers write them, against their Latin
spellings (:mod:`matching.katakana_foreign`)."""

from __future__ import annotations

import pytest

from matching.katakana_foreign import foreign_katakana, japanese_ear, katakana_canonical
from matching.names import prepare_name
from matching.scripts import Script
from tests.matching.real_names import REVIEW, score

FOREIGN_PAIRS = [
    ("ウラジーミル・プーチン", "Vladimir Putin"),
    ("エマニュエル・マクロン", "Emmanuel Macron"),
    ("アンゲラ・メルケル", "Angela Merkel"),
    ("ドナルド・トランプ", "Donald Trump"),
    ("ジョー・バイデン", "Joe Biden"),
    ("コフィー・アナン", "Kofi Annan"),
    ("アントニオ・グテーレス", "Antonio Guterres"),
    ("ナレンドラ・モディ", "Narendra Modi"),
    ("ボリス・ジョンソン", "Boris Johnson"),
    ("ネルソン・マンデラ", "Nelson Mandela"),
    ("ベンヤミン・ネタニヤフ", "Benjamin Netanyahu"),
    ("セルゲイ・ラブロフ", "Sergey Lavrov"),
    ("クリスティーヌ・ラガルド", "Christine Lagarde"),
    ("リオネル・メッシ", "Lionel Messi"),
    ("ジョン・スミス", "John Smith"),
    ("マリア・ガルシア", "Maria Garcia"),
    ("ムハンマド・アリ", "Muhammad Ali"),
    ("アフマド・ハッサン", "Ahmad Hassan"),
    ("ヴォロディミル・ゼレンスキー", "Volodymyr Zelensky"),
    ("レジェップ・タイイップ・エルドアン", "Recep Tayyip Erdogan"),
    ("ハサン・ロウハニ", "Hassan Rouhani"),
    ("アリー・ハーメネイー", "Ali Khamenei"),
    ("ムハンマド・ビン・サルマーン", "Mohammed bin Salman"),
]
"""Public figures as Japanese papers write them, gathered before any was scored: 23 of 29
raised (10 by their Hepburn readings before). Missed: Bill Gates, Elon Musk, Mark
Zuckerberg, Michael Jordan, Justin Trudeau, Olaf Scholz."""
FOREIGN_PROBE = [
    ("バラク・オバマ", "Barack Obama"),
    ("ヒラリー・クリントン", "Hillary Clinton"),
    ("ジャイル・ボルソナロ", "Jair Bolsonaro"),
    ("ニコラス・マドゥロ", "Nicolas Maduro"),
    ("アンドレス・マヌエル・ロペス・オブラドール", "Andres Manuel Lopez Obrador"),
    ("ジョルジャ・メローニ", "Giorgia Meloni"),
    ("シルビオ・ベルルスコーニ", "Silvio Berlusconi"),
    ("ペドロ・サンチェス", "Pedro Sanchez"),
    ("ニコラ・サルコジ", "Nicolas Sarkozy"),
    ("リシ・スナク", "Rishi Sunak"),
    ("ミハイル・ゴルバチョフ", "Mikhail Gorbachev"),
    ("ドミトリー・メドベージェフ", "Dmitry Medvedev"),
    ("ユリア・ティモシェンコ", "Yulia Tymoshenko"),
    ("ビタリ・クリチコ", "Vitali Klitschko"),
    ("アレクサンドル・ルカシェンコ", "Alexander Lukashenko"),
    ("ヌルスルタン・ナザルバエフ", "Nursultan Nazarbayev"),
    ("カシムジョマルト・トカエフ", "Kassym-Jomart Tokayev"),
    ("ハミド・カルザイ", "Hamid Karzai"),
    ("マフムード・アッバス", "Mahmoud Abbas"),
    ("ヤセル・アラファト", "Yasser Arafat"),
    ("サダム・フセイン", "Saddam Hussein"),
    ("マフムード・アフマディネジャド", "Mahmoud Ahmadinejad"),
    ("エブラヒム・ライシ", "Ebrahim Raisi"),
    ("ムアマル・カダフィ", "Muammar Gaddafi"),
    ("インディラ・ガンジー", "Indira Gandhi"),
    ("イムラン・カーン", "Imran Khan"),
    ("ベナジル・ブット", "Benazir Bhutto"),
    ("マララ・ユスフザイ", "Malala Yousafzai"),
    ("ロバート・ムガベ", "Robert Mugabe"),
    ("ポール・カガメ", "Paul Kagame"),
    ("シリル・ラマポーザ", "Cyril Ramaphosa"),
    ("エレン・ジョンソン・サーリーフ", "Ellen Johnson Sirleaf"),
    ("ブトロス・ブトロス＝ガーリ", "Boutros Boutros-Ghali"),
    ("クルト・ワルトハイム", "Kurt Waldheim"),
    ("テドロス・アダノム", "Tedros Adhanom"),
    ("クリスティアーノ・ロナウド", "Cristiano Ronaldo"),
    ("キリアン・エムバペ", "Kylian Mbappe"),
    ("ズラタン・イブラヒモビッチ", "Zlatan Ibrahimovic"),
    ("モハメド・サラー", "Mohamed Salah"),
    ("ラファエル・ナダル", "Rafael Nadal"),
    ("ノバク・ジョコビッチ", "Novak Djokovic"),
    ("ウサイン ボルト", "Usain Bolt"),
    ("オルハン・パムク", "Orhan Pamuk"),
    ("ナギーブ・マフフーズ", "Naguib Mahfouz"),
    ("チママンダ・ンゴズィ・アディーチェ", "Chimamanda Ngozi Adichie"),
    ("パウロ・コエーリョ", "Paulo Coelho"),
    ("ルチアーノ・パヴァロッティ", "Luciano Pavarotti"),
    ("ピョートル・チャイコフスキー", "Pyotr Tchaikovsky"),
    ("ムケシュ・アンバニ", "Mukesh Ambani"),
    ("サティア ナデラ", "Satya Nadella"),
    ("ファティマ・ラシード", "Fatima Rashid"),
    ("ラジェシュ クマール", "Rajesh Kumar"),
    ("プリヤ・シャルマ", "Priya Sharma"),
    ("アレクサンドル・イワノフ", "Aleksandr Ivanov"),
    ("オルガ・スミルノワ", "Olga Smirnova"),
    ("マリア ゴンザレス", "Maria Gonzalez"),
    ("カルロス・ロドリゲス", "Carlos Rodriguez"),
    ("ジョアン・シルバ", "Joao Silva"),
    ("アミナ・ディアロ", "Amina Diallo"),
    ("メフメト ユルマズ", "Mehmet Yilmaz"),
    ("レザ・ホセイニ", "Reza Hosseini"),
    ("ジョセフ・ムワンギ", "Joseph Mwangi"),
    ("アナ・ペレイラ", "Ana Pereira"),
]
"""A second reader's list, written before it was scored: 63 of 80 raised (25 before; 58 by
the first version, which took only names with a dot, a long vowel mark, ヴ or a small
vowel; 61 taking every name in katakana; 63 with a closing v as f and kh as h). Missed:
Javier Milei, Francois Hollande, Marine Le Pen, Ursula von der Leyen, Keir Starmer, Alexei
Navalny, Sheikh Hasina, Javier Perez de Cuellar, Zinedine Zidane, Michael Schumacher,
Gabriel Garcia Marquez, Wolfgang Amadeus Mozart, Bernard Arnault, Carlos Ghosn, Pierre
Dubois, Hans Schmidt, Nguyen Van Minh."""
BLOCKING_LOSSES = {
    # raised through a spelling two letters or more from the one Japanese hears, which
    # no key holds
    ("アレクサンドル・イワノフ", "Aleksandr Ivanov"),
    ("カシムジョマルト・トカエフ", "Kassym-Jomart Tokayev"),
    ("ニコラ・サルコジ", "Nicolas Sarkozy"),
    ("パウロ・コエーリョ", "Paulo Coelho"),
    ("ビタリ・クリチコ", "Vitali Klitschko"),
    ("ルチアーノ・パヴァロッティ", "Luciano Pavarotti"),
}
OTHER_NAMES = [
    ("ドナルド・トランプ", "Donald Tusk"),
    ("ジョー・バイデン", "Hunter Biden"),
    ("ボリス・ジョンソン", "Boris Yeltsin"),
    ("ジョン・スミス", "Jane Smith"),
    ("ウラジーミル・プーチン", "Vladimir Popov"),
    ("アフマド・ハッサン", "Ahmad Hussein"),
    ("ネルソン・マンデラ", "Winnie Mandela"),
    ("コフィー・アナン", "Kofi Adjei"),
    ("ムハンマド・アリ", "Mohamed Salah"),
    ("ビル・ゲイツ", "Bill Clinton"),
    ("マイケル・ジョーダン", "Michael Jackson"),
    ("ビル・クリントン", "Hillary Clinton"),
    ("インディラ・ガンジー", "Rahul Gandhi"),
    ("ジェブ・ブッシュ", "George Bush"),
    ("セリーナ・ウィリアムズ", "Venus Williams"),
    ("ビタリ・クリチコ", "Wladimir Klitschko"),
    ("フィデル・カストロ", "Raul Castro"),
    ("ベナジル・ブット", "Zulfikar Ali Bhutto"),
    ("ミハエル・シューマッハ", "Ralf Schumacher"),
    ("ロバート・ケネディ", "John Kennedy"),
    ("ヴォルフガング・アマデウス・モーツァルト", "Leopold Mozart"),
    ("ボリス・エリツィン", "Boris Becker"),
    ("ニコラ・サルコジ", "Nicolas Maduro"),
    ("マフムード・アッバス", "Mahmoud Ahmadinejad"),
    ("ミハイル・ゴルバチョフ", "Mikhail Khodorkovsky"),
    ("ペドロ・サンチェス", "Pedro Castillo"),
    ("ラファエル・ナダル", "Rafael Correa"),
    ("ハビエル・ミレイ", "Javier Bardem"),
    ("カルロス・ゴーン", "Carlos Slim"),
    ("フランソワ・オランド", "Francois Fillon"),
    ("イワン・ペトロフ", "Ivan Popov"),
    ("ハンス・シュミット", "Hans Schmitz"),
    ("メフメト・ユルマズ", "Mehmet Yildiz"),
    ("フセイン・アリ", "Hassan Ali"),
    ("アンドレイ・イワノフ", "Andrei Ivanenko"),
]
"""Other people sharing a name: not raised. Raised, as in Latin letters: マリア・ガルシア /
Mario Garcia, ラジェシュ・クマール / Rakesh Kumar."""


@pytest.mark.parametrize(
    ("katakana", "forms"),
    [
        ("マクロン", {"makuron", "makron"}),  # the u Japanese adds after k, left out
        ("ドナルド", {"donard"}),  # ... but the word's first kana kept too
        ("プーチン", {"puchin", "putin"}),  # a long vowel; チ also as older spellings' t
        ("ムハンマド", {"muhammad"}),  # ン before m as m
        ("ヴォロディミル", {"borodimir"}),  # ヴ as b, a small vowel replacing the kana's own
        ("クァク", {"kwak"}),  # ... and a w after k and g (Kwak)
        ("イェレン", {"yeren"}),  # ... and a y after イ (Yellen)
    ],
)
def test_katakana_as_japanese_hears_it(katakana: str, forms: set[str]) -> None:
    assert forms <= set(katakana_canonical(katakana))


def test_a_long_vowel_mark_alone_reads_nothing() -> None:
    assert katakana_canonical("ー") == ()


def test_latin_as_japanese_hears_it() -> None:
    assert "rabrof" in japanese_ear("lavrov")  # l as r, v as b, a closing v as f
    assert "mihair" in japanese_ear("mikhail")  # kh as h
    assert "kristin" in japanese_ear("christine")


def test_a_name_in_katakana_reads_both_ways() -> None:
    """Every name wholly in katakana is also heard as a foreign one; a Japanese name read
    in katakana still meets its Hepburn spelling and its kanji, not another name."""
    assert foreign_katakana(["ヤマダ", "タロウ"])
    assert not foreign_katakana(["山田", "タロウ"])
    assert {p.script for p in prepare_name("ヤマダ タロウ").parts} == {Script.KANA_FOREIGN}
    assert score("ヤマダ タロウ", "Yamada Taro") >= REVIEW
    assert score("ヤマダ タロウ", "山田太郎") >= REVIEW
    assert score("ヤマダ タロウ", "Yamada Jiro") < REVIEW
