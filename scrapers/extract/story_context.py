"""What one story tells about itself before its sentences are read one by one: the acronyms it defines, the date it
was first published (a republished story speaks from that day), whom "the Mayor" and "the Governor" may stand for,
the short names it gives its gatherings, and the gathering a signing sentence says it was told at."""
from __future__ import annotations

from scrapers import lazy_re as re
from collections import Counter

from pactwatch.gazetteer import gazetteer
from pactwatch.models import Mention
from scrapers.extract.agency_owners_en import AGENCY
from scrapers.extract.dates import DateContext, find_dates, settle
from scrapers.extract.entities import find_entities
from scrapers.extract.event_rules import zh_headline_name, zh_surface
from scrapers.extract.portfolio_acronyms_en import portfolio_acronym
from scrapers.extract.text import simplified
from scrapers.lead_chars import with_lead
from scrapers.prefilter import quick

# "Institute for ... Cooperation (ISC)"; a firm's legal form after a comma stays in: "... Technology Co., Limited (CATL)"
ACRONYM = with_lead(re.compile(r"((?:[A-Z][\w’'\-–]+\s+(?:(?:of|for|and|the|on)\s+)*){1,10}?[A-Z][\w’'\-–]+"
                               r"(?:\.?,\s(?:Ltd|Limited|Inc|LLC)\.?)?)\s*\(([A-Z][A-Za-z]{1,7})\)"))
# what opens a Chinese event's full name before the name a headline gives it: its year or edition
ZH_EDITION = re.compile(r"\s*(?:(?:19|20)\d\d\s*年?|第\s*[\d一二三四五六七八九十]+\s*届|首届)\s*")
REPUBLISHED = with_lead(re.compile(r"(?:first|originally)\s+(?:published|appeared|ran)\b[^.。\n]{0,40}|"
                                   r"\b(?:issued|distributed|released|published)\s+by\s+[^.\n]{0,80}?\s+on\s+"
                                   r"[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}(?=[^.\n]{0,60}\brepublished\b)|"
                                   r"(?:首发|原载|原文发布|首次发布|转载)于?[^。\n]{0,20}",
                                   re.I))



def local_acronyms(text: str) -> dict[str, str]:
    """Acronyms an article defines itself ("Institute for Sustainable Development Cooperation (ISC)")."""
    out: dict[str, str] = {}
    for m in ACRONYM.finditer(text):
        full, abbr = m.group(1).strip(), m.group(2)
        full = re.sub(r"^(?:The|the)\s+", "", full)
        ents = find_entities(full)
        if name := portfolio_acronym(text, m.start(2) - 1, abbr):
            out[abbr] = name  # "Ministry of Environment, Climate Change, ... and Meteorology (MECDM)" (portfolio_acronyms_en)
        elif ents and ents[-1].end == len(full) and ents[-1].kind == "org":
            out[abbr] = ents[-1].name
        elif not ents and AGENCY.fullmatch(full):
            # "The Environmental Protection Bureau (DSPA)": a body's generic title made its own name by the acronym it
            # is given (in another language's initials, or none the reader knows); read by that title here
            out[abbr] = out[full] = full
    return out



def event_short_names(mentions: list[Mention]) -> dict[str, str]:
    """Short names a story uses for an event it names in full elsewhere ("北京峰会" for the summit held in Beijing,
    "中美城市峰会" for "中美气候智慧型/低碳城市峰会"): rename those mentions to the full event; the keys renamed."""
    events = [m for m in mentions if m.record_type == "event"]
    full = {m.hints["key"]: m for m in events}
    remap: dict[str, str] = {}
    for m in events:
        key = m.hints["key"]
        words = key.split()
        place = gazetteer().find_en(" ".join(words[:-1])) if len(words) > 1 else None
        for other_key, other in full.items():
            if other_key != key and other_key.endswith(key) and ZH_EDITION.fullmatch(other_key[:-len(key)]):
                remap[key] = other_key  # "国际能源变革论坛" in the headline, "2023国际能源变革论坛" in the body
                break
            if zh_headline_name(zh_surface(m), zh_surface(other)):
                remap[key] = other_key  # "南南合作论坛" in the headline, "气候变化南南合作论坛" in the body
                break
            if other_key == key or other_key.split()[-1] != words[-1]:
                continue
            other_words = set(other_key.split())
            same_place = place is not None and other.fields.get("city") == place.name
            if same_place or (len(words) >= 3 and set(words) < other_words):
                remap[key] = other_key
                break
    for m in events:
        if m.hints["key"] in remap:
            target = full[remap[m.hints["key"]]]
            m.hints["key"] = remap[m.hints["key"]]
            m.fields["name"] = target.fields["name"]
    return remap


def first_published(text: str, page_date):
    """The date a republished story first appeared ("This story was first published on June 10, 2016"): the
    date its own "today" and "on June 7" speak from. Else the page's date."""
    m = quick(REPUBLISHED).search(text)
    if m:
        for dm in find_dates(m.group()):
            if dm.year and dm.month and dm.day:
                d, _ = settle(dm, DateContext(None))
                if d and (page_date is None or d <= page_date):
                    return d
    return page_date


def principals_of(entities) -> dict[str, list[str]]:
    """Whom "the Mayor" and "the Governor" of a story may stand for: its cities, states or provinces, most named
    first."""
    out = {}
    for title, kinds in (("mayor", {"city"}), ("governor", {"state", "province"})):
        names = Counter(e.name for e in entities if e.kind in kinds)
        out[title] = [n for n, _ in names.most_common()]
    return out


# the gathering a signing sentence says it was told at, by its head word: "论坛期间", "峰会上", "at the summit"
# ("分论坛上": a sub-forum is part of the story's gathering, whatever its head word)
TOLD_AT_HEAD = re.compile(r"(?<![分平])(峰会|大会|论坛|年会|博览会|研讨会|对话)(?:期间|上|中)|"
                          r"\b(?:at|during)\s+the\s+(summit|conference|forum|meeting|dialogue)\b", re.I)


def told_head(quote: str) -> str | None:
    """The head word of the gathering a sentence says it was told at ("论坛" of "论坛期间", "forum" of "during the
    forum"), or None."""
    m = TOLD_AT_HEAD.search(simplified(quote))
    return (m.group(1) or m.group(2)).lower() if m else None
