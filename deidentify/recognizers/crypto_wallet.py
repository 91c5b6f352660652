"""Crypto wallet addresses of any chain, with or without a valid checksum, whole or written in
groups: "0x8f2c...a6" (Ethereum and the chains that share its form), "bc1q..." (Bitcoin's and
Litecoin's bech32), "TQ9x..." (Tron), a Monero, Solana or Dogecoin address, and "bc1q cy5w8ylq
jlyl9q7l ..." copied in groups.

Presidio's CryptoRecognizer finds Bitcoin's older addresses only, and only when their
checksum holds. An address copied by hand from a screenshot, or mistyped on purpose so that a
platform's filter does not see it, fails that check and still finds its owner: a wallet is
withheld whatever its checksum (fail closed). A long run of the letters and digits that
base58 uses (no 0, O, I or l), with capitals, small letters and digits all in it, is no word,
count or dose: it is read as an address.
"""

from __future__ import annotations

import re

from deidentify.recognizers.base import RegexRecognizer

_BASE58 = "1-9A-HJ-NP-Za-km-z"
CAMEL_SHARE = 0.6  # a run most of which is capitalised words is words, no address


class CryptoWalletRecognizer(RegexRecognizer):
    ENTITY = "CRYPTO"
    PATTERNS = (
        ("evm", r"(?<![\w/.-])0[xX][0-9a-fA-F]{40}(?![\w/-])", 0.9),
        # ... copied in groups of four: "0x71C7 656E C7ab 88b0 ..."
        ("evm_groups", r"(?<![\w/.-])0[xX][ ]?[0-9a-fA-F]{4}(?:[ .-][0-9a-fA-F]{4}){9}(?![\w/-])", 0.9),
        # bech32, whole or in groups of letters and digits ("bc1q cy5w8ylq jlyl9q7l ..."), with
        # any letter, as a wallet copied wrong or made up has them
        ("bech32", r"(?<![\w/.-])(?i:bc1|tb1|ltc1|addr1|stake1|cosmos1)(?i:[a-z0-9]{6,87}"
                   r"|[a-z0-9]{0,12}(?:[ \t][a-z0-9]{3,12}){3,12})(?![\w/-])", 0.9),
        # a long base58 run: Bitcoin's older addresses, Tron, Solana, Dogecoin, Litecoin, Monero
        ("base58", r"(?<![\w/.#-])[" + _BASE58 + r"]{26,110}(?![\w/-])", 0.6),
    )

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern == "bech32":
            # (in groups, most groups with a figure: not "bc1q please send money now")
            groups = value.split()[1:]
            return len(re.sub(r"\s", "", value)) >= 14 and any(c.isdigit() for c in value[3:]) \
                and sum(any(c.isdigit() for c in g) for g in groups) * 2 >= len(groups)
        if pattern == "base58":  # capitals, small letters and digits all three; not words run
            # together ("SafeSpaceWifiGuestAccess2Kx9Tm", a hashtag)
            words = sum(len(w) for w in re.findall(r"[A-Z][a-z]{2,}", value))
            return any(c.isupper() for c in value) and any(c.islower() for c in value) \
                and any(c.isdigit() for c in value) and words < CAMEL_SHARE * len(value)
        return True
