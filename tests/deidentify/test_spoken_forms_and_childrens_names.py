"""What the blind sets sealed21 (the spoken word written down) and sealed22 (families and
children) leaked, read after two new blind sets were written (session 18): years said aloud, a
day said as an ordinal alone, references read out with their letters, house numbers said and
corrected, e-mail addresses and handles said aloud, premises named in a note in lower case; a
child written by a letter or two joined by a hyphen, by a nickname, or beside their age or a
kin word, and a family's table."""

import pytest

from tests.deidentify.conftest import removed


def _all(engine, text: str) -> str:
    return " | ".join(removed(engine, text))


# --- dates said aloud -------------------------------------------------------------------

@pytest.mark.parametrize("text, said", [
    ('DOB: "the seventh of September, ninety-six."', "ninety-six"),
    ("I was born on the twenty-fourth of February, nineteen ninety-three, in Kyiv.", "nineteen ninety-three"),
    ("In twenty twenty-two I went to Poland with my son.", "twenty twenty-two"),
    ("her visa runs out in twenty twenty-six I think", "twenty twenty-six"),
    ("she was born in two thousand and one", "two thousand and one"),
    ("the clinic said it's on the twenty-second not the twelfth so can you change the taxi", "twelfth"),
    ("what happened on the night of the twenty-ninth?", "twenty-ninth"),
    ("She came to clinic on the sixth and the twentieth.", "twentieth"),
])
def test_a_year_or_a_day_said_aloud_is_removed(engine, text, said):
    assert said in _all(engine, text)


@pytest.mark.parametrize("text", [
    "we had nineteen ninety five people at the vigil",
    "she owes two thousand pounds to him",
    "she lives on the fifth floor",
    "it was the tenth time she had rung",
    "on the fifth of May, twenty minutes later, she rang",
])
def test_counts_said_aloud_are_no_dates(engine, text):
    pieces = _all(engine, text)
    for word in ("ninety", "thousand", "fifth floor", "tenth", "twenty minutes"):
        assert word not in pieces


# --- references, phones and house numbers said aloud -----------------------------------------

@pytest.mark.parametrize("text, said", [
    ("her custody number is one four stroke zero eight eight one she's asked", "one four stroke zero eight eight one"),
    ("Her clinic number with us is T F, four four, seven one, two, if she could ring", "T F, four four, seven one, two"),
    ("our reference is H as in hotel, two five, slash, oh four four one seven. We've got a room",
     "H as in hotel, two five, slash, oh four four one seven"),
    ("her N R M reference is M S one double four zero nine full stop", "M S one double four zero nine"),
    ("my port reference is L H R stroke four seven seven one. I don't know", "L H R stroke four seven seven one"),
])
def test_a_reference_read_out_with_its_letters(engine, text, said):
    pieces = removed(engine, text)
    assert said in pieces  # whole, and no further ("... one. I" is not the reference's)


@pytest.mark.parametrize("text", [
    "she has a number of two three four five things to sort",
    "NHS No 999-466-8730\nI confirm that she attended",
])
def test_no_reference_is_read_across_a_line_or_from_counts(engine, text):
    assert not any(p in ("I", "two three four five") or p.endswith("\nI") for p in removed(engine, text))


@pytest.mark.parametrize("text, said", [
    ("the other one is oh seven seven oh oh nine hundred and six seven four okay thanks",
     "oh seven seven oh oh nine hundred and six seven four"),
    ('"seven seven double oh nine hundred and ninety-nine, with the oh in front"',
     "seven seven double oh nine hundred and ninety-nine"),
])
def test_a_phone_number_said_with_its_hundred_and_tens(engine, text, said):
    assert said in removed(engine, text)


@pytest.mark.parametrize("text", ["Old Chen, one hundred and eighty thousand yuan, paid in cash",
                                  "Two hundred and six seconds from pick-up to dispatch"])
def test_money_and_seconds_said_aloud_are_no_phone_number(engine, text):
    assert not any("hundred" in p for p in removed(engine, text))


@pytest.mark.parametrize("text, numbers", [
    ("CALLER: Fourth floor, flat forty-two, no, forty-four, forty-four", ["flat forty-two", "forty-four"]),
    ("She is living at number eighteen, or eighty, she is not sure, Corbel Street.", ["eighteen", "eighty"]),
    ("address is forty no fourteen hang on let me check yeah fourteen a ladysmith road comma",
     ["fourteen a ladysmith road"]),
    ("she's back with us room eleven if anyone wants to pop over", ["room eleven"]),
])
def test_a_house_number_said_and_corrected(engine, text, numbers):
    pieces = removed(engine, text)
    for number in numbers:
        assert number in pieces
    assert not any(p in ("no", "or") for p in pieces)


@pytest.mark.parametrize("text", ["she can sleep in the staff room two nights but not more",
                                  "it was her number one priority, at number one in her list"])
def test_a_count_after_room_or_number_one_is_no_address(engine, text):
    assert not any("two" in p or p == "one" for p in removed(engine, text))


# --- e-mails and handles said aloud -----------------------------------------------------

@pytest.mark.parametrize("text, said", [
    ("NADIA: Can I send it to an email?\nLORRAINE: lozza askew at example dot net. All one word.",
     "lozza askew at example dot net"),
    ("Email's gary at sheldrake tyres dot example dot co dot uk.", "gary at sheldrake tyres dot example dot co dot uk"),
    ("to referrals at lantern house dot example dot org subject line", "referrals at lantern house dot example dot org"),
    ("Send it to me direct, lyle dot okonedo at wessmoor police dot example dot net.",
     "lyle dot okonedo at wessmoor police dot example dot net"),
])
def test_an_email_address_said_aloud_whole(engine, text, said):
    assert said in removed(engine, text)


@pytest.mark.parametrize("text, said", [
    ("his snapchat is big k underscore seventy seven and his number was", "big k underscore seventy seven"),
    ('She\'s also on Snapchat as "chlo dot xo underscore", something like that.', "chlo dot xo underscore"),
    ("Her insta's mya dot xx dot babe... [inaudible]", "mya dot xx dot babe"),
    ("username nicole ferns ninety-six - she chose it", "nicole ferns ninety-six"),
    ('she read her ID aloud: "lily eight eight six two". Her passport', "lily eight eight six two"),
])
def test_a_handle_said_aloud_whole(engine, text, said):
    assert said in removed(engine, text)


def test_a_platform_named_in_a_sentence_is_no_handle(engine):
    assert removed(engine, "she is on snapchat all day and on insta every night") == []


# --- premises in a note in lower case ---------------------------------------------------------

@pytest.mark.parametrize("text, said", [
    ("she finds it hard to attend the surgery at thornlea medical practice full stop", "thornlea medical practice"),
    ("hiya this is sharon from pellow house um just calling about chantelle", "pellow house"),
    ("yeah it's dean from dunsholt motors calling about the van", "dunsholt motors"),
])
def test_premises_named_in_lower_case_with_their_kind(engine, text, said):
    assert said in removed(engine, text)


def test_premises_found_in_lower_case_are_removed_where_named_again(engine):
    text = "roxy: he works at grays motors on the ring rd\nmags: omg grays? my cousin buys his cars there"
    assert removed(engine, text).count("grays") == 1 and "grays motors" in removed(engine, text)


@pytest.mark.parametrize("text", ["tell her to chase law centre by friday", "MS said health project. He shut the door."])
def test_an_everyday_word_before_a_kind_of_premises_names_none(engine, text):
    pieces = _all(engine, text)
    assert "centre" not in pieces and "project" not in pieces


# --- children --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, child", [
    ("cant come 2day sorry babe, nursery rang baby T got a temp of 39", "T"),
    ("Mon 17/2 - R wet the bed again (3rd time this week).", "R"),
    ("Some of Y2 laughed. R hit him. Mrs Achebe rang me.", "R"),
    ("| L. Atherton | T-R (8), M (5), unborn (EDD 17/05) | with mum", "T-R"),
    ("| L. Atherton | T-R (8), M (5), unborn (EDD 17/05) | with mum", "M"),
    ("JC: attendance 86%. T-R is in Year 3, Kingfishers class.", "T-R"),
    ("Gwen - can you confirm Romeo and P-J's slot for Sat 15th please.", "P-J"),
    ("her sister (baby O) was screaming so it was chaos", "O"),
    ("Little Man has chickenpox so nursery won't have him.", "Little Man"),
    ('Said "T-Bone" gives him lifts and food.', "T-Bone"),
    ('Kelsey says "Big S" is Shaquille something', "Big S"),
    ("pushed into a door; Kenya (4) - asleep upstairs, woke crying.", "Kenya"),
    ("Contact note - dad (Jordan) and Mason, Sat 12/07.", "Jordan"),
    ("voice note from Jordan (Mason's dad) to Ash, typed up 19/3", "Jordan"),
    ("Present: PR (SW), Leanne, nan Sandra, Mrs Dunmore (TA)", "PR"),
])
def test_a_child_or_a_relative_as_a_family_record_writes_them(engine, text, child):
    assert child in removed(engine, text)


@pytest.mark.parametrize("text", [
    "Vitamin B (5) and hep B. Plan B (2) agreed.",
    "The word \"Safe\" is on the door. \"Hello\" said the man. \"Okay\" said Jo.",
    "Big Issue seller outside the Little Chef",
    "Nationalities: Romania (12), Poland (3)",
])
def test_letters_words_and_counts_that_name_no_child(engine, text):
    pieces = _all(engine, text)
    for word in ("B", "Safe", "Hello", "Okay", "Big Issue", "Little", "Romania", "Poland"):
        assert word not in pieces.split(" | ")


def test_a_familys_table_names_its_mothers_and_children(engine):
    text = ("date,mum,child(ren),child_dob,referrer,notes\n"
            "2025-05-06,Chantelle G,Ocean,2025-04-02,project,first session\n"
            "2025-05-13,Linh N,Bin,2024-09-08,self,with interpreter")
    pieces = removed(engine, text)
    for value in ("Chantelle G", "Ocean", "Linh N", "Bin", "2025-04-02", "2024-09-08"):
        assert value in pieces
    assert "project" not in pieces and "self" not in pieces


@pytest.mark.parametrize("text, school", [
    ("with support from Ffion Hale, SENCo, Windlecombe St Mary's C of E Primary", "Windlecombe St Mary's C of E Primary"),
    ("Bramblewick Baby Bank - referral", "Bramblewick Baby Bank"),
])
def test_a_church_school_and_a_baby_bank(engine, text, school):
    assert school in removed(engine, text)


def test_a_place_named_bank_is_no_bank_of_what_is_given(engine):
    pieces = removed(engine, "Destiny says Kai is Joseph at Holly Bank Primary.")
    assert "Joseph" in pieces and not any(" at " in p for p in pieces)


@pytest.mark.parametrize("text, said", [
    ("OPERATOR: Do you know the postcode?\nCALLER: zed jay nine, four dee ee\nOPERATOR: thank you",
     "zed jay nine, four dee ee"),
    ('Postcode she said as "queue ex seven, two are tee" = QX7 2RT.', "queue ex seven, two are tee"),
    ('Bank: she read the sort code "forty, eleven, sixty-two" and the account', "forty, eleven, sixty-two"),
    ('Date of birth: "one, six, zero, four, zero, five" - so twenty.', "one, six, zero, four, zero, five"),
    ("oh two two one, extension three three zero. Or the mobile", "three three zero"),
    ("I'm going to give you a reference. It's two one five of today's date.", "two one five"),
    ("officers present were P C four four zero one and P C two nine eight six full stop", "four four zero one"),
    ("A black BMW. I only got the end of the plate, X R W. Or X R V.", "X R V"),
])
def test_what_a_call_says_after_its_word(engine, text, said):
    assert said in removed(engine, text)


def test_a_count_of_todays_clients_is_no_log(engine):
    assert removed(engine, "we saw one or two of today's clients") == []


@pytest.mark.parametrize("text, name", [
    ("Baby: Ocean Lily Mensah-Grey   DOB 02.04.2025", "Ocean Lily Mensah-Grey"),
    ("worth going out. Will, the new volunteer, did really well.", "Will"),
    ("Sapphire (working name) rang the helpline, 20:10", "Sapphire"),
])
def test_a_name_its_label_role_or_working_name_says_is_one(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text", ["Mum: well, tired. Baby: Feeding Well.", "Monday, the support worker came.",
                                  "Today, the new volunteer came"])
def test_a_labelled_answer_or_a_day_beside_a_role_names_none(engine, text):
    assert removed(engine, text) == []


@pytest.mark.parametrize("text, name", [
    ("plan face to face tomorrow nine fifteen with doctor faraday full stop", "faraday"),
    ("new line G P doctor hallam at the surgery new line reason", "hallam"),
])
def test_a_name_after_a_title_dictated_in_lower_case(engine, text, name):
    assert name in removed(engine, text)


def test_a_title_in_lower_case_before_a_word_names_none(engine):
    pieces = removed(engine, "saw the doctor who said she was fine, nurse practitioner came, doctor today, "
                             "nurse led clinic, dr appointment")
    assert not any(w in " ".join(pieces) for w in ("who", "practitioner", "today", "led", "appointment"))


@pytest.mark.parametrize("text", ["Outreach nurse handover JP -> MA", "GENERAL HOSPITAL - NURSE TRIAGE PHONE NOTE"])
def test_a_nurses_task_and_a_heading_in_capitals_name_nobody(engine, text):
    assert not any(w in " ".join(removed(engine, text)) for w in ("handover", "TRIAGE"))


# --- what the attack on the spoken forms found (session 18) ------------------------------------

@pytest.mark.parametrize("text, said", [
    ("flat eleven block c, Gorsefield estate", "flat eleven"),
    ("room twelve floor three", "room twelve"),
    ("she stayed in room fourteen one night only", "room fourteen one"),
    ("since twenty nineteen she's been with us", "twenty nineteen"),
    ("Worker: DOB?\nClient: seven nine ninety six", "seven nine ninety six"),
    ("Do you know the postcode?\n\nClient (via interpreter): queue ex seven two bee tee", "queue ex seven two bee tee"),
    ("postcode um it's er zed jay nine four dee ee thanks", "zed jay nine four dee ee"),
    ("the sort-code forty eleven sixty two and the account", "forty eleven sixty two"),
    ("ring the office, ext two one four please", "two one four"),
    ("flat forty-two, no wait, forty-four", "forty-four"),
    ("flat forty two or is it forty four", "forty four"),
    ("she's at twenty seven penhallow close", "twenty seven penhallow close"),
    ("officers were P C four four zero one and DC seven seven three one", "seven seven three one"),
    ("email is shaz lomond eighty eight at example dot com", "shaz lomond eighty eight at example dot com"),
    ("her whatsapp name is nicole ferns ninety-six", "nicole ferns ninety-six"),
    ("she's at marlowe hotel again", "marlowe hotel"),
])
def test_the_spoken_forms_an_attack_found_leaking(engine, text, said):
    assert said in removed(engine, text)


def test_a_name_said_in_an_address_is_removed_where_said_again(engine):
    text = ("Worker: can I take an email?\nCaller: it's shaz lomond at example dot com\n"
            "Worker: thanks. and shaz is that your first name?")
    assert removed(engine, text).count("shaz") == 1


@pytest.mark.parametrize("text, kept", [
    ("text her on oh seven seven oh oh nine oh oh six seven four twenty minutes before", "twenty"),
    ("see you at nineteen thirty tonight", "nineteen"),
    ("she owes nineteen ninety for the deposit", "nineteen"),
    ("her eyesight is twenty twenty", "twenty"),
    ("on the fifth of May, twenty-two women attended", "twenty-two"),
    ("this is the fifth, she's had four before", "fifth"),
    ("she went down to number two on the list", "two"),
    ("one two three of today's women were new", "three"),
    ("she's on snapchat twenty four seven", "seven"),
    ("look up universal credit at gov dot uk", "universal"),
    ("car park, a B M W parked. car crash. P T S D since", "B M W"),
    ("he takes twenty pounds each way, a ten minute walk from here", "pounds"),
    ("has started turning up at grandmother's house; seen in the antenatal clinic", "house"),
    ("Stuart is the one who drive girls for Marta", "drive"),
])
def test_ordinary_speech_the_spoken_rules_keep(engine, text, kept):
    assert kept not in " ".join(removed(engine, text))


# --- what the attack on the family forms found (session 18) ------------------------------------

@pytest.mark.parametrize("text, child", [
    ("Mum says R wet the bed again last night and R hit his sister", "R"),
    ("10:05 J ran to dad and hugged him.", "J"),
    ("R wets the bed most nights. R hits out when tired at school.", "R"),
    ("A-J is in Year 5. A-J has an EHCP.", "A-J"),
    ("Re: T-R (a child, aged 8) and M (a child, aged 5)", "T-R"),
    ("Children: T (8yo), M (5 y/o), K (18m).", "K"),
    ("'T-Bone' gives him lifts to the hotel.", "T-Bone"),
    ("Children: Aaron (9) - at school; Kenya (4) - asleep upstairs", "Kenya"),
    ("Will, the new FSW, was great", "Will"),
    ("Sapphire (w/n) rang the helpline", "Sapphire"),
    ("Present: PR (SW); DW (Chair)", "DW"),
    ("Invited: KT (HV), LM (SENCo)", "KT"),
])
def test_the_family_forms_an_attack_found_leaking(engine, text, child):
    assert child in removed(engine, text)


@pytest.mark.parametrize("text, kept", [
    ("X took the post down after 2 days. X kept her account suspended.", "X"),
    ("G hit her really fast. She bought G from him. Her mum was told.", "G"),
    ("Option B gave her more time at the school.", "B"),
    ("M-F is fine for appointments", "M-F"),
    ("The Baby Bank is open Tues. Emergency Food Bank parcel.", "Emergency"),
    ("Mum: Tearful. Baby: Jaundiced, feeding well.", "Tearful"),
    ("Nationalities seen: Albania (4), Kenya (2), India (3).", "Kenya"),
    ("Family abroad: Mum (Kenya), Dad (India).", "India"),
    ("Luckily, the new volunteer spotted it", "Luckily"),
    ("Surname (legal name): ____", "Surname"),
    ("Waiting for the Big One", "Big"),
    ("| Child | Concern |\n| Eldest | school |\n| Twin 1 | feeding |", "Eldest"),
])
def test_what_the_family_rules_keep(engine, text, kept):
    assert kept not in removed(engine, text) and not any(kept in p.split() for p in removed(engine, text))



@pytest.mark.parametrize("text, said", [
    ("HANDLER: Your reference is six one two of today.\nKIRSTY: Six one two. Thanks.", "Six one two"),
    ("make sure only 07700 900 263 is used from now.\nTONI: Two six three. Not two three six.", "Two six three"),
    ("Home visit. Flat nine, number a hundred and twelve, Hobart Terrace.", "a hundred and twelve, Hobart Terrace"),
    ("Wing: Heron wing, cell two-nineteen. Her hearing is Monday", "cell two-nineteen"),
    ("she was working from the flat on Penfold Walk, number six, upstairs.", "six"),
    ("Her birthday is the ninth of January. Year ninety-eight.", "ninety-eight"),
])
def test_a_number_said_again_or_after_its_street(engine, text, said):
    assert said in removed(engine, text)


def test_a_count_said_is_no_number_said_again(engine):
    assert "one two three" not in removed(engine, "we gave out one two three packs and the number is 07700 900 123")


@pytest.mark.parametrize("text, said", [
    ("ref number LHR stroke four seven seven one. thanks", "LHR stroke four seven seven one"),
    ("our ref H25 slash oh four four one seven ok", "H25 slash oh four four one seven"),
    ("she was born in ninety six, in Kyiv", "ninety six"),
    ("ring the office extension two fourteen", "two fourteen"),
    ("with support from the SENCo, St Mary's Catholic Primary School", "St Mary's Catholic Primary School"),
    ("Children's names,DOB\nOcean,2021-10-19\nRiver,2023-01-02", "River"),
])
def test_what_the_attacks_left_open_and_a_later_look_mended(engine, text, said):
    assert said in removed(engine, text)


@pytest.mark.parametrize("text, said", [
    ('Surname as spelled by the interpreter: "F for Frank, E, R, R for Romeo, E, I, R, A" - Ferreira',
     "F for Frank, E, R, R for Romeo, E, I, R, A"),
    ("His name's Wayne. Wayne Tilley. T-I-double L-E-Y.", "T-I-double L-E-Y"),
])
def test_a_name_spelled_with_the_words_that_say_its_letters(engine, text, said):
    assert said in removed(engine, text)


@pytest.mark.parametrize("text", ["the plate, it's like, then B, K, G I think.",
                                  "my name is Carly Dean d.o.b 8-7-90 and I need a doctor"])
def test_letters_after_a_word_of_spelling_further_on_spell_no_name(engine, text):
    assert not any(p in ("I", "d", "o", "b") or p.startswith("d.o") for p in removed(engine, text))
