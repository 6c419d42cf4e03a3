"""Meetings of standing bodies (a joint working group, a task force, a coordination mechanism) as gatherings: "held
the Hong Kong-Macao Joint Committee on Environment meeting in Macao today", "the third meeting of the Joint Working
Group on Climate Change was held in Guangzhou on May 5", "…合作专班2024年第一次会议在深圳召开", "组织召开…协调会议",
"2024…协作推进会在宁波召开". Such a meeting is named in lower case ("meeting") or by words the Chinese renderer does
not know, so events.event_names misses it; it is read here ONLY where the sentence says it was held and the meeting
is where something was signed (in the sentence after the name: "并见证…签署", "会上…签署", ", where ... signed"; or in
the next sentence opening on the meeting: "会后，…签署", "After the meeting, ... signing"). A Chinese name the
renderer cannot read whole is kept as written, never spelled in pinyin. A routine meeting, a 座谈会 of officials, a
meeting still to come or one where nothing was signed gives no event."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import CJK

# --- English -----------------------------------------------------------------------------------------------------
_CAP = r"[A-Z][\w.’'\-–]*"
_BODY = r"(?:Working\s+Group|Task\s*Force|Group|Committee|Commission|Council|Mechanism|Panel|Board|Team|Taskforce)"
# a standing body's name: capitalised words (of/on/for/and/the between) ending in a body word, up to its topic
_BODY_NAME = (rf"{_CAP}(?:\s+(?:{_CAP}|of|on|for|and|the|&))*?\s+{_BODY}"
              rf"(?:\s+(?:on|for)\s+{_CAP}(?:\s+(?:and\s+)?{_CAP}){{0,4}})?")
# "held the <Body> meeting", "convened the ... meeting"; "the <Body> meeting was held"
EN_NAMED = re.compile(rf"\b(?P<verb>held|convened|hosted)\s+(?:the\s+|a\s+)?(?:(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th)|annual|inaugural)\s+)?(?P<body>{_BODY_NAME})\s+meeting\b|"
                      rf"\b[Tt]he\s+(?P<body2>{_BODY_NAME})\s+meeting\s+(?:was|were)\s+(?:held|convened)\b")
# "the third meeting of the <Body> was held"
EN_OF = re.compile(rf"\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|"
                   rf"annual|plenary|inaugural)\s+)?meeting\s+of\s+the\s+(?P<body>{_BODY_NAME})\s+(?:was|were)\s+"
                   rf"(?:held|convened)\b")
EN_PLANNED = re.compile(r"\b(?:will|would|to\s+be|shall|plan(?:s|ned)?\s+to|is\s+due\s+to|expected\s+to|next)\s+(?:\w+\s+){0,2}$",
                        re.I)
EN_SIGNED_THERE = re.compile(r"(?:,?\s+(?:where|at\s+which|during\s+which)\b[^.;]*?\b(?:signed|inked|signing)\b)")
EN_NEXT = re.compile(r"^(?:After|At|During|Following|On\s+the\s+sidelines\s+of)\s+the\s+meeting\b[^.;]*?\b(?:signed|inked|"
                     r"signing)\b")

# --- Chinese -----------------------------------------------------------------------------------------------------
_ZH_HEAD = r"联席会议|协调会议|协调会|推进会|会议|研讨会|启动礼"
_ZH_RUN = r"[\u4e00-\u9fff0-9A-Za-z·—－]"
# "召开/举行<name>", after the clause words and the place ("在香港共同召开…", "组织召开…")
ZH_AFTER_VERB = re.compile(rf"(?<![将拟要])(?:召开|举行|舉行)(?:了)?(?P<name>{_ZH_RUN}{{4,34}}?(?:{_ZH_HEAD})"
                           rf"(?:暨{_ZH_RUN}{{2,20}}?(?:{_ZH_HEAD}))?)(?=[，。；,、]|$)")
# "<name>在宁波召开", "<name>5月22日在深圳举行": the clause opens on the name
ZH_BEFORE_VERB = re.compile(rf"(?:^|[，。；：,])(?P<name>{_ZH_RUN}{{4,34}}?(?:{_ZH_HEAD}))"
                            rf"(?:\d{{1,2}}日)?(?:上午|下午)?(?:在|于)[\u4e00-\u9fff]{{1,12}}?(?:召开|举行)(?=[，。；,]|$)")
ZH_PLANNED = re.compile(r"(?:将|拟|计划|即将|准备|筹备|下一次|下次|明年|轮流|定期)[^，。；]{0,12}$")
ZH_SIGN = r"签署|签订|签约|签字|簽署|簽訂|簽約|簽字"
ZH_SIGNED_THERE = re.compile(rf"^[^。；]*?(?:{ZH_SIGN})")
ZH_NEXT = re.compile(rf"^(?:会上|会后|會上|會後|会议上|會議上|会议期间|會議期間|仪式上|儀式上|活动上|活動上)[，,]?[^。；]*?(?:{ZH_SIGN})")
# no gathering's name: a body's own routine work meeting or talks (工作会议, 座谈会), a session by number alone
ZH_NOT_NAME = re.compile(r"^(?:\d{4}年)?(?:第[一二三四五六七八九十\d]+次)?(?:(?:工作|全体|专题|视频|年度|常务|党组|办公|"
                         r"碰头|调度|部署|推进|协调|联席|领导小组)(?:会议|会))$|座谈|常务会议|党组|办公会")
ZH_STRIP = re.compile(r"^(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午)?(?:在[\u4e00-\u9fff]{1,10}?(?:共同|组织|联合)?(?=召开|举行)"
                      r"|共同|组织|联合|正式|隆重)*")


def held_body_meetings(sentence: str) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """The meetings of standing bodies a sentence says were held, as (start, end, name, surfaces) like
    events.event_names: an English body's meeting ("held the X Joint Working Group meeting", "the third meeting of
    the X Committee was held"), a Chinese meeting named after 召开/举行 or before 在…召开. Whether anything was signed
    at it is `signed_at`'s question, asked with the sentence after."""
    out = []
    if CJK.search(sentence):
        from scrapers.extract.orgs import render_zh_known

        for rx in (ZH_AFTER_VERB, ZH_BEFORE_VERB):
            for m in rx.finditer(sentence):
                raw = ZH_STRIP.sub("", m.group("name"))
                raw = re.split(r"(?:召开|举行|舉行|组织|共同)", raw)[-1]
                if len(raw) < 6 or ZH_NOT_NAME.search(raw) or ZH_PLANNED.search(sentence, 0, m.start("name")):
                    continue
                start = m.start("name") + m.group("name").rfind(raw)
                out.append((start, start + len(raw), render_zh_known(raw)[0], (raw,)))
        return out
    for m in EN_NAMED.finditer(sentence):
        body = (m.group("body") or m.group("body2")).strip()
        if EN_PLANNED.search(sentence, 0, m.start()) or re.match(r"(?:The|This|That|Its|Their)\s", body):
            continue
        start = m.start("body") if m.group("body") else m.start("body2")
        end = sentence.find("meeting", start + len(body)) + len("meeting")
        out.append((start, end, f"{body} meeting", (f"{body} meeting",)))
    for m in EN_OF.finditer(sentence):
        if EN_PLANNED.search(sentence, 0, m.start()):
            continue
        body = m.group("body").strip()
        out.append((m.start(), m.end("body"), f"{body} meeting", (f"{body} meeting",)))
    return out


def signed_at(sentence: str, end: int, after: str) -> bool:
    """Whether something was signed at the meeting named at sentence[:end]: told after its name in the sentence
    ("，并见证…签署", "，会上双方签署…", ", where A and B signed ..."), or in the next sentence opening on it ("会后，…签署",
    "儀式上，…簽署", "After the meeting, ... witnessed the signing of ...")."""
    rest = sentence[end:]
    if CJK.search(sentence):
        return bool(ZH_SIGNED_THERE.search(rest) or ZH_NEXT.search(after.strip()))
    return bool(EN_SIGNED_THERE.search(rest) or EN_NEXT.search(after.strip()))


def standing_meetings(sentence: str, named: list) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """The meetings `held_body_meetings` reads in a sentence where the other readers found no gathering
    (`named`: their (start, end, ...) finds): a name already read is never read twice."""
    return [f for f in held_body_meetings(sentence) if not any(a < f[1] and f[0] < b for a, b, *_ in named)]


def next_sentence(analysed: list, position: int) -> str:
    """The text of the sentence after `position` in the story's (quote, sentence, entities) list; "" at its end."""
    return analysed[position + 1][1] if position + 1 < len(analysed) else ""


ZH_HELD_IN = re.compile(r"(?:在|于)(?P<place>[\u4e00-\u9fff]{1,10}?)(?:共同|组织|联合|正式|隆重)*(?:召开|举行|舉行)")


def held_in_zh(sentence: str, start: int, end: int, entities: list) -> tuple[str, str | None] | None:
    """(city, country) where a Chinese meeting read here was held: the place of "在香港共同召开<name>" or "<name>在宁波
    召开", not a place inside the name ("港深…专班会议" names Shenzhen without being held there); None when the clause
    says no such place."""
    before = [m for m in ZH_HELD_IN.finditer(sentence, max(0, start - 30), start) if m.end() == start
              or not sentence[m.end():start].strip("了")]
    m = before[-1] if before else ZH_HELD_IN.match(sentence, re.match(r"(?:\d{1,2}日)?(?:上午|下午)?", sentence[end:]).end() + end)
    if m is None:
        return None
    place = next((e for e in entities if e.kind == "city" and m.start("place") <= e.start < m.end("place")), None)
    return (place.name, place.country) if place else None


def meeting_key(city: str, day) -> str:
    """The key a standing body's meeting is matched by across reports: its city and day, not its name, which each
    report and language words apart ("港深環保合作專班會議", "深港环保合作专班2024年第一次会议", "the Hong Kong-Shenzhen
    Joint Working Group on Environmental Protection meeting"); its last word the day, so no other name shares it."""
    return f"standing body meeting {city.casefold()} {day.isoformat()}"


def place_meetings(events: list, meetings: list, sentence: str, entities: list) -> None:
    """Mark the events of a sentence that are `meetings` read here (EventMention.standing_body), give a Chinese one
    the place its clause says it was held in (held_in_zh), and key each with a day and a city by that day and city
    (meeting_key): one meeting, named apart in each report and language, is one event."""
    for ev in events:
        ev.standing_body = any(ev.span == (a, b) for a, b, *_ in meetings)
        if ev.standing_body and CJK.search(sentence) and (where := held_in_zh(sentence, *ev.span, entities)):
            ev.city, ev.country = where
        if ev.standing_body and ev.start_on and ev.city:
            ev.key = meeting_key(ev.city, ev.start_on)
