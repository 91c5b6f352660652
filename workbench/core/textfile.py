"""Decode a text file the way case systems and spreadsheets save them, or say why not.

Accepted: UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark (Excel's
"Unicode text") and Windows-1252 (older Excel "CSV"). A file that is UTF-8 in some lines and
Windows-1252 in others (two exports pasted together) is refused with the first line that is
not UTF-8: read as either encoding alone, some of its names would silently become mojibake.
"""

from __future__ import annotations

import codecs
import re

from workbench.core.errors import InputError

ENCODINGS = ("utf-8-sig", "cp1252")  # utf-8-sig also reads UTF-8 without a BOM
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def _first_bad_line(raw: bytes, error: UnicodeDecodeError) -> int:
    return raw.count(b"\n", 0, error.start) + 1


def decode_text(raw: bytes, name: str) -> tuple[str, str]:
    """Return the text and the encoding's name; InputError names the file and the line."""
    if raw.startswith(UTF16_BOMS):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError(f"{name}: starts like UTF-16 text but is not valid UTF-16; save it "
                             "again as CSV UTF-8") from None
    try:
        text, encoding = raw.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError as exc:
        if not raw[:exc.start].isascii() or _has_utf8_sequences(raw[exc.end:]):
            raise InputError(
                f"{name}: line {_first_bad_line(raw, exc)} is not UTF-8 but other lines are: "
                "the file mixes UTF-8 and Windows-1252 text; save it again as CSV UTF-8 "
                "(or fix that line)") from None
        try:
            text, encoding = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as exc1252:
            raise InputError(f"{name}: line {_first_bad_line(raw, exc1252)} is not readable as "
                             "UTF-8 or Windows-1252 text; is it a binary file?") from None
    if "\x00" in text:
        raise InputError(f"{name}: contains NUL bytes; is it a binary file saved as .csv?")
    return text, encoding


def _has_utf8_sequences(raw: bytes) -> bool:
    """Does any later part of the file hold a well-formed multi-byte UTF-8 character?"""
    decoded = raw.decode("utf-8", errors="replace")
    return _NON_ASCII.search(decoded) is not None
