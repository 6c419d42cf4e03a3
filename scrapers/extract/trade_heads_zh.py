"""A known company's name said again without its line of business (issue 17, the ninety-seventh web): "遠傳電信5日宣布
正式加入RE100 ..." then "遠傳表示，…並設定2030年再生能源使用比例達60%的中期目標". Taiwan's and the mainland's press name a
company once by its alias-book name (远传电信, 中华电信, 友达光电) and then by the head before the business word (远传,
中华, 友达), which no table may hold as a name (远传 is also "remote reading", 中华 China): the head names the company only
in this story, and only where it opens a clause as the one who speaks, pledges or acts ("远传表示", "，远传也…", "远传将").

Read on the Simplified text; the head is at least two characters and no place or other organisation's name.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.text import simplified

# a known company's name: a head of two to four characters, then its line of business
_NAMED = re.compile(r"([\u4e00-\u9fff]{2,4}?)(电信|电子|光电|电力|能源|集团|航空|汽车|钢铁|石化|海运|银行)")
# the head alone at a clause's start, then a verb of saying, pledging or acting
_OWN = r"(?:^|(?<=[，。；：、“「]))\s*{head}(?=(?:也|还|则|并|已|将|今年|今天|同日|当天)?(?:表示|指出|强调|说明|宣布|宣示|承诺|" \
       r"计划|预计|规划|将|正式|设定|订定|目标|董事长|总经理|发言人))"


def trade_heads_zh(text: str) -> dict[str, str]:
    """Head -> the canonical name of the company, for each company the text names by its alias-book name and then by
    its head alone at a clause's start (see the module docstring)."""
    if not re.search(r"[電电]|[團团]|能源|航空|汽[車车]|[鋼钢]|石化|海[運运]|[銀银]行", text):
        return {}
    from scrapers.extract.orgs import aliases

    s, book, gaz = simplified(text), aliases(), gazetteer()
    out: dict[str, str] = {}
    for m in _NAMED.finditer(s):
        head, full = m.group(1), m.group(0)
        if head in out or not book.find_zh(full) or book.find_zh(head) or gaz.find_zh(head):
            continue
        if re.search(_OWN.format(head=re.escape(head)), s[m.end():], re.M):
            out[head] = book.find_zh(full).name  # the canonical name, as the full name resolves
    return out
