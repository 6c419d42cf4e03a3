"""A Chinese double-byte label on the other family's bytes: Big5 pages labelled gbk/gb2312, GBK pages big5.

GB18030 decodes almost any byte string and Big5-HKSCS a good many, so such a page "decodes" by its label and
comes out as mojibake no later step can repair. Text decoded right is nearly all common characters (GB2312 level-1
hanzi, Big5's frequent-character block): 99 % and more on real pages; the same bytes read through the other
family's table fall to about 40-60 %, full of rare ideographs and kana. The label's reading is replaced only when
it scores low and the other family's reading is strict and scores high.
"""
from __future__ import annotations

import re

from pactwatch.lazy import once

_OTHER = {"gb18030": "big5hkscs", "big5hkscs": "gb18030"}
# compiled on the first page labelled with a Chinese double-byte encoding (most runs have none)
@once
def _cjkish() -> re.Pattern:
    """The CJK-ish characters, compiled on the first page labelled with a Chinese double-byte encoding."""
    return re.compile(r"[\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\ue000-\uf8ff\uf900-\ufaff]")
MIN_CHARS = 20
LOW, HIGH = 0.75, 0.9


def _common(ch: str) -> bool:
    for codec, low, high in (("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6)):
        try:
            lead = ch.encode(codec)[0]
        except UnicodeEncodeError:
            continue
        if low <= lead <= high:
            return True
    return False


def common_share(text: str) -> tuple[float, int]:
    """Share of common Chinese characters among the CJK-like characters of `text`, and how many there were."""
    chars = _cjkish().findall(text)
    return (sum(map(_common, chars)) / len(chars), len(chars)) if chars else (1.0, 0)


def other_family(body: bytes, text: str, encoding: str) -> tuple[str, str] | None:
    """(text, encoding) of the other Chinese family when the label's reading `text` is mojibake, else None."""
    other = _OTHER.get(encoding)
    if other is None:
        return None
    share, count = common_share(text)
    if count < MIN_CHARS or share >= LOW:
        return None
    try:
        alt = body.decode(other)
    except UnicodeDecodeError:
        return None
    alt_share, alt_count = common_share(alt)
    return (alt, other) if alt_count >= MIN_CHARS and alt_share >= HIGH else None
