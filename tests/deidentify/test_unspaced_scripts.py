"""Chinese, Japanese and Thai written without spaces: names and places in and beside them."""

import pytest

from deidentify.lowercase_pass import english
from deidentify.normalise import normalise
from tests.deidentify.conftest import removed


def test_a_space_comes_between_latin_letters_and_chinese_and_maps_to_nothing():
    text = "她去Hollinsby，Jade的地方"
    norm = normalise(text)
    assert "去 Hollinsby" in norm.text and "Jade 的" in norm.text
    i = norm.text.index("Jade")
    assert text[slice(*norm.to_original(i, i + 4))] == "Jade"
    i = norm.text.index(" Hollinsby")
    start, end = norm.to_original(i, i + len(" Hollinsby"))
    assert text[start:end] == "Hollinsby"  # the inserted space stands for nothing


def test_dates_in_chinese_keep_their_digits_joined():
    assert normalise("2027年4月3日").text == "2027年4月3日"


@pytest.mark.parametrize("text,piece", [
    ("慧姐 3月2日 22:14\n明天去Hollinsby", "慧"),        # a given name before 姐
    ("打给黄哥吧", "黄"),                               # a family name after another word
    ("Lily姐: 没有啊", "Lily"),                         # an English name with a kin word
    ("老板 Kevin陈 被带走了", "Kevin陈"),               # an English name and a family name
    ("小青真名罗小青，现在安全。", "罗小青"),            # the real name after 真名
    ("她来自福鼎，二十岁。", "福鼎"),                    # a place after 来自
    ("Her family in 连城 were visited again.", "连城"),  # a place in an English sentence
    ("ชื่อ: นางสาวพิมพ์ใจ (Miss), ชื่อเล่น \"ฝน\"", "ฝน"),  # a Thai nickname after its label
    ("Оксана - follow-up at the drop-in", "Оксана"),  # a Cyrillic name starting an English line
])
def test_names_and_places_in_unspaced_scripts(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


def test_a_chinese_name_is_removed_by_its_given_name_too(engine):
    text = "在场：罗美华、Dana\n美华说她很好。"
    assert sum("美华" in p for p in removed(engine, text)) == 2


def test_a_latin_name_found_once_in_a_chinese_chat_is_removed_where_repeated(engine):
    text = ("Note by the project, interpreter present.\n慧姐: 你去Hollinsby，Jade的地方。Jade电话 07700 900 588\n"
            "English: she sends her to Hollinsby, to Jade's place.")
    assert sum(p == "Jade" for p in removed(engine, text)) >= 2


@pytest.mark.parametrize("text", ["大哥 你好", "他的身份证号 丢了", "三个月没回家", "美国 英国"])
def test_kin_words_id_card_words_months_counted_and_countries_stay(engine, text):
    assert removed(engine, text) == []


def test_a_note_in_english_quoting_chinese_is_english():
    assert english("The client showed us the chat. 她说明天去那边，不要告诉任何人。 She was scared "
                   "and asked us not to call the police about it tonight.")


def test_a_chinese_province_is_a_place(engine):
    assert "福建" in removed(engine, "阿芳 (~40), 来自福鼎, 福建. Came 2019 on a visa")


def test_a_vietnamese_weekday_joins_its_date(engine):
    assert "thứ Năm 22/4" in removed(engine, "Follow-up thứ Năm 22/4 at the salon")


@pytest.mark.parametrize("text,piece", [
    ("Jade说明天去", "Jade"), ("Jade、Amber、Tiffany都走了", "Jade"), ("Orbiston那边很危险", "Orbiston"),
    ("老王把她的护照拿走了", "老王"), ("阿强把钱拿走了", "阿强"), ("美玲姐说今天不来", "美玲"),
    ("來自福鼎", "福鼎"), ("她是福鼎人", "福鼎"), ("老家：福鼎", "福鼎"),
])
def test_names_and_places_inside_chinese_sentences(engine, text, piece):
    assert piece in removed(engine, text)


@pytest.mark.parametrize("text", ["小心点，老师说", "他是个好人", "她是本地人", "大姐说", "用WhatsApp联系"])
def test_words_of_chinese_that_name_nobody(engine, text):
    assert removed(engine, text) == []


@pytest.mark.parametrize("text,piece", [("นางสาวพิมพ์ใจ ศรีสุข อายุ 24", "ศรีสุข"),
                                        ("Miss Pimjai (นางสาวพิมพ์ใจ ศรีสุข)", "ศรีสุข"),
                                        ("ชื่อ พิมพ์ใจ นามสกุล ศรีสุข", "ศรีสุข"),
                                        ("น.ส. พิมพ์ใจ", "พิมพ์ใจ"), ("ชื่อเล่น: ฝน", "ฝน")])
def test_thai_family_names_titles_and_nicknames(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


def test_what_follows_a_thai_name_is_no_family_name(engine):
    assert not any("ทำร้าย" in p for p in removed(engine, "สามีคือ นายคีธ ทำร้ายร่างกาย ลงชื่อ"))


@pytest.mark.parametrize("text,name", [
    ("P (via interpreter): From Fuqing, 福清, in Fujian.", "福清"),
    ("P: Sliven. Сливен. In the Nadezhda quarter, near the market.", "Сливен"),
    ("Comments (translated):\nІрина К.: I know him!! He contacted my friend.", "Ірина К."),
])
def test_a_name_again_in_its_own_script(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("Clinic Thursday, 44 Vicarage Road. Напиши мені завтра, я приїду з тобою.", "мені"),
    ("Pla: ใครรู้จักหมอผู้หญิงที่คลินิก who knows a woman doctor", "who"),
])
def test_a_sentence_in_another_script_after_a_name_stays(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text))
