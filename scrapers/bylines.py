"""Byline dates in the shapes the general patterns of pagemeta.py do not read, each read only when it is sure.

- Republic-of-China (民國) years on Taiwan pages: 中華民國113年9月24日, 民國113年9月24日, and a three-digit year
  under a date label (發布日期：113-09-24, 日期：113/09/24): year + 1911.
- All-numeric days (24/09/2024, 09/24/2024, 24.09.2024): one part over 12 settles the order; otherwise the page's
  locale does (`<html lang>`, og:locale, content-language: en-US writes month first, other regions day first);
  with no locale the day is ambiguous and no date is given (a wrong date costs more than none).
- A line with both an update and a publication stamp ("Updated: … | Published: …"): the published one.
Pure functions over text or a parsed tree.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from lxml.html import HtmlElement

_MINGUO = re.compile(r"(?:中華)?民國\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MINGUO_LABELED = re.compile(
    r"(?<!更新)(?<!修改)(?<!修訂)(?:發布|發佈|公告|刊登|上稿)?(?:日期|時間)\s*[:：]?\s*(1[01]\d)\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d/.-])")
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-])")
_PUBLISHED = re.compile(r"(?:first\s+)?(?:published|posted|發布|發佈|发布|發表|发表|首发|首發|刊发|刊發)(?:\s+on)?\s*(?:日期|時間|时间)?\s*[:：]?",
                        re.I)
_MDY_REGIONS = frozenset({"us", "ph", "fm", "mh", "pw"})
_LOCALE = re.compile(r"^([a-z]{2,3})(?:[-_]([a-z]{2}))?", re.I)


def valid_date(y: int, m: int, d: int) -> date | None:
    """The date, or None where it does not exist or lies outside what a news page can carry (1995 to today)."""
    try:
        found = date(y, m, d)
    except ValueError:
        return None
    return found if date(1995, 1, 1) <= found <= datetime.now().date() else None


def minguo_date(text: str) -> date | None:
    """A date written with a Republic-of-China year (民國113年9月24日, 日期：113-09-24), in the Western calendar."""
    m = _MINGUO.search(text) or _MINGUO_LABELED.search(text)
    return valid_date(int(m.group(1)) + 1911, int(m.group(2)), int(m.group(3))) if m else None


def day_order(tree: HtmlElement) -> str | None:
    """'mdy' or 'dmy': how the page's locale writes all-numeric dates; None when it names no telling locale."""
    candidates = [tree.getroottree().getroot().get("lang"), tree.getroottree().getroot().get("xml:lang")]
    for el in tree.xpath('//meta[@property="og:locale" or @http-equiv="content-language" '
                         'or @http-equiv="Content-Language" or @name="language"]'):
        candidates.append(el.get("content"))
    for value in candidates:
        m = _LOCALE.match((value or "").strip())
        if not m:
            continue
        language, region = m.group(1).lower(), (m.group(2) or "").lower()
        if region in _MDY_REGIONS:
            return "mdy"
        if language == "en" and region in ("", "ca"):
            continue  # English with no region, or Canada (both orders in use): says nothing
        if language == "zh" and region not in ("hk", "mo", "sg"):
            continue  # mainland and Taiwan pages write year first; a numeric day-month there is unusual
        return "dmy"
    return None


def numeric_date(text: str, order: str | None) -> tuple[date | None, bool]:
    """The first all-numeric day in `text` (24/09/2024) read by `order`, and whether one was left ambiguous.

    Day and month are told apart by a part over 12, by equal parts, else by `order`; a dotted date (24.09.2024)
    is day first wherever it is written. Without any of these the date is ambiguous: (None, True)."""
    for m in _NUMERIC.finditer(text):
        a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
        if a > 12 or a == b or (b <= 12 and (sep == "." or order == "dmy")):
            day, month = a, b
        elif b > 12 or order == "mdy":
            day, month = b, a
        else:
            return None, True
        found = valid_date(y, month, day)
        if found:
            return found, False
    return None, False


def published_part(chunk: str) -> str | None:
    """In a line that also gives an update stamp, the text after its 'Published'/'發布' label; None if no label."""
    m = _PUBLISHED.search(chunk)
    return chunk[m.end():] if m else None
