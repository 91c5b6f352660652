"""Identifiers of the service users' countries and the forms stock Presidio finds (issue 11):
foreign phones and spelled-out numbers, national IDs by check digit, labelled numbers in any
language, foreign dates and addresses, chat IDs."""

from __future__ import annotations

import pytest

from deidentify.recognizers.foreign_address import ForeignAddressRecognizer
from deidentify.recognizers.foreign_dates import ForeignDateRecognizer
from deidentify.recognizers.labelled_number import LabelledNumberRecognizer
from deidentify.recognizers.national_id import NationalIdRecognizer
from deidentify.recognizers.presidio_builtin import RegionPhoneRecognizer
from deidentify.recognizers.social_handle import SocialHandleRecognizer
from deidentify.recognizers.spelled_phone import SpelledPhoneRecognizer
from tests.deidentify.conftest import found, removed


@pytest.mark.parametrize("text,value", [
    ("sister on 415-555-0132 tonight", "415-555-0132"),
    ("cell (312) 555-0178, ok to leave msg", "(312) 555-0178"),
    ("Romanian number +40 (721) 234.567, UK", "+40 (721) 234.567"),
    ("mother on 0048 22 615 30 19.", "0048 22 615 30 19"),
    ("Thai mobile +66 81 234 5678 today", "+66 81 234 5678"),
    ("her Romanian mobile 0721 234 567 is off", "0721 234 567"),
])
def test_phones_of_the_service_users_regions(text, value):
    assert value in [v for v, _ in found(RegionPhoneRecognizer(), text)]


def test_few_digits_are_not_searched_for_phones():
    assert found(RegionPhoneRecognizer(), "Seen at 10:30, 3 condoms, room 12.") == []


@pytest.mark.parametrize("text,value", [
    ("my new num is oh seven seven double oh nine double oh four one two dont use",
     "oh seven seven double oh nine double oh four one two"),
    ("my other phone is seven seven double oh nine hundred three one nine i mean",
     "seven seven double oh nine hundred three one nine"),
    ("numer zero siedem siedem zero zero dziewięć zero zero sześć", "zero siedem siedem zero zero dziewięć zero zero sześć"),
    ("numărul zero șapte șapte zero zero nouă unu doi", "zero șapte șapte zero zero nouă unu doi"),
    ("ми даде телефон: нула седем седем нула нула, девет нула нула, осем шест едно — не",
     "нула седем седем нула нула, девет нула нула, осем шест едно"),
    ("мій номер нуль сім сім нуль нуль девять нуль нуль два", "нуль сім сім нуль нуль девять нуль нуль два"),
    ("她的电话是零七七零零九零零三五一，你打给她", "零七七零零九零零三五一"),
])
def test_spelled_out_phone_numbers(text, value):
    assert [v for v, _ in found(SpelledPhoneRecognizer(None), text)] == [value]


@pytest.mark.parametrize("text", ["I saw one or two of them, maybe three", "at 7 or 8, then nine"])
def test_a_few_number_words_are_not_a_phone(text):
    assert found(SpelledPhoneRecognizer(None), text) == []


@pytest.mark.parametrize("value", [
    "2960303041238",  # CNP (Romania) with a valid check digit
    "89011204560", "9204156736",  # PESEL, EGN
    "390.533.447-05",  # CPF
    "11010519491231002X",  # Chinese resident ID
    "1101700230708",  # Thai ID
])
def test_national_ids_by_check_digit(value):
    assert [v for v, _ in found(NationalIdRecognizer(), f"her number {value} on file")] == [value]


@pytest.mark.parametrize("value", ["2960303041235", "12345678901", "0000000000"])
def test_numbers_failing_every_check_are_not_national_ids(value):
    assert found(NationalIdRecognizer(), f"ref {value}") == []


@pytest.mark.parametrize("text,value", [
    ("MRN 00482913. 28YO F", "00482913"),
    ("PD CASE # 26-004481. PT DECLINES", "26-004481"),
    ("ID card I85512047K. DOB", "I85512047K"),
    ("Passport FE 482917, BRP", "FE 482917"),
    ("Cédula 1.036.652.418 is with her", "1.036.652.418"),
    ("паспорт АА 123456 у него", "АА 123456"),
    ("Security informed, ext 4410. Plan", "4410"),
    ("PAGED #52208. PD", "52208"),
    ("sort code 20-44-91 acc 60418827 for", "20-44-91"),
    ("crime ref CRN 4100239/26. Please", "CRN 4100239/26"),
    ("Bank IBAN HU42 1177 3016 1111 1018 0000 0000 - wants", "HU42 1177 3016 1111 1018 0000 0000"),
    ("Número de clínica: WS-30077. Si", "WS-30077"),
    ("URN: 44/JK/20931/25\nStatement of", "44/JK/20931/25"),
    ("Pt no: MB/25/19902   NHS: 937", "MB/25/19902"),
    ("Clinic no KR/HIV/03374   NHS No", "KR/HIV/03374"),
    ("DX 44120 Wexbury", "44120"), ("bank: account ends 4471 and", "4471"),
    ("她的护照号码E81472936，身份证350102199204183327，老家福清。", "350102199204183327"),
    ("她的护照号码E81472936，身份证350102199204183327，老家福清。", "E81472936"),
    # a code of letter and digit groups needs no label
    ("MF-25-118 | Iulia Mocanu | Police", "MF-25-118"), ("Our ref: KMcD/CRIM/25/0512", "KMcD/CRIM/25/0512"),
    ("Your ref: LP-KD-114\n9th Feb", "LP-KD-114"), ("her keyworker number is HR-3391.", "HR-3391"),
    ("Script no. HRX-0099217.", "HRX-0099217"), ("Harlowmere  PNC 09/418826L", "09/418826L"),
    ("Személyi ig. szám: 482913RA. Anyja", "482913RA"),
    ("Pre-settled status, share code she showed: WXT 4KR 9PD. Action", "WXT 4KR 9PD"),
    ("出生日期 1988年4月9日, 身份证号 350102198804090046, 家乡", "350102198804090046"),
    ("She had an Albanian ID card, numri personal J05815067M, he has it.", "J05815067M"),
    ("bring this letter and your ARC (ZGV016287). An interpreter", "ZGV016287"),
    # twelve digits or more need no label
    ("Showed her 身份证 for the clinic, no. 230103199504182247 (Mei noted)", "230103199504182247"),
    ("Mi NIE es Y4418207K y mi cédula colombiana", "Y4418207K"),
    ("bring her Romanian ID card (no. RX 418826) and her CNP", "RX 418826"),
    ("DOB 19/04/1993  H&C no BR04711228  NI no", "BR04711228"),
    ("Banco do Brasil account ag 3057-2 c/c 41822-6 Instagram", "3057-2 c/c 41822-6"),
])
def test_numbers_after_a_label_in_any_language(text, value):
    assert value in [v for v, _ in found(LabelledNumberRecognizer(), text)]


@pytest.mark.parametrize("text", ["no 3 today", "case of 12 condoms", "ref 12", "bank holiday",
                                  "HIV/AIDS 24/7 12/03/2024 2024-05-06 A/E", "outpatient 12345",
                                  "COVID-19 and 24/7/365", "weight 72.5kg, 100000 units",
                                  "paid 1,000,000,000,000 lei"])
def test_short_numbers_after_labels_are_kept(text):
    assert found(LabelledNumberRecognizer(), text) == []


@pytest.mark.parametrize("text,value,entity", [
    ("Born 3 martie 1996, CNP", "3 martie 1996", "DATE_OF_BIRTH"),
    ("DOB 12 stycznia 1989, PESEL", "12 stycznia 1989", "DATE_OF_BIRTH"),
    ("DOB 27 de agosto de 1991.", "27 de agosto de 1991", "DATE_OF_BIRTH"),
    ("DOB 1988年3月2日. Resident", "1988年3月2日", "DATE_OF_BIRTH"),
    ("DOB 2 ก.พ. 2533 (Buddhist", "2 ก.พ. 2533", "DATE_OF_BIRTH"),
    ("Visa ran out 1 октября; worried", "1 октября", "DATE"),
    ("tu cita es el martes 9 de junio a las", "martes 9 de junio", "DATE"),
    ("ngày 2 tháng 3 năm 1988", "ngày 2 tháng 3 năm 1988", "DATE"),
    ("no puedo ir a la cita del martes 17, tengo", "martes 17", "DATE"),
    ("Came on Homes for Ukraine травень 2022, sponsor", "травень 2022", "DATE"),
])
def test_dates_in_the_service_users_languages(text, value, entity):
    results = found(ForeignDateRecognizer(), text)
    assert any(value in v and e == entity for v, e in results), results


@pytest.mark.parametrize("text", ["mai multe", "march on", "Mars bar"])
def test_month_words_without_a_day_or_year_are_kept(text):
    assert found(ForeignDateRecognizer(), text) == []


@pytest.mark.parametrize("text,value", [
    ("Family home is Strada Morilor 14, Bacău. Born", "Strada Morilor 14, Bacău"),
    ('mieszkam na ul. Kwiatowa 5/3, Łódź" - that', "ul. Kwiatowa 5/3, Łódź"),
    ("Rruga e Kavajës 118, Tiranë. ID card", "Rruga e Kavajës 118, Tiranë"),
    ("lives at Rua das Palmeiras 210, Belém. CPF", "Rua das Palmeiras 210, Belém"),
    ("Home อ.เมือง จ.อุดรธานี. LINE", "อ.เมือง จ.อุดรธานี"),
    ("Hometown 福建省福州市 and", "福建省福州市"),
    ("from Petőfi utca 12 in", "Petőfi utca 12"),
    ("la Slobozia, str. Plopilor Albaștri nr. 17, bl. B4, ap. 22. Ea",
     "str. Plopilor Albaștri nr. 17, bl. B4, ap. 22"),
    ("address there ж.к. „Зорница-Изток“ бл. 12, вх. Б, ап. 34.\nWorking",
     "ж.к. „Зорница-Изток“ бл. 12, вх. Б, ап. 34"),
    ('Albania: Rruga "Lulet e Bardha", Pallati 14, Elbasan.', 'Rruga "Lulet e Bardha", Pallati 14, Elbasan'),
    ("Morada: Rua das Andorinhas Tortas, 88, 2.o Esq., 4900-999 Viana do Castelo.",
     "Rua das Andorinhas Tortas, 88, 2.o Esq., 4900-999 Viana"),
    ("her mum at ul. Kalinowa Górka 14/3, 22-499 Zamość for", "ul. Kalinowa Górka 14/3, 22-499 Zamość"),
    ("Domicilio: C/ Alhelí Morado, 14, 3o B, 11499 Jerez de la", "C/ Alhelí Morado, 14, 3o B, 11499 Jerez"),
    ("vivía en C/ de los Almendros Tardíos 12, 3oB, 28099 Madrid, tiene",
     "C/ de los Almendros Tardíos 12, 3oB, 28099 Madrid"),
    ("Adresa: Rruga Kajo Karafili, Pallati 7, Shk. 2, Ap. 11, Pogradec.",
     "Rruga Kajo Karafili, Pallati 7, Shk. 2, Ap. 11, Pogradec"),
    ("Magyar cím: Petőfi utca 23, 4399 Nyírbátor.\nTel", "Petőfi utca 23, 4399 Nyírbátor"),
])
def test_addresses_abroad(text, value):
    assert value in [v for v, _ in found(ForeignAddressRecognizer(), text)]


def test_shorthand_is_not_an_address():
    assert found(ForeignAddressRecognizer(), "Dose 5/3 given") == []


@pytest.mark.parametrize("text,value", [
    ("WeChat ID chenml_1105. Requested", "chenml_1105"),
    ("LINE ID nok.udon88, Thai number", "nok.udon88"),
    ("line id praewa.bkk นะคะ", "praewa.bkk"),
])
def test_chat_ids(text, value):
    assert value in [v for v, _ in found(SocialHandleRecognizer(), text)]


def test_a_chat_app_named_with_an_ordinary_word_is_kept():
    assert found(SocialHandleRecognizer(), "added to the WeChat group today") == []


@pytest.mark.parametrize("text,value", [
    ("S: 31 y/o F reports condom break 7/4 w/ regular", "7/4"),
    ("ASSAULTED BY CLIENT ON THE 9TH. C/O", "THE 9TH"),
    ("Next HBV dose 21/9. Seen", "21/9"),
    ("not sold sex since Easter 2025. Son", "Easter 2025"),
    ("DOB 2/14/88. CONTACT", "2/14/88"),
    ("partner's blue bmw ln68 rtv was back", "ln68 rtv"),
])
def test_forms_that_leaked_before(engine, text, value):
    assert any(value in r for r in removed(engine, text)), removed(engine, text)


@pytest.mark.parametrize("text,value", [
    ("Romania address: Bd. Unirii 21, bl. A3, sc. 2, ap. 14, Sector 3, București. Phone",
     "Bd. Unirii 21, bl. A3, sc. 2, ap. 14, Sector 3, București"),
    ("Domicilio habitual Calle Alfarería 31, 3º izq., Sevilla; in UK",
     "Calle Alfarería 31, 3º izq., Sevilla"),
    ("Home comuna Vânători, jud. Galați. Phone", "comuna Vânători"),
    ("живу у Ирины на Church Road 71. можно", "Church Road 71"),
    ("Regular Big Sue reports kerb-crawlers", "Big Sue"),
    # (the engine reads the NFKC copy, where "ำ" is two characters: patterns are read in NFKC too)
    ("She sends money to her mother in อำเภอปักธงชัย, นครราชสีมา.", "อำเภอปักธงชัย, นครราชสีมา"),
    ("Home address: Xóm 4, xã Quỳnh Lưu, Nghệ An", "Xóm 4"),
])
def test_whole_addresses_abroad_and_nicknames(engine, text, value):
    assert value in removed(engine, text), removed(engine, text)


@pytest.mark.parametrize("text,names", [
    ("Client: สุภาพร แก้วมณี (Supaporn Kaewmanee), from อุดรธานี (Udon Thani). ID",
     ["สุภาพร แก้วมณี", "อุดรธานี"]),
    ('Advertised by "阿强" (A-Qiang) who drives.', ["阿强", "A-Qiang"]),
])
def test_a_name_in_its_own_script_and_in_latin_letters_goes_both_ways(engine, text, names):
    pieces = removed(engine, text)
    assert all(name in pieces for name in names), pieces


def test_a_name_found_in_chinese_goes_inside_a_run_of_chinese_too(engine):
    text = 'Advertised by "阿强" (A-Qiang).\nLinda: 你好，我周四可以来验血吗？阿强不知道'
    assert removed(engine, text).count("阿强") == 2, removed(engine, text)


@pytest.mark.parametrize("text,value", [
    ("Дата народження: 09.05.1991. Місто: Миколаїв. Паспорт", "Миколаїв"),
    ("Address: 14b Severn Street\nTown: Dunnockford\nPostcode: JV6 1NE", "Dunnockford"),
    ("Quê quán: Nghệ An, Việt Nam", "Nghệ An"),
    ("Miejscowość: Zamość (woj. lubelskie)", "Zamość"),
])
def test_a_place_after_its_field_label(text, value):
    from deidentify.recognizers.labelled_place import LabelledPlaceRecognizer
    assert found(LabelledPlaceRecognizer(), text) == [(value, "LOCATION")]


@pytest.mark.parametrize("text", ["Town: n/a", "City: unknown", "Sat: Closed", "District: Nurse to visit"])
def test_a_field_label_without_a_place(text):
    from deidentify.recognizers.labelled_place import LabelledPlaceRecognizer
    assert found(LabelledPlaceRecognizer(), text) == []


@pytest.mark.parametrize("text,value", [
    ("阿芳: 他说不够就扣护照。陈哥的电话 +86 138 0000 2719，你打给他", "陈"),
    ('EN (Wei): 03/06 A-Fang: "The boss is coming"', "A-Fang"),
])
def test_a_chinese_name_by_its_form_of_address(engine, text, value):
    assert value in removed(engine, text)


def test_a_capital_a_and_a_hyphen_before_an_english_word_is_no_name(engine):
    assert not any(p.startswith("A-") for p in removed(engine, "She got her A-Level maths, A-Z of it"))


@pytest.mark.parametrize("text,value", [
    ("Ionela a venit cu buletinul: CNP 2980617510034, seria CL 704211. Nu are", "CL 704211"),
    ("Romanian ID card: series GR 481206.", "GR 481206"),
    ("Személyi igazolvány száma: 704219KE. Magyar", "704219KE"),
    ("Naloxone kit given (#NX 0448). Next appt", "NX 0448"),
    ("DET. KOWALCZYK, HCPD BADGE 1187. REPORT # HC27-015553\nADVOCATE", "HC27-015553"),
])
def test_a_number_after_its_series_or_sign(engine, text, value):
    assert value in removed(engine, text)


def test_a_word_after_a_phone_that_is_a_digit_in_another_language_only_is_kept(engine):
    assert "sau" not in " ".join(removed(engine, "sună-ma la 40 753 112 904 sau pe facebook"))


@pytest.mark.parametrize("text,value,entity", [
    ("Rūta Kazlauskienė, gim. 1992 m. rugpjūčio 3 d., iš Šiauliai.", "1992 m. rugpjūčio 3 d.", "DATE_OF_BIRTH"),
    ("vrea să ne dea afară la sfârșitul lui august. Mulțumesc", "august", "DATE"),
])
def test_dates_written_the_lithuanian_and_romanian_ways(text, value, entity):
    from deidentify.recognizers.foreign_dates import ForeignDateRecognizer
    assert (value, entity) in found(ForeignDateRecognizer(), text)


@pytest.mark.parametrize("text,value", [
    ("*** NEW IN STAVENHAM *** Bella sweet girl 24yo", "STAVENHAM"),
    ("NEW IN TOWN Alina 23yo incall Westgate nr the station", "Westgate"),
    ("Tours: Tollbridge 12-14 Feb, Manchester 1-3 March.", "Tollbridge"),
])
def test_a_place_after_an_adverts_word_for_where_the_work_is(text, value):
    from deidentify.recognizers.labelled_place import LabelledPlaceRecognizer
    assert (value, "LOCATION") in found(LabelledPlaceRecognizer(), text)


def test_an_everyday_word_after_an_adverts_word_is_no_place():
    from deidentify.recognizers.labelled_place import LabelledPlaceRecognizer
    assert found(LabelledPlaceRecognizer(), "NEW IN TOWN, incall Manchester, Visiting Hours") == []


@pytest.mark.parametrize("text,piece", [
    ("Chełm, dnia 2 marca 2027 r.", "2 marca 2027 r."),
    ("Sliven, 4 май 2027 г.", "4 май 2027 г."),
    ("megverte június 3-án este", "június 3-án"),
    ("darbo nuo birželio 21 d. Vadovė", "birželio 21 d."),
    ("came by lorry in tháng 10 năm 2025.", "tháng 10 năm 2025"),
    ("worked there until lapkritis (November)", "lapkritis"),
    ("郑芳5月被警察抓了", "5月"),
    ("before 清明节 this year", "清明节"),
])
def test_dates_with_their_own_languages_words(text, piece):
    assert piece in [value for value, _ in found(ForeignDateRecognizer(), text)]


def test_a_count_of_months_in_chinese_is_no_date():
    assert found(ForeignDateRecognizer(), "三个月 3个月") == []


@pytest.mark.parametrize("text,piece", [("14-ти юли 1999", "14-ти юли 1999"), ("郑芳5月底被抓了", "5月底"),
                                        ("十二月被警察抓了", "十二月"), ("tháng 10/2025 qua Anh", "tháng 10/2025"),
                                        ("bị bắt vào tháng 10", "tháng 10"),
                                        ("สงกรานต์ 2567 กลับบ้าน", "สงกรานต์ 2567")])
def test_more_dates_as_the_service_users_write_them(text, piece):
    assert any(piece in value for value, _ in found(ForeignDateRecognizer(), text))


@pytest.mark.parametrize("text,piece", [
    ("Адрес: ул. „Синя мъгла“ № 9, вх. Б, ет. 3, 8899 Сливен", "ул. „Синя мъгла“ № 9, вх. Б, ет. 3"),
    ("Địa chỉ: thôn Đồng Gió, số nhà 14, xã Kỳ Hoa", "thôn Đồng Gió, số nhà 14"),
    ("Endereço: Rua das Andorinhas Tortas, 88, Qd. 12, Lt. 4, Jardim", "Qd. 12, Lt. 4"),
    ("อยู่บ้านเลขที่ 88 หมู่ 4 ต.ถนนหัก อ.นางรอง จ.บุรีรัมย์ 31199", "บ้านเลขที่ 88 หมู่ 4"),
    ("อยู่บ้านเลขที่ 88 หมู่ 4 ต.ถนนหัก อ.นางรอง จ.บุรีรัมย์ 31199", "31199"),
    ("I live at house number 88, Moo 4, Thanon Hak subdistrict", "88, Moo 4"),
])
def test_addresses_abroad_with_their_own_parts(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


@pytest.mark.parametrize("text,piece", [("Місто: Кропивницький, Кіровоградська обл.\nПаспорт", "обл."),
                                        ("ID card recovered (Romanian CI TR 418227).", "TR 418227")])
def test_a_region_after_a_place_and_an_identity_card_series(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


@pytest.mark.parametrize("text,address", [
    ("residenciada en el sector, calle 8, casa N° 14-32, Cabimas", "calle 8, casa N° 14-32"),
    ("Pinheiro, Rua do Sabugueiro, n.º 45, 2.º Esq., 4810-392 Guimarães.", "n.º 45"),
    ("banuese në Lagjja Kombinat, Rruga e Shkozës, Nr. 12, Cërrik", "Nr. 12"),
])
def test_a_foreign_address_with_its_house_and_flat(engine, text, address):
    assert any(address in piece for piece in removed(engine, text))
