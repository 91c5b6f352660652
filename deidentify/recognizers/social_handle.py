"""Social media handles: @names, and handles given after a platform's name."""

from deidentify.recognizers.base import RegexRecognizer


class SocialHandleRecognizer(RegexRecognizer):
    ENTITY = "SOCIAL_HANDLE"
    PATTERNS = (
        ("at_handle", r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?", 0.85),
        ("platform", r"(?i:\b(?:insta(?:gram)?|ig|snap(?:chat)?|tiktok|twitter|telegram|onlyfans|"
                     r"facebook|fb|handle|username|user name)\b)\s*(?:is|name|:|-)?\s*"
                     r"(?P<v>@?[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))", 0.8),
        # chat IDs of the apps service users' families use (WeChat, LINE, Viber, Zalo...)
        ("chat_id", r"(?i:(?:\b(?:wechat|weixin|viber|zalo|kakao(?:talk)?|telegram|tg|signal|"
                    r"line|skype|discord|whatsapp|wa|imo|botim)\s*(?:id|name|handle|username|no)\b"
                    r"|\b(?:wechat|weixin|viber|zalo|kakao(?:talk)?|skype|discord)\b|微信|ไลน์)"
                    r"\s*(?:is|:|：|-)?\s*)(?P<v>@?[A-Za-z0-9_][A-Za-z0-9_.\-]{1,30}[A-Za-z0-9_])", 0.8),
    )

    def validate(self, value: str, pattern: str = "") -> bool:
        # a chat ID is not an ordinary word ("WeChat group"): it has a digit, _ . or -
        return pattern != "chat_id" or any(c.isdigit() or c in "_.-" for c in value)
