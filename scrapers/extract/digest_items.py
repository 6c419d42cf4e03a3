"""Item boundaries of a digest or roundup page ("In brief", a newsletter issue, 简讯, 一周要闻, 要闻速览) as story breaks.

Such a page holds several short items, each its own story with its own dateline, date, place and actors. Read as
one story, an item's "the two sides", "the city", "双方", "该市", its dateline or its day reaches the next item. The
extractor reads each item as a story of its own (scrapers/extract/__init__.py calls `digest_items` first).

An item opens a line (a paragraph of the read text) with:
* a bullet the page kept: "■", "□", "◆", "●", "•", "▲", "★" or a leading "——" (Chinese briefs), with a day near
  its opening ("■ 5月6日，…"; the lines of a plan's list, "——到2025年，…", name none);
* a short bracketed place or heading in front: "【岳阳】7月1日，…";
* a short lead-in heading of capitalised words ending in a full stop: "Billings. The city council ...",
  "Lansing and Quzhou. LANSING, Mich., June 10, 2024 — ..." (a newsletter's bold lead-in, read as text);
* its own dateline, on a line after the first: "MISSOULA, Mont., April 15, 2024 — ...".
A page is a digest only where at least two lines open an item (one marked line is a list, not a digest). The lines
before the first item stay a story of their own (the issue's preamble). A lead-in in front of a dateline is put on a
line of its own, so that the item's dateline opens a line as a dateline does.

`dated_in_dateline(quote, fields, ctx)`: in an item, a signing told in its dateline's own sentence with no day of its
own was signed on the dateline's day in the dateline's city (a brief's dateline is its news, as a wire's is).
"""
from __future__ import annotations

from dataclasses import replace

from pactwatch.gazetteer import gazetteer
from scrapers import lazy_re as re
from scrapers.extract.datelines import DATELINE, dateline_city
from scrapers.extract.dates import DateContext, explicit_dates, find_dates, settle, text_year
from scrapers.extract.story_context import first_published
from scrapers.extract.text import simplified

_BULLETS = frozenset("■□◆●•▲★")
_BRACKETED = re.compile(r"【[^【】\n]{1,10}】(?=\S)")
# "Billings. ", "Lansing and Quzhou. ", "Pueblo – Yueyang. ": up to five capitalised words ending in a full stop
_LEAD_IN = re.compile(r"(?P<head>[A-Z][\w'’-]{2,}(?:\s+(?:and|&|–|-|[A-Z][\w'’-]*)){0,4})\.\s+(?=[A-Z“\"])")
_NOT_HEADS = frozenset("Mrs Mr Ms Dr Gov Sen Rep Gen Prof Inc Corp Ltd Co Jr Sr St Mt Ft".split())


def _opens_item(line: str, index: int) -> tuple[bool, int]:
    """(whether this line opens an item, where a lead-in heading in front of its dateline ends, or 0)."""
    first = line[0]
    if first in _BULLETS or line.startswith("——"):
        # a brief tells its own day near its opening ("■ 5月6日，…"); "——推进…；" in a plan's list is no item, nor a
        # short line of a list ("★11月25日是前往宫古岛及冲绳的5晚6天旅程；": an itinerary's)
        if line.rstrip()[-1:] in ("；", ";", "，", ","):
            return False, 0
        return any(d.day for d in find_dates(line[:40])), 0
    if first == "【":
        # "【岳阳】7月1日，…": a place or the item's own day; not a headline list's tags ("【回顾】中丹以视频方式签署…")
        head = _BRACKETED.match(line)
        return bool(head) and (any(d.day for d in find_dates(line[:40])) or
                               gazetteer().find_zh(head.group()[1:-1]) is not None), 0
    if not first.isupper():
        return False, 0
    lead = _LEAD_IN.match(line)
    # (not a name's middle initial: "Patrick W. Carlineo Jr., 55, of Addison")
    if lead and lead.group("head").split()[-1] not in _NOT_HEADS and len(lead.group("head").split()[-1]) > 1:
        rest = lead.end()
        dl = DATELINE.match(line[rest:])
        return True, rest if dl and dateline_city(dl) else 0
    if index and (dl := DATELINE.match(line)) and dateline_city(dl) and find_dates(dl.group()):
        return True, 0
    return False, 0


def digest_items(text: str) -> list[str] | None:
    """The stories of a digest page, each item's text (the preamble before the first item as the first story);
    None where the text is no digest (fewer than two lines open an item)."""
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    if len(lines) < 2:
        return None
    starts: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        opens, lead_end = _opens_item(line, i)
        if opens:
            starts.append((i, lead_end))
    if len(starts) < 2:
        return None
    items: list[str] = []
    if starts[0][0]:
        items.append("\n".join(lines[:starts[0][0]]))
    bounds = [i for i, _ in starts] + [len(lines)]
    for (i, lead_end), end in zip(starts, bounds[1:]):
        first = lines[i]
        if lead_end:
            first = first[:lead_end].rstrip() + "\n" + first[lead_end:]  # the lead-in on a line of its own
        items.append("\n".join([first, *lines[i + 1:end]]))
    return items


def dated_in_dateline(quote: str, fields: dict, ctx) -> None:
    """An item's signing told in the sentence its dateline opens ("LANSING, Mich., June 10, 2024 — Lansing signed
    ..."), with no day of its own: the dateline's day, and its city where the signing names none."""
    if fields.get("signed_on") is not None or not quote[:1].isupper():
        return
    dl = DATELINE.match(quote)
    if not dl or not dateline_city(dl) or find_dates(quote[dl.end():]):
        return
    dates = find_dates(dl.group())
    if not dates:
        return
    day, precision = settle(dates[0], ctx)
    if precision != "day":
        return
    fields["signed_on"], fields["signed_on_precision"] = day, "day"
    if fields.get("city") is None:
        place = gazetteer().find_en(dl.group("city").strip())
        if place and place.kind == "city":
            fields["city"], fields["country"] = place.name, place.country


def digest_mentions(article, items: list[str], extract) -> list:
    """Every mention of a digest page: `extract` (the extractor) run on each item as an article of its own (the title
    stays with the first story only), an item's dateline giving its signings their day and place."""
    mentions = []
    for n, item in enumerate(items):
        story = replace(article, text=item, title=article.title if n == 0 else None)
        ctx = DateContext(first_published(item, article.published_on), text_year(simplified(item)),
                          explicit_dates(item))
        for m in extract(story):
            if m.record_type == "agreement":
                dated_in_dateline(m.quote, m.fields, ctx)
            mentions.append(m)
    return mentions
