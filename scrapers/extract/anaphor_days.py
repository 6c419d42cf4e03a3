"""A gathering's days told in a later sentence of its story by a definite anaphor of its head word (issue 17):
"... on the sidelines of Asia-Pacific Climate Week 2023 in Johor Bahru." + "The week, organised from 13 to 17 November
by ...", "... at the Alliance's annual meeting in Turku." + "The annual meeting runs from 17 to 19 June", "the 6th
International Electric Vehicle Expo (IEVE)" + "The 6th IEVE runs from May 6 to 9", "…中美清洁能源论坛…" +
"本届论坛于9月3日至5日在北京举行".

held_elsewhere reads a later sentence with a holding verb (held, opened, 举行) for the first day of an event named by
its head word; this reads the sentence that OPENS on the anaphor ("The week", "This year's forum", 本届论坛, 会议)
followed by the verb of its running (runs, ran, was organised, takes place, 举行) and its day or span, and gives the
first and the last day. Only where the story names one gathering with that head (two summits: whose days?), and
where the words between "The" and the head are the gathering's own (its name's words, an edition, "two-day"): "The
board meeting runs ..." is another body's meeting, "The next forum ..." another edition, "earlier this week" a
calendar week (no anaphor opening the sentence).
"""
from __future__ import annotations

from datetime import date

from scrapers import lazy_re as re
from scrapers.extract.dates import DateContext, find_dates, safe_date, settle
from scrapers.extract.day_spans import span_end
from scrapers.extract.edition_names import same_edition
from scrapers.extract.event_rules import closing_day, opening_weekday
from scrapers.extract.story_cues import EN_HEAD_WORD, ZH_HEAD_WORD

EN_HEAD = re.compile(EN_HEAD_WORD.pattern.replace("Convention)", "Convention|Week)"), re.I)  # "Climate Week"
_EN_RUNNING = (r"\s*,?\s*(?:which\s+)?(?:(?:is|was|will\s+be|has\s+been|had\s+been)\s+)?(?:being\s+)?"
               r"(?:runs?|ran|running|held|organi[sz]ed|staged|convened|hosted|takes?\s+place|took\s+place|"
               r"taking\s+place)\s+(?:(?:from|on|between)\s+)?")
_ZH_DETERMINER = r"(?:本届|本次|此次|这次|该|今年的?|今年)?"
_ZH_RUNNING = re.compile(r"(?:举行|召开|举办|开幕|进行|在\S{1,12}?(?:举行|召开|举办|开幕))")
_OWN_WORD = re.compile(r"\d{1,2}(?:st|nd|rd|th)|(?:19|20)\d\d|(?:one|two|three|four|five|six|seven|\d)-day", re.I)


def _modifiers_own(mods: str, name: str) -> bool:
    """Every word between "The" and the head is the gathering's own: a word of its name ("annual" of "... Annual
    Meeting", "Alliance's"), an edition ("6th"), its year, its length ("two-day")."""
    words = {w.casefold() for w in re.findall(r"[\w-]+", name)}
    for w in mods.split():
        w = re.sub(r"['’]s$", "", w)
        if w.casefold() not in words and not _OWN_WORD.fullmatch(w):
            return False
    return True


def _span(sentence: str, at: int, ctx: DateContext) -> tuple[date, date | None] | None:
    """(first day, last day or None) of the date standing at `at` ("13 to 17 November", "May 6 to 9", 6月3日至5日)."""
    dm = next((dm for dm in find_dates(sentence) if dm.start == at), None)
    if dm is None:
        return None
    first, prec = settle(dm, ctx)
    if prec != "day" or first is None:
        return None
    last = safe_date(first.year, first.month, dm.end_day) if dm.end_day else span_end(sentence, first)
    return first, last if last and last > first else None


def _told_en(sentence: str, anchor: str, name: str, ctx: DateContext):
    """The days a sentence opening on the English anaphor `anchor` ("week", "IEVE") tells."""
    det = r"The" if anchor.casefold() == "week" else r"(?:The|This|This\s+year['’]s)"  # ("This week": the calendar's)
    m = re.match(rf"\s*{det}\s+(?P<mods>(?:[\w'’-]+\s+){{0,3}}?){re.escape(anchor)}\b{_EN_RUNNING}", sentence, re.I)
    if m is None or not _modifiers_own(m.group("mods"), name):
        return None
    return _span(sentence, m.end(), ctx)


def _told_zh(sentence: str, head: str, ctx: DateContext):
    """The days a sentence opening on the Chinese anaphor (本届论坛, 本次大会, 会议) with a holding verb tells."""
    m = re.match(rf"\s*{_ZH_DETERMINER}{head}(?:将于|于|已于)?", sentence)
    if m is None or not _ZH_RUNNING.search(sentence, m.end()):
        return None
    return _span(sentence, m.end(), ctx)


def _initials(name: str) -> list[str]:
    """The acronym of a name's capitalised words ("International Electric Vehicle Expo" -> IEVE), three or more."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return [initials] if name.isascii() and len(initials) >= 3 else []


def _head(mention) -> str | None:
    surface = (mention.hints.get("aliases") or [mention.fields["name"]])[0]
    h = ZH_HEAD_WORD.search(surface) or EN_HEAD.search(surface) or EN_HEAD.search(mention.fields["name"])
    return h.group(1) if h else None


def anaphor_days(mentions: list, sentences: list[str], first_seen: dict[str, int], ctx: DateContext) -> None:
    """Give each event mention left undated (or dated with no last day) the first and last day a later sentence
    tells by a definite anaphor of its head word or its acronym, where the story names no other gathering with that
    head. `sentences` are the story's analysed sentences, `first_seen` the one each event is first named in."""
    events = [m for m in mentions if m.record_type == "event"]
    heads: dict[str, set[str]] = {}
    for m in events:
        if (h := _head(m)) is not None:
            heads.setdefault(h.casefold(), set()).add(m.hints["key"])
    for m in events:
        f, h = m.fields, _head(m)
        if h is None or len(heads[h.casefold()]) != 1 or m.hints.get("month") or (f["start_on"] and f["end_on"]):
            continue
        later = same_edition(sentences[first_seen.get(m.hints["key"], 0) + 1:], h, m.hints.get("_edition"))
        anchors = [h] + [a for a in m.hints.get("aliases", ()) if re.fullmatch(r"[A-Z]{3,8}", a)] + _initials(f["name"])
        for s in later:
            told = _told_zh(s, h, ctx) if not h.isascii() else \
                next((t for a in anchors if (t := _told_en(s, a, f["name"], ctx))), None)
            if told is None:
                continue
            if f["start_on"] is None:
                f["start_on"], f["end_on"] = told
            elif f["start_on"] == told[0]:
                f["end_on"] = told[1]  # "…论坛在北京开幕" dated it: the span that opens on that day gives its last
            break


def opening_told(sentence: str, events: list, page_date: date | None) -> date | None:
    """The first day of a gathering this sentence says opened on a weekday ("The ... Conference opened in Chengdu on
    Tuesday"), as the day a next sentence's "At the opening ceremony, A signed ..." means: the text's last day told
    (a closing sentence, "closed on Wednesday", gives none)."""
    if closing_day(sentence):
        return None
    return next((ev.start_on for ev in events if ev.start_on and
                 opening_weekday(sentence, ev.span[1], page_date) == ev.start_on), None)
