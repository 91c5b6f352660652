"""Dates as the service users write them: month names in their languages ("12 stycznia
1989", "3 martie", "27 de agosto de 1991", "1994. február 8.", "14 березня 1993"; Welsh and
Gaelic after the day: "27 Mawrth 2025", "14 Meán Fómhair"), dates in
Chinese and Japanese form (1988年3月2日), Thai month abbreviations with Buddhist-era years
(2 ก.พ. 2533), and Vietnamese "ngày 2 tháng 3 năm 1988"; the words a language writes after a
date's year or day ("2 marca 2027 r.", "4 май 2027 г.", "június 3-án", "birželio 21 d.");
Chinese feasts (清明节, 端午节; others are dates.FEAST)."""

from __future__ import annotations

import re

from deidentify.recognizers.base import RegexRecognizer
from deidentify.recognizers.dates import _DOB

MONTHS = (
    # Romanian
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie "
    "decembrie ian feb mar apr iun iul aug sep sept oct noi nov dec "
    # Polish, nominative and genitive
    "styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca "
    "lipiec lipca sierpień sierpnia wrzesień września październik października listopad "
    "listopada grudzień grudnia styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu "
    "wrześniu październiku listopadzie grudniu "  # "w maju"
    # Portuguese and Spanish
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
    "enero febrero marzo mayo junio julio septiembre setiembre octubre noviembre diciembre "
    # Albanian
    "janar shkurt mars prill qershor korrik gusht shtator tetor nëntor nentor dhjetor "
    # Lithuanian (genitive, as in dates)
    "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio "
    "gruodžio sausis vasaris kovas balandis gegužė birželis liepa rugpjūtis rugsėjis spalis "
    "lapkritis gruodis "
    # Hungarian
    "január február március április május június július augusztus szeptember október "
    "november december jan febr márc ápr máj jún júl aug szept okt "
    # Bulgarian, Russian, Ukrainian
    "януари февруари март април май юни юли август септември октомври ноември декември "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "январь февраль апрель июнь июль сентябрь октябрь ноябрь декабрь "
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре "
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
    "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад "
    "грудень січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді "
    "грудні "
    # Vietnamese and Thai
    "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม "
    "พฤศจิกายน ธันวาคม"
).split()
# Welsh, Irish and Scottish Gaelic, written after the day ("27 Mawrth 2025", "3 Rhagfyr 2024",
# "14 Meán Fómhair"): never before a number, where "Mawrth" is Tuesday ("dydd Mawrth 2 tan 4")
# and "Medi" a name ("her son Medi 6 years")
CELTIC_MONTHS = (
    "ionawr chwefror mawrth ebrill mehefin gorffennaf awst medi hydref tachwedd rhagfyr "
    "eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa samhain nollaig "
    "faoilleach gearran màrt giblean cèitean ògmhios iuchar lùnastal sultain dàmhair dùbhlachd"
).split() + ["meán fómhair", "deireadh fómhair"]
_THAI_ABBR = r"(?:ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.|ต\.ค\.|พ\.ย\.|ธ\.ค\.)"
_MONTH_FIRST = "(?:" + "|".join(sorted(map(re.escape, set(MONTHS)), key=len, reverse=True)) + ")"
_MONTH = ("(?:" + "|".join(sorted((re.escape(m).replace(r"\ ", r"\s+") for m in set(MONTHS + CELTIC_MONTHS)),
                                  key=len, reverse=True)) + ")")
# months alone, after a word that makes them a date ("since май", "in octubre", "em agosto"):
# not the short or ambiguous ones ("mai" is also Romanian for "more", "mar" Spanish for "sea")
_MONTH_ALONE = "(?:" + "|".join(sorted((re.escape(m) for m in set(MONTHS)
                                         if (len(m) > 3 or not m.isascii()) and m not in ("mars", "mayo")),
                                        key=len, reverse=True)) + ")"
_CUE = (r"(?:came|in|since|from|until|till|by|last|next|early|late|mid|end of|arrived|em|en|desde|"
        r"hasta|până|în|din|lui|od|do|w|we|от|с|до|в|во|з|від|у|nga|që|nuo|iki|óta|től|ig)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])\.?(?:-?(?:án|én|ján|jén|a|e|i)\b|-?(?:ти|ви|ри|ми)\b|\s?d\.)?"
# (Hungarian "3-án"/"3-i", Bulgarian "14-ти", Lithuanian "21 d.": the day's ending)
_YEAR_WORD = r"(?:\s?(?:r|г|р|m|god|roku|года|року)\.)?"  # "2027 r.", "2027 г.", "2027 р."
_YEAR = r"(?:1[89]\d{2}|20\d{2}|25\d{2})"  # 25xx: Thai Buddhist era
_WEEKDAY = (r"(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|"
            r"quinta|sexta|luni|marți|miercuri|joi|vineri|sâmbătă|duminică|poniedziałek|wtorek|"
            r"środa|czwartek|piątek|sobota|niedziela|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)"
            r"(?:-feira)?,?\s+")


_MONTH_WORDS = frozenset(w.lower() for m in MONTHS + CELTIC_MONTHS for w in m.split())
_WORDS = re.compile(r"[^\W\d_]+")
_THAI = re.compile(r"[\u0e00-\u0e7f]")


class ForeignDateRecognizer(RegexRecognizer):
    ENTITY = "DATE"
    PATTERNS = (
        # a weekday and its day alone: "la cita del martes 17", "vineri 27"
        ("weekday_day", r"(?<!\w)(?i:" + _WEEKDAY + r")(?:[12]\d|3[01]|0?[1-9])(?![\d:.,]\d|\w)", 0.6),
        # a weekday in another language before a day and month in figures: "thứ Năm 22/4"
        ("weekday_numeric", r"(?<!\w)(?i:" + _WEEKDAY + r")(?:[12]\d|3[01]|0?[1-9])[/.](?:1[0-2]|0?[1-9])"
                            r"(?![\d/]|\.\d)", 0.7),
        ("day_month", r"(?<!\w)(?:" + _WEEKDAY + r")?" + _DAY + r"\s*(?:de\s+)?" + _MONTH
                      + r"(?:\s*(?:de\s+|,\s*)?" + _YEAR + _YEAR_WORD + r"\.?)?(?!\w)", 0.8),
        ("month_day", r"(?<!\w)" + _MONTH_FIRST + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?(?!\w)", 0.7),
        # (Lithuanian with its year's and day's words: "1992 m. rugpjūčio 3 d.")
        ("year_month_day", r"(?<!\w)" + _YEAR + r"\.?\s*(?:m\.\s*)?" + _MONTH + r"\s*" + _DAY
                           + r"(?:\s?d\.)?(?!\w)", 0.8),
        ("month_year", r"(?<!\w)" + _MONTH + r"\s+(?:de\s+)?" + _YEAR + r"(?!\w)", 0.7),
        ("month_cued", r"(?<!\w)(?i:" + _CUE + r")\s+(?P<v>" + _MONTH_ALONE + r")(?!\w)", 0.5),
        ("cjk", r"(?:\d{2,4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号號]|\d{2,4}\s*年\s*\d{1,2}\s*月", 0.85),
        # a month alone ("5月被警察抓了": in May), not a count of months (3个月)
        ("cjk_month", r"(?<![\d.第经個个])(?:1[0-2]|0?[1-9]|[一二三四五六七八九十]|十[一二])月(?:份|底|初|中旬|上旬|下旬)?"
                      r"(?![\d日号號余多])", 0.6),  # (not "第1月", "停经3月", "2月余": counts of months)
        ("cjk_feast", r"春节|清明节?|端午节?|中秋节?|元宵节?|国庆节?|七夕|除夕|元旦", 0.6),
        ("thai", _DAY + r"\s*" + _THAI_ABBR + r"\s*(?:" + _YEAR + r")?", 0.85),
        ("vietnamese", r"(?i:(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}(?:\s*(?:năm|,)\s*\d{4})?)", 0.85),
        ("vietnamese_month", r"(?i:tháng\s+\d{1,2}(?:\s*năm\s*\d{4}|/\d{4}))", 0.85),
        # a month alone after a word that makes it a date: "bị bắt vào tháng 10"
        ("vietnamese_month_cued", r"(?i:\b(?:vào|từ|đến|trong|cuối|đầu)\s+)(?P<v>(?i:tháng\s+\d{1,2}))(?![\d/])", 0.6),
        ("thai_feast", r"สงกรานต์(?:\s*(?:25\d{2}|20\d{2}))?|ลอยกระทง", 0.6),
    )
    FLAGS = re.IGNORECASE
    # the patterns that start from a month's name: read only when one is in the note (the
    # alternation of 150 months, any case, tried at every word was a fifth of the patterns' time)
    _BY_MONTH = frozenset(("day_month", "month_day", "year_month_day", "month_year", "month_cued"))

    def patterns_for(self, text: str) -> list:
        # (Thai months hold combining vowels, which split a word here: a Thai note reads all)
        if not _THAI.search(text) and _MONTH_WORDS.isdisjoint(_WORDS.findall(text.lower())):
            return [c for c in self._compiled if c[0] not in self._BY_MONTH]
        return self._compiled

    def entity_for(self, text: str, start: int, end: int) -> str:
        return "DATE_OF_BIRTH" if _DOB.search(text[max(0, start - 25):start]) else "DATE"
