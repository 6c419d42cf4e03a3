"""The year a gathering's own name gives the days of its sentence (issue 17, probed): "At the 2024 U.S.-China Track
II Dialogue on Climate, convened in Honolulu on March 14, Hawaii and Hainan signed ..." and "6月6日至8日，2024世界新能源
汽车大会在海南海口举办" state no year beside the day. On a page published months later such a day keeps its year open
(dates.settle: it may be a repost), so the gathering and the signing stayed undated although the sentence says the
year: the edition's year in the gathering's name.

Only a sentence that names one year, inside a gathering's name (the year before its capitalised name and head noun,
or a Chinese name opening with the year and ending in a gathering's head), and only where every yearless day of the
sentence so dated falls no later than a week after the page, is read with that year.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from scrapers import lazy_re as re
from scrapers.extract.dates import DateContext, find_dates, safe_date

_HEAD_EN = (r"(?:Forum|Summit|Conference|Congress|Expo|Dialogue|Meeting|Week|Assembly|Convention|Symposium|Fair|"
            r"Exhibition|Roundtable|Festival)")
# "the 2024 U.S.-China Track II Dialogue on Climate", "the 2023 Pacific Islands Forum Leaders Meeting"
NAMED_EN = re.compile(rf"\b(?:the|At|at|During|during)\s+(20\d\d)\s+(?:[A-Z][\w.'’-]*\s+){{0,7}}?{_HEAD_EN}\b")
# "2024世界新能源汽车大会", "2023中国—东盟环境合作论坛": the year opening the name (never "2024年9月": a date)
NAMED_ZH = re.compile(r"(20\d\d)(?:年度?)?(?![年\d])[\u4e00-\u9fff—·-]{2,24}?(?:论坛|大会|峰会|博览会|洽谈会|会议|研讨会|周)")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def sentence_context(sentence: str, ctx: DateContext) -> DateContext:
    """The date context for one sentence: `ctx` with the year of the gathering the sentence names, where that is the
    sentence's only year and the text gives none of its own."""
    if ctx.text_year is not None or ctx.page_date is None or not YEAR.search(sentence):
        return ctx
    named = {int(m.group(1)) for rx in (NAMED_EN, NAMED_ZH) for m in rx.finditer(sentence)}
    years = {int(y.group()) for y in YEAR.finditer(sentence)}
    if len(named) != 1 or years != named:
        return ctx
    year = named.pop()
    yearless = [dm for dm in find_dates(sentence) if dm.year is None and dm.month and dm.rel_year is None]
    if not yearless:
        return ctx
    latest = ctx.page_date + timedelta(days=7)
    if any((d := safe_date(year, dm.month, dm.day or 1)) is None or d > latest for dm in yearless):
        return ctx
    return replace(ctx, text_year=year)
