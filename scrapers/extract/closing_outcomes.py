"""An outcome issued at the close of talks or a meeting held over a span of days told in the same sentence ("held talks
in Ottawa from May 20 to 21, and ... released a joint statement ... at the close of the talks", "issued the X
Declaration at the close of the Y Ministerial, held in Wellington from March 5 to 7"): it is dated the span's LAST day,
not its first. Only an English sentence that says the close ("at the close of", "at the end of", "at the conclusion
of", "as ... closed/concluded") and tells one span of days in one month; any other date it reads stays as it was.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.extract.dates import DateContext, find_dates, settle
from scrapers.extract.day_references import last_of_span

AT_CLOSE = re.compile(r"\bat\s+the\s+(?:close|end|conclusion)\s+of\b|\bas\s+(?:the\s+)?[\w\s-]{1,40}?\s+"
                      r"(?:closed|concluded|drew\s+to\s+a\s+close)\b", re.I)


def closing_day(ag, sentence: str, ctx: DateContext) -> None:
    """Move an agreement issued at the close of a span of days from the span's first day to its last (in place)."""
    if ag.signed_on is None or ag.signed_on_precision != "day" or not ("close" in sentence or "conclu" in sentence
                                                                      or "end of" in sentence):
        return
    if not AT_CLOSE.search(sentence):
        return
    spans = [dm for dm in find_dates(sentence) if dm.end_day]
    if len(spans) != 1:
        return
    first, prec = settle(spans[0], ctx)
    if prec == "day" and first == ag.signed_on and (last := last_of_span(sentence, spans[0], first)):
        ag.signed_on = last
