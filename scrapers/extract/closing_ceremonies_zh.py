"""A signing at a closing ceremony a Chinese sentence shortly before dated and placed: "11月24日，…研修班在山东聊城结业。
为期三周的研修班于11月3日开班，…。结业式上，A与B签署合作谅解备忘录。"

"结业式上" / "闭幕式上" opening the signing sentence points at the closing the story told: the signing's day is the day
of the sentence that tells the closing (结业, 闭幕) with one day, within three sentences before, and its place the city
that sentence gives with 在 before the verb. The last day the story named is no guide here: the course's opening day
(11月3日) may stand between. Only fills a day or city the signing sentence left open.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.dates import DateContext, find_dates, settle

ANAPHOR = re.compile(r"^(?:在)?(?:此次|本次|当天的?|当日的?)?(?:结业式|结业仪式|结业典礼|毕业典礼|闭幕式|闭幕仪式)(?:上|中)[，,]?")
CLOSED = re.compile(r"(?:顺利|圆满|正式|胜利)?(?:结业|闭幕)")
SPAN = re.compile(r"\d\s*日?\s*(?:至|到|—|–|-|－|~)\s*\d")
REACH = 3  # sentences


def closing_ceremony(found: list, sentence: str, before: list[tuple], ctx: DateContext) -> None:
    """Give the signings `found` in a sentence opening with a closing-ceremony anaphor the day and city of the closing
    told in one of the REACH sentences `before` (each (quote, sentence, entities)), nearest first. In place."""
    if not found or not ANAPHOR.match(sentence.lstrip()):
        return
    for _, s, ents in reversed(before[-REACH:]):
        verb = CLOSED.search(s)
        if verb is None or SPAN.search(s):
            continue
        days = {d for dm in find_dates(s[:verb.start()]) if (got := settle(dm, ctx))[1] == "day" and (d := got[0])}
        if len(days) != 1:
            continue
        day = days.pop()
        at = s.rfind("在", 0, verb.start())
        city = next((e for e in reversed(ents) if e.kind == "city" and at >= 0 and at < e.start < verb.start()), None)
        for ag in found:
            if ag.signed_on is None:
                ag.signed_on, ag.signed_on_precision = day, "day"
            if ag.city is None and city is not None:
                ag.city, ag.country = city.name, city.country
        return
