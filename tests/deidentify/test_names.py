"""Person names: the hard cases of this field."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,name", [
    ("Saw Ioana Popescu at the flat.", "Ioana Popescu"),
    ("Met Ștefania and two new women.", "Ștefania"),
    ("spoke to ioana - staying with siriporn at the flat", "ioana"),
    ("spoke to ioana - staying with siriporn at the flat", "siriporn"),
    ("Angel says the maid changed.", "Angel"),
    ("Works as Precious on the website.", "Precious"),
    ("known as Crystal by the regulars", "Crystal"),
    ("Only Tracey working tonight.", "Tracey"),
    ("cash taken from Mei Ling and Jin.", "Jin"),
    ("Nadia B - reattended for results.", "B"),
    ("Interpreter Mr Ho via Language Line.", "Ho"),
    ("hey its crystal can u text me", "crystal"),
    ("Małgorzata Wiśniewska attended with a friend.", "Wiśniewska"),
])
def test_names_are_removed(engine, text, name):
    assert any(name in piece for piece in removed(engine, text)), removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("Referred to Migrant Help and IOM for voluntary return.", "Migrant Help"),
    ("Referred to Migrant Help and IOM for voluntary return.", "IOM"),
    ("She is Romanian and speaks little English.", "Romanian"),
    ("She is Romanian and speaks little English.", "English"),
    ("Moved from Romania to London last year.", "Romania"),
    ("Drives a silver Ford Focus.", "Ford"),
    ("Passed to ugly mugs and the Sex Work Liaison Unit.", "Sex Work Liaison Unit"),
    ("Home Office letter came.", "Home Office"),
])
def test_services_places_and_nationalities_are_kept(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text)), removed(engine, text)


def test_a_title_stays_before_a_removed_name(engine):
    out = engine.deidentify(["Referred to Dr Okafor for review."])[0].text
    assert out.startswith("Referred to Dr [PERSON_") and "Okafor" not in out


@pytest.mark.parametrize("text,name", [
    ('She said "mă numesc Ionela Marinescu, dar aici"', "Ionela Marinescu"),
    ("Mam na imię Agnieszka, mieszkam w Łodzi", "Agnieszka"),
    ("Pani Agnieszka Wróbel attended with a friend", "Agnieszka Wróbel"),
    ("Ela disse: me chamo Rosângela e trabalho", "Rosângela"),
    ("Пишет: меня зовут Олена, я из Киева", "Олена"),
    ("Client 王小梅 attended", "王小梅"),
    ("我叫林小雨，住在那边", "林小雨"),
    ("สวัสดีค่ะ ชื่อแพรวาค่ะ", "แพรวา"),
    ("Khun Siriporn came with her cousin", "Siriporn"),
    ("Doamna Viorica holds her documents", "Viorica"),
])
def test_names_after_cues_and_titles_in_the_service_users_languages(engine, text, name):
    assert any(name in r for r in removed(engine, text)), removed(engine, text)


@pytest.mark.parametrize("text,name", [
    ("ID BAND READS DANIELLE PRICE, MRN 4471", "DANIELLE PRICE"),
    ("ED NOTE. TONI 34F KNOWN TO SERVICE", "TONI"),
    ("PT SEEN AT ST MARY'S HOSPITAL ED", "MARY'S HOSPITAL"),
    ("hi this is amber can u call me", "amber"),
    # after a title a word in capitals is a name, however common or unknown the word
    ("FAMILY MEETING WITH DR KAPLAN AND NIECE AT 2PM", "KAPLAN"),
    ("PCP DR. O'NEIL AWARE OF PLAN", "O'NEIL"),
    ("MRS GREEN VISITED THIS PM", "GREEN"),
    ("PLAN D/C TO ST. AGNES REHAB WHEN STABLE", "AGNES"),
    ("Seen by Dr. Pashley today, plan d/c to St. Agnes rehab.", "Pashley"),
    ("WANTS UPDATE FROM DR SEGAL, LEFT # 555-0163.", "SEGAL"),  # the model: a nationality
    ("BED 3 - MRS GREENHALGH - ?UTI/DELIRIUM", "GREENHALGH"),
    ("CHAPLAIN FR. O'ROURKE VISITED.", "O'ROURKE"),
    ("PLAN: CTA NECK, SANE NURSE K. BOUDREAUX CALLED.", "BOUDREAUX"),  # after an initial
    ("FEMALE IULIA MOCANU. SUSPECT RAFAL JEDRZEJEWSKI DETAINED, VEH LK66 XPO.", "RAFAL"),
    ("PT: O'NEILL-BLAKE, SHAUNA  GUM NO PC-041-229", "O'NEILL"),
    ("Female on scene, injured. Suspect RAFAL JEDRZEJEWSKI detained, car seized.", "RAFAL"),
])
def test_names_in_capitals_and_lower_case(engine, text, name):
    assert any(name in r for r in removed(engine, text)), removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("I am fine, sunt bine azi", "bine"),
    ("PT SEEN IN TRIAGE, REPORTS PAIN IN LEFT ARM", "PAIN"),
])
def test_ordinary_words_around_cues_and_in_capitals_are_kept(engine, text, kept):
    assert not any(kept in r for r in removed(engine, text)), removed(engine, text)


def test_a_word_english_never_uses_is_no_nationality(engine):
    # the small model tags it as a nationality (NORP), which the workbench keeps
    assert "Jonyeee" in removed(engine, "It was so nice meeting you and Jonyeee today")
    assert not any("Romanian" in r for r in removed(engine, "She is Romanian, new in town."))


@pytest.mark.parametrize("text,name", [
    ("Mature lady Hope 48, curvy, warm and friendly.", "Hope"),  # an everyday word, an age
    ("Kaz its me lou new num, dont answer the old one", "Kaz"),
    ("Daz took my old phone so dont answer if it rings", "Daz"),
    ("bed 12 mr patel - DKA resolving", "patel"),
    ('KATARZYNA W. ("KASIA"), DOB 22/06/1995', "KASIA"),
    ("Client: Bogdana (Bogi), referred by PC Aldridge", "Bogi"),
    ("his pastor (Rev. Calloway, Greater Bethel AME) will visit", "Calloway"),
    ("Name: Adaeze Nwachukwu   Known as: Dazzy DOB: 3rd April 1997", "Dazzy"),
    ("DOB: 27th Dec 1991   Preferred name: Pree", "Pree"),
    ("Police attended - PC Kerr and PCSO Lomax 9021.", "Lomax"),
    ('Jade: girls avoid a man in a red Kia\nToni: same guy did it to me', "Jade"),
])
def test_names_in_adverts_chats_and_handovers(engine, text, name):
    assert any(name in r for r in removed(engine, text)), removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("Will 20 mins late, sorry", "Will"),
    ("Seen with the IDVA (Albanian speaking) and Sarah (HCA) today", "Albanian"),
    ("Seen with the IDVA (Albanian speaking) and Sarah (HCA) today", "HCA"),
    ("gc/ct naat sent, ua sent", "naat"),
])
def test_words_beside_a_name_that_are_no_names(engine, text, kept):
    assert not any(kept in r for r in removed(engine, text)), removed(engine, text)


def test_clinical_shorthand_in_a_note_in_capitals_is_no_identifier(engine):
    """The model tags "S/P", "MRN", "GCS" as people and organisations, and Presidio's US
    licence pattern takes "X2" and "Q4": left in a note in capitals; a word that is a word
    or a known name stays found ("THE RED DOOR", "KEMP")."""
    text = ("PT S/P MVC, GCS 14, MRN ON FILE. NEBS Q4, SUCTIONED X2. PT: ROSALIND KEMP. "
            "PT REPORTS SEX WORK FROM THE RED DOOR.")
    pieces = removed(engine, text)
    for word in ("S", "P", "GCS", "MRN", "Q4", "X2"):
        assert word not in pieces, pieces
    assert any("KEMP" in p for p in pieces) and any("RED" in p for p in pieces), pieces


@pytest.mark.parametrize("text,name", [
    ("Outreach log - Tues 2/2/27 - Lauren (write-up), Jo, Will driving. Cold, wet.", "Will"),
    ("staff on: RB / Abdi / Sue (vol)", "RB"),
    ("Indoor outreach Fri 11/12 - NR + Luana. Busy night.", "NR"),
    ("Came in: Angel, Storm, Kerry-Ann, Tash (much better).", "Storm"),
    ("Cold night. Tash + Honey together at Canal Side.", "Honey"),
    ("| 24/12/26 | Stavenham | Mark / Marco / Will | 07700 900 812 |", "Will"),
    ("IR (Bella) seen w/ LM + KD - FR chat done", "KD"),
])
def test_a_word_listed_beside_a_person_is_a_person(engine, text, name):
    assert any(name in r.replace("+", " ").split() for r in removed(engine, text)), \
        removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("Dear Sarah, Thank you for your letter.", "Thank"),
    ("Yours sincerely, J. Appleton, Decision Maker", "Decision"),
    ("worker Olena speaks UA/RU with her.", "RU"),
    ("Saw Kim, GP and SW today.", "GP"),
    ("Met Jo / Mon and Tues at the van.", "Mon"),
    ("has strangled two women. Tall, ginger beard, Liverpool accent.", "Tall"),
    ("Mark / Spice / Crack / Heroin use disclosed.", "Spice"),
    ("Kirsty + Weed.", "Weed"), ("Lisa & Probation.", "Probation"), ("Fiona / Tinder.", "Tinder"),
    ("Outreach with Ellie: Condoms, Lube, Femidoms handed out.", "Condoms"),
    ("Lauren + DV + SA.", "DV"), ("Frequency TDS -> QDS after review.", "QDS"),
])
def test_a_word_beside_a_person_that_is_no_list_item_stays(engine, text, kept):
    assert kept not in removed(engine, text), removed(engine, text)


def test_a_chat_exports_speakers_after_their_time_stamps_are_removed_however_common(engine):
    text = ("06/01/2027, 20:03 - Will Duncan: van's fixed\n06/01/2027, 20:05 - Precious: legend\n"
            "06/01/2027, 20:11 - Jo Okafor: Tonight: me + Lauren walking.\n"
            "[06/01/2027, 20:12:40] Bex: yeah")
    out = removed(engine, text)
    assert {"Will Duncan", "Precious", "Bex"} <= set(out) and "Tonight" not in out, out


@pytest.mark.parametrize("text", [
    "Out 21:15, back 01:05. Will driving the van, me on foot.",
    "Van fridge still broken, Will to ring the garage.", "- Will says the van's making a noise.",
])
def test_will_before_a_word_the_verb_never_precedes_is_a_name(engine, text):
    assert "Will" in removed(engine, text), removed(engine, text)


@pytest.mark.parametrize("text", ["Will you call me?", "Will be late tonight.", "What will happen?"])
def test_will_as_the_verb_stays(engine, text):
    assert not any("ill" in r for r in removed(engine, text)), removed(engine, text)


def test_a_quoted_name_after_a_strong_cue_however_common_but_no_quoted_word_after_a_weak_one(
        engine):
    out = removed(engine, 'said her name was "Summer". He keeps it all for "dívida".')
    assert "Summer" in out and "dívida" not in out, out


def test_a_rare_given_name_with_its_family_name_in_capitals(engine):
    out = removed(engine, "Dear Colleague,\nRe: Supaporn KAEWMANEE DOB 12/03/1992\nThis lady attended")
    assert "Supaporn KAEWMANEE" in out, out


def test_an_initial_with_its_full_stop_before_a_signed_name(engine):
    out = removed(engine, "PT EDUCATED ON NALOXONE. CALL LIGHT IN REACH. -R. PATEL RN")
    assert "R. PATEL" in out, out


@pytest.mark.parametrize("text,name", [
    ("Walk in. kirsty DOB 18/9/95. Interpreter Gemma Brown.", "kirsty"),
    ("Robbery at 117 Chapel Row. Star DOB 11.11.2002 hit by a client.", "Star"),
])
def test_a_word_just_before_a_date_of_birth_is_whose_it_is(engine, text, name):
    assert name in removed(engine, text), removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("Client name Jasmine KHAN, exact DOB not given yet", "exact"),
    ("with Oana send ur dob again i need it", "ur"), ("Son DOB 3/4/10, at school", "Son"),
])
def test_a_word_before_dob_that_is_no_name_stays(engine, text, kept):
    assert kept not in removed(engine, text), removed(engine, text)


# what a helper's attack on this round's rules found (fresh eyes, synthetic sentences)
@pytest.mark.parametrize("text,kept", [
    ("Will ring her tomorrow about the letter.", "Will"), ("Will bring condoms on Friday.", "Will"),
    ("She read her Will and testament.", "Will"),
    ("Verified DOB 12/03/1990 against her passport.", "Verified"),
    ("Approx DOB 1990, no ID seen.", "Approx"), ("Her real DOB 12/3/90 differs.", "real"),
    ("19:00 - Briefing: all staff\n20:30 - Outreach: van out\n22:00 - Debrief: quiet", "Briefing"),
    ("Plan as above.\nSH nurse", "SH"), ("Mirtazapine PRN for sleep.", "Mirtazapine"),
    ("Key: SA = Sexual assault, DV = domestic violence", "SA"), ("Bloods taken today. FBC]", "FBC"),
    ("Jess + BF came together to the van.", "BF"), ("Heard by user reports online", "reports"),
    ("CCTV camera 3 covers the car park.", "camera 3"), ("Christmas party on the ward.", "Christmas"),
    ("Meet in Halifax, OK.", "OK"), ("Called back, she was ok by 1am.", "1am"),
])
def test_words_the_attack_found_taken_for_identifiers_stay(engine, text, kept):
    pieces = removed(engine, text)
    assert not any(kept == p or kept in p.split() for p in pieces), pieces


def test_a_two_letter_name_is_not_repeated_after_a_label_that_is_no_speaker(engine):
    text = "Seen with Ed (volunteer).\nPlan: ed attendance if worse."
    assert text.rindex("ed attendance") not in {s.start for s in engine.find([text])[0]}


@pytest.mark.parametrize("text,value", [
    ("Kowalski no. 07700 900123", "Kowalski"), ("Met Nkechi number 07700 900 123 for texts.", "Nkechi"),
    ("6/1/27, 8:05 PM - Precious: hi\n6/1/27, 8:06 PM - Sunshine: ok\n6/1/27, 8:07 PM - Precious: x",
     "Sunshine"),
    ("2027-01-06 20:05 - Precious: hi\n2027-01-06 20:06 - Sunshine: ok", "Sunshine"),
    ("HUSBAND ED AT BEDSIDE, ED STATES SHE FELL.", "ED"),
    ("number that ends in 0812, text first", "0812"), ("Last 4 digits of her mobile are 0812.", "0812"),
    ("posted by RoverMan67 last week", "RoverMan67"), ("CA plate no. 8KXY417 seen", "8KXY417"),
    ("Byłam w maju w szpitalu.", "maju"), ("PC 1184 SHARMA ATTENDED.", "SHARMA"),
    ("Star (DOB 11.11.2002) hit by a client.", "Star"), ("h/o RM to NR at 8pm", "NR"),
])
def test_identifiers_the_attack_found_in_other_wordings_go(engine, text, value):
    assert any(value in p for p in removed(engine, text)), removed(engine, text)


def test_the_emergency_department_is_kept_where_a_note_says_it_is_a_place(engine):
    pieces = removed(engine, "PT BROUGHT TO ED BY AMBULANCE. ADMITTED FROM ED. ED TRIAGE NOTE.")
    assert not any("ED" in p.split() for p in pieces), pieces


def test_a_chats_speaker_is_found_in_its_messages_in_any_language(engine):
    chat = ("Bora: Elira a je mire? \nElira: po mire jam. jam ne shtepi te re.\n"
            "Bora: une jam akoma ne qytet")
    assert removed(engine, chat).count("Elira") == 2


_ONE_PER_LINE = ("van log fri 14th\ncold, 4 degrees. 9 contacts.\n- lou\n- becca + her mate shannon "
                 "(new-ish, 2nd time seen)\n- nikki w\n- roxy\n- \"blondie\" - wont give name\n"
                 "- 3 eastern european girls\n- tash (the tall one)\n- quiet night, van back 1am")


@pytest.mark.parametrize("name", ["becca", "blondie", "tash"])
def test_people_listed_one_per_line(engine, name):
    assert name in removed(engine, _ONE_PER_LINE)


def test_a_list_of_people_one_per_line_keeps_its_other_words(engine):
    assert not {"quiet", "eastern"} & set(" ".join(removed(engine, _ONE_PER_LINE)).split())


@pytest.mark.parametrize("text,kept", [
    ("Roxy says she might be at her nan's in Westrigg.", "nan"),
    ("Brought by Harbour Light outreach van, worker Ciaran waiting", "van"),
    ("H/CT/GC NAAT, pregnancy test neg. Depo given, due again 20/07.", "NAAT"),
    ("H/CT/GC NAAT, pregnancy test neg. Depo given, due again 20/07.", "Depo"),
])
def test_words_the_model_takes_for_names_that_name_nobody(engine, text, kept):
    assert kept not in removed(engine, text)


@pytest.mark.parametrize("text,name", [
    ("PT REQUESTS NO CALLS TO EMERGENCY CONTACT (BF \"DRE\").", "DRE"),
    ("She says the man (\"Dez\") is her \"boyfriend\" and \"looks after her\".", "Dez"),
    ("a Thai woman who didnt want to talk, name on rota \"Ploy\".", "Ploy"),
    ("LINE voice message, from \"Ploy\" to Dao at the service", "Ploy"),
])
def test_a_name_in_quotes_after_a_word_for_a_person(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text", ["told her to \"calm down\" and said \"ok\" then left",
                                  "Says she's \"stopped working\" but later said not"])
def test_a_quoted_phrase_is_no_name(engine, text):
    assert removed(engine, text) == []


def test_a_speaker_in_latin_letters_and_their_own_script(engine):
    chat = "10:01\tAmy 小美\t今天那边警察好多\n10:03\tFon ฝน\tpolice at the road?? why"
    assert "Fon ฝน" in removed(engine, chat)


def test_a_short_name_joined_to_a_person(engine):
    assert "Mo" in removed(engine, "Left base 20:40. Driver Gaz, on the van Hannah + Mo, me (Tilly) walking.")


@pytest.mark.parametrize("text,name", [
    ("Cold, wet, only 5 out. Star took 20 condoms and a rape alarm.", "Star"),
    ("Candy worried this gives away where she lives. Dawn to report post.", "Dawn"),
])
def test_an_everyday_word_that_is_a_given_name_doing_what_a_person_does(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text", ["Hope to see you soon at the drop-in.",
                                  "He gave number 07700 900 499. Man drove off in grey car."])
def test_an_everyday_word_at_a_sentences_start_stays(engine, text):
    assert not {"Hope", "Man"} & set(removed(engine, text))


@pytest.mark.parametrize("text,name", [
    ("(unknown) hi its bunny off quarry hill can u ring me", "bunny"),
    ("Crystal: im out of hospital btw thx rose for getting my bag", "rose"),
    ("can storm n me come tues. need the form", "storm"),
])
def test_a_lower_case_word_a_text_greets_thanks_or_pairs_with_me_is_a_name(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text", ["hiya its late, sorry", "hi its ok", "thx babe see u later x",
                                  "jonno has pics of me and says hes sending them"])
def test_what_a_text_says_of_the_time_or_calls_a_friend_stays(engine, text):
    assert not {"late", "ok", "says"} & set(removed(engine, text))


@pytest.mark.parametrize("text,name", [
    ("14/05/2027  Pt: Wanida \"Nok\" Srisuk  Clinic no GUM 60-1147", "Wanida"),
    ("Works from a flat with two other Thai women (\"Ploy\" and \"Fon\"), advertised online.", "Ploy"),
])
def test_names_around_a_nickname_in_quotes(engine, text, name):
    assert any(name in piece for piece in removed(engine, text))


def test_a_role_before_a_nickname_in_quotes_stays(engine):
    pieces = removed(engine, "WORKS THE TRACK. PIMP \"BIG MIKE\" MAY CALL ASKING FOR HER")
    assert "BIG MIKE" in " ".join(pieces) and not any("PIMP" in p for p in pieces)


def test_a_note_is_asked_whether_it_is_english_once(engine, monkeypatch):
    """A chat of many name-like words rebuilt the note's text for each (quadratic): the answer
    is kept on the note's doc."""
    import deidentify.recognizers.person_names as person_names
    calls = []
    real = person_names.english
    monkeypatch.setattr(person_names, "english", lambda text: calls.append(1) or real(text))
    engine.find(["Nok: hi\nBora: Elira a je\n" * 40])
    assert len(calls) <= 1


@pytest.mark.parametrize("text,piece", [
    ("Referrer: Gwenllian Rhodes, the project, 07700 900 126", "Gwenllian Rhodes"),
    ("7. Tazz Kelleher (ref 029431) - HCV RNA positive", "Tazz Kelleher"),
    ("REPORT TO RN OKAFOR, B. PLAN D/C", "OKAFOR, B"),
    ("PT: ADEYEMI, BLESSING A   MRN M01049918", "ADEYEMI, BLESSING A"),
    ("Titular: STANCU MIRELA-ELENA   CNP 2960704210033", "MIRELA-ELENA"),
    ("Documentos: a Dra. Albernaz vai pedir a segunda via", "Albernaz"),
    ("Dolly 💅: who's out?\nRoxanne 🍑: me at the front\nMisty: dolly u about?", "dolly"),
])
def test_names_whole_in_capitals_hyphens_titles_abroad_and_chats(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


def test_a_word_of_another_language_before_a_name_is_no_name(engine):
    assert not any(p.startswith("Clienta") for p in removed(engine, "Clienta: María José Ruiz"))


@pytest.mark.parametrize("text,names", [
    ('She said a name that sounded like "Jo" or "Joanne". Then', ["Jo", "Joanne"]),
    ('a man called "Kieran" or "Ki", tall', ["Kieran", "Ki"]),
    ('UM-27-047 "Reginald"/"Reg" + younger man', ["Reginald", "Reg"]),
])
def test_a_second_quoted_name_after_or_or_a_slash(engine, text, names):
    assert all(name in removed(engine, text) for name in names)


@pytest.mark.parametrize("text", ['told her to "calm down" or "Stop"', 'she said "no" or "Maybe"',
                                  'it sounded like "Help"'])
def test_quoted_words_after_or_and_sounded_like_stay(engine, text):
    assert removed(engine, text) == []


def test_a_nationality_or_language_the_model_takes_for_a_place_stays(engine):
    assert "Ukrainian" not in removed(engine, "Вікторія speaks Ukrainian with me, Russian when upset.")


@pytest.mark.parametrize("text,name", [("Mr French rang.", "French"), ("DS Welsh attended", "Welsh")])
def test_a_nationality_after_a_title_is_a_name(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,name", [("Van log 17/03/2027\nClient: Ruby\nSeen by the arches.", "Ruby"),
                                       ("Service user: Jade, 24", "Jade"),
                                       ("SU - Precious Okafor", "Precious Okafor"),
                                       ("Sender: Dolly\nMessage: who's out?", "Dolly")])
def test_a_name_after_a_label_of_a_person_even_an_everyday_word(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text", ["Client: Female, 28", "Pt: New referral", "Caller: Unknown",
                                  "Client: Declined to give name", "Contact: Police",
                                  "Client: Romanian woman"])
def test_what_a_label_of_a_person_says_of_them_stays(engine, text):
    assert removed(engine, text) == []


@pytest.mark.parametrize("text,piece", [("ADEYEMI, B (DOB 06/30/1999)", "ADEYEMI, B"),
                                        ("PT ADEYEMI, B ARRIVED", "ADEYEMI, B"),
                                        ("REPORT TO RN OKAFOR,B. PLAN D/C", "OKAFOR,B"),
                                        ("a dra. Albernaz vai pedir", "Albernaz"),
                                        ("Peaches 🍑: who is out?\nDolly: peaches u about?", "peaches")])
def test_initials_after_a_surname_a_lower_case_title_and_a_speaker_read_as_a_firm(engine, text, piece):
    assert piece in removed(engine, text)


def test_an_article_after_a_surname_and_a_comma_is_no_initial(engine):
    assert "SMITH, A" not in removed(engine, "SMITH, A WOMAN CAME IN")


@pytest.mark.parametrize("text,name", [
    ("Baby: girl, Mariya ASENOVA, 2.92kg", "Mariya ASENOVA"),
    ("Re: Blessing OSAGIE, DOB 04/10/1999 – address withheld", "Blessing OSAGIE"),
    ("HOLD PENDING SW/DFCS. SW A. MCCRAY CONSULTED 1530.", "A. MCCRAY"),
    ("PELVIC (CHAPERONE RN COLQUITT): MUCOPURULENT", "COLQUITT"),
    # "SURNAME, GIVEN" after a record's name label, however common or short the words
    ("PEDIATRIC ED PROVIDER NOTE\nPT: CARVER, HOPE E   16 Y/O F", "CARVER, HOPE E"),
    ("FORENSIC EXAM – NARRATIVE\nPT: LI, MEI   DOB: 07/22/1991", "LI, MEI"),
])
def test_a_family_name_in_capitals_after_a_given_name_or_a_role(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("Quê quán: tỉnh Nghệ An. Số CCCD 040301000512", "Số"),
    ("EXAM BY DR NAKASHIMA W RN CHAPERONE. CMT, ADNEXAL TENDERNESS", "CHAPERONE"),
    ("SISTER FAITH (19) KNOWS WHERE I AM. SW A. MCCRAY CONSULTED.", "AM"),
    ("Grace PERIOD ends. Will CALL you.", "PERIOD"),
])
def test_a_numbers_label_a_role_and_a_word_in_capitals_stay(engine, text, kept):
    assert not any(kept in piece.split() for piece in removed(engine, text))


def test_a_lower_case_given_name_that_is_an_everyday_word_where_only_a_person_stands(engine):
    from tests.deidentify.conftest import removed
    out = removed(engine, "saw hope on the corner, storm says she is fine and i told joy to ring")
    assert {"hope", "storm", "joy"} <= set(out)
    kept = removed(engine, "i hope she's ok. no hope of that. the summer said it all. "
                           "will says no. the bell says CHEN. the boss lady says no")
    assert not {"hope", "summer", "will", "bell", "lady"} & set(kept)
