"""A correction that changes a day wins over the sentence it corrects.

Newspapers append corrections ("Correction: The forum opened on Tuesday, April 15, not Monday, April 14, as an earlier
version of this story said."; "... misstated the date of the signing, which was Tuesday, not Monday") and Chinese
portals 更正 notes ("更正：……签约日期“6月9日”有误，应为“6月10日”。特此更正。"), and the body above may still carry the
wrong day. Read from the page's correction paragraphs: each (wrong day, right day) pair the note states, and what it
is about (a signing, a gathering, or either). A record of the page dated on the wrong day takes the right one; a day
corrected by weekday only ("Tuesday, not Monday") moves by the days between the two weekdays, and is dropped where
that would put it after the page (never a guess presented as fact). A note about one kind naming only the right day
("... misstated the date of the signing. It was Wednesday, March 5.") sets it where the page's records of that kind
all give one other day.

Cost: a page is read only where its text holds a correction word (one `in` check each); then only its paragraphs that
hold one are searched.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from scrapers import lazy_re as re
from scrapers.extract.dates import DateContext, find_dates, settle
from scrapers.lead_chars import with_lead

# the words a correction paragraph holds (the page-level gate checks the cheap stems first)
_STEMS = ("orrect", "ORRECT", "arlier version", "misstated", "更正", "有误", "误为", "误写")
MARK = with_lead(re.compile(r"\b(?:[Cc]orrect(?:ion|ed|s)|CORRECTION|[Ee]arlier\s+version|misstated)\b|"
                            r"更正|有误|误(?:写|作|记)?为"))
# between the right day and the wrong one: "Wednesday, March 5, not Tuesday, March 4"; "April 15 rather than April 14"
EN_BETWEEN = re.compile(r",?\s*(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:on\s+)?")
# between the wrong day and the right one: "“6月9日”有误，应为“6月10日”", "误写为6月9日，应为6月10日"
ZH_BETWEEN = re.compile(r"[”\"」]?\s*(?:有误|错误|系笔误)?[，,]?\s*(?:现|正确(?:日期)?)?(?:应为|实为|应是)\s*[“\"「]?")
_WD = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "which was Tuesday, not Monday": a day corrected by its weekday alone (no date right after either weekday)
WEEKDAY_PAIR = with_lead(re.compile(rf"\b{_WD},?\s+(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:on\s+)?{_WD}\b"
                                    r"(?!,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|,?\s+\d)"))
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SIGNING = re.compile(r"\bsign(?:ed|ing)?\b|\binked\b|签署|签约|签订|签字", re.I)
GATHERING = re.compile(r"\b(?:opened|began|started|forum|summit|conference|meeting|event|ran|held)\b|"
                       r"举行|开幕|召开|举办|论坛|峰会|会议", re.I)


@dataclass(frozen=True)
class Correction:
    """One day a correction puts right: `wrong` -> `right` (dates), or by weekday only (`shift` days)."""

    wrong: date | None
    right: date | None
    shift: tuple[int, int] | None  # (wrong weekday, right weekday), Monday 0
    about: str | None  # "signing", "gathering" or None (either)


def corrections(text: str, ctx: DateContext) -> list[Correction]:
    """Every day the page's correction paragraphs put right, with what each is about; [] on a page with none."""
    if not any(w in text for w in _STEMS):
        return []
    out: list[Correction] = []
    for para in text.split("\n"):
        if (mark := MARK.search(para)) is None:
            continue
        para = para[mark.start():]  # a correction note opens at its word; what stands before it is the story's
        para = _unstamped(para)  # "Correction, March 6:", "was corrected on March 6": when, not a day it sets
        about = _about(para)
        pairs = _date_pairs(para, ctx)
        out += [Correction(wrong, right, None, about) for wrong, right in pairs]
        if not pairs and about and (right := _only_day(para, ctx)) is not None:
            out.append(Correction(None, right, None, about))  # "... misstated the date of the signing. It was March 5."
        if " not " in para or "than" in para or "instead" in para:
            for m in WEEKDAY_PAIR.finditer(para):
                out.append(Correction(None, None, (_DAYS.index(m.group(2).lower()), _DAYS.index(m.group(1).lower())),
                                      about))
    return out


# the day a note was made: after its label ("Correction, March 6:", "Correction (March 6, 2025):") or a verb of
# correcting ("This story was corrected on March 6"); blanked, so it is read as no day the note sets
STAMP = re.compile(r"^(?:[Cc]orrection|CORRECTION|[Uu]pdate|UPDATE)s?\s*[,(—–-]?\s*(?P<a>[^:()]{3,40}?)\s*[):]|"
                   r"\b(?:corrected|updated|amended|changed|clarified)\s+(?:on\s+)?(?P<b>(?:[A-Z][a-z]+\.?\s+\d{1,2}"
                   r"(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?))")


def _unstamped(para: str) -> str:
    """The note with the day it was made blanked (its length kept)."""
    for m in STAMP.finditer(para):
        group = "a" if m.group("a") is not None else "b"
        if find_dates(m.group(group)):
            para = para[:m.start(group)] + " " * (m.end(group) - m.start(group)) + para[m.end(group):]
    return para


def _about(para: str) -> str | None:
    """What the note corrects the day of: a signing, a gathering, or either (both or neither named)."""
    signing, gathering = bool(SIGNING.search(para)), bool(GATHERING.search(para))
    return "signing" if signing and not gathering else "gathering" if gathering and not signing else None


def _date_pairs(para: str, ctx: DateContext) -> list[tuple[date, date]]:
    """(wrong, right) days a paragraph states: "<right>, not <wrong>" in English, "<wrong>有误，应为<right>" in
    Chinese; a yearless day takes the other's year where only one settles."""
    dms = find_dates(para)
    pairs = []
    for a, b in zip(dms, dms[1:]):
        between = para[a.end:b.start]
        if EN_BETWEEN.fullmatch(between):
            right, wrong = a, b
        elif ZH_BETWEEN.fullmatch(between) and ("应" in between or "实为" in between):
            wrong, right = a, b
        else:
            continue
        (w, wp), (r, rp) = settle(wrong, ctx), settle(right, ctx)
        if wp == rp == "day" and w != r:
            pairs.append((w, r))
    return pairs


def _only_day(para: str, ctx: DateContext) -> date | None:
    """The one full day a correction note names with no wrong day beside it ("It was Wednesday, March 5."), or None
    (none, or more than one day named)."""
    days = [d for dm in find_dates(para) if (d := settle(dm, ctx))[1] == "day"]
    return days[0][0] if len(days) == 1 else None


def _right_only(mentions: list, kind: str, field: str, right: date) -> None:
    """A note naming only the right day: the page's records of its kind take it where they all give one other day
    (several different days: which one the note corrects is unknown, so none changes)."""
    told = [m for m in mentions if m.record_type == kind and m.fields.get(field) is not None and
            (kind != "agreement" or m.fields.get("signed_on_precision") == "day")]
    if len({m.fields[field] for m in told}) == 1 and told[0].fields[field] != right:
        for m in told:
            m.fields[field] = right
            if kind == "event" and m.fields.get("end_on") and m.fields["end_on"] <= right:
                m.fields["end_on"] = None


def _fixed(day: date | None, fixes: list[Correction], page: date | None) -> date | None:
    """The day a record's `day` becomes under the corrections (itself where none applies)."""
    if day is None:
        return day
    for c in fixes:
        if c.wrong is not None and day == c.wrong:
            return c.right
        if c.shift and day.weekday() == c.shift[0]:
            delta = (c.shift[1] - c.shift[0]) % 7
            moved = day + timedelta(days=delta if delta <= 3 else delta - 7)
            return moved if page is None or moved <= page else None
    return day


def apply_corrections(mentions: list, text: str, ctx: DateContext) -> list:
    """The page's mentions with each day its correction notes put right replaced by the right day (events' first and
    last days, agreements' signing days, each only by a note about its kind or about either)."""
    fixes = corrections(text, ctx)
    if not fixes:
        return mentions
    for c in fixes:
        if c.wrong is None and c.shift is None:  # the right day alone
            _right_only(mentions, *(("agreement", "signed_on") if c.about == "signing" else ("event", "start_on")),
                        c.right)
    fixes = [c for c in fixes if c.wrong is not None or c.shift is not None]
    gathering = [c for c in fixes if c.about in ("gathering", None)]
    signing = [c for c in fixes if c.about in ("signing", None)]
    for m in mentions:
        f = m.fields
        if m.record_type == "event" and gathering:
            f["start_on"] = _fixed(f.get("start_on"), gathering, ctx.page_date)
            # a weekday corrected alone is the first day's ("opened Tuesday, not Monday"): a last day moves by date only
            f["end_on"] = _fixed(f.get("end_on"), [c for c in gathering if c.wrong], ctx.page_date)
            if f["end_on"] and (f["start_on"] is None or f["end_on"] <= f["start_on"]):
                f["end_on"] = None  # a last day no longer after the first: not known
        elif m.record_type == "agreement" and signing and f.get("signed_on_precision") == "day":
            f["signed_on"] = _fixed(f.get("signed_on"), signing, ctx.page_date)
            if f["signed_on"] is None:
                f["signed_on_precision"] = None
    return mentions
