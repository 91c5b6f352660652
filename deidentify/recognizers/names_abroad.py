"""Names as the service users write and say them: after "my name is" in their languages
("mă numesc", "mam na imię", "me chamo", "меня зовут", "我叫", "ชื่อ"), after titles of
their languages (Doamna, Pani, Senhora, Khun, Bà, 先生 or 사장님 after a name), and in scripts the
English model cannot read: capitalised Cyrillic words, Chinese names of two to four
characters, Thai names after a cue or title, Korean and Chinese given names romanised in two
syllables ("Soo-yeon", "Mei-ling"), and a few words alone in a script without case
that has no reader of its own here (Arabic, Hebrew, the scripts of India, Georgian, Ethiopic):
in an English note, "Name on his passport is يوسف حداد" or "her ID has نور الدين بنعلي" gives a
name (a list's too, "نور حداد، مريم علي"), and a sentence in such a script has more words between
its marks (five or more), kept, as is a question of three words or more and a form's label
beside its English ("الاسم / Name"). A short phrase alone ("شكرا") is taken: failing closed.

Cues and titles are words of each language, not names: nothing here lists a person.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii
from presidio_analyzer import RecognizerResult
from wordfreq import zipf_frequency
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import (DEMONYMS, common_words, cyrillic_given_names, fold, given_names,
                                given_names_any_case, zipf)
from deidentify.recognizers.base import TokenRecognizer

# "my name is" and "I am", by language; a strong cue takes the next word whatever its case
STRONG_CUES = (
    "mă numesc|ma numesc|numele meu este|numele meu e|mă cheamă|ma cheama|"  # Romanian
    "mam na imię|mam na imie|nazywam się|nazywam sie|na imię mi|"  # Polish
    "казвам се|казва се|името ми е|"  # Bulgarian
    "меня зовут|её зовут|ее зовут|его зовут|мене звати|її звати|мене звуть|"  # Russian, Ukrainian
    "me chamo|meu nome é|meu nome e|chamo-me|o nome dela é|"  # Portuguese
    "me llamo|mi nombre es|se llama|"  # Spanish
    "quhem|emri im është|emri im eshte|unë quhem|"  # Albanian
    "mano vardas|mano vardas yra|"  # Lithuanian
    "a nevem|nevem|"  # Hungarian
    "tên tôi là|tên em là|tên chị là|tên là|"  # Vietnamese
    "my name is|her name is|his name is|name's|i'm called|she's called"
)
WEAK_CUES = (
    "sunt|eu sunt|jestem|to jest|soy|sou|eu sou|jam|unë jam|aš esu|as esu|vagyok|"
    "tôi là|em là|mình là|chị là|я|это|аз съм|i am|im|i'm|its|it's|this is|hi it's|"
    "hi its|me|u|ask for|friend|mate|sis|cousin|bf|gf|amiga|prieten|prietena|koleżanka|"
    "drauge|draugė|barátnőm|friend's|with"
)
# after these a lower-case word English never uses is taken too ("hi its becca")
ENGLISH_WEAK = frozenset(("im", "i'm", "its", "it's", "this is", "hi it's", "hi its", "ask for",
                          "friend", "mate", "sis", "cousin", "bf", "gf", "friend's"))
TITLES = (
    "Doamna|Doamnă|Dna\\.?|Domnul|Dl\\.?|D-na|D-l|Pani|Pan|Panna|Senhora|Senhor|Sra\\.?|Sr\\.?|"
    "Dona|Doña|Señora|Señor|Srta\\.?|Dra\\.?|Dr\\.ª|Zonja|Zoti|Ponia|Ponas|Panė|Bà|Ông|Cô|Chị|Anh|Em|Khun|bà|ông|cô|chị|anh|dra\\.?|sra\\.?|"
    "Madam|Madame|Mama|Mami|Auntie|Aunty|Uncle|Господин|Госпожа|Г-жа|Г-н|пани|пан|Доамна"
)
_CUE = re.compile(r"(?<!\w)(?:(?P<strong>" + STRONG_CUES + r")|(?P<weak>" + WEAK_CUES + r"))"
                  r"[\s:,\"'“„«]+", re.IGNORECASE)
_TITLE = re.compile(r"(?<!\w)(?:" + TITLES + r")\s+(?=[^\W\d_])")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)?")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_HAN_CUE = re.compile(r"(?:我叫|我是|名字是|名字叫|叫我|她叫|他叫|真名是?|本名是?|原名是?|全名是?|"
                     r"姓名[:：]?\s*)([\u4e00-\u9fff]{2,3})")
# a family name after "surnamed": "老板姓陈" (the boss, surnamed Chen)
_HAN_SURNAMED = re.compile(r"姓([\u4e00-\u9fff])(?=[^\u4e00-\u9fff]|$|[，。、的]|$)")
# what comes after "real name" when no name does: "真名不知道", "原名不详"
_NO_NAME_GIVEN = ("不", "未", "没", "是", "叫")
# a name before "real name": "小红真名何晓红" (Xiaohong, real name He Xiaohong)
_HAN_BEFORE_CUE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})(?=的?(?:真名|本名|原名))")
_HAN_TITLE = re.compile(r"([\u4e00-\u9fff]{1,3})(?:先生|女士|小姐|太太|阿姨|姐姐|哥哥)")
# a Cantonese or Hokkien nickname in Latin letters: "A-Fang", "Ah Qiang" (one Chinese syllable,
# not "A-Level", "A-Team")
# a Korean or Chinese given name romanised in two syllables joined by a hyphen, the second in
# lower case: "Soo-yeon", "Eun-ji", "Mei-ling", "Hye-jin" (not "Co-op", "Re-do", "Mid-way":
# an English prefix first, an everyday word second, or a word that echoes itself: "Hip-hop")
SYLLABLE = r"(?:[bcdghjklmnprstwyz]{1,3})?[aeiouy]{1,3}(?:ng|n|m|k|p|t|l|r|h)?"  # (span_edges' too)
_TWO_SYLLABLES = re.compile(rf"(?<![\w'’-])(?P<first>[BCDGHJKLMNPRSTWYZ]?(?i:{SYLLABLE}))-(?P<second>{SYLLABLE})"
                            r"(?![\w'’-])")
_NOT_FIRST_SYLLABLES = frozenset("co re pre un non mid bi no go so to do ok yo ho hi up pro de ex in on by "
                                 "me we be he she pa ma da ta la tra sub tri bye see".split())
SECOND_SYLLABLE_MAX = 4.5  # Zipf frequency under which a second syllable is no English word ("way", "to")
_AH_NAME = re.compile(r"\bAh?[- ](?P<v>(?:[BPMFDTNLGKHJQXRZCSYW]|Zh|Ch|Sh)?[aeiouü]{1,3}(?:ng|n|r)?)\b")
# a Korean name before a title of address, a particle after it: "최 사장님" (Choi, the boss), "수연
# 씨는" (not a word that ends in 씨: 아저씨, 아가씨, 날씨, 글씨)
_HANGUL_TITLED = re.compile(r"(?<![\uac00-\ud7af])([\uac00-\ud7af]{1,3})[ ](?:사장님|선생님|사모님|실장님|과장님|"
                            r"대표님|부장님|원장님|님|씨|언니|오빠|누나)(?:께서|에게|한테|[은는이가도를을의])?"
                            r"(?![\uac00-\ud7af])")
_THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")
# (a title, not inside a word or starting one: ทนายความ, นายจ้าง, นางพยาบาล)
_THAI_CUE = re.compile(r"(?:ชื่อเล่น\s?[:：-]?\s?[\"“']?|นามสกุล\s?[:：]?\s?|ชื่อ|ฉันชื่อ|หนูชื่อ|คุณ|พี่|น้อง|เจ๊|"
                       r"ป้า|ลุง|(?<![\u0e00-\u0e7f])(?!นายจ้าง|นายหน้า|นางพยาบาล|นางแบบ|นายก|นายแพทย์|นายทหาร)"
                       r"(?:นางสาว|นาย|นาง)|น\.ส\.|ด\.ญ\.|ด\.ช\.)\s?")
# after a title, the word after the given name is the family name where what follows it says
# the name has ended: the line's end, a bracket or comma, or the age, birth, phone or address
_THAI_NAME_ENDS = re.compile(r"\s*(?:$|\n|[(),]|(?:อายุ|เกิด|โทร|ที่อยู่|อยู่บ้าน|บ้านเลขที่|เลขประจำตัว))")
# (in NFKC, as the copy detection reads: its "ำ" is two characters there)
_THAI_PARTICLES = tuple(unicodedata.normalize("NFKC", w) for w in (
    "ค่ะ", "คะ", "ครับ", "นะคะ", "นะ", "จ้า", "จ้ะ", "ค่า", "แนะนำมา", "แนะนำ", "บอก"))
# the most common Chinese family names and the nickname prefixes 阿 and 小 (a standalone
# run of two to four characters starting with one is read as a name)
HAN_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤阿小老")
# a family name alone before the kin word that makes it a form of address: "陈哥的电话" (brother
# Chen's phone), "王姐", "李总"
_KIN = r"(?=哥|姐|总|老板|叔|嫂|师傅)"
_HAN_KIN = re.compile(r"(?<![对双地大东西南北远官])([" + "".join(sorted(HAN_SURNAMES - set("阿小老")))
                      + r"])" + _KIN + r"(?!叔)")
# ... and any one character so used that starts a word, a given name too: "芳姐" (sister Fang);
# not the words that are kin words themselves (大哥, 小姐, 帅哥, 表姐, 空姐, 二姐)
_NOT_A_NAME = "大小老帅美表堂亲师学空靓富阿姐哥一二三四五六七八九十两几他她我你叔的月新副正前对双这那每该"
# a Latin-script word touching Chinese in a Chinese sentence is a name or a place: "Jade说明天去",
# "Jade、Amber都走了", "你去Orbiston" (the copy detection reads has a space between; not an
# allowed word such as WhatsApp, nor a nationality)
_LATIN_IN_HAN = re.compile(r"(?:(?<=[\u4e00-\u9fff、，。：；！？（）] )|(?<=[、，。：；！？（）]))"
                           r"[A-Z][A-Za-z'’-]+|[A-Z][A-Za-z'’-]+(?=[ ]?[\u4e00-\u9fff、，。：；！？])")
# a name by its prefix of familiarity and one character, before a word that follows people:
# "阿强把钱拿走了", "老王说" (not 小心, 老师, 阿姨, 老板: words of their own)
_PREFIXED = re.compile(r"([阿老小][\u4e00-\u9fff])(?=[把被说是在去来给跟和也都的叫让要不没今明昨])")
_PREFIXED_WORDS = frozenset("小心 小时 小姐 小孩 小费 小区 小便 小说 小学 小事 小吃 小偷 小时候 老师 老板 老公 老婆 老家 "
                            "老是 老人 老乡 老实 老大 老外 阿姨 阿婆 阿公 小组 小型 老年 小的".split())
# ... and an English name before it: "May姐" (sister May; the copy detection reads has a space)
_LATIN_KIN = re.compile(r"(?<![\w])([A-Z][a-z]{1,11})[ ]?(?=姐|哥|姨|叔)")
# an English given name with a Chinese family name after it: "Tony陈"
_LATIN_HAN = re.compile(r"(?<![\w])[A-Z][a-z]{1,11}[ ]?[" + "".join(sorted(HAN_SURNAMES - set("阿小老")))
                        + r"](?![\u4e00-\u9fff])")
_HAN_KIN_START = re.compile(r"(?<![\u4e00-\u9fff])([^\W\d_a-zA-Z]{1,2})" + _KIN)
# scripts without case whose names nothing else here reads: Arabic (and Urdu, Persian), Hebrew,
# Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Sinhala, Georgian, Ethiopic (their letters:
# not the Arabic comma, semicolon, question mark, full stop or digits, which part phrases)
_CASELESS = ("\u0590-\u05ff\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f"
             "\u0900-\u0aff\u0b80-\u0bff\u0d80-\u0dff\u10d0-\u10ff\u1200-\u137f")
_CASELESS_RUN = re.compile(rf"[{_CASELESS}]++(?:[ \t]+[{_CASELESS}]++)*+")
_CASELESS_WORD = re.compile(rf"[{_CASELESS}]")
_QUESTION_AFTER = re.compile(r"[ ]?[?!؟]")
# a form's label in such a script beside its English: "الاسم / Name", "Name / नाम"
_ENGLISH_LABEL_AFTER = re.compile(r"[ \t]*/[ \t]*[A-Z][a-z]+")
_ENGLISH_LABEL_BEFORE = re.compile(r"[A-Z][a-z]+[ \t]*/[ \t]*\Z")
CASELESS_NAME_WORDS = 4  # words of such a run, between marks, up to which they name, not say
_CYRILLIC_UPPER = re.compile(r"[А-ЯЁІЇЄҐЂ-Џ][а-яёіїєґђ-џ'’-]+")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"“„«(]\s*)$")


CYRILLIC_EVERYDAY = 5.0  # Zipf frequency in Russian, Ukrainian or Bulgarian of a greeting, not a name


def _everyday_cyrillic(word: str) -> bool:
    """A word of Russian, Ukrainian or Bulgarian too common to be a name (a glossary's "Привет -
    hi", "Мама - mum"; names are frequent words too: Оксана 4.5, Ирина 4.5)."""
    key = word.lower()
    return any(zipf_frequency(key, lang) >= CYRILLIC_EVERYDAY for lang in ("ru", "uk", "bg"))


def echoes(word: str, syllable: str) -> bool:
    """A word that echoes itself after a hyphen, English's, not a name's second syllable ("Ping-
    pong", "Chit-chat", "Yo-yo", "Hip-hop")."""
    return word[:1].lower() == syllable[:1] and len(word) == len(syllable)


class NamesAbroadRecognizer(TokenRecognizer):
    ENTITIES = ("PERSON",)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []

        def add(start: int, end: int, score: float = 0.8) -> None:
            if end > start:
                results.append(RecognizerResult("PERSON", start, end, score))

        for m in _CUE.finditer(text):
            strong = m.group("strong") is not None
            lower_ok = strong or fold(m.group("weak")) in ENGLISH_WEAK
            span = self._words_after(text, m.end(), strong, lower_ok=lower_ok)
            if span:
                add(*span, 0.8 if strong else 0.6)
        for m in _TITLE.finditer(text):
            span = self._words_after(text, m.end(), True, capitalised=True)
            if span:
                add(*span)
        if _HAN.search(text):
            for m in _HAN_CUE.finditer(text):
                if not m.group(1).startswith(_NO_NAME_GIVEN):
                    add(*m.span(1))
            for m in _HAN_TITLE.finditer(text):
                add(*m.span(1))
            for m in _HAN_SURNAMED.finditer(text):
                add(*m.span(1))
            for m in _HAN_BEFORE_CUE.finditer(text):
                if not m.group(1).endswith("的") and m.group(1)[0] not in "她他我你它" \
                        and m.group(1) not in ("客户", "对方", "女孩", "客人", "老板"):
                    add(*m.span(1))
            for m in _HAN_KIN.finditer(text):
                add(*m.span(1), 0.6)
            for m in _LATIN_IN_HAN.finditer(text):
                key = fold(m.group())
                if not self.allow.covers_word(m.group()) and key not in DEMONYMS \
                        and key not in STOP_WORDS and (key in given_names() or zipf(key) < 2.0):
                    add(*m.span(), 0.5)  # a name or a town, not "Paracetamol", "Tesco", "Google"
            for m in _PREFIXED.finditer(text):
                if m.group(1) not in _PREFIXED_WORDS:
                    add(*m.span(1), 0.5)
            for m in _LATIN_HAN.finditer(text):
                add(*m.span(), 0.6)
            for m in _LATIN_KIN.finditer(text):
                if fold(m.group(1)) in given_names() or zipf(fold(m.group(1))) < 3.0:
                    add(*m.span(1), 0.6)  # "May姐", not "Bye哥"
            for m in _HAN_KIN_START.finditer(text):
                if _HAN.fullmatch(m.group(1)) and m.group(1)[0] not in (
                        _NOT_A_NAME if len(m.group(1)) == 1 else _NOT_A_NAME.replace("美", "")):
                    add(*m.span(1), 0.6)
            for m in _HAN.finditer(text):
                if 2 <= len(m.group()) <= 4 and m.group()[0] in HAN_SURNAMES \
                        and not m.group().startswith(tuple(_PREFIXED_WORDS)):
                    add(*m.span(), 0.6)
        for m in _HANGUL_TITLED.finditer(text):
            add(*m.span(1), 0.6)
        for m in _TWO_SYLLABLES.finditer(text):
            first, second = m.group("first"), m.group("second")
            if first[:1].isupper() and 2 <= len(first) <= 5 and first.lower() not in _NOT_FIRST_SYLLABLES \
                    and not echoes(first, second) and zipf(second) < SECOND_SYLLABLE_MAX \
                    and second not in STOP_WORDS:
                add(*m.span(), 0.5)
        for m in _AH_NAME.finditer(text):
            add(m.start(), m.end("v"), 0.6)
        if _THAI_RUN.search(text):
            self._thai(text, add)
        self._cyrillic(text, add)
        if _CASELESS_WORD.search(text):
            for m in _CASELESS_RUN.finditer(text):
                words = len(m.group().split())
                if words > CASELESS_NAME_WORDS or words >= 3 and _QUESTION_AFTER.match(text, m.end()) \
                        or _ENGLISH_LABEL_AFTER.match(text, m.end()) \
                        or _ENGLISH_LABEL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                    continue  # a sentence, a question, or a form's label beside its English
                add(*m.span(), 0.5)
        return results

    def _words_after(self, text: str, pos: int, strong: bool, capitalised: bool = False,
                     lower_ok: bool = False) -> tuple[int, int] | None:
        """The name after a cue: up to three capitalised words (a strong cue takes its first
        word in any case; a weak one a lower-case word only if English rarely uses it)."""
        start = end = None
        for k, m in enumerate(_NAME_WORD.finditer(text, pos)):
            if k == 0 and m.start() != pos or k > 0 and not re.fullmatch(r" ", text[end:m.start()]):
                break
            word = m.group()
            key = fold(word)
            upper = word[0].isupper()
            if k == 0:
                if key in STOP_WORDS and not upper:
                    return None
                if not upper and (capitalised or not lower_ok
                                  or not (strong or self._rare(key))):
                    return None
            elif not upper:
                break
            start = m.start() if start is None else start
            end = m.end()
            if k == 2:
                break
        return (start, end) if start is not None else None

    @staticmethod
    def _rare(key: str) -> bool:
        """A lower-case word after an English cue is a name if English rarely uses it, or
        if it is a known given name that is not an everyday word ("this is amber")."""
        if not key.isascii() or key in STOP_WORDS or len(key) < 2:
            return False
        return zipf(key) < 2.5 or (key in given_names_any_case() and key not in common_words()
                                   and zipf(key) < 4.5)

    @staticmethod
    def _thai(text: str, add) -> None:
        for m in _THAI_CUE.finditer(text):
            run = _THAI_RUN.match(text, m.end())
            if not run:
                continue
            start, end = run.span()
            value = run.group()
            cut = True
            while cut:
                cut = False
                for particle in _THAI_PARTICLES:
                    if value.endswith(particle) and len(value) > len(particle):
                        value, cut = value[:-len(particle)], True
            end = start + len(value)
            if m.group().endswith(" ") or text[end:end + 1] == " ":
                surname = _THAI_RUN.match(text, end + 1)
                titled = m.group().startswith(("นาย", "นาง", "น.ส."))
                if (surname and text[end:end + 1] == " " and not surname.group().startswith("นามสกุล")
                        and (m.group().startswith("ชื่อ") and not m.group().startswith("ชื่อเล่น")
                             or titled and _THAI_NAME_ENDS.match(text, surname.end()))):
                    end = surname.end()
            add(start, end)

    @staticmethod
    def _cyrillic(text: str, add) -> None:
        """Russian, Ukrainian and Bulgarian capitalise proper names only: a capitalised word
        that does not start a sentence is a name or a place; at a sentence's start, a word
        followed by another capitalised one (name and surname) is a name. (A word starting a
        sentence whose Latin spelling is a given name is not: "Еду.", "Норма.", "Пол:" are
        everyday words, and a helper's attack found 33 of 36 such sentences misread; one that
        is a given name in its own script, in Faker's Russian, Ukrainian and Bulgarian lists,
        is.)"""
        words = list(_CYRILLIC_UPPER.finditer(text))
        for i, m in enumerate(words):
            starts_sentence = _SENTENCE_END.search(text[max(0, m.start() - 3):m.start()]) is not None
            followed = i + 1 < len(words) and re.fullmatch(r"\s+", text[m.end():words[i + 1].start()])
            # (or starting an English sentence: "Оксана - follow-up", "Вікторія speaks ...")
            latin_next = re.match(r"[\s\-–:,(]*[A-Za-z]", text[m.end():m.end() + 8]) is not None \
                and (fold(anyascii(m.group())) in given_names() or not _everyday_cyrillic(m.group()))
            # (or a given name of these languages, in their script, starting a sentence:
            # "Оксана каза, че идва"; not "Еду.", "Норма.", "Пол:", which are words)
            known = fold(m.group()) in cyrillic_given_names() and not _everyday_cyrillic(m.group())
            if not starts_sentence or followed or latin_next or known:
                add(m.start(), m.end(), 0.6)
