"""The publication date a government portal's metadata table gives (gov.cn style: 索引号, 发布机构, 成文日期, 发布日期
in <th>/<td> cells or "发布日期：…" cells above the body).

Such a table holds several dates: 成文日期 (when the document was written), 生效日期, and 发布日期 (when it was
published). The page's date is the 发布日期 (or 发布时间); read without this, the first date of the page (often the
成文日期) was taken. Only a table that also holds 索引号 (the mark of a government disclosure table) is read; the
table itself is kept out of the text by furniture.is_doc_meta and the chrome rules.
"""
from __future__ import annotations

import re
from datetime import date

from lxml.html import HtmlElement

from scrapers.pagemeta import date_in_text

LABEL = re.compile(r"^\s*(?:发布日期|发布时间)\s*[:：]?\s*")


def doc_meta_date(tree: HtmlElement, html: str) -> date | None:
    """The 发布日期 of a page's 索引号 metadata table, or None (no such table, or no date after the label)."""
    if "索引号" not in html or ("发布日期" not in html and "发布时间" not in html):
        return None  # cheap: most pages have no disclosure table
    for table in tree.iter("table"):
        cells = [c for c in table.iter("td", "th")]
        texts = [c.text_content().strip() for c in cells]
        if not any(t.startswith("索引号") for t in texts):
            continue
        for k, t in enumerate(texts):
            if not (m := LABEL.match(t)):
                continue
            rest = t[m.end():]  # "发布日期：2024-11-11" in one cell, or the label alone and the date in the next
            found = date_in_text(rest) if rest else (date_in_text(texts[k + 1]) if k + 1 < len(texts) else None)
            if found:
                return found
    return None
