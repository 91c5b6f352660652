"""Addresses abroad, written the way each country writes them: "Strada Morilor 14, Bacău",
"ul. Kwiatowa 5/3, Łódź", "Rua das Palmeiras 210", "Rruga e Kavajës 118", "Petőfi utca 12",
"Gedimino g. 5", "улица Ленина 4", "đường Lê Lợi", "福建省福州市...", "อ.เมือง จ.อุดรธานี"; and
Welsh, Irish and Scots Gaelic streets, named head first ("3 Heol y Felin"). A home address abroad leads to a person's family as surely as a UK one."""

from __future__ import annotations

from deidentify.lexicon import fold, zipf
from deidentify.recognizers.base import RegexRecognizer

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽȘȚА-ЯЁІЇЄҐЂ-ЏƠƯĐ"
_WORD = r"[" + _UPPER + r"][\w'’-]*+"  # read once (possessive): linear on long hyphenated runs
_LINK = (r"(?:(?:de los|de las|de la|de les|dels|de|da|do|dos|das|del|dei|della|delle|degli|dello|la|los|"
         r"las|les|e|i|al|lui|na|w|nad|pod|von|van)\s+)?")
# a name may be quoted: 'Rruga "Lulet e Bardha"', 'ж.к. „Зорница-Изток“'
_NAME = (r"\s+(?:[„\"“«][^„\"“”»\n]{1,40}[“\"”»]|[„\"“«]?" + _LINK + _WORD + r"(?:\s+" + _LINK + _WORD
         + r"){0,3}[“\"”»]?)")  # (quoted whole, in any case: 'ул. „Синя мъгла“')
_NUMBER = (r"(?:(?:,?\s*+(?i:nr\.?|no\.?|n\.?[º°o]\.?|№|бр\.?|д\.?)?\s*+\d{1,4}[a-zA-Z]?"
           r"(?:\s?[/-]\s?\d{1,4}[a-zA-Z]?)?)?"
           # block, entrance, staircase, floor, flat, sector: "bl. A3, sc. 2, ap. 14, Sector 3",
           # "бл. 12, вх. Б, ап. 34", "Pallati 14", "3º Esq.", "2.º Esq."
           r"(?:,?\s*(?i:(?:apartament|apartamento|apartment|building|staircase|scara|etaj|puerta|"
           r"depto|interno|scala|bloco|bloc|block|entrance|floor|flat|house\s+no|house\s+number|esc|int|vh|"
           r"bl|sc|et|ap|m|kv|кв|бл|вх|ап|ет|буд|корп|під|под|эт|sector|sektor|piso|andar|lok|apt|"
           r"pallati|hyrja|kati|shk|shkalla|qd|quadra|lt|lote|casa|apto|số\s+nhà|số)\.?\s*"
           r"(?:n[º°o]\.?\s*)?\w{1,4}\b(?:-\d{1,4})?"
           # NFKC makes the ordinal sign a letter: 3º is read as 3o
           r"|\d{1,2}\.?\s?[º°ªoa]\.?(?:\s*(?:esq|izq|dto|dcha|dir|andar|piso|dta)\b\.?|(?-i:\s?[A-Z])\b)?"
           # a quarter by its name: "кв. „Надежда“", "ж.к. „Зорница“"
           r"|(?i:кв|ж\.?\s?к|жк)\.?\s*(?:[„\"“«][^„\"“”»\n]{1,40}[“\"”»]|[А-ЯЁІЇЄҐ][\w-]+(?:[ ][А-ЯЁІЇЄҐа-яёіїєґ][\w-]+)?)))*"
           # the town, after its postal code: "22-499 Zamość", "11499 Jerez", "4900-999 Viana"
           r"(?:,\s*(?:(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{4,5})[ \t]+)?(?:(?i:м|гр|г|с|m)\.\s?)?" + _WORD
           + r"(?:\s" + _WORD + r")?)?"
           # ... and a postal code closing the address: "..., ап. 0, 8809", "м. Житомир, 10099."
           r"(?:,\s*\d{4,5}(?=[ \t]*(?:[.;)\n]|$)))?)")
BEFORE = (r"Strada|Str\.|str\.|ж\.\s?к\.|Calea|Bulevardul|Bd\.|B-dul|Aleea|Șoseaua|Soseaua|Piața|Piata|Intrarea|"
          r"Satul|Sat|Comuna|ul\.|ulica|al\.|aleja|os\.|osiedle|pl\.|plac|Rua|Avenida|Av\.|"
          r"Travessa|Praça|Largo|Viale|Piazza|Corso|Vicolo|Via(?=\s+(?:dei|di|del|dell[aeo]|degli)\s)|"
          r"Via(?=\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}(?:\s+|,\s*)\d{1,4}[a-zA-Z]?[ \t]*(?:[.,;)\n]|$))|Carrer|Avinguda|Passeig|Plaça|Rambla|c/|"
          r"кв\.|жк|Estrada|Calle|C/|Carrera|Cra\.?|Paseo|Plaza|Barrio|Rruga|Bulevardi|"
          r"Lagja|Fshati|comuna|satul|sat|jud\.|județul|judetul|municipiul|orașul|"
          r"улица|ул\.|бул\.|булевард|проспект|пр\.|вулиця|вул\.|село|с\.|гр\.|"
          r"Đường|đường|Phố|phố|Ngõ|ngõ|Hẻm|hẻm|Xã|xã|Phường|phường|Quận|quận|Huyện|huyện|Thôn|thôn")
# streets of Wales, Ireland and Scotland named head first, a house's number before them: "3 Heol y
# Felin", "Stryd y Bont", "Ffordd yr Ysbyty", "14 Teras Glanrafon", "Sráid an Mhuilinn"
CELTIC = (r"Heol|Stryd|Ffordd|Lôn|Teras|Maes|Rhodfa|Cilgant|Sgwâr|Sráid|Bóthar|Ascaill|Lána|Cearnóg|"
          r"Rathad|Sràid")
_CELTIC_LINK = r"(?:(?:y|yr|an|na|a['’]|’r|'r)[ \t]+)?"
_CELTIC_NAME = (r"(?:[ \t]+" + _CELTIC_LINK + _WORD + r"(?:[ \t]+" + _CELTIC_LINK + _WORD + r")?"
                r"|-(?:y|yr)-[\w'’]+)")  # ("Maes-y-Coed")
AFTER = r"utca|u\.|út|útja|tér|körút|köz|g\.|gatvė|pr\.|prospektas|al\.|aleja"


VIA_NAME_MAX = 4.5  # Zipf frequency: the word after "Via" English uses more is no street's name
_NUMBER_WORDS = ("证号", "照号", "账号", "编号", "型号", "信号", "口号", "字号", "单号", "码号", "话号",
                 "卡号", "批号", "代号", "学号", "工号", "车号")


class ForeignAddressRecognizer(RegexRecognizer):
    ENTITY = "STREET_ADDRESS"
    PATTERNS = (
        ("word_before", r"(?<!\w)(?:" + BEFORE + r")" + _NAME + _NUMBER, 0.8),
        ("celtic", r"(?<![\w/])(?:\d{1,4}[A-Za-z]?,?[ \t]+)?(?-i:" + CELTIC + r")" + _CELTIC_NAME
                   + r"(?:[ \t]+\d{1,4}[a-zA-Z]?\b)?", 0.75),
        # a street by its number, as Latin America numbers them: "calle 8, casa N° 14-32"
        # (with a house after it: not "Calle 13 concert", "av. 4 cans", "diagonal 3 cm")
        ("numbered", r"(?<!\w)(?i:calle|carrera|cra\.?)\s+\d{1,3}[A-Za-z]?\b"
                     r"(?=,?\s*(?:#|(?i:no\.)|(?i:n[º°o]|nr|casa|apto|apt)\b))" + _NUMBER, 0.7),
        ("word_after", r"(?<!\w)" + _WORD + r"(?:\s(?:" + _WORD + r"|[a-z]*[áéíóöőúüű][a-záéíóöőúüű]*))?\s+(?:" + AFTER + r")"
                       r"(?:\s*\d{1,4}[a-zA-Z]?(?:/\d{1,4})?)?"
                       r"(?:\.?\s*\d{1,2}\.\s*em(?:elet)?\.?(?:\s*\d{1,3}\.?\s*(?:ajtó)?)?)?"  # its floor, door
                       r"(?:,\s*\d{4,5}\s+" + _WORD + r")?(?!\w)",
         0.75),  # "Petőfi utca 23, 4399 Nyírbátor"
        # Polish and Czech: "Kwiatowa 5/3" (a flat in a numbered building)
        ("slash_number", r"(?<!\w)" + _WORD + r"\s+\d{1,4}[a-zA-Z]?/\d{1,4}(?![\d/])", 0.7),
        # a Vietnamese hamlet or village group by its number: "Xóm 4", "thôn 7"
        ("hamlet", r"(?<!\w)(?:Xóm|xóm|Thôn|thôn|Ấp|ấp|Tổ|tổ|Khu phố|khu phố)\s+\d{1,3}(?!\w)", 0.7),
        # a quarter's or a plot's number, as Albania and the Caribbean write them: "Lagjja 5,
        # Rruga Dëshmorët", "Lot 12, Greenwood, St. Catherine" (a district and a parish after a
        # plot: not "Lot 5, Spa day", an auction's)
        ("quarter", r"(?<!\w)(?:Lagjja|Lagja|Lagjia)\s+\d{1,4}[A-Za-z]?(?=,\s*[A-Z])"
                    r"|(?<!\w)Lot\s+\d{1,4}[A-Za-z]?(?=,\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)*,\s*(?:St\.?\s)?[A-Z])", 0.7),
        # ... and a house's or a lane's number: "Số 12, Ngõ 34, Phố Huế", "ngách 5/12"
        ("lane", r"(?<!\w)(?:Số|số|Ngõ|ngõ|Ngách|ngách|Hẻm|hẻm|Kiệt|kiệt)\s+\d{1,4}[A-Z]?(?:/\d{1,4})?"
                 r"(?=[ \t]*(?:,|$)|\s+(?:Ngõ|ngõ|Ngách|ngách|Phố|phố|Đường|đường))", 0.7),
        ("chinese", r"[\u4e00-\u9fff]{1,12}(?:省|市|区|區|县|縣|镇|鎮|乡|鄉|村|路|街|巷|号|號)"
                    r"[\u4e00-\u9fff\d]*", 0.85),
        # a Thai house's number and village group: "บ้านเลขที่ 88 หมู่ 4", "88, Moo 4"
        ("thai_house", r"(?:บ้านเลขที่\s?)?\d{1,4}(?:/\d{1,3})?,?\s?(?:หมู่(?:ที่)?|Moo|moo|M\.)\s?\d{1,2}(?!\d)", 0.8),
        ("thai", r"(?<![\u0e00-\u0e7f])(?:\d{1,4}(?:/\d{1,4})?\s)?(?:อ\.|จ\.|ต\.|ถ\.|ถนน|ซอย|ซ\.|หมู่บ้าน|บ้าน|อำเภอ|"
                 r"จังหวัด|ตำบล)\s?(?:\d{1,3}\b|[\u0e00-\u0e7f]+)(?:\s?(?:อ\.|จ\.|ต\.)[\u0e00-\u0e7f]+)*"
                 r"(?:,[ ]?[\u0e00-\u0e7f]{3,}(?![\u0e00-\u0e7f]))?(?:\s?\d{5}(?!\d))?", 0.85),  # ..., its
        # province, its postcode
    )

    def validate(self, value: str, pattern: str = "") -> bool:
        # "Dose 5/3" is shorthand, "Kwiatowa 5/3" a flat: the word must not be everyday English
        # ("BD 7/7", "TDS 5/7": a dose in capitals, not a street; "MISPER 26/4419" stays a ref)
        if pattern == "word_before" and value.startswith("Via ") \
                and zipf(fold(value.split()[1])) >= VIA_NAME_MAX:
            return False  # ("Referrals Via Police 12": English's via)
        if pattern == "chinese":  # "身份证号" (ID card number), "护照号", "编号": not an address
            return not value.endswith(_NUMBER_WORDS)
        word = value.split()[0]
        return pattern != "slash_number" or zipf(fold(word)) < 3.5 \
            and not (word.isupper() and len(word) <= 4)
