"""Social media handles: @names, handles given after or before a platform's name, user names
joined with underscores (creepy_carl69), and user names run together with a given name in
them (PunterPaul, SussexPete)."""

import re

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import fold, given_names, zipf
from deidentify.recognizers.base import RegexRecognizer
from deidentify.recognizers.email import DOMAIN_ENDINGS

_PLATFORMS = r"insta(?:gram)?|ig|snap(?:chat)?|tiktok|twitter|telegram|onlyfans|facebook|fb"
_PARTS = re.compile(r"[A-Z][a-z]+")
_DOMAIN_END = re.compile(r"\.(?:" + "|".join(DOMAIN_ENDINGS) + ")$", re.IGNORECASE)
_TIME = re.compile(r"(?i)\d{1,2}(?:[:.]\d{2})?(?:am|pm)")  # "by 1am"
HANDLE_MAX = 3.0  # Zipf frequency: a word English uses more is no user name ("pics on insta")


class SocialHandleRecognizer(RegexRecognizer):
    ENTITY = "SOCIAL_HANDLE"
    PATTERNS = (
        ("at_handle", r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?", 0.85),
        ("platform", r"(?i:\b(?:" + _PLATFORMS + r"|handle|username|user name)\b)"
                     r"\s*(?:is|name|:|-)?\s*"
                     r"(?P<v>@?[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))", 0.8),
        # chat IDs of the apps service users' families use (WeChat, LINE, Viber, Zalo...)
        ("chat_id", r"(?i:(?:\b(?:wechat|weixin|viber|zalo|kakao(?:talk)?|telegram|tg|signal|"
                    r"line|skype|discord|whatsapp|wa|imo|botim)\s*(?:id|name|handle|username|no)\b"
                    r"|\b(?:wechat|weixin|viber|zalo|kakao(?:talk)?|skype|discord)\b|微信|ไลน์)"
                    r"\s*(?:is|:|：|-)?\s*)(?P<v>@?[A-Za-z0-9_][A-Za-z0-9_.\-]{1,30}[A-Za-z0-9_])", 0.8),
        # a forum's poster: 'thread "Stavenham - Bella" by user RoverMan67'
        ("by_user", r"(?i:\b(?:(?:posted\s+)?by|from)\s+(?:(?:user|member|poster):?\s*)?)"
                    r"(?P<v>@?[A-Za-z0-9_][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])", 0.75),
        # "DM tsbrookxx on insta"
        ("before_platform", r"(?<![\w@.])(?P<v>[A-Za-z0-9_.]{3,30})\s+on\s+(?i:" + _PLATFORMS
                            + r")\b", 0.7),
        # user names with dots and digits: "zara.xo.22" (not "No.5": three letters first)
        ("dotted", r"(?<![\w@./])[A-Za-z]{3}[A-Za-z0-9]*+(?:\.[A-Za-z0-9]+){1,3}"
                   r"(?![\w@/]|\.\w)", 0.6),
        ("underscored", r"(?<![\w@./])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w@/])", 0.7),
        ("run_together", r"(?<![\w@./])[A-Z][a-z]+(?:[A-Z][a-z]+)+\d*(?![\w@/])", 0.6),
    )

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern == "chat_id":
            # a chat ID is not an ordinary word ("WeChat group"): it has a digit, _ . or -
            return any(c.isdigit() or c in "_.-" for c in value)
        if pattern == "dotted":  # a digit in it, and no web address ("example.com")
            return any(c.isdigit() for c in value) and not _DOMAIN_END.search(value)
        if pattern == "by_user":  # a user name: a digit, "_" or a capital inside ("RoverMan67")
            name = value.lstrip("@")
            return any(c.isalpha() for c in name) and not _TIME.fullmatch(name) and (
                any(c.isdigit() or c == "_" for c in name)
                or any(c.isupper() for c in name[1:]) and any(c.islower() for c in name))
        if pattern == "platform":
            return fold(value.lstrip("@")) not in STOP_WORDS  # "on insta for pics"
        if pattern == "before_platform":
            return zipf(fold(value)) < HANDLE_MAX
        if pattern == "run_together":
            # a given name among the parts: PunterPaul, not AdultWork, YouTube or PayPal
            names = given_names()
            return any(len(p) >= 4 and fold(p) in names for p in _PARTS.findall(value))
        return True
