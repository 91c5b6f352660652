"""Chat speakers in the layouts other apps copy out, in any script (person_names._speakers),
and Cyrillic given names that start a sentence (names_abroad._cyrillic)."""

import pytest

from tests.deidentify.conftest import removed

TELEGRAM = ("Оксана\n22:14\nЛєна, ти де? Той клієнт знову писав 😰\nЛена\n22:16\n"
            "Не відповідай йому. Заблокуй.\nОксана\n22:16\nДобре.")
THAI = "22:10 น้อย: พี่ๆ คืนนี้ใครทำงานบ้าง\n22:12 ฝน: อยู่ที่บ้านค่ะ\n22:13 น้อย: จริงเหรอ"
CHINESE = "2027/3/9 22:15 - 阿玲: 知道了\n2027/3/9 22:16 - 美美: 别接。\n2027/3/9 22:20 - 美美: 太贵了。"


@pytest.mark.parametrize("text,names", [
    (TELEGRAM, {"Оксана", "Лена"}),
    (THAI, {"น้อย", "ฝน"}),
    (CHINESE, {"美美"}),
])
def test_speakers_in_other_layouts(engine, text, names):
    assert names <= set(removed(engine, text))


def test_a_time_alone_opening_lines_is_no_speaker_by_itself(engine):
    # a shift log's times before a task are not speakers
    assert removed(engine, "22:10 Note: van out\n22:40 Note: back at base") == []


@pytest.mark.parametrize("text", ["Еду. Буду через 10 минут", "Норма. Всё хорошо", "Пол: женский",
                                  "Гуми нямам, ще дойда утре"])
def test_everyday_cyrillic_words_starting_a_sentence_stay(engine, text):
    assert removed(engine, text) == []


def test_a_common_cyrillic_word_starting_a_sentence_is_kept(engine):
    assert "Той" not in removed(engine, "Лєна, ти де? Той клієнт знову писав")


@pytest.mark.parametrize("text,place", [
    ("omg can u drop her at hers in tollerby till the 20th", "tollerby"),
    ("i need a lift from kilnworth at 2, anyone going that way", "kilnworth"),
])
def test_a_place_english_never_uses_after_a_word_of_going(engine, text, place):
    assert place in removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("i went to work then home, see u at tesco after x", "tesco"),
    ("omg i was at the sauna then in town after lol", "sauna"),
])
def test_typos_and_shops_after_a_word_of_going_stay(engine, text, kept):
    assert kept not in removed(engine, text)


@pytest.mark.parametrize("text,name", [
    ("16/03/2027, 14:08 - Цвети: Оксана каза, че идва.", "Оксана"),
    ("Ольга сказала, что придёт завтра.", "Ольга"),
])
def test_a_cyrillic_given_name_in_its_own_script_starting_a_sentence(engine, text, name):
    assert name in removed(engine, text)
