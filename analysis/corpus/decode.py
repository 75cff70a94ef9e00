"""Turn the bytes of an uploaded or saved file into clean, normalised text.

Files come from anywhere: editors that write UTF-16 with a BOM, Windows tools
that write cp1252, scrapers that leave NUL bytes. Decoding is strict first and
falls back in a fixed order, so 'caña' survives whichever of these wrote it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

__all__ = ["BIDI_CONTROLS", "DecodeError", "decode_bytes", "decode_report", "escape_controls", "is_blank", "normalize_text", "show_bidi"]


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept (the message says why)."""


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab and newlines never belong in article text.
RE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
# Runs of inline white space that need folding into one space: any run that
# is not already a single plain space (matching every single space would
# rebuild the whole text for nothing).
_INLINE = r" \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000"
RE_INLINE_SPACE = re.compile(rf"[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000][{_INLINE}]*| [{_INLINE}]+")
RE_MANY_NEWLINES = re.compile(r"\n{3,}")
# A character that is not white space (``str.isspace`` and ``\s`` agree): where :func:`is_blank` looks first.
RE_VISIBLE = re.compile(r"\S")
# Anything normalize_text would change besides NFC and the ends: a control character, white space
# other than a space or newline, two spaces, a space beside a newline, three newlines.
RE_NEEDS_WORK = re.compile(rf"{RE_CONTROL.pattern}|[^\S \n]|  | \n|\n |\n\n\n")
# The same test as one character class (a control character, or white space other than a space or newline:
# every ``str.isspace`` character, which is what ``\s`` matches, but those two) and four substring tests in C:
# 2.5x cheaper than RE_NEEDS_WORK's alternation, which tries each branch at every character. A test checks
# the class against RE_NEEDS_WORK's first two branches on every code point.
_ODD_SPACE = "\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
RE_ODD_CHARACTER = re.compile(f"[{RE_CONTROL.pattern[1:-1]}{_ODD_SPACE}]")
NEEDS_WORK_PAIRS = ("  ", " \n", "\n ", "\n\n\n")
# Bidirectional-text controls: embeddings and overrides (U+202A-202E), isolates (U+2066-2069),
# marks (U+200E, U+200F, U+061C). In a label they can reverse what a reader sees
# ("gpj.exe" shown as "exe.jpg"); they are shown as visible tags there instead.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
RE_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
# What a terminal would act on: C0 and C1 control characters (ESC starts colour and cursor
# sequences), DEL, and the bidi controls; line separators too, which would break a table row.
RE_TERMINAL = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}]")
# Share of control characters above which decoded "text" is really binary.
MAX_CONTROL_SHARE = 0.05


# A well-formed UTF-8 sequence of two to four bytes: in a file that is not valid UTF-8 as a whole,
# these mean it mixes UTF-8 with a single-byte encoding (text pasted from two sources).
RE_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
MIXED = "mixes UTF-8 and cp1252 (Windows) text: each part was read in its own encoding; save the file as UTF-8"


def _cp1252_fallback(err: UnicodeError) -> tuple[str | bytes, int]:
    """Codec error handler: the bytes that are not UTF-8, read one by one as cp1252 (latin-1 where cp1252 has none)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    undefined = b"\x81\x8d\x8f\x90\x9d"  # no cp1252 character: kept as latin-1
    return "".join(chr(b) if b in undefined else bytes([b]).decode("cp1252") for b in bad), err.end


codecs.register_error("contraste-cp1252", _cp1252_fallback)


def decode_report(data: bytes) -> tuple[str, str | None]:
    """Like :func:`decode_bytes`, with a warning when the file mixes UTF-8 and cp1252.

    Such a file (UTF-8 text with a paragraph pasted from a Windows tool) is not valid UTF-8,
    and read as cp1252 its UTF-8 letters would become mojibake ("niÃ±o"); each part is read
    in its own encoding instead, and the warning says so.

    >>> decode_report("El niño".encode() + " y la caña".encode("cp1252"))
    ('El niño y la caña', 'mixes UTF-8 and cp1252 (Windows) text: each part was read in its own encoding; save the file as UTF-8')
    """
    plain = not any(data.startswith(bom) for bom, _ in _BOMS) and b"\x00" not in data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if plain and RE_UTF8_SEQUENCE.search(data):
            text = data.decode("utf-8", errors="contraste-cp1252")
            _check_controls(text)
            return text, MIXED
    else:
        if plain:  # what decode_bytes reads too (no byte-order mark, no NUL: UTF-8), without decoding it again
            _check_controls(text)
            return text, None
    return decode_bytes(data), None


def _check_controls(text: str) -> None:
    controls = len(RE_CONTROL.findall(text))
    if text and controls / len(text) > MAX_CONTROL_SHARE:
        raise DecodeError(f"binary file ({controls} control characters in {len(text)}), not text")


def decode_bytes(data: bytes) -> str:
    """Decode file bytes: BOM-marked UTF-8/16/32, else UTF-8, else cp1252, else latin-1.

    Raises:
        DecodeError: when the data holds NUL bytes or mostly control characters
            (a binary file), naming what was found.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise DecodeError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}: {err.reason}"
                ) from err
    if b"\x00" in data:
        raise DecodeError("binary file (contains NUL bytes), not text")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        _check_controls(text)
        return text
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def normalize_text(text: str) -> str:
    """NFC-normalise, drop control characters, fold runs of spaces, keep paragraph breaks.

    >>> normalize_text("  Caña\\r\\n\\r\\n\\r\\n dulce\\t\\tverde ")
    'Caña\\n\\ndulce verde'
    """
    if (
        not RE_ODD_CHARACTER.search(text)
        and not any(pair in text for pair in NEEDS_WORK_PAIRS)
        and text == text.strip()
        and unicodedata.is_normalized("NFC", text)
    ):
        return text  # already clean, as most texts are (RE_NEEDS_WORK finds nothing): a few scans in C, no rewrite
    return _normalize(text)


def _normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = RE_INLINE_SPACE.sub(" ", RE_CONTROL.sub("", text))
    lines = [line.strip() for line in text.split("\n")]
    return RE_MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def is_blank(text: str) -> bool:
    """Whether ``normalize_text(text)`` would be empty (only white space and control characters), without building it.

    >>> is_blank(" \\u200b\\t\\n\\u00a0"), is_blank(" a ")
    (True, False)
    """
    # The first character that is not white space decides, unless it is a control character (which goes).
    first = RE_VISIBLE.search(text)
    if first is not None and not RE_CONTROL.match(first.group()):
        return False
    return not RE_CONTROL.sub("", text).strip()


def show_bidi(text: str) -> str:
    r"""A label with its bidirectional controls made visible as ``<U+202E>`` tags, so none reorders what is shown.

    >>> show_bidi("Diario\u202egpj.exe")
    'Diario<U+202E>gpj.exe'
    """
    return RE_BIDI.sub(lambda m: f"<U+{ord(m.group()):04X}>", text) if RE_BIDI.search(text) else text


def escape_controls(text: object) -> str:
    r"""``text`` for a terminal: control characters (ESC, CR, newlines, C1) and bidi controls as visible escapes.

    >>> print(escape_controls("a\x1b[31mRED\nb\u202ec"))
    a\x1b[31mRED\nb\u202ec
    """
    text = str(text)
    if not RE_TERMINAL.search(text):
        return text
    return RE_TERMINAL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
