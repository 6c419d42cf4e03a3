"""A Chinese wire dateline's day ("新华社北京6月11日电", "东方新闻社乌鲁木齐6月11日电") is the day the copy was filed, not
the day of what it tells: where the sentence goes on to tell its own day with its month ("…对话会6月10日至11日在乌鲁木
齐举行"), the filing day is no date of the sentence (the event began on the 10th, not the 11th). A sentence that
tells no day of its own keeps the filing day (what it tells is of that day or unsaid). dates.find_dates hooks this.
"""
from __future__ import annotations


def without_filing_day(out: list, wire_end: int | None) -> list:
    """The sentence's date mentions without the wire dateline's own (the one ending right before its 电) when a
    mention after the dateline tells a month and a day."""
    if wire_end is None or not any(dm.start >= wire_end and dm.month and dm.day for dm in out):
        return out
    return [dm for dm in out if dm.end != wire_end - 1]
