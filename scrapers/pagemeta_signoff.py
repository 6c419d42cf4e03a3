"""The date a Chinese official notice (通知, 公告, 通报) is signed off with (its 落款): the issuing body on one line and
the date on the next, at the end of the text, often in Chinese numerals ("黄山市人民政府" / "二〇二五年一月十五日").

A notice page that shows no publication date of its own (no byline, meta, 发布时间 or URL date) is dated by its 落款:
the document's own date, not a day its body cites ("已经2024年12月30日市政府常务会议审议通过", which a generic date
search takes). Only a line that is a whole date, right after a short line ending in an issuing body's head word, counts;
the last such pair of the page is the 落款.
"""
from __future__ import annotations

import re
from datetime import date

from lxml.html import HtmlElement

from scrapers.zh_numerals import zh_digits, zh_number

# a whole line that is a date: 二〇二五年一月十五日 / 2025年1月15日
SIGNOFF_DATE = re.compile(r"\s*(?P<y>[〇○零一二三四五六七八九]{4}|(?:19|20)\d\d)\s*年\s*(?P<m>[一二三四五六七八九十]{1,2}|\d{1,2})\s*月"
                          r"\s*(?P<d>[一二三四五六七八九十]{1,3}|\d{1,2})\s*日\s*")
# the line before it: an issuing body ("黄山市人民政府", "市生态环境局", "XX省发展和改革委员会办公室")
ISSUER = re.compile(r"[\u4e00-\u9fff（）()]{2,30}(?:政府|办公室|办公厅|局|委员会|委|厅|部|署|中心|院|办|处|会|公司)\s*")
_BLOCKS = {"p", "div", "td", "li", "span", "font", "section"}


def _number(s: str) -> int:
    """二十三 -> 23, 十 -> 10, 15 -> 15, 一一 -> 11 (written digit by digit)."""
    if s.isdigit():
        return int(s)
    if "十" not in s:
        return int(zh_digits(s))
    n = zh_number(s)
    if n is None:
        raise KeyError(s)
    return n


def _lines(tree: HtmlElement) -> list[str]:
    """The page's text lines, one per leaf block or <br>-separated piece, in order."""
    out: list[str] = []
    for el in tree.iter(*_BLOCKS):
        if any(child.tag in _BLOCKS for child in el):
            continue  # a container: its leaves are read themselves
        parts = [el.text or ""] + [t for child in el for t in (("\n" if child.tag == "br" else child.text_content()),
                                                                child.tail or "")]
        out += [ln.strip() for ln in "".join(parts).split("\n") if ln.strip()]
    return out


def signoff_date(tree: HtmlElement | None, html: str) -> date | None:
    """The 落款 date of a Chinese notice page: the last whole-date line right after an issuing body's line; None on a
    page with none (and on every page without 年 and 月, checked first)."""
    if tree is None or "年" not in html or "日" not in html:
        return None
    lines = _lines(tree)
    for before, line in reversed(list(zip(lines, lines[1:]))):
        if len(line) > 16 or "年" not in line or (m := SIGNOFF_DATE.fullmatch(line)) is None:
            continue
        if len(before) > 30 or not ISSUER.fullmatch(before):
            continue
        y = m.group("y")
        year = int(y) if y.isdigit() else int(zh_digits(y))
        try:
            return date(year, _number(m.group("m")), _number(m.group("d")))
        except (ValueError, KeyError):
            return None
    return None
