"""Codes with no label, a code's letters beside a number found, and parts of plates
(labelled_number.py, span_edges.py, vehicle_reg.py)."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,piece", [
    ("Lab nos: M27-48102 / M27-48131", "M27-48131"),
    ("gas meter G7-0031-552. Water to set up", "G7-0031-552"),
    ("kit taken (kit RK27-221), bloods", "RK27-221"),
    ("Sample QDH27C051193\nSource: walk-in", "QDH27C051193"),
    ("Pasaporte ESP: PBB005521\nDomicilio", "PBB005521"),
    ("Sky (RHC/0088124): PEP done", "RHC/0088124"),
    ("Tenancy ref: WH-T-0052219\nTenant", "WH-T-0052219"),
    ("RG: 0005529-3 SSP/GO   Passaporte", "SSP/GO"),
    # a client's number in a clinic, an interpreter's register, a detective's badge, exhibits
    ("Pt: KD  CID 40871   DOB 02/09/2001", "40871"),
    ("interpreter (Albanian, NRPSI 13377, by phone)", "13377"),
    ("Detective J. Añez, credencial 38.441.", "38.441"),
    ("mobile phones x2 (seized, exhibits TA/3 and TA/4), cash", "TA/4"),
    ("Phone seized, exhibit AM/1 – searches", "AM/1"),
    ("Date 28/02/2025   MTCN 902-000-4418    200.00 GBP", "902-000-4418"),
])
def test_codes_are_removed_whole(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


@pytest.mark.parametrize("text", ["GIVEN 10000IU VIT D", "DOB 06/30/1999   G3P1011   EDC",
                                  "COVID-19 PCR neg, ICD-10 F10.2"])
def test_doses_counts_and_codes_of_conditions_stay(engine, text):
    assert not any(piece in ("10000IU", "G3P1011", "COVID-19", "ICD-10")
                   for piece in removed(engine, text))


@pytest.mark.parametrize("text,piece", [
    ("grey Corsa, she thinks XT19. Air freshener", "XT19"),
    ("silver Focus WV17 something\n10 Apr", "WV17"),
    ("a white Golf, HW19...). Fraser", "HW19"),
    ("silver Mondeo estate, FX1..KT, industrial estate", "FX1..KT"),
    ("possibly a Skoda, first part of plate \"YH\". Driver", "YH"),
    ("white van, plate seen as \"SG2...\" ending \"OXN\".", "OXN"),
    ("burrë me makinë të zezë, targa BB 000 KA, më priste", "BB 000 KA"),
    ("他走了. 车牌 RW20 什么的 白色的车", "RW20"),
    ("Works for Hollinsby Cars maybe (cab 214?). 40s", "214"),
    ("saw the range rover again mx70 klr parked on the corner", "mx70 klr"),
    ("silver vw yr19 kkb hanging about", "yr19 kkb"),
])
def test_parts_of_plates_near_a_car(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


def test_a_quoted_word_near_a_car_is_no_plate(engine):
    assert "OK" not in removed(engine, 'the car: "OK" she said')


@pytest.mark.parametrize("text,piece", [
    ("her passport no is pbb005521 and he has it", "pbb005521"),
    ("Lab nos: M27–48102 / M27–48131", "M27–48131"),
    ("Tenancy ref: WH-T-0052219", "WH-T-0052219"),
    ("Tenancy ref: WH-T-0052219-B", "WH-T-0052219-B"),
    ("Sky (RHC 0088124): PEP done", "RHC 0088124"),
    ("Sky - RHC #0088124", "RHC #0088124"),
    ("PC Szymański, 6638, attended", "6638"),
    ("PC O'Brien 6638 attended", "6638"),
    ("PC Dąbrowska-Kowal 6638 attended", "6638"),
    ("silver focus wv17 something", "wv17"),
    ("possibly a Skoda, reg YH", "YH"),
    ("white van, plate ending in 'OXN'", "OXN"),
    ("targa e makinës: BB 000 KA", "BB 000 KA"),
    ("车牌是RW20开头的", "RW20"),
    ("รถเก๋งสีดำ ทะเบียน กข 1234", "กข 1234"),
])
def test_codes_collar_numbers_and_plates_as_written_otherwise(engine, text, piece):
    assert piece in removed(engine, text)


@pytest.mark.parametrize("text", ["PC went to 1200 houses", "PC attended 1200 hrs", "passport is at home"])
def test_no_number_after_what_an_officer_did(engine, text):
    assert removed(engine, text) == []
