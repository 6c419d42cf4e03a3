"""A Chinese company's trade name said again on its own: "江苏泰州澜启氢能科技有限公司 ... 同日，澜启氢能还与 ...".

Reports name a company once in full (place, trade name, line of business, legal form) and afterwards by its trade
name and line of business only, without defining it ("以下简称" is scrapers/extract/short_names.py). That short form
is no name the finder knows, so the sentence lost its party and its agreement. The full name, without its opening
places and its legal form and trailing business words (科技, 技术, 实业 ...), is that short form; where the text uses
it outside the full name, it names the company as the full name does. A short form of fewer than four characters,
or one a table knows, is left alone.

A company whose name is its city's and its trade's (深圳航空有限责任公司, 厦门航空有限公司) has no trade name of four
characters without the city: its short form is the name as written without the legal form (深圳航空), which the finder
otherwise reads as the city alone ("深圳航空有限责任公司发布《深圳航空碳达峰碳中和行动方案》": not Shenzhen's plan). That
form is taken where the text uses it outside the full name and it is no name the finder reads by its own suffix
(…集团, …研究院: already a name) nor a place or a known name.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer

# a company's full name after a clause's start: up to twenty characters, then its legal form
COMPANY = re.compile(r"(?P<name>[\u4e00-\u9fff]{4,20}?)(?:股份有限公司|有限责任公司|有限公司)")
_TRAILING = re.compile(r"(?:科技|技术|实业|发展|工程|装备|股份)+$")
_JOINS = re.compile(r"[与和及同跟在由向对]")


def company_short_names(text: str) -> dict[str, str]:
    """Trade name -> the company's full name as written, for each company named in full whose trade name the text
    uses again on its own (see the module docstring)."""
    if "有限" not in text:
        return {}
    from scrapers.extract.orgs import aliases

    gaz, book = gazetteer(), aliases()
    out: dict[str, str] = {}
    for m in COMPANY.finditer(text):
        name = m.group("name")
        cut = [j.end() for j in _JOINS.finditer(name)]
        lead = cut[-1] if cut else 0
        full = text[m.start() + lead:m.end()]
        core = name[lead:]
        if (written := _written_short(core, full, text, gaz, book)) and written not in out:
            out[written] = full
        while (k := next((k for k in range(min(6, len(core) - 2), 1, -1) if gaz.find_zh(core[:k])), 0)):
            core = core[k:]  # 江苏, 泰州: the places the name opens with
        core = _TRAILING.sub("", core)
        if len(core) < 4 or core in out or book.find_zh(core) or gaz.find_zh(core):
            continue
        if text.count(core) > text.count(full):
            out[core] = full
    return out


def _written_short(core: str, full: str, text: str, gaz, book) -> str | None:
    """The company's name as written without its legal form (深圳航空 of 深圳航空有限责任公司) where it opens with a place
    and the text uses it on its own, or None (see the module docstring)."""
    from scrapers.extract.orgs import ZH_SUFFIX

    opens_with_place = any(gaz.find_zh(core[:k]) for k in range(2, min(6, len(core) - 1)))
    if len(core) < 4 or not opens_with_place or ZH_SUFFIX.search(core) or book.find_zh(core) or gaz.find_zh(core):
        return None
    return core if text.count(core) > text.count(full) else None
