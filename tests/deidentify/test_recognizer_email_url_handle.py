import pytest

from deidentify.recognizers.email import EmailAddressRecognizer
from deidentify.recognizers.social_handle import SocialHandleRecognizer
from deidentify.recognizers.url import WebAddressRecognizer
from tests.deidentify.conftest import found, removed


@pytest.mark.parametrize("value", ["viki.rose@example.net", "x_ana+work@mail.test",
                                   "ștefania.b@example.org"])
def test_emails(value):
    """(and addresses spelled out to get past a site's filter: test_spelled_emails)"""
    assert found(EmailAddressRecognizer(), f"contact {value}.") == [(value, "EMAIL_ADDRESS")]


@pytest.mark.parametrize("value", [
    "https://www.adultads.example/profile/1234567", "www.vivid-ads.example/escort/nikki-leeds",
    "adultwork.example/1204453", "punterboard.test/u/angel", "http://escortlistings.example/x",
])
def test_urls(value):
    assert (value, "URL") in found(WebAddressRecognizer(), f"her ad at {value}, still live")


@pytest.mark.parametrize("text", ["e.g. the clinic", "Dr. Patel", "at 10.30am", "hep B 2.5ml",
                                  "email x@example.com"])
def test_url_look_alikes(text):
    assert found(WebAddressRecognizer(), text) == []


@pytest.mark.parametrize("text,value", [
    ("messaging @angel_22 on insta", "@angel_22"), ("insta @destinyxoxo_uk", "@destinyxoxo_uk"),
    ("my snap is crystal.b.99 if easier", "crystal.b.99"), ("IG: lola.ldn", "lola.ldn"),
    ("47 dms from creepy_carl69 asking for freebies", "creepy_carl69"),
    ("posted by frank_the_tank", "frank_the_tank"),
    ("DM tsbrookxx on insta for pics", "tsbrookxx"),
    ("otherwise 9/10. PunterPaul", "PunterPaul"), ("- SussexPete", "SussexPete"),
    ("zara.xo.22: hiii is this becky", "zara.xo.22"),
    ('thread "Stavenham - Bella (new)" by user RoverMan67, 17-11', "RoverMan67"),
])
def test_social_handles(text, value):
    assert value in [v for v, _ in found(SocialHandleRecognizer(), text)]


def test_an_email_is_not_a_handle():
    assert found(SocialHandleRecognizer(), "write to ana@example.com") == []


@pytest.mark.parametrize("text", ["find me on insta for pics", "pics on insta", "on insta for pics",
                                  "see No.5 and v1.2", "mum.com",
                                  "saw her on AdultWork", "sent it on WhatsApp via PayPal"])
def test_handle_look_alikes(text):
    """An everyday word beside a platform's name, and a platform's own run-together name (no
    given name in it), are no user names."""
    assert found(SocialHandleRecognizer(), text) == []


@pytest.mark.parametrize("text,value", [
    ("email me jess.xo at example dot com or text", "jess.xo at example dot com"),
    ("mail kaz [at] example [dot] co [dot] uk", "kaz [at] example [dot] co [dot] uk"),
    ("email me Jess.xo at example Dot com or", "Jess.xo at example Dot com"),  # restored copy
])
def test_spelled_emails(text, value):
    assert found(EmailAddressRecognizer(), text) == [(value, "EMAIL_ADDRESS")]


@pytest.mark.parametrize("text", ["meet at the station dot com", "see you at home dot",
                                  "at 10 dot com"])
def test_spelled_email_look_alikes(text):
    assert found(EmailAddressRecognizer(), text) == []


def test_a_forums_posters_where_their_posts_start(engine):
    thread = ("Thread: \"Avoid flat on Gannet Rd?\"\noldhand62 (2 June 2027): Heard the two girls "
              "at the flat\nVelvet_Rope: not my business mate\nAnon1987 (3 June 2027): I did.\n"
              "grumpygit: same girl was at the Dock Rd flat before")
    pieces = removed(engine, thread)
    assert {"oldhand62", "Anon1987", "grumpygit", "Velvet_Rope"} <= set(pieces)


@pytest.mark.parametrize("text,value", [('Reply from advertiser sashaxo: "this is lies"', "sashaxo")])
def test_a_user_named_by_their_role_on_a_site(text, value):
    assert (value, "SOCIAL_HANDLE") in found(SocialHandleRecognizer(), text)


def test_labels_opening_lines_are_no_posters(engine):
    assert removed(engine, "Plan: review in 2 weeks\nNote: pt well\nUM27: ok\nCD4: 350") == []


def test_a_long_reddit_user_name(engine):
    text = "Posted by u/northern_escort_throwaway, 02/02/2025, replying to /u/northern_lass_99"
    assert {"u/northern_escort_throwaway", "/u/northern_lass_99"} <= set(removed(engine, text))


def test_a_systems_user_names_and_a_users_folder_in_a_path(engine):
    text = ("2025-02-11 11:52:19  p.vyas        VIEW     Opened tab: Health\n"
            "! Can't sync: C:\\Users\\tfairclough\\OneDrive - Project\\Casework\n"
            "saved in /home/kwalsh/notes, e.g. the rota")
    out = removed(engine, text)
    assert {"p.vyas", "tfairclough", "kwalsh"} <= set(out) and "e.g" not in "".join(out)
