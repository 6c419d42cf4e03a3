"""Events (summits, conferences, meetings) named in a sentence, with the date and place the text gives them."""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.extract.gatherings_ahead_zh import ahead_zh
from dataclasses import dataclass
from datetime import date

from pactwatch.lazy import once
from scrapers.extract.body_meetings import place_meetings, standing_meetings
from scrapers.extract.bracketed_hosts_zh import bracketed_host_start
from scrapers.extract.dates import DateContext, find_dates, settle
from scrapers.extract.day_references import latest_day
from scrapers.extract.dates_relative import zh_opening_weekday
from scrapers.extract.entities import Entity
from scrapers.extract.event_segments_en import drop_segments
from scrapers.extract.dialogue_rounds_zh import signed_during_round
from scrapers.extract.event_rules import (last_from_first, act_place_during, apposition_place, bare_day, body_not_gathering, closing_day,
                                          convened_weekday,
                                          edition_at, first_from_last, held_in_short, told_last_year,
                                          opening_weekday,
                                          recalled_year, un_cop_in, years_after, zh_cops)
from pactwatch.gazetteer import CJK
from scrapers.extract.orgs import render_zh_known
from scrapers.extract.event_phrases_en import (EDITION_YEAR, WHEN_WORD, and_day, body_after_name, came_on, during,
                                               head_first_names, held_online, inside_side_act, opened_which,
                                               sb_sessions, went_for, without_short_name)
from scrapers.extract.held_names_zh import held_here_zh
from scrapers.extract.known_events import cop_held_in, known_event, known_events, name_key, zh_allusions
from scrapers.extract.roles import most_specific_place
from scrapers.extract.named_host import city_after_head, host_city, towns_with_country
from scrapers.extract.venues import venue_cities
from scrapers.extract.open_close_days import closing_after_opening
from scrapers.extract.closing_days_zh import closing_told_day
from scrapers.extract.place_references import held_by_reference, venue_city
from scrapers.extract.day_spans import span_end, weekday_span
from scrapers.extract.session_ordinals_zh import known_past_ordinal
from scrapers.extract.zh_gathering_names import (ZH_EDITION, body_latin_names, drop_leading_place, glossed_body,
                                                 own_gathering_after_fair, strip_zh_prefix)
from scrapers.extract.lede_days_en import opening_day_of, parent_gathering
from scrapers.prefilter import quick

# ("Hannover Messe": a German trade fair named by its city, never "Messe Frankfurt", the company that runs fairs)
EN_HEADS = r"Summit|Conference|Forum|Meeting|Dialogue|Congress|Symposium|Expo|Roundtable|Convention|Assembly|Workshop|Ministerial|Week|Investors\s+Meet|(?<=[a-z] )Messe"
EN_NAME = re.compile(
    r"(?:[“\"](?P<q>[^”\"]{4,120})[”\"]\s*(?:\((?P<qa>[A-Z]{2,8})\)\s*)?(?P<qt>(?:[A-Z][\w’'\-]*\s+|and\s+)*?)"
    rf"(?P<qh>{EN_HEADS.lower()}|{EN_HEADS})\b)|"
    rf"(?P<n>[A-Z][\w.’'\-–/]*\s+(?:(?:[A-Z][\w.’'\-–/]*|of|on|for|and|the|de)\s+)*?"
    rf"(?:Ministerial\s+(?:Meeting|Conference)|{EN_HEADS})\b"  # "Energy Transitions Ministerial Meeting": one name
    rf"(?!\s+(?:(?:&|and)\s+(?:Exhibition|Convention|Conference)\s+)?(?:Center|Centre|Hall|Hotel|Complex)\b)"
    # "Summit for Local Leaders", "Summit on Climate"; "Summit of Local and Regional Leaders" (of its participants,
    # not of a place: "Global Investors Meet of Madhya Pradesh"; not "Conference of Mayors", a standing body)
    rf"(?:\s+(?:on|for)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    rf"June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)\b)[A-Z][\w-]+(?:(?:,\s+[A-Z][\w-]+)+,?\s+and\s+[A-Z][\w-]+|"
    rf"(?:\s+(?:and\s+)?[A-Z][\w-]+){{0,3}})|"  # "on Climate, Energy and Environment": a list of topics, with its "and"
    rf"\s+of\s+(?:[A-Z][\w-]+\s+(?:and\s+)?){{1,3}}(?:Leaders|Ministers|Cities|Regions|Parliamentarians)|"
    rf"\s+of\s+the\s+Parties\s+to\s+the\s+(?:[A-Z][\w-]+\s+){{1,3}}(?:Protocol|Convention))?)")  # a treaty's MOP
# "哈洛伦一行此前出席了在哈尔滨举办的…交流会", "had previously attended the ...": a gathering the story recalls
PREVIOUSLY = re.compile(r"此前|先前|\bpreviously\b")
# a clause telling what was done at the gathering: its places are the doers' ("..., where A and B signed ...")
WHERE_CLAUSE = re.compile(r",?\s+(?:where|at\s+which|during\s+which)\s|;")
COP_RE = re.compile(r"\bCOP\s?-?(?P<a>\d{1,2})\b|\b(?P<b>\d{1,2})(?:st|nd|rd|th)\s+(?:annual\s+)?(?:meeting|session)?\s*"
                    r"(?:of\s+)?(?:the\s+)?Conference\s+of\s+(?:the\s+)?Parties")
ZH_HEADS = r"峰会|大会|论坛|年会|博览会|研讨会|圆桌会|推介会|对接会|座谈会|交流会|会议|对话会|对话|领导人会晤|高级别活动|气候周"
# (a name in 「」, the Hong Kong and Taiwan quotes, only where it is Chinese throughout: "「2025 CityCOP 高雄…論壇」" is
# left to the unquoted reader)
ZH_NAME = re.compile(rf"(?:[“\"《]|「(?=[\u4e00-\u9fff]{{2,40}}」))(?P<q>[^”\"》」]{{2,40}}?(?:{ZH_HEADS}))[”\"》」]|(?P<n>[\u4e00-\u9fffA-Za-z0-9·/“”—－]{{2,30}}?"
                     rf"(?:{ZH_HEADS})(?![长员中室厅堂])(?:暨[\u4e00-\u9fffA-Za-z0-9·/“”]{{2,24}}?(?:{ZH_HEADS}))?)")
# an edition or a year opens an event's name: "第三届“一带一路”国际合作高峰论坛", "2023世界友城论坛暨…大会"
# a meeting named only by generic fields of work ("技术创新大会", "年度工作会议", "科技创新与人才工作会议")
ZH_FIELDS_ONLY = re.compile(rf"(?:(?:技术|科技|创新|工作|发展|经济|年度|全体|专题|视频|座谈|交流|战略|管理|市场|质量|安全|"
                            rf"人才|投资|产业|职工|党建|干部|表彰|总结|动员|部署|推进|务虚|改革|经营|生产)[与和及]?){{1,4}}"
                            rf"(?:{ZH_HEADS})|"
                            # talks named by their subject alone ("绿色低碳合作座谈会", "能源环保交流会"): a meeting held,
                            # not a gathering's name (a forum so named stays one: "绿色低碳合作论坛")
                            rf"(?:(?:绿色|低碳|零碳|减碳|节能|环保|生态|环境|能源|新能源|气候|应对气候变化|合作|交流|经贸|"
                            rf"友好|友城|发展|工作)[与和及、]?){{1,5}}(?:座谈会|交流会|恳谈会)")
# bare days right after an event's name, then where it was held ("15日至16日在洛杉矶举行", "8日在南宁开幕")
ZH_BARE_SPAN = re.compile(r"\s*(?<![\d月])([1-3]?\d)日(?:(?:至|到|-|—)([1-3]?\d)日)?\s*(?:上午|下午)?\s*(?:在|于)"
                          r"[^，。；]{1,15}?(?:举行|召开|举办|开幕)")
ZH_OPENING_DAY = re.compile(r"\s*(?:本月)?([1-3]?\d)日(?:至([1-3]?\d)日)?\s*(?:上午|下午|晚间|晚上)?\s*[，,]")
ZH_BRACKETED_HOST = re.compile(r"([\u4e00-\u9fff]{2,6})[（(][\u4e00-\u9fff]{2,4}[）)]$")
LEAD_NOISE = re.compile(r"^(?:(?:What|How|Why|When|Where|Who|Inside|Here|Recap|Report|Highlights|"
                        r"The|the|A|a|This|this|That|Its|first|First|annual|Annual|inaugural|Inaugural|"
                        r"\d+(?:st|nd|rd|th)|At|In|On|During|Notably|Read|more|More|"
                        r"Results?|Outcomes?|Close|Closing|Opening|Conclusion|of)\s+)+")  # "Results of the ...", "Close of ..."
HEADLINE_VERB = re.compile(r"^.*\b(?:Co-hosts?|Hosts?|Holds?|Launch(?:es)?|Signs?|Opens?|Convenes?|Welcomes?|"
                           r"Attends?|Joins?|Organi[sz]es?|Kicks off|Wraps up|Closes)\s+")
HELD = re.compile(r"\b(?:held|took place|convened|opened|kicked off|hosted|(?:gathered|met|assembled)(?=\s+in\s+[A-Z]))\b|举行|召开|举办|开幕(?!式)|落幕|闭幕(?!式)|登场|揭幕", re.I)
# the UN's climate conference named without its number or year: not one event of its own (the text's COP is)
UNNUMBERED_COP = {"un climate change conference", "united nations climate change conference", "un climate conference",
                  "united nations climate conference", "un climate change conference cop"}
GENERIC = {"summit", "conference", "forum", "meeting", "dialogue", "峰会", "大会", "论坛", "会议", "年会", "对话"}


@dataclass
class EventMention:
    name: str  # canonical English name
    key: str  # normalized name, for matching mentions of one event
    start_on: date | None
    end_on: date | None
    city: str | None
    country: str | None
    span: tuple[int, int]
    aliases: tuple[str, ...] = ()
    month: date | None = None  # a month-precision date the text gives it, if no day
    recalled: bool = False  # another edition than the story's: dated only by another year, or opening after the page
    edition: int | None = None  # the edition the name is given ("third", 第三届)
    standing_body: bool = False  # a standing body's meeting read by body_meetings: an event only where signed at


@once
def _en_recurring():
    """A case-blind pattern of the English names of listed recurring gatherings that end in a head word ("the G20
    summit", "the Summer Davos forum"): a name the capitalised EN_NAME misses when the head is in lower case."""
    names = {a for ev in known_events()[0] if ev.get("kind") == "recurring"
             for a in [ev["name"], *ev.get("aliases", [])] if a.isascii() and re.search(rf"(?:{EN_HEADS})$", a)}
    alts = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
    return quick(re.compile(rf"\b(?:{alts})\b", re.I))


def find_events(sentence: str, entities: list[Entity], ctx: DateContext) -> list[EventMention]:
    """Events named in one sentence; each gets the sentence's date and place when the sentence says it was held."""
    named = _named_gatherings(sentence, ctx)
    meetings = standing_meetings(sentence, named)  # where no other name was read: kept only where signed at (body_meetings)
    out = [_mention(sentence, entities, ctx, *f) for f in sorted(named + meetings, key=lambda f: f[0])]
    for ev in out:  # "国际可再生能源署第十四届大会": the body's short Latin name joins the key ("IRENA Assembly" shares it)
        if CJK.search(ev.name) and (bodies := body_latin_names(ev.name)):
            ev.key = name_key(f"{min(bodies, key=len)} {ev.name}")
    if CJK.search(sentence) and ctx.page_date:
        # "美方期待4月22日至23日举办的领导人气候峰会", "围绕…第二十八届联合国气候变化大会等议题": a gathering that opens after
        # the story was published is still to come, not where its news happened
        out = [ev for ev in out if ev.start_on is None or ev.start_on <= ctx.page_date]
    if CJK.search(sentence):
        out = [ev for ev in out if not ahead_zh(sentence, ev)]
    place_meetings(out, meetings, sentence, entities)  # where held, and their key: day and city (body_meetings)
    return out


def event_names(sentence: str, ctx: DateContext) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """The gatherings one sentence names, as (start, end, name, surfaces), the longest of overlapping ones: what
    `find_events` places and dates. Read without the sentence's actors, so a story that names no gathering is told
    cheaply (story_gate)."""
    named = _named_gatherings(sentence, ctx)
    return sorted(named + standing_meetings(sentence, named), key=lambda f: f[0])


def _named_gatherings(sentence: str, ctx: DateContext) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """event_names but a standing body's meeting only body_meetings reads."""
    found: list[tuple[int, int, str, tuple[str, ...]]] = []
    for m in quick(COP_RE).finditer(sentence):
        n = m.group("a") or m.group("b")
        found.append((m.start(), m.end(), f"COP{int(n)}", (m.group(0),)))
    for m in _en_recurring().finditer(sentence):  # "on the sidelines of the G20 summit in Osaka"
        if re.search(r"\b[a-z]\w*$", m.group(0)) and (ev := known_event(m.group(0))):  # capitalised: EN_NAME's
            found.append((m.start(), m.end(), ev["name"], (m.group(0),)))
    for start, end, city in un_cop_in(sentence):  # "the UN climate conference in Dubai": the COP held there
        if (cop := cop_held_in(city, ctx.page_date)) is not None:
            found.append((start, end, cop, (sentence[start:end],)))
    for start, end, cop in zh_cops(sentence):  # 第22届联合国气候变化大会: COP22, listed or not
        found.append((start, end, cop, (sentence[start:end],)))
    zh = CJK.search(sentence) is not None
    for alias, ev in zh_allusions() if zh else ():  # Chinese allusions to landmark events (巴黎气候大会)
        if alias in sentence:
            found += [(m.start(), m.end(), ev["name"], (alias,)) for m in re.finditer(re.escape(alias), sentence)]
    if zh:
        cop_spans = [(a, b) for a, b, _ in zh_cops(sentence)]
        for m in ZH_NAME.finditer(sentence):
            if any(a <= m.start() and m.end() <= b for a, b in cop_spans):
                continue  # "联合国气候变化大会（COP23）": the COP read above, not a second gathering
            raw = m.group("q") or m.group("n")
            # a single dash joins a name's parts (中国—东盟); a double one (——) sets a clause apart
            raw = strip_zh_prefix(re.split(r"—{2,}", raw)[-1]) if m.group("n") else raw
            raw = own_gathering_after_fair(raw) if m.group("n") else raw  # (…博览会中阿…论坛: the forum)
            start = m.start()
            if rd := m.group("n") and signed_during_round(sentence, m.start(), m.end()):
                start, raw = rd  # "第二轮中美战略与经济对话期间，…续签": a round is its edition (dialogue_rounds_zh)
            if m.group("n") and raw[:1] in "—－" and (host := ZH_BRACKETED_HOST.search(sentence, 0, m.start())):
                # "中国（南宁）—东盟…推介会": the host city in brackets inside the name; the name goes on before it
                raw, start = host.group(1) + raw, host.start()
            elif m.group("n") and (opens := bracketed_host_start(sentence, start)) is not None:
                raw, start = sentence[opens:start] + raw, opens  # "中美（保定）氢能产业合作对接会": the host in brackets
            if m.group("n") and ZH_EDITION.match(raw) and (body := glossed_body(sentence, start)):
                raw, start = body[0] + raw, body[1]  # "…理事会（宜可城，ICLEI）2022世界大会": the body's session
            edition = bool(ZH_EDITION.match(raw) or body_latin_names(raw) or rd)  # 第三届…, 国际可再生能源署第十四届…
            core = re.sub(rf"(?:{ZH_HEADS})$", "", raw)
            if len(core) < 2 or raw in GENERIC or re.search(r"闭幕|开幕|午餐", raw) or \
                    (not m.group("q") and not edition and ZH_FIELDS_ONLY.fullmatch(strip_zh_prefix(raw))):
                continue  # "召开技术创新大会": a body's own meeting named by its fields only, no gathering's name
            whole, raw = raw, drop_leading_place(raw)
            ev = known_event(whole) or known_event(raw) or (known_event(ZH_EDITION.sub("", raw, count=1)) if edition else None)  # "第21届联合国气候变化大会" is COP21; its edition tells
            if ev is None and (cop := zh_cops(whole)) and cop[0][1] == len(whole):
                found.append((start, m.end(), cop[0][2], (whole,)))  # an edition of the UN's the list lacks
                continue
            english, known = render_zh_known(raw)
            if english == raw and (year := re.match(r"(?:19|20)\d\d年?(?=[\u4e00-\u9fff])", raw)) and \
                    (full := render_zh_known(raw[year.end():]))[1] >= 1.0:
                english = full[0]  # "2019中美清洁能源论坛": the edition's year aside, a name rendered whole
            known = known_past_ordinal(raw, known, render_zh_known) if known < 0.6 else known  # 联盟第三次…会议
            if ev is None and known < 0.6 and not m.group("q") and not edition and \
                    not held_here_zh(sentence, start, m.end(), raw):  # (held_names_zh: kept as written)
                continue  # mostly unknown words before 会议/峰会: a phrase ("两天会议"), not an event's name
            found.append((start, m.end(), ev["name"] if ev else english, (raw,)))
    for m in quick(EN_NAME).finditer(sentence):
        at = m.start()
        if m.group("q"):
            quoted = m.group("q").strip()
            tail = (m.group("qt") or "").strip()
            head = m.group("qh")
            name = " ".join(x for x in (quoted, tail, head.capitalize() if head.islower() else head) if x)
        else:
            name = LEAD_NOISE.sub("", m.group("n").strip())
            name = HEADLINE_VERB.sub("", name)
            if (went := re.match(r"^(.+?)\s+for\s+the\s+(?=\S)", name)) and (_is_place(went.group(1)) or
                                                                          WHEN_WORD.search(went.group(1))):
                # "Mayors gather in Buenos Aires for the C40 World Mayors Summit", "met in Paris on Tuesday for the
                # One Planet Summit", "on Thursday 14 March for the ...": where and when they came, not the name
                name = name[went.end():]
                at = max(at, m.start() + m.group(0).rfind(name))
            if (mp := MONTH_OWNER.match(name)):
                # "last November's ... Forum": an edition the story recalls, not one held now
                month = MONTHS.index(mp.group(1)) + 1
                if re.search(r"\blast\s+$", sentence[:m.start()]) or ctx.page_date is None or \
                        month > ctx.page_date.month:
                    continue
                name = name[mp.end():]
            if len(name.split()) < 2 or body_not_gathering(sentence, m.end()):
                continue  # "the U.S. Conference of Mayors": a standing body, not a gathering
            if (acr := re.search(r"\(([A-Z]{2,8})\)\s+$", sentence[:m.start()])) and name == m.group("n").strip():
                name = f"{acr.group(1)} {name}"  # "the Asia Zero Emission Community (AZEC) Leaders Meeting"
        if COP_RE.search(name) or name_key(name) in UNNUMBERED_COP:
            continue  # "the UN Climate Change Conference" with no number or year: whichever COP the text names
        end = m.end()
        if (edition := EDITION_YEAR.match(sentence, end)) is not None:
            end = edition.end()  # "The ICLEI World Congress 2022 closed on Friday": the edition's year, then its verb
        if not m.group("q") and (body := body_after_name(sentence, name, end)) is not None:
            name, end = name + sentence[end:body], body  # "the Founding Conference of the International Solar Alliance"
        if (after := city_after_head(sentence, end)) is not None:  # "Climate Week NYC": the city closes the name
            name, end = name + sentence[end:after[0]], after[0]
        ev = known_event(name)
        found.append((at, end, ev["name"] if ev else name, (name,)))
    for start, end, name in sb_sessions(sentence):  # "The 50th session of the U.N. subsidiary bodies, known as SB50"
        found.append((start, end, name, (name,)))
    for start, end, name in head_first_names(sentence):  # "the second Ministerial on Climate Action"
        ev = known_event(name)
        found.append((start, end, ev["name"] if ev else name, (name,)))
    # keep the longest of overlapping finds
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str, tuple[str, ...]]] = []
    for f in found:
        if kept and f[0] < kept[-1][1]:
            continue
        kept.append(f)
    return drop_segments(sentence, kept)  # "the World Leaders Summit of COP26": COP26 (event_segments_en)


def _is_place(words: str) -> bool:
    """Whether these words name a place in the gazetteer (a city, state or country a name cannot open with)."""
    from pactwatch.gazetteer import gazetteer

    return gazetteer().find_en(words) is not None


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_OWNER = re.compile(rf"({'|'.join(MONTHS)})['’]s\s+")
NTH = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1,
       "closing": -1}
NTH_DAY_OF = re.compile(r"\bon\s+the\s+(first|opening|second|third|fourth|fifth|last|final|closing)\s+day\s+of\b",
                        re.I)


def _mention(sentence, entities, ctx, start, end, name, aliases) -> EventMention:
    ev = known_event(name)
    if ev and ev.get("kind") == "recurring":
        # one name in every language for a gathering held again and again: its date is this text's
        out = _read_mention(sentence, entities, ctx, start, end, ev["name"], aliases)
        if ev.get("city") and out.city in (None, ev["city"]):
            out.city, out.country = ev["city"], ev["country"]
        return out
    if ev:
        # a listed conference that opens after the page ("would be showcased at COP28 in December"): not its news
        later = ctx.page_date is not None and ev["start_on"] > ctx.page_date
        return EventMention(ev["name"], name_key(ev["name"]), ev["start_on"], ev.get("end_on"), ev["city"],
                            ev["country"], (start, end), aliases, recalled=later)
    return _read_mention(sentence, entities, ctx, start, end, name, aliases)


def _read_mention(sentence, entities, ctx, start, end, name, aliases) -> EventMention:
    """An event as the sentence dates and places it."""
    entities = venue_cities(without_short_name(entities, sentence, end))  # "... Action (MoCA)": no place (Moca)
    entities = towns_with_country(sentence, entities)  # "in Apia, Samoa": a town too small for the reader
    if inside_side_act(sentence, start):  # "a press briefing on the results of the ... Dialogue was held in Suva"
        return EventMention(name, name_key(name), None, None, None, None, (start, end), aliases)
    start_on = end_on = None
    city = country = None
    month = None
    dates = find_dates(sentence)
    # the sentence's date is the event's when the sentence says it was held, or the date follows the name closely
    # ("the Global Climate Action Summit in San Francisco on 12–14 September 2018")
    if not (HELD.search(sentence) or re.search(r"\b(?:at|during)\b", sentence[:start][-12:])):
        dates = [dm for dm in dates if 0 <= dm.start - end <= 45]
    if during(sentence, start, end):
        # "On 1 December, during the summit held in Paris, A and B signed ...": a single day is the day of the act
        # done during the event, not its first day; only a span ("30 November – 12 December") dates the event
        dates = [dm for dm in dates if dm.end_day and dm.end_day > (dm.day or 0)]
    years = [d[0].year for dm in dates if (d := settle(dm, ctx))[1] == "year"]
    for dm in dates:
        d, prec = settle(dm, ctx)
        if prec == "month" and month is None:
            month = d  # not a start_on (that needs the day), but it tells editions of a series apart
    if not dates:
        years = years_after(sentence, end, 0 if HELD.search(sentence) else 40)  # "... in Denver in 2019"
    if dates:
        day = next(((d, dm) for dm in dates if (d := settle(dm, ctx))[1] == "day"), None)
        if day:
            (start_on, _), dm = day
            if dm.end_day and dm.end_day > (dm.day or 0):
                end_on = start_on.replace(day=dm.end_day)
                nth = NTH_DAY_OF.search(sentence[end:dm.start]) if dm.start > end else None
                if nth:
                    # "..., which was held on the second day of the Summit (20–22 March)": its own day, the 21st
                    k = NTH[nth.group(1).lower()]
                    start_on = end_on if k < 0 else start_on.replace(day=min(dm.end_day, start_on.day + k))
                    end_on = None
            elif (first := and_day(sentence, dm.start, start_on.day)) is not None:
                start_on, end_on = start_on.replace(day=first), start_on  # "on 13 and 14 May"
    came = went_for(sentence, start, [e for e in entities if e.kind != "org"])
    if start_on is None and came is not None:  # "met in Lima on Tuesday for the ...": the day they came
        start_on = came_on(sentence, came.end, start, ctx)
    if (opened := opened_which(sentence, end, ctx.page_date)) is not None:
        start_on, end_on = opened, None  # "..., which opened in Berlin on Monday": not the day of the news
    if start_on is None and month is None and ctx.page_date and (
            (span := ZH_BARE_SPAN.match(sentence, end)) or (HELD.search(sentence, end) and
                                                            (span := ZH_OPENING_DAY.match(sentence)))):
        # "首届…峰会15日至16日在洛杉矶举行", "8日上午，第二届…论坛在宁波开幕": a news story's bare days, the latest
        # such days up to its date
        if start_on := latest_day(int(span.group(1)), ctx.page_date):
            last = int(span.group(2) or 0)
            end_on = start_on.replace(day=last) if last > start_on.day else None
    if start_on is None and not dates and ctx.page_date:  # "Tuesday through Thursday", "ended on Friday" (day_spans)
        start_on, end_on = weekday_span(sentence, ctx.page_date)
    if start_on is None and not dates:  # "The third ... Forum opened Tuesday in Seattle", "…论坛22日在西雅图举行"
        start_on = opening_weekday(sentence, end, ctx.page_date) or convened_weekday(sentence, start, end, ctx.page_date) \
            or bare_day(sentence, end, ctx.page_date) \
            or (HELD.search(sentence, end) and zh_opening_weekday(sentence, ctx.page_date))  # "上周五，…在滁州举行"
    if start_on and end_on is None and closing_day(sentence):
        end_on, start_on = start_on, first_from_last(start_on, sentence)  # "论坛8日在京闭幕": its last day
    elif start_on and end_on is None and CJK.search(sentence):
        # "…大会在北京开幕，大会为期两天", "…15日在武汉开幕，昨日闭幕": its last day (closing_days_zh)
        end_on = last_from_first(start_on, sentence) or closing_told_day(sentence, ctx.page_date, start_on)
    if start_on and end_on is None and (last := closing_after_opening(sentence, start_on, ctx)) is not None:
        end_on = last  # "opened in Santa Fe on June 4 and closed on June 5, 2024"
    if start_on and end_on is None:  # "from 30 November to 2 December", 11月30日至12月2日 (day_spans)
        end_on = span_end(sentence, start_on)
    # the place: "in <city>" right after the name (an acronym between: "Forum (UTF) in Lisbon"), or where it was held
    after = [e for e in entities if e.start >= end and e.kind != "org" and (
        # (an edition's year the name did not take between: "Asia-Pacific Climate Week 2023 in Johor Bahru")
        (e.start - end <= 40 and re.fullmatch(r"(?:\s+(?:19|20)\d\d\b)?(?:\s*\([^()]{1,30}\))?\W*(?:(?:was|is|will be)\s+)?(?:held\s+)?(?:(?:opened|convened|closed|"
                                              r"concluded|ended|wrapped\s+up|took\s+place)\s+(?:(?:on\s+)?\w+\s+)?"
                                              # "closed on Wednesday after two days in Apia"
                                              r"(?:after\s+(?:two|three|four|five|\d)\s+days\s+)?)?"
                                              # "in the Brazilian city of Belém", "in the port city of Durban"
                                              r"(?:in|at)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|town|port)\s+of\s+|[\w-]+\s+)?",
                                              sentence[end:e.start]))
        or apposition_place(sentence, end, e.start))]
    held = HELD.search(sentence)
    # where the sentence says it was held: the places after "held", or the one right before ("Beijing hosted ...",
    # "在北京举行"); not a place elsewhere in the sentence ("a Singapore garden ... signed at the Forum, held in the
    # eco-city" was not held in Singapore)
    # (up to a clause that tells what was done there: "..., where Quebec and Jiangsu signed ..." names parties)
    done_there = WHERE_CLAUSE.search(sentence, held.end()) if held else None
    held_places = [e for e in entities if e.kind != "org" and (e.start >= held.start() or
                                                             0 <= held.start() - e.end <= 25) and
                   (done_there is None or e.start < done_there.start())] if held else []
    place = most_specific_place(after) or most_specific_place(held_places)
    if place is None and came is not None:
        place, after = came, [came]  # "gathered ... in Nairobi on Thursday 14 March for the One Planet Summit"
    if (place is None or place.kind != "city") and \
            (done := act_place_during(sentence, start, end, [e for e in entities if e.kind != "org"])) is not None:
        city, country = done.name, done.country  # "signed in Xi'an during the ... Summit": held there
    elif place and (after or held_places):
        city = venue_city(place)  # (Singapore, Monaco: a city-state is its city)
        country = place.country
    elif (short := held_in_short(sentence, end)) is not None:
        city, country = short  # "…论坛5月6日至7日在京举行": 京 is Beijing
    city, country = held_by_reference(sentence, start, end, city, country)  # "in the Chinese capital", 在沪
    if (closing := city_after_head(name, len(name) - len(name.split()[-1]) - 1)) is not None and \
            closing[0] == len(name):
        city, country = closing[1]  # "Climate Week NYC": the name says where
    if city is None and country in (None, "") and (host := host_city(name)) and not held_online(sentence):
        city, country = host  # "came to Cleveland Climate Week, which ran Nov. 12-14": held in the city it is named after
    if ctx.page_date and start_on and start_on > ctx.page_date:
        start_on = end_on = None  # a page cannot report as held what has not happened yet
    if start_on is None and (first := opening_day_of(sentence, start, ctx.page_date)) is not None:
        start_on = first  # "... on Thursday, the opening day of the 4th ... Expo": its first day
    elif start_on and parent_gathering(sentence, start):
        start_on = end_on = None  # "met on Friday at the X Forum, one of the main forums of the Y Expo": not Y's day
    recalled = start_on is None and month is None and (recalled_year(years, ctx.page_date) or
                                                        told_last_year(sentence, end) or
                                                        bool(PREVIOUSLY.search(sentence, 0, end)))
    return EventMention(name, name_key(name), start_on, end_on, city, country, (start, end), aliases, month, recalled,
                        edition_at(sentence, start, end))
