"""What a helper's attack on this round's adding rules found them taking that identifies nobody
(session 9): each input must keep the word named."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,word", [
    # units and teams in capitals named by what they do
    ("PT TRANSFERRED TO TELEMETRY UNIT AT 1400. VSS.", "TELEMETRY"),
    ("PT ADMITTED TO STEPDOWN UNIT FOR MONITORING.", "STEPDOWN"),
    ("PT SENT TO PSYCH UNIT ON 5150 HOLD.", "PSYCH"),
    ("PT ON POSTPARTUM UNIT, FUNDUS FIRM.", "POSTPARTUM"),
    ("REFERRED TO ADDICTIONS TEAM FOR OST.", "ADDICTIONS"),
    ("REFERRED TO IAPT TEAM.", "IAPT"),
    ("REFERRED TO TENANCY SUSTAINMENT TEAM.", "SUSTAINMENT"),
    ("SEEN BY TISSUE VIABILITY TEAM.", "VIABILITY"),
    ("REFERRED TO PODIATRY DEPT.", "PODIATRY"),
    ("SEEN AT VACCINATION HUB.", "VACCINATION"),
    ("Phlebotomy team handover", "Phlebotomy"),
    ("Scabies alert at the hostel", "Scabies"),
    # the words before a postcode in a table or a letter
    ("Location\tLS6 2AB", "Location"),
    ("Current  LS6 2AB\nPrevious  LS9 7DP", "Previous"),
    ("Setting\tPostcode\nIndoor\tLS6 2AB", "Indoor"),
    ("Female, Romanian, LS6 2AB", "Romanian"),
    ("Incall, LS11 9AB", "Incall"),
    ("NFA\nLast Known\nLS6 2AB", "Last Known"),
    ("PT IN BED B4 2ND FLOOR.", "2ND"),
    ("VIT D3 1OD PRESCRIBED.", "1OD"),
    # workers' initials that are shorthand
    ("Staff CPD day Friday.", "CPD"),
    ("Minutes: AOB none. Next meeting TBC.", "AOB"),
    ("Workers: PM shift cover needed", "PM"),
    ("Result - POS (chlamydia), treated.", "POS"),
    ("YP to attend school Monday.", "YP"),
    ("Posted by UPS, covered by NHS.", "UPS"),
    ("Concern raised by DSL at the school.", "DSL"),
    # parts of plates without a plate's word or a make
    ("Bloods: HB12, WCC normal range.", "HB12"),
    ("Van stock: condoms, lube, PK10.", "PK10"),
    ("Van out - WK12, 14 women seen.", "WK12"),
    ("She took a cab 20 mins after the session.", "20"),
    ("OK... so the van came at 9.", "OK"),
    ('Client in the car said "OMW" then left.', "OMW"),
    ("Автобус номер 42 до центру.", "42"),
    # heads after a person, job titles before one, words after a hyphen
    ("DISCUSSED WITH SARAH JONES TEAM AWARE.", "TEAM"),
    ("Phlebotomist Anne Cole took bloods.", "Phlebotomist"),
    ("Sonographer Amy Lee did the scan.", "Sonographer"),
    ("SEEN BY DR JONES-NO CONCERNS.", "NO"),
])
def test_words_that_identify_nobody_stay(engine, text, word):
    assert not any(word in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,word", [
    # Chinese, Thai, Cyrillic and Latin words beside them
    ("她的真名是何晓红。", "她的"), ("客户的真名不知道。", "不知道"), ("原名不详。", "不详"),
    ("叔叔来接她了。", "叔"), ("月嫂说孩子很好。", "月"), ("新老板很凶，不给钱。", "新"),
    ("对方老板不给钱。", "对方"), ("的哥把她送到医院。", "的"), ("副总来店里了。", "副"),
    ("นายจ้างไม่จ่ายเงินค่ะ", "จ้าง"), ("เธอต้องการทนายความ", "ความ"), ("นายหน้าเอาพาสปอร์ตไป", "หน้า"),
    ("เธอเป็นนางพยาบาลที่ไทย", "พยาบาล"), ("Привет - hi, she texted.", "Привет"), ("Bye哥", "Bye"),
    ("住在酒店，不安全。", "酒店"), ("她回到家里，很害怕。", "家里"),
    ("住在附近，走路五分钟。", "附近"), ("Texts sent in 中文 and English.", "中文"),
    ("She works at 按摩店 on weekends.", "按摩店"),
    # money, counts, quarters, grades
    ("PRICE 20000VND FOR RICE.", "20000VND"), ("Sent 50000THB to her family.", "50000THB"),
    ("URINE CX: 100000CFU E COLI", "100000CFU"), ("Contacts by quarter: 2025Q1 340", "2025Q1"),
    ("CD4-1020, VL undetectable.", "CD4-1020"), ("Q4-2025 report attached.", "Q4-2025"),
    ("HPV16/18/45 positive", "HPV16"), ("Doctors FY1/FY2/ST3 on the rota.", "FY1"),
    # feasts naming things, months that are words, counts of months, weights
    ("Tet booster due.", "Tet"), ("Eid gifts for the kids sorted.", "Eid"),
    ("Diwali sweets brought in by a client.", "Diwali"), ("Reduce dose in dec renal function.", "dec"),
    ("工资一个月6000，第1月没给。", "1月"), ("孕12周，停经3月。", "3月"),
    ("She weighs about 2000 grams? no.", "2000"),
    # repeats
    ("诊断：高血压。今天血压150/90。", "今天血压"), ("她说，付车费，车费20镑。", "车费20"),
    ("Summer: r u doing the bbq\nWorker: summer bbq is on the 3rd, come along", "summer"),
])
def test_words_that_identify_nobody_stay_in_other_scripts_and_amounts(engine, text, word):
    pieces = removed(engine, text)
    assert not any(word in piece or piece == word for piece in pieces)


@pytest.mark.parametrize("text,word", [("Concerns: age - raise at Thurs safeguarding huddle.", "Thurs"),
                                       ("Honey: no babe. she was there", "babe"),
                                       ("Ở đó có chị Hà và anh Tuấn.", "chị")])
def test_days_words_of_address_and_titles_in_lower_case_are_no_names(engine, text, word):
    assert not any(word in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,name", [("May姐: 没有啊", "May"), ("| LP0441 | Ruby Tuesday | 07700 900 377 |",
                                                                   "Tuesday")])
def test_a_day_or_month_that_is_part_of_a_name_is_removed(engine, text, name):
    assert any(name in piece for piece in removed(engine, text))


def test_a_word_of_address_capitalised_as_a_working_name_is_a_name(engine):
    assert "Babe" in removed(engine, "Pt Claire Jones (works as Babe). Met Babe at drop-in.")
