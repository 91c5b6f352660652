"""A town or village written after the label of a form's field, in any of the service users'
languages: "Town: Dunnockford", "Місто: Миколаїв", "Miejscowość: Zamość", "Naturalidade:
Anápolis", "Quê quán: Nghệ An", "籍贯：福建"; and after an advert's word for where the work is
("NEW IN STAVENHAM", "incall Westgate", "Tours: Tollbridge 12-14 Feb"); and a place in
Chinese characters after a Chinese word for coming from or living in ("来自长乐", "老家在连江"),
or standing in an English sentence after "in", "from" or "near" ("a family in 连江").

A point on the map, however a phone or a worker gives it: a latitude and longitude in
degrees, minutes and seconds ("54°12'31.4"N 2°03'11.9"E", "54 deg 12' 40.10" N" in a photo's
metadata), in degrees and decimal minutes with the hemisphere first ("N 54° 12.523'"), in
decimal degrees after a label, with their hemispheres' letters or as a pair precise to five
places ("GPS: 54.20871, -2.05312", "54.2087N 2.0531W"), and a three-word address
("///gravy.lantern.obliged", "what3words: soaks.fender.tallest").

The label says a place follows, so the place needs no gazetteer: one to three words on the
label's line, capitalised or in a script without capitals, up to a comma, a stop or a bracket.
After an advert's word, one or two capitalised words English seldom uses (not "NEW IN TOWN",
"incall Manchester": a big city is kept, as the gazetteer's rules keep it).
"""

from deidentify.lexicon import countries, fold, zipf
from deidentify.recognizers.base import RegexRecognizer

LABELS = (
    # English
    r"town|city|village|place of birth|birthplace|pob|home ?town|town of birth|home village|"
    r"county|"
    # Romanian, Polish, Bulgarian, Albanian, Lithuanian, Hungarian
    r"ora[șs]|ora[șs]ul|localitate|localitatea|satul|loc na[șs]terii|locul na[șs]terii|"
    r"miasto|miejscowo[śs][ćc]|wie[śs]|miejsce urodzenia|град|село|място на раждане|"
    r"qyteti|fshati|vendlindja|miestas|kaimas|gimimo vieta|v[áa]ros|telep[üu]l[ée]s|sz[üu]let[ée]si hely|"
    # Portuguese, Spanish
    r"cidade|naturalidade|munic[íi]pio|ciudad|localidad|pueblo|lugar de nacimiento|"
    # Ukrainian, Russian
    r"місто|місце народження|город|место рождения|"
    # Vietnamese, Chinese, Thai
    r"thành phố|tỉnh|quê quán|quê|nơi sinh|出生地|籍贯|家乡|城市|จังหวัด|บ้านเกิด")
_WORD = r"(?:[^\W\d_a-z][\w'’-]*)"  # capitalised, or a script without capitals
_PLACE = rf"{_WORD}(?:[ ]{_WORD}){{0,2}}"


_NO_PLACE = frozenset("unknown not none other n/a na nfa homeless various declined out same see "
                      "as tbc tba nil".split())
_PROVINCES = ("福建|广东|浙江|江苏|山东|河南|河北|湖南|湖北|四川|云南|贵州|广西|江西|安徽|山西|陕西|甘肃|"
              "青海|辽宁|吉林|黑龙江|内蒙古|宁夏|新疆|西藏|海南|台湾")
_CHINESE_COUNTRIES = frozenset("中国 英国 美国 越南 泰国 日本 韩国 国外 香港 台湾 澳门 伦敦 北京 上海 广州 深圳 "
                               "天津 重庆 成都 武汉 南京 西安 杭州 欧洲 亚洲 非洲 大陆 农村 城里 乡下 本地 当地 外地 外国 "
                               "什么 哪里 那里 这里 有钱 年轻 一个 这个 那个 好 坏".split())  # kept
_CHINESE_NOUNS = frozenset("附近 外面 里面 这边 那边 楼上 楼下 市中心 郊区 朋友家 男友家 老乡家 亲戚家 "
                           "中文 英文 汉语 普通话 广东话 粤语 福州话 闽南话 英语 越南语 泰语".split())
# the endings of kinds of places: a hotel, a shop, a home, a dormitory, a room
_CHINESE_KINDS = ("店", "家", "里", "边", "话", "文", "语", "舍", "馆", "院", "房", "厅", "室", "站",
                  "场", "厂", "所", "楼", "寓", "司", "校", "部")
ADVERT_RARE = 3.5  # Zipf frequency below which a word after an advert's place word is a place


_DMS = (r"\d{1,3}[ ]?(?:°|(?i:deg))[ ]?\d{1,2}[ ]?['′’][ ]?\d{1,2}(?:\.\d+)?[ ]?(?:\"|''|′′|”|″)?[ ]?"
        r"(?-i:[NSEW])\b")
# degrees and decimal minutes, the hemisphere first, as a phone's pin gives them: "N 54° 12.523'"
_DEGREES_MINUTES = r"(?-i:[NSEW])[ ]?\d{1,3}°[ ]?\d{1,2}\.\d{2,}['′’]?"
_DECIMAL = r"[-−]?\d{1,3}\.\d{4,}°?(?:[ ]?(?-i:[NSEW])\b)?"


class LabelledPlaceRecognizer(RegexRecognizer):
    ENTITY = "LOCATION"
    PATTERNS = (
        ("labelled", r"(?im)(?:^|(?<=[\s|(]))(?:" + LABELS + r")[ \t]*[:：][ \t]*(?P<v>(?-i:" + _PLACE
                     + r"))(?=[ \t]*(?:[,;.()|/\n]|$))", 0.6),
        ("advert", r"(?i:\b(?:new\s+in|incalls?|outcalls?|tours?:?|touring|visiting|based\s+in|"
                   r"available\s+in|back\s+in))[ \t]+(?P<v>(?-i:[A-Z][a-z]+|[A-Z]{3,})"
                   r"(?:[ ](?-i:[A-Z][a-z]+|[A-Z]{3,}))?)\b", 0.5),
        ("from_chinese", r"(?:来自|来自于|來自|老家在?|老家[:：]?|家乡在?|家鄉|住在|出生于|出生在|回到)(?P<v>[\u4e00-\u9fff]{2,3})"
                         r"(?=[，,。.、\s(（]|人|$)", 0.6),
        # "她是福鼎人": a person of a place
        ("person_of_place", r"是(?P<v>(?![个一这那几两每某])[\u4e00-\u9fff]{2,3})人(?!员|們|们|家)", 0.5),
        # a province of China, the home of many who come from there ("来自长乐, 福建")
        ("chinese_province", r"(?:" + _PROVINCES + r")(?:省)?", 0.5),
        ("dms", _DMS, 0.7),
        ("degrees_minutes", _DEGREES_MINUTES, 0.7),
        # decimal degrees with their hemisphere's letter, no label needed: "54.2087N 2.0531W"
        ("decimal_hemisphere", r"(?<![\w.])\d{1,3}\.\d{3,}°?[ ]?(?-i:[NS])[ ,]{1,2}\d{1,3}\.\d{3,}°?[ ]?(?-i:[EW])\b", 0.7),
        ("decimal_labelled", r"(?i:\b(?:lat(?:itude)?|long(?:itude)?|lng|lon|gps|coordinates|coords|"
                             r"location|loc|geo)\b[ \t]*[:=]?[ \t]*)(?P<v>" + _DECIMAL
                             + r"(?:[ \t]*[,/][ \t]*" + _DECIMAL + r")?)(?![\d.])(?![ \t]*(?i:km|m|mi|miles|kg|g|%)\b)", 0.7),
        # a pair to five places or more, a phone's position ("(54.20871, -2.05312)")
        ("decimal_pair", r"(?<![\w.])[-−]?(?!0\.)\d{1,2}\.\d{5,}[ \t]*,[ \t]*[-−]?\d{1,3}\.\d{5,}(?![\d.])", 0.6),
        ("three_words", r"(?:///|(?i:\bw(?:hat)?3w(?:ords)?\b[ \t]*[:=-]?[ \t]*(?:///)?))"
                        r"(?P<v>[a-z]+\.[a-z]+\.[a-z]+)\b(?!\.\w)", 0.8),
        ("chinese_in_english", r"\b(?:in|from|near|at)[ ]+(?P<v>[\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])",
         0.5),
    )

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern in ("chinese_province", "dms", "degrees_minutes", "decimal_hemisphere", "decimal_labelled",
                       "decimal_pair", "three_words"):
            return True
        if pattern in ("from_chinese", "chinese_in_english", "person_of_place"):
            # not a kind of place or a language: "住在酒店", "回到家里", "in 中文", "at 按摩店"
            return value not in _CHINESE_COUNTRIES and value not in _CHINESE_NOUNS \
                and not value.endswith(_CHINESE_KINDS)
        if pattern == "advert":
            return all(zipf(fold(w)) < ADVERT_RARE for w in value.split())
        # a country is kept, as the allow-list keeps it; "Unknown", "Not Known" name no place
        return fold(value) not in countries() and fold(value.split()[0]) not in _NO_PLACE
