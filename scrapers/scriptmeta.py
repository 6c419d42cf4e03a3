"""Publication date and author account that a page keeps in its scripts or in labelled elements.

WeChat articles (mp.weixin.qq.com) and pages built like them print "昨天"/"前天" where the date goes and keep
the real one in script variables (`var ct = "1581517074"`, a Unix time; `publish_time = "2020-02-12"`) or in a
`publish_time` element; the author account is `var nickname = "..."` / the `js_name` element. Pure: reads the
parsed tree only.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from lxml.html import HtmlElement

_CHINA = timezone(timedelta(hours=8))  # the time zone these pages are published and read in
# WeChat's `var ct = "1581517074"` (quoted, as it writes it); longer names may be bare numbers
_UNIX_VARS = re.compile(
    r"""\bvar\s+ct\s*=\s*["'](1\d{9})["']|\b(?:create_time|publish_time|pub_time)\s*[=:]\s*["']?(1\d{9})\b"""
)
_DATE_VARS = re.compile(
    r"""\b(?:var\s+)?(?:publish_time|pub_time|publishTime|pubDate|publish_date)\s*[=:]\s*["'](\d{4})-(\d{1,2})-(\d{1,2})"""
)
# script data of other CMSs and apps: a publication time in seconds or milliseconds under a telling key
_UNIX_KEYS = re.compile(
    r"""\b(?:publishTime|publishedAt|published_at|publishedTime|datePublished|publish_date|pubDate|pubdate|"""
    r"""firstPublished|first_published_at|publish_time|pub_time)["']?\s*[=:]\s*["']?(1\d{9})(\d{3})?(?![\d.])"""
)
# a Unix time names a day only where every zone the sites write in agrees on it (UTC-8 to UTC+9)
_ZONES = tuple(timezone(timedelta(hours=h)) for h in (-8, -5, 0, 1, 8, 9))
_NICKNAME = re.compile(r"""\bvar\s+nickname\s*=\s*["']([^"'\\]{1,40})["']""")
_DATE_TEXT = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def _scripts(tree: HtmlElement) -> str:
    return "\n".join(s.text or "" for s in tree.iter("script"))


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        found = date(y, m, d)
    except ValueError:
        return None
    return found if date(1995, 1, 1) <= found <= datetime.now(_CHINA).date() else None


def script_date(tree: HtmlElement) -> date | None:
    """The date in a `publish_time` element, else in script variables (`var ct = "<unix time>"`, publish_time),
    else a Unix time (s or ms) under a publication key of script data (`"publishedAt": 1727136000000`)."""
    for el in tree.xpath('//*[@id="publish_time" or contains(@class, "publish_time")]'):
        m = _DATE_TEXT.search(el.text_content())
        if m and (found := _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))):
            return found
    code = _scripts(tree)
    m = _DATE_VARS.search(code)
    if m and (found := _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))):
        return found
    m = _UNIX_VARS.search(code)
    if m:
        day = datetime.fromtimestamp(int(m.group(1) or m.group(2)), _CHINA).date()
        return _valid(day.year, day.month, day.day)
    m = _UNIX_KEYS.search(code)
    if m:
        days = {datetime.fromtimestamp(int(m.group(1)), zone).date() for zone in _ZONES}
        if len(days) == 1:
            day = days.pop()
            return _valid(day.year, day.month, day.day)
    return None


def script_author(tree: HtmlElement) -> str | None:
    """The author account: the `js_name` element, else `var nickname = "..."` in the page's scripts."""
    for el in tree.xpath('//*[@id="js_name"]'):
        name = " ".join(el.text_content().split())
        if 0 < len(name) <= 40:
            return name
    m = _NICKNAME.search(_scripts(tree))
    return m.group(1).strip() or None if m else None
