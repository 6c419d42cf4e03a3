"""Rules that tell which gathering a sentence names, when it began and where, beyond its name (events.py): a UN
climate conference by its Chinese edition, a place given in an apposition, a bare weekday after "opened", a body
named like a gathering, and an edition the story recalls from an earlier year.

Pure functions over one sentence; events.py calls them for each name it finds.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from datetime import date, timedelta

from scrapers.extract.dates import cn_number
from scrapers.extract.day_references import WEEKDAYS, latest_day
from scrapers.prefilter import quick

# "第22届联合国气候变化大会", "第二十二届联合国气候大会", "《联合国气候变化框架公约》第22次缔约方大会", "缔约方大会第二十二次会议":
# the UN climate conference by its edition is the COP of that number, whether or not the curated list holds it
_N = r"[一二三四五六七八九十\d]{1,4}"
ZH_COP = re.compile(rf"第(?P<a>{_N})[届次](?:联合国)?气候(?:变化)?大会|"
                    rf"(?:《?联合国气候变化框架公约》?)?第(?P<b>{_N})次缔约方(?:大会|会议)|"
                    rf"(?:《?联合国气候变化框架公约》?)?缔约方大会第(?P<c>{_N})次(?:会议|大会)|"
                    # "联合国气候变化大会（COP23）": the conference with its number in brackets after it
                    rf"联合国气候(?:变化)?大会[（(]\s*COP\s?(?P<d>\d{{1,2}})\s*[）)]")


def zh_cops(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "COPn") of each UN climate conference a Chinese sentence names by its edition."""
    out = []
    for m in quick(ZH_COP).finditer(sentence):
        n = m.group("a") or m.group("b") or m.group("c") or m.group("d")
        try:
            n = int(n) if n.isdigit() else cn_number(n)
        except ValueError:
            continue
        if 1 <= n <= 60:
            out.append((m.start(), m.end(), f"COP{n}"))
    return out


# "COP22, the UN climate conference in Marrakech, ...": the place is given in an apposition after the name
APPOSITION_PLACE = re.compile(r"\W*,\s+(?:the\s+|an?\s+)?(?:[\w.’'-]+\s+){0,5}?(?:conference|summit|forum|meeting|"
                              r"talks|congress|gathering)\s+(?:held\s+)?(?:in|at)\s+(?:the\s+)?|"
                              # ", which runs through Wednesday in Beijing", ", which was held last week in Paris"
                              r"\W*,\s+which\s+(?:runs|ran|is\s+held|was\s+held|is\s+being\s+held|takes\s+place|"
                              r"took\s+place|opened|closed)\b(?:\s+[\w.-]+){0,6}?\s+in\s+(?:the\s+)?", re.I)


def apposition_place(sentence: str, end: int, place_start: int) -> bool:
    """Whether the text between an event's name (ending at `end`) and a place is an apposition saying where it is
    held ("COP22, the UN climate conference in Marrakech", "the Forum, which runs through Wednesday in Beijing",
    "the Assembly, which runs from Jan. 13 to 14 in Abu Dhabi")."""
    return place_start - end <= 70 and bool(APPOSITION_PLACE.fullmatch(sentence[end:place_start]))


_DAYS = "|".join(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))
# "..., hosted by the city of Aberdeen, opened on Tuesday", "opened in the Dutch city of Rotterdam on Tuesday", "was held
# in Antwerp, Belgium, on Friday": an apposition naming the host, a city told with its kind or its country; "..., a
# virtual meeting of port cities, met on Tuesday": an apposition saying what the gathering is
# ", which opened in the regional capital Yinchuan on Wednesday, closed ...": a relative clause, a capital named after
# its kind
OPENED_ON = re.compile(rf"(?:,\s+(?:(?:hosted|co-hosted|organi[sz]ed|convened)\s+by\s+|an?\s+(?=[^,]{{0,40}}?\b(?:meeting|"
                       rf"gathering|forum|conference|summit|session)\b))[^,]{{1,60}},)?(?:,\s+which)?"
                       rf"\s*(?:was\s+|were\s+)?(?:held|opened|convened|kicked\s+off|began|got\s+under\s*way|took\s+place|closed|"
                       rf"met|"
                       rf"concluded|wrapped\s+up|ended)\s+(?:in\s+(?:the\s+(?:[A-Z][a-z]+\s+)?(?:city|town|capital|port)\s+of\s+|"
                       rf"the\s+(?:regional|provincial|state|national)\s+capital\s+)?"
                       rf"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,)?\s+)?"
                       rf"(?:on\s+)?({_DAYS})\b(?!['’]s)")


def opening_weekday(sentence: str, end: int, page_date: date | None) -> date | None:
    """The day a gathering named just before began when the sentence says it "opened Tuesday" / "was held on
    Monday" (or ended, "closed in Brussels on Wednesday": the caller reads that as its last day, closing_day): the
    latest such weekday up to the page's date (a news story about its own week)."""
    m = OPENED_ON.match(sentence, end)
    if not m or page_date is None:
        return None
    wd = WEEKDAYS[m.group(1).lower()[:3]]
    return page_date - timedelta(days=(page_date.weekday() - wd) % 7)


# "The minister convened the Arctic Climate Forum virtually on Friday", "The governor hosted the Great Lakes Energy
# Forum in Chicago on Tuesday": the verb of holding before the name, the weekday after it
HELD_BEFORE = re.compile(r"\b(?:convened|hosted|opened|held|kicked\s+off)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?$")
DAY_AFTER = re.compile(rf"\s+(?:virtually\s+|online\s+|in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+)?on\s+({_DAYS})\b"
                       rf"(?!['’]s)")


def convened_weekday(sentence: str, start: int, end: int, page_date: date | None) -> date | None:
    """The day a gathering began when the sentence says someone "convened the ... Forum on Friday" (the verb before
    the name): the latest such weekday up to the page's date, as `opening_weekday` reads "the Forum opened Friday"."""
    m = DAY_AFTER.match(sentence, end)
    if not m or page_date is None or not HELD_BEFORE.search(sentence, 0, start):
        return None
    wd = WEEKDAYS[m.group(1).lower()[:3]]
    return page_date - timedelta(days=(page_date.weekday() - wd) % 7)


# "论坛22日在西雅图举行", "大会当地时间7日开幕": a day of the month alone, right after the name, in a news story
BARE_DAY = re.compile(r"\s*(?:于|已于)?(?:当地时间)?(\d{1,2})日(?:至\d{1,2}日)?(?=\s*(?:在|于|上午|下午|晚|举行|召开|举办|开幕|闭幕))")


def bare_day(sentence: str, end: int, page_date: date | None) -> date | None:
    """The day meant by a day of the month given alone right after an event's name ("论坛22日在西雅图举行"): the
    latest such day up to the page's date, within a month of it."""
    m = BARE_DAY.match(sentence, end)
    if not m or page_date is None:
        return None
    return latest_day(int(m.group(1)), page_date, within=31)


# "the U.S. Conference of Mayors", "the National Governors Association's ... Forum of Governors": a standing body
# named with a gathering's head word, not a gathering
BODY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:Mayors|Governors|Municipalities|Local\s+Authorities|Mayors\s+and\s+"
                        r"Local\s+Governments|Catholic\s+Bishops|State\s+Legislatures)\b")


def body_not_gathering(sentence: str, end: int) -> bool:
    """Whether the name ending at `end` goes on to "of Mayors"-style words that make it a standing body."""
    return bool(BODY_AFTER.match(sentence, end))


# the edition is told by the year it was held: "was held in Salt Lake City in 2011", "于2011年在盐湖城举办"
IN_YEAR = re.compile(r"\bin\s+((?:19|20)\d\d)\b(?![-–/]|\s*(?:to|and)\s+\d)")


def years_after(sentence: str, end: int, near: int = 0) -> list[int]:
    """The bare years ("in 2011") the sentence gives after an event's name: when an English text dates it by year.
    With `near`, only those within that many characters of the name ("at the ... Conference in Denver in 2019")."""
    return [int(m.group(1)) for m in IN_YEAR.finditer(sentence, end) if not near or m.start() - end <= near]


def recalled_year(years: list[int], page_date: date | None) -> bool:
    """Whether the years a sentence dates an event by (with no day or month) are all other than the page's year: an
    earlier edition the story recalls as background (or a later one it announces), not the gathering it reports."""
    return bool(years) and page_date is not None and all(y != page_date.year for y in years)


COP_NAME = re.compile(r"COP\d{1,2}")


def cop_head(name: str) -> re.Match | None:
    """For a COP named by number ("COP22"), the head word its later mentions use ("The conference opened on ..."),
    as a match whose group 1 is that word."""
    return re.match(r"(conference)", "conference") if COP_NAME.fullmatch(name) else None


# a gathering to come: "will host ... next year", "is to be held", 将于…举行, 明年, 下一届
TO_COME = re.compile(r"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|plans?\s+to)\s+(?:be\s+)?(?:held|hosted?|hold|"
                     r"take\s+place|convene|open)\b|\bnext\s+(?:year|month|week)\b|"
                     r"将于|将在|将举行|将举办|将召开|明年|下一届|下届|即将", re.I)
DONE_AT = re.compile(r"\b(?:during|on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+margins\s+of)\s|"
                     r"\b(?:signed|inked|sealed|endorsed|launched|pledged|committed)\b|期间|期間|签署|签订|簽署|簽訂|签约", re.I)


HELD_WORD = re.compile(r"\b(?:held|took\s+place|convened|opened|kicked\s+off|closed|concluded|wrapped\s+up|"
                       r"(?:gathered|met|assembled)\s+in\s+[A-Z])\b|举行|召开|举办|开幕(?!式)|闭幕(?!式)|落幕|開幕(?!式)|閉幕(?!式)",
                       re.I)
HEAD = re.compile(r"(Summit|Conference|Forum|Meeting|Dialogue|Congress|Symposium|Roundtable|Convention|Workshop|"
                  r"Ministerial|峰会|大会|论坛|年会|研讨会|圆桌会|会议|对话会|对话)$", re.I)


def reported_held(event, sentences: list[str]) -> bool:
    """Whether a story with no record at all reports this gathering as taken place: dated to a day, or its sentence
    says it was held or that something was done at it, or another sentence says its kind of gathering was held ("The
    summit opened in Long Beach on Tuesday"). A forum named only as the place of a press conference or a meeting of
    two officials is not."""
    quote = event.quote
    if event.fields.get("start_on") or HELD_WORD.search(quote) or DONE_AT.search(quote):
        return True
    head = HEAD.search(event.fields.get("name") or "")
    if head is None or event.fields.get("name", "").startswith("COP"):
        return False
    word = head.group(1).casefold()
    return any(word in s.casefold() and HELD_WORD.search(s) for s in sentences)


def still_to_come(event) -> bool:
    """Whether an event mention with no record of the story tied to it speaks of a gathering still to come ("the
    city will host the ... Summit next year", 明年将举办…峰会) and not of one where something was done ("signed ...
    during the Forum"): no event the story reports."""
    return bool(TO_COME.search(event.quote)) and not event.fields.get("start_on") and not DONE_AT.search(event.quote)



# "the UN climate conference in Dubai", "the United Nations climate talks in Madrid": a COP named by its host city
UN_COP_IN = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)(?:['’]s?)?\s+(?:annual\s+)?[Cc]limate\s+(?:[Cc]hange\s+)?"
                       r"(?:[Cc]onference|[Tt]alks|[Ss]ummit)\s+(?:held\s+)?in\s+(?P<city>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")


def un_cop_in(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, city as written) of each UN climate conference a sentence names by where it is held."""
    return [(m.start(), m.end(), m.group("city")) for m in quick(UN_COP_IN).finditer(sentence)]


# 在京举行, 在沪召开: a city by its one-character short name, only in "在X" + a verb of holding
SHORT_CITIES = {"京": ("Beijing", "CN"), "沪": ("Shanghai", "CN"), "津": ("Tianjin", "CN"), "穗": ("Guangzhou", "CN"),
                "蓉": ("Chengdu", "CN"), "渝": ("Chongqing", "CN"), "杭": ("Hangzhou", "CN"), "宁": ("Nanjing", "CN"),
                "汉": ("Wuhan", "CN"), "深": ("Shenzhen", "CN"), "厦": ("Xiamen", "CN"), "港": ("Hong Kong", "HK"),
                "澳": ("Macau", "MO")}
HELD_IN_SHORT = re.compile(r"在(京|沪|津|穗|蓉|渝|杭|宁|汉|深|厦|港|澳)(?:隆重|正式|成功)?(?:举行|召开|举办|开幕|闭幕)")


def held_in_short(sentence: str, end: int) -> tuple[str, str] | None:
    """(city, country) of "在京举行"-style words within a few characters after an event's name."""
    m = HELD_IN_SHORT.search(sentence, end, end + 24)
    return SHORT_CITIES[m.group(1)] if m else None


# "the next ... Forum", "last year's ... Summit", 下一届/上一届…论坛: another edition than the one the story reports
OTHER_EDITION_BEFORE = re.compile(r"\b(?:next|upcoming|forthcoming|following|last|previous|past)\s+(?:year['’]s\s+)?"
                                  r"(?:edition\s+of\s+(?:the\s+)?)?$|(?:下一|下|上一|上)届$", re.I)


def other_edition(sentence: str, start: int, dated: bool) -> bool:
    """Whether the event named at `start` is another edition than the story's: "the next Forum ...", "last year's
    Summit", or, undated, one the sentence speaks of as still to come ("will be held in Vancouver in 2020", 将于明年…举行)
    and at which nothing is done."""
    if OTHER_EDITION_BEFORE.search(sentence[max(0, start - 40):start]):
        return True
    return not dated and bool(TO_COME.search(sentence)) and not DONE_AT.search(sentence)


# "论坛8日在京闭幕", "The forum closed on Wednesday": the day given is the gathering's last, not its first
CLOSING = re.compile(r"闭幕|落幕|閉幕|\b(?:closed|concluded|wrapped\s+up|ended|came\s+to\s+a\s+close)\b", re.I)
OPENING = re.compile(r"开幕|開幕|揭幕|\b(?:opened|kicked\s+off|began|got\s+under\s*way)\b", re.I)
DURATION = re.compile(r"\b(two|three|four|five|six|2|3|4|5|6)-day\b|为期([两二三四五六\d])天|"
                      r"\bafter\s+(two|three|four|five|six|2|3|4|5|6)\s+days\b", re.I)
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}


# "The Dialogue, held in Berkeley on Sept. 9, ended with 14 agreements": the day is the one it was held on
_HELD_ON = re.compile(r"\bheld\s+(?:(?:in|at)\s+[^,;]{1,60}?\s+)?on\s+(?:\w+\.?\s+)?\d")


def closing_day(sentence: str) -> bool:
    """Whether the sentence dates a gathering by its close ("closed on May 8", 8日闭幕) and not by its opening, nor by
    the day it was held on before its close is told ("held ... on Sept. 9, ended with ...")."""
    return bool(m := CLOSING.search(sentence)) and not OPENING.search(sentence) and \
        not _HELD_ON.search(sentence, 0, m.start())


def first_from_last(last: date, sentence: str) -> date | None:
    """The first day of a gathering whose last day is given, when the sentence says how many days it lasted ("the
    three-day forum closed on Wednesday", 为期两天的论坛8日闭幕); else None (unknown)."""
    m = DURATION.search(sentence)
    if not m:
        return None
    n = m.group(1) or m.group(2) or m.group(3)  # "the three-day forum", 为期两天, "closed after three days of talks"
    n = int(n) if n.isdigit() else _COUNT[n.lower()]
    return last - timedelta(days=n - 1)


# "…论坛在南昌开幕，为期两天", "大会为期三天": how long a gathering told by its opening lasts
ZH_OPENED_FOR = re.compile(r"开幕[^。；]{0,20}?(?:论坛|大会|峰会|会议|博览会)?为期([两二三四五六\d])[天日]")


def last_from_first(first: date, sentence: str) -> date | None:
    """The last day of a gathering whose first day is `first`, when the sentence tells its opening and then how long
    it lasts ("…在北京国家会议中心开幕，大会为期两天"); else None."""
    m = ZH_OPENED_FOR.search(sentence)
    if not m:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else _COUNT[m.group(1)]
    return first + timedelta(days=n - 1) if n > 1 else None


# the edition a name is given: "the third U.S.-China Governors Forum", "the 7th ... Summit", 第三届/首届…论坛
_ORDINALS = {"first": 1, "inaugural": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}
EDITION = re.compile(r"\b(first|inaugural|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                     r"\d{1,2}(?:st|nd|rd|th))\s+(?:annual\s+)?(?=[A-Z“\"])|第([一二三四五六七八九十\d]{1,3})(?:届|次(?=[^，。；]{2,20}领导人会晤))|(首)届",
                     re.I)


def edition_at(sentence: str, start: int, end: int) -> int | None:
    """The edition the event named at sentence[start:end] is given, if any (1 for "first", 首届)."""
    m = EDITION.search(sentence, max(0, start - 12), end)
    if not m or m.start() >= end:
        return None
    if m.group(3):
        return 1
    if m.group(2):
        n = m.group(2)
        try:
            return int(n) if n.isdigit() else cn_number(n)
        except ValueError:
            return None
    word = m.group(1).lower()
    return _ORDINALS.get(word) or int(re.match(r"\d+", word).group())


# "was held in Salt Lake City last year", 去年在盐湖城举办: an edition of an earlier year, told relative to the page
LAST_YEAR = re.compile(r"\blast\s+year\b(?!['’]s)|\ba\s+year\s+(?:ago|earlier)\b|\bthe\s+previous\s+year\b|"
                       r"\b(?:two|three|several|many)\s+years\s+(?:ago|earlier)\b|去年|前年|上一年", re.I)


def told_last_year(sentence: str, end: int) -> bool:
    """Whether the sentence places the event named before `end` in an earlier year, relative to the page ("held in
    Salt Lake City last year", 去年在…举办)."""
    return bool(LAST_YEAR.search(sentence, end))


def latest_editions(mentions: list) -> list:
    """The mentions without the event mentions of an earlier edition than the latest one the story names for the same
    event ("The first U.S.-China Governors Forum was held in Salt Lake City" in a story on the third): an earlier
    edition is history the story recalls, and its place and date must not reach the one it reports. Drops the
    private `_edition` hint."""
    latest: dict[str, int] = {}
    for m in mentions:
        if m.record_type == "event" and (n := m.hints.get("_edition")):
            latest[m.hints["key"]] = max(latest.get(m.hints["key"], 0), n)
    out = []
    for m in mentions:
        n = m.hints.pop("_edition", None) if m.record_type == "event" else None
        if n and n < latest[m.hints["key"]]:
            continue
        out.append(m)
    return out


# "signed in Xi'an during the first ... Summit", "在…峰会期间，甲与乙在西安签署": the act was done in a city during the
# gathering, so the gathering was held there
ACT_IN_DURING = re.compile(r"\s+(?:during|on\s+the\s+(?:sidelines|margins)\s+of|in\s+the\s+margins\s+of)\s+"
                           r"(?:the\s+)?(?:(?:first|second|third|\d+(?:st|nd|rd|th)|annual|inaugural)\s+)?$", re.I)
ZH_ACT_IN = re.compile(r"(?:期间|期間)[，,][^。；;]{0,40}?(?:在|于)$")
ZH_ACT_VERB = re.compile(r"\s*(?:签署|签订|簽署|簽訂|共同签署|正式签署|续签|續簽|举行|出席)")


def act_place_during(sentence: str, start: int, end: int, places: list) -> object | None:
    """The city where the sentence says something was done during the gathering named at sentence[start:end]
    ("... signed in Xi'an during the first China-Central Asia Summit", "…大会期间，甲与乙在阿布扎比签署…"): one
    place entity (kind city) right before "during", or after 期间 as the 在 of the signing verb."""
    for e in places:
        if e.kind != "city":
            continue
        if e.end <= start and re.search(r"\bin\s+$", sentence[max(0, e.start - 5):e.start]) and \
                ACT_IN_DURING.fullmatch(sentence[e.end:start]):
            return e
        if e.start >= end and ZH_ACT_IN.fullmatch(sentence[end:e.start]) and ZH_ACT_VERB.match(sentence, e.end):
            return e
    return None


# a Chinese gathering's name: at least three characters before its head word
ZH_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{3,}(?:峰会|大会|论坛|年会|博览会|研讨会|会议|对话)")


def zh_headline_name(short: str, full: str) -> bool:
    """Whether `short` is how a story shortens the gathering it names `full` elsewhere: the full name's own end, a
    name of its own with a head word ("南南合作论坛" in the headline, "第三届气候变化南南合作论坛" in the body), or
    China and its partner cut to one character each ("中阿博览会" for "第七届中国—阿拉伯国家博览会", "中非经贸博览会" for
    "中国—非洲经贸博览会")."""
    if short != full and full.endswith(short) and ZH_SHORT_NAME.fullmatch(short):
        return True
    pair = _CHINA_AND.search(full)
    return bool(pair and len(short) >= 4 and short[0] == "中" and short[1] == full[pair.end()] and
                full.endswith(short[2:]) and len(full) - pair.end() - len(short[2:]) >= 2 and
                _ZH_HEAD_END.search(short))


_CHINA_AND = re.compile(r"中国[—－-]")  # "中国—阿拉伯国家…": China and the partner its short form cuts to 阿
_ZH_HEAD_END = re.compile(r"(?:峰会|大会|论坛|年会|博览会|研讨会|会议|对话)$")


def zh_surface(event) -> str:
    """The Chinese name an event mention was read from (its first alias in Chinese), else its key."""
    return next((a for a in event.hints.get("aliases") or [] if re.search(r"[\u4e00-\u9fff]", a)), event.hints["key"])
