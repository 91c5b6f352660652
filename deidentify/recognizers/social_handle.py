"""Social media handles: @names, and handles given after a platform's name."""

from deidentify.recognizers.base import RegexRecognizer


class SocialHandleRecognizer(RegexRecognizer):
    ENTITY = "SOCIAL_HANDLE"
    PATTERNS = (
        ("at_handle", r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?", 0.85),
        ("platform", r"(?i:\b(?:insta(?:gram)?|ig|snap(?:chat)?|tiktok|twitter|telegram|onlyfans|"
                     r"facebook|fb|handle|username|user name)\b)\s*(?:is|name|:|-)?\s*"
                     r"(?P<v>@?[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))", 0.8),
    )
