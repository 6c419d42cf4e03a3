"""A multi-page story's pager printed as a line of the text: "共2页: 上一页 1 2 下一页", "Page 1 2 Next ›",
"Keep reading on the next page".

A CMS that splits a long story (`<!--nextpage-->`, DedeCMS's `_2.html` pages, a WordPress "Page 1 2") prints a pager
under the part it serves; trafilatura keeps it as a short line of the text. `drop_pager_lines` drops a line made only
of pager words and page numbers; a sentence that merely mentions a page is kept. The other part is not fetched: the
reader reads what the page holds. Pure: text in, text out.
"""
from __future__ import annotations

import re

_MAX = 48  # a pager line is short
_ZH = re.compile(r"^(?=.*(?:上一页|下一页|[共第]\s*\d+\s*页))"
                 r"(?:共\s*\d+\s*页|第\s*\d+\s*页|上一页|下一页|首页|尾页|末页|全文|\d{1,3}|[\s:：|｜.…<>«»‹›\[\]【】()（）])+$")
_EN = re.compile(r"^(?=.*(?:\d|next|prev))"
                 r"(?:(?:pages?|next|previous|prev|first|last|of|\d{1,3}|[\s:|.…<>«»‹›\[\]()→←-])+"
                 r"|(?:continue|keep) reading (?:on )?(?:the )?(?:next page|page \d{1,3})\W*)$", re.I)


def is_pager_line(line: str) -> bool:
    """A line made only of pager words and page numbers, with a page number or a next/previous link (a lone
    "首页" is a navigation label, not a pager)."""
    line = line.strip()
    if not line or len(line) > _MAX:
        return False
    if "页" in line:
        return _ZH.match(line) is not None
    if "age" in line:
        return _EN.match(line) is not None
    return False


def drop_pager_lines(text: str) -> str:
    """The text without its pager lines."""
    if "页" not in text and "age" not in text:
        return text
    lines = text.split("\n")
    kept = [line for line in lines if not is_pager_line(line)]
    return text if len(kept) == len(lines) else "\n".join(kept)
