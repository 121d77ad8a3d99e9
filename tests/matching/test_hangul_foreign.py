"""Foreign names in Hangul, as Korean papers transcribe them, against their Latin
spellings (:mod:`matching.hangul_foreign`)."""

from __future__ import annotations

import pytest

from matching.hangul_foreign import (
    foreign_hangul,
    foreign_hangul_forms,
    hangul_canonical,
    korean_ear,
)
from matching.names import prepare_name
from matching.scripts import Script
from matching.text import is_title
from matching.translit import KOREAN_FAMILY_NAMES
from tests.matching.real_names import REVIEW, score

FOREIGN_PAIRS = [
    ("블라디미르 푸틴", "Vladimir Putin"),
    ("버락 오바마", "Barack Obama"),
    ("바락 오바마", "Barack Obama"),
    ("도널드 트럼프", "Donald Trump"),
    ("에마뉘엘 마크롱", "Emmanuel Macron"),
    ("앙겔라 메르켈", "Angela Merkel"),
    ("안겔라 메르켈", "Angela Merkel"),
    ("코피 아난", "Kofi Annan"),
    ("레제프 타이이프 에르도안", "Recep Tayyip Erdogan"),
    ("볼로디미르 젤렌스키", "Volodymyr Zelensky"),
    ("나렌드라 모디", "Narendra Modi"),
    ("테리사 메이", "Theresa May"),
    ("자이르 보우소나루", "Jair Bolsonaro"),
    ("넬슨 만델라", "Nelson Mandela"),
    ("마하트마 간디", "Mahatma Gandhi"),
    ("무함마드 빈 살만", "Mohammed bin Salman"),
    ("하산 로하니", "Hassan Rouhani"),
    ("알리 하메네이", "Ali Khamenei"),
    ("베냐민 네타냐후", "Benjamin Netanyahu"),
    ("마무드 압바스", "Mahmoud Abbas"),
    ("아비 아머드", "Abiy Ahmed"),
    ("크리스틴 라가르드", "Christine Lagarde"),
    ("세르게이 라브로프", "Sergey Lavrov"),
    ("알렉산드르 루카셴코", "Alexander Lukashenko"),
    ("저신다 아던", "Jacinda Ardern"),
    ("일론 머스크", "Elon Musk"),
    ("리오넬 메시", "Lionel Messi"),
    ("크리스티아누 호날두", "Cristiano Ronaldo"),
    ("존 스미스", "John Smith"),
    ("마리아 가르시아", "Maria Garcia"),
    ("무함마드 알리", "Muhammad Ali"),
    ("아흐메드 하산", "Ahmed Hassan"),
    ("이브라힘 트라오레", "Ibrahim Traore"),
    ("파티마 자흐라", "Fatima Zahra"),
    ("무라카미 하루키", "Murakami Haruki"),
    ("아베 신조", "Abe Shinzo"),
    ("테워드로스 아드하놈 거브레예수스", "Tedros Adhanom Ghebreyesus"),
]
"""Public figures as Korean papers write them, gathered before any was scored: 38 of 50
raised (2 read as Korean syllables before; 40 when a word of three syllables also made a
name foreign, which took 이 빛나리 for one). Missed: Joe Biden and Nguyen Xuan Phuc (a
word of one syllable, 조, 푹, may be a Korean family name), Justin Trudeau, Boris
Johnson, Olaf Scholz, Bill Gates, Steve Jobs, Michael Jordan (vowels Korean hears
otherwise: 존슨, 잡스, 마이클), Aung San Suu Kyi, Ursula von der Leyen, Antonio Guterres
(구테흐스: a Portuguese rr as h), and Xi Jinping (시진핑, one word: a Chinese name in
Hangul follows other rules)."""
FOREIGN_PROBE = [
    ("니콜라 사르코지", "Nicolas Sarkozy"),
    ("헬무트 콜", "Helmut Kohl"),
    ("마리오 드라기", "Mario Draghi"),
    ("조르자 멜로니", "Giorgia Meloni"),
    ("페드로 산체스", "Pedro Sanchez"),
    ("빅토르 오르반", "Viktor Orban"),
    ("드미트리 메드베데프", "Dmitry Medvedev"),
    ("미하일 고르바초프", "Mikhail Gorbachev"),
    ("알렉세이 나발니", "Alexei Navalny"),
    ("드미트로 쿨레바", "Dmytro Kuleba"),
    ("샤브카트 미르지요예프", "Shavkat Mirziyoyev"),
    ("루이스 이나시우 룰라 다시우바", "Luiz Inacio Lula da Silva"),
    ("안드레스 마누엘 로페스 오브라도르", "Andres Manuel Lopez Obrador"),
    ("클라우디아 셰인바움", "Claudia Sheinbaum"),
    ("하비에르 밀레이", "Javier Milei"),
    ("니콜라스 마두로", "Nicolas Maduro"),
    ("시릴 라마포사", "Cyril Ramaphosa"),
    ("윌리엄 루토", "William Ruto"),
    ("볼라 티누부", "Bola Tinubu"),
    ("압델 파타 엘시시", "Abdel Fattah el-Sisi"),
    ("무아마르 카다피", "Muammar Gaddafi"),
    ("사담 후세인", "Saddam Hussein"),
    ("바샤르 알아사드", "Bashar al-Assad"),
    ("에브라힘 라이시", "Ebrahim Raisi"),
    ("마수드 페제시키안", "Masoud Pezeshkian"),
    ("모하마드 자바드 자리프", "Mohammad Javad Zarif"),
    ("하산 나스랄라", "Hassan Nasrallah"),
    ("타밈 빈 하마드 알사니", "Tamim bin Hamad Al Thani"),
    ("부트로스 부트로스갈리", "Boutros Boutros-Ghali"),
    ("라파엘 그로시", "Rafael Grossi"),
    ("크리스탈리나 게오르기에바", "Kristalina Georgieva"),
    ("미첼 바첼레트", "Michelle Bachelet"),
    ("로저 페더러", "Roger Federer"),
    ("라파엘 나달", "Rafael Nadal"),
    ("카를로스 알카라스", "Carlos Alcaraz"),
    ("킬리안 음바페", "Kylian Mbappe"),
    ("즐라탄 이브라히모비치", "Zlatan Ibrahimovic"),
    ("모하메드 살라", "Mohamed Salah"),
    ("로베르트 레반도프스키", "Robert Lewandowski"),
    ("가브리엘 가르시아 마르케스", "Gabriel Garcia Marquez"),
    ("오르한 파무크", "Orhan Pamuk"),
    ("표도르 도스토옙스키", "Fyodor Dostoevsky"),
    ("치마만다 응고지 아디치에", "Chimamanda Ngozi Adichie"),
    ("표트르 일리치 차이콥스키", "Pyotr Ilyich Tchaikovsky"),
    ("안드레아 보첼리", "Andrea Bocelli"),
    ("제프 베이조스", "Jeff Bezos"),
    ("순다르 피차이", "Sundar Pichai"),
    ("사티아 나델라", "Satya Nadella"),
    ("무케시 암바니", "Mukesh Ambani"),
    ("아메드 하산", "Ahmed Hassan"),
    ("파티마 압둘라", "Fatima Abdullah"),
    ("무함마드 알리 칸", "Muhammad Ali Khan"),
    ("안나 이바노바", "Anna Ivanova"),
    ("올가 코발렌코", "Olga Kovalenko"),
    ("소피 마르탱", "Sophie Martin"),
    ("마르코 로시", "Marco Rossi"),
    ("페드루 알메이다", "Pedro Almeida"),
    ("프리야 샤르마", "Priya Sharma"),
    ("알리 레자 호세이니", "Ali Reza Hosseini"),
    ("메흐메트 데미르", "Mehmet Demir"),
    ("올루세군 아데예미", "Olusegun Adeyemi"),
]
"""A second reader's list, written before it was scored: 61 of 87 raised (1 before; 59 by
the first version; 63 after a closing ㅡ dropped, a soft g, au and the three readings of
ㅓ, which its misses suggested; 61 once a word of one syllable kept a name Korean: Paul
Kagame 폴, Imran Khan 칸). Missed, mostly French, German and Portuguese spellings Korean
transcribes by sound, and: Francois Hollande,
Gerhard Schroeder, Frank-Walter Steinmeier, Andrzej Duda, Mark Rutte, Dilma Rousseff,
Gabriel Boric, Ashraf Ghani, Shehbaz Sharif, Sheikh Hasina, Ngozi Okonjo-Iweala, Novak
Djokovic, Erling Haaland, Paulo Coelho, Jon Fosse, Annie Ernaux, Salman Rushdie, Ludwig
van Beethoven, Bernard Arnault, Carlos Ghosn, Sam Altman, Jose Rodriguez, Jean-Pierre
Dubois, Klaus Schmidt."""
BLOCKING_LOSSES = {
    # raised by a spelling a letter or two from the one Korean hears, which no key holds
    ("마크 저커버그", "Mark Zuckerberg"),
    ("아비 아머드", "Abiy Ahmed"),
    ("크리스티아누 호날두", "Cristiano Ronaldo"),
    ("니콜라 사르코지", "Nicolas Sarkozy"),
    ("부트로스 부트로스갈리", "Boutros Boutros-Ghali"),
}
OTHER_NAMES = [
    ("도널드 트럼프", "Donald Tusk"),
    ("조 바이든", "Hunter Biden"),
    ("보리스 존슨", "Boris Yeltsin"),
    ("존 스미스", "Jane Smith"),
    ("블라디미르 푸틴", "Vladimir Popov"),
    ("아흐메드 하산", "Ahmed Hussein"),
    ("넬슨 만델라", "Winnie Mandela"),
    ("코피 아난", "Kofi Adjei"),
    ("무함마드 알리", "Mohamed Salah"),
    ("빌 게이츠", "Bill Clinton"),
    ("마이클 조던", "Michael Jackson"),
    ("힐러리 클린턴", "Bill Clinton"),
    ("피델 카스트로", "Raul Castro"),
    ("인디라 간디", "Rahul Gandhi"),
    ("세리나 윌리엄스", "Venus Williams"),
    ("하페즈 알아사드", "Bashar al-Assad"),
    ("나와즈 샤리프", "Shehbaz Sharif"),
    ("에드 밀리밴드", "David Miliband"),
    ("비탈리 클리치코", "Wladimir Klitschko"),
    ("사담 후세인", "Uday Hussein"),
    ("무아마르 카다피", "Saif al-Islam Gaddafi"),
    ("알렉세이 나발니", "Yulia Navalnaya"),
    ("셰이크 하시나", "Sheikh Mujibur Rahman"),
    ("엘링 홀란", "Alf-Inge Haaland"),
    ("하비에르 밀레이", "Karina Milei"),
    ("드미트리 메드베데프", "Daniil Medvedev"),
    ("도널드 트럼프", "Donald Tusk"),
    ("보리스 옐친", "Boris Becker"),
    ("카를로스 알카라스", "Carlos Ghosn"),
    ("모하메드 살라", "Mohamed Morsi"),
    ("가브리엘 보리치", "Gabriel Attal"),
    ("마리오 드라기", "Mario Monti"),
    ("라파엘 나달", "Rafael Grossi"),
    ("니콜라 사르코지", "Nicolas Maduro"),
    ("빅토르 오르반", "Viktor Yanukovych"),
    ("이반 페트로프", "Ivan Popov"),
    ("아메드 하산", "Ahmed Hussein"),
    ("미하일 고르바초프", "Mikhail Gorbunov"),
    ("알렉산드르 페트로프", "Alexander Petrenko"),
]

"""Other people sharing a name: not raised. Raised, as the same names in Latin letters are:
마리아 가르시아 / Mario Garcia, 마리아 곤살레스 / Marta Gonzalez, 마르코 로시 / Mario Rossi."""


@pytest.mark.parametrize(
    ("name", "foreign"),
    [
        ("블라디미르 푸틴", True),  # 르: a consonant written with ㅡ only to be said
        ("코피 아난", True),  # two words, neither a Korean family name
        ("조 바이든", False),  # a word of one syllable may be a family name
        ("태 진아", False),  # ... whether the list of them knows it or not
        ("사공 서기", False),  # a family name of two syllables
        ("김정은 위원장", False),  # a title apart
        ("김정은", False),
        ("김 정은", False),
        ("정은 김", False),
        ("남궁 민수", False),  # a family name of two syllables
        ("박지성", False),
        ("Kofi Annan", False),
    ],
)
def test_which_names_are_foreign(name: str, foreign: bool) -> None:
    words = [word for word in name.split() if not is_title(word, "")]
    assert foreign_hangul(words, KOREAN_FAMILY_NAMES) is foreign
    scripts = {p.script for p in prepare_name(name).parts}
    assert (Script.HANGUL_FOREIGN in scripts) is foreign


@pytest.mark.parametrize(
    ("hangul", "reading"),
    [
        ("블라디미르", "vladimir"),  # ㄹㄹ one l; ㅂ as v; 르 an r
        ("라가르드", "lagard"),  # each ㄹ as l and as r
        ("에마뉘엘", "emanuel"),  # ㅟ as French u
        ("메르켈", "merkel"),
    ],
)
def test_foreign_hangul_readings(hangul: str, reading: str) -> None:
    assert reading in foreign_hangul_forms(hangul)


@pytest.mark.parametrize(
    ("name", "latin"),
    [
        ("김정은 박사", "Kim Jong Un"),
        ("김정은 선생님", "Kim Jong Un"),
        ("박지성 씨", "Park Ji-sung"),
        ("김정은 위원장", "Kim Jong Un"),
        ("윤석열 대통령", "Yoon Suk-yeol"),
    ],
)
def test_a_korean_name_with_a_title_is_korean(name: str, latin: str) -> None:
    """Korean writes a whole name as one word, a title apart: the name is read whole, cut
    into family and given name, and meets its spelling (before, 0.00)."""
    parts = prepare_name(name).parts
    assert {p.script for p in parts} == {Script.HANGUL}
    assert len(parts) == 2
    assert score(name, latin) >= REVIEW


def test_hangul_and_latin_meet_as_korean_hears_them() -> None:
    assert "kristin" in hangul_canonical("크리스틴")
    assert "kristin" in korean_ear("christine")  # ch before r, a closing e unsaid
    assert "kagame" in korean_ear("kagame")  # ... or said
    assert "mak" in korean_ear("mark")  # an r after a vowel unsaid
    assert set(hangul_canonical("페더러")) == {"pedara", "pedere", "pedoro"}  # ㅓ three ways
    assert "jorja" in korean_ear("giorgia")  # a soft g


def test_a_korean_name_still_compares_by_its_syllables() -> None:
    """A Korean name is no foreign one: its romanised syllables meet exactly or not."""
    assert score("김정은", "Kim Jong-un") >= REVIEW
    assert score("정은 김", "Jungeun Kim") >= REVIEW
    assert score("김정은", "Kim Jong-il") < REVIEW
