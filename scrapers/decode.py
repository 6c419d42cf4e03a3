"""Turn response bytes into text the way a browser would, but trusting labels only when the bytes agree.

Chinese news sites often serve GBK without a charset, or Big5 under a wrong `charset=utf-8` header; decoding
those by the label gives mojibake that no later step can repair. Order: byte-order mark, then the HTTP
charset, then `<meta charset>` / `http-equiv` / XML declaration in the first 2 KB, each used only if the body
really decodes with it, then UTF-8, then statistical detection (charset-normalizer).
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from scrapers.cjk_labels import other_family

SNIFF_BYTES = 2048

# WHATWG label mapping where it differs from Python's codecs: use the superset the web really means.
_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030",
    "hz-gb-2312": "gb18030", "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "cp950": "big5hkscs",
    "x-x-big5": "big5hkscs", "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
    "us-ascii": "cp1252", "ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252",
    "iso-8859-9": "cp1254", "latin5": "cp1254", "tis-620": "cp874", "iso-8859-11": "cp874",
    "euc-kr": "cp949", "ks_c_5601-1987": "cp949", "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
    "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8",
}
_SINGLE_BYTE = {"cp1252", "cp1254", "cp874", "iso8859-15", "cp1250", "cp1251", "cp1253", "cp1255", "cp1256",
                "cp1257", "cp1258", "koi8-r", "koi8-u", "iso8859-2", "iso8859-5", "iso8859-7", "mac-roman"}

# Candidates for detection: the encodings the web actually uses (no DOS code pages), most likely first.
_WEB_ENCODINGS = ("utf_8", "cp1252", "gb18030", "big5", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255",
                  "cp1256", "cp1257", "cp1258", "cp874", "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_15",
                  "koi8_r", "koi8_u", "cp932", "euc_jp", "iso2022_jp", "cp949", "cp866")

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([^"';\s,]+)""", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)["']""", re.I)


def normalize_encoding(label: str | None) -> str | None:
    """Map a charset label to the Python codec browsers effectively use (gbk → gb18030); None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _SUPERSETS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _SUPERSETS.get(name, name)
    return "utf-8" if name in ("utf-8-sig",) else name


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value, or None."""
    match = _CT_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def sniff_declared_charset(body: bytes) -> str | None:
    """Charset declared inside the document (XML declaration, <meta charset>, http-equiv) in the first 2 KB."""
    head = body[:SNIFF_BYTES]
    for pattern in (_XML_DECL, _META_CHARSET):
        match = pattern.search(head)
        if match:
            return match.group(1).decode("ascii", "replace")
    return None


def _try_decode(body: bytes, encoding: str) -> str | None:
    """Decode strictly; tolerate a rare bad byte only in UTF-8 pages with plenty of valid multibyte text."""
    try:
        return body.decode(encoding)
    except UnicodeDecodeError:
        pass
    except LookupError:
        return None
    if encoding != "utf-8":
        return None
    text = body.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    non_ascii_chars = sum(1 for ch in text if ord(ch) > 127) - bad
    return text if bad <= 3 and non_ascii_chars >= 50 * bad else None


def _label_decodes(body: bytes, label: str | None) -> tuple[str, str] | None:
    encoding = normalize_encoding(label)
    if encoding is None or encoding.startswith("utf-16") and not body[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return None
    text = _try_decode(body, encoding)
    if text is None:
        return None
    if encoding in ("gb18030", "big5hkscs"):  # a GBK label on Big5 bytes or the reverse: the bytes' own family
        return other_family(body, text, encoding) or (text, encoding)
    if encoding in _SINGLE_BYTE and not body.isascii():
        # A single-byte label accepts any bytes; if the body is valid UTF-8 it was almost surely meant as that.
        try:
            return body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    return text, encoding


def detect_encoding(body: bytes) -> str | None:
    """Guess the encoding from the bytes alone (charset-normalizer, web encodings only); None if hopeless."""
    best = from_bytes(body, cp_isolation=list(_WEB_ENCODINGS)).best()
    if best is None:
        return None
    # Equivalent candidates decode these bytes identically; take the one the web most often means.
    same = set(best.could_be_from_charset) | {best.encoding}
    for name in _WEB_ENCODINGS:
        if name in same:
            return normalize_encoding(name)
    return normalize_encoding(best.encoding)


def utf16_without_bom(body: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for a body that is UTF-16 with no byte-order mark, else None.

    Markup is mostly ASCII, so UTF-16 text has a NUL in every other byte (odd offsets little-endian, even ones
    big-endian); no 8-bit encoding of a web page does. Labels are not trusted for this (`charset=utf-16` is
    often sent with UTF-8 bytes, and browsers then read UTF-8)."""
    head = body[:512]
    if len(head) < 16 or len(head) % 2:
        head = head[:len(head) - len(head) % 2]
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    half = len(head) // 2
    if odd.count(0) >= 0.3 * half and even.count(0) <= 0.05 * half:
        return "utf-16-le"
    if even.count(0) >= 0.3 * half and odd.count(0) <= 0.05 * half:
        return "utf-16-be"
    return None


def decode_body(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode an HTML/XML body to (text, encoding) as a browser would, checking every label against the bytes."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(encoding, "replace"), encoding
    wide = utf16_without_bom(body)
    if wide:
        return body[:len(body) - len(body) % 2].decode(wide, "replace"), wide
    for label in (charset_from_content_type(content_type), sniff_declared_charset(body)):
        found = _label_decodes(body, label)
        if found is not None:
            return found
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = detect_encoding(body)
    if encoding:
        try:
            return body.decode(encoding), encoding
        except UnicodeDecodeError:
            return body.decode(encoding, "replace"), encoding
    return body.decode("utf-8", "replace"), "utf-8"
