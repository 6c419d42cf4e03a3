"""Only what the tracker is for: agreements about climate, energy, the environment or low-carbon development, and
events where such an agreement was signed or a pledge made.

A sentence that concludes an instrument is not enough: a trade deal, a peace treaty or an arms accord is no record,
and neither is a sports conference, a parliament or a factory's "Assembly" named in passing. Pure functions over
one article's mentions, called last by `extract_mentions`.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.lead_chars import with_lead
from pactwatch.models import Mention
from scrapers.extract.chronicles import is_chronicle
from scrapers.extract.event_rules import reported_held, still_to_come
from scrapers.extract.online_gatherings import cloud_gathering
from scrapers.extract.nothing_signed import silenced
from scrapers.extract.planned_outcomes_en import INSTRUMENT_TO_COME
from scrapers.extract.signing_later import SIGNING_LATER
from scrapers.prefilter import quick

TOPIC = re.compile(
    r"\b(?:climate|carbon|CO2|emissions?|greenhouse|clean\s+(?:energy|power|tech\w*|air|transport\w*)|renewables?|"
    r"solar|wind\s+(?:power|energy|farm|turbine)|offshore\s+wind|hydrogen|ammonia|energy|electric(?:ity)?|"
    r"battery|batteries|storage|grid|power\s+(?:plant|station|sector|supply)|nuclear|hydro\w*|geothermal|heat\s+pumps?|"
    r"low[- ]carbon|zero[- ](?:emission|carbon)|net[- ]zero|decarboni[sz]\w*|environment\w*|pollution|"
    r"air\s+quality|sustainab\w*|green\s+\w+|biodiversity|ecolog\w*|conservation|forest\w*|oceans?|marine|"
    r"water\s+(?:management|treatment|protection|resources)|"
    # the climate convention's own words: its conferences, secretariat and treaties
    r"COP\s?-?\d{1,2}|Conference\s+of\s+(?:the\s+)?Parties|UNFCCC|Paris\s+Agreement|Kyoto\s+Protocol|"
    # networks and bodies that exist for the climate, known by a name without a climate word ("the C40 World Mayors
    # Summit", "an ICLEI congress", "the Under2 Coalition", "IRENA's assembly")
    r"C40|ICLEI|Under2|Covenant\s+of\s+Mayors|RE100|EV100|IRENA|IPCC|Mission\s+Innovation|Powering\s+Past\s+Coal|"
    r"Race\s+to\s+Zero)\b|"
    r"气候|碳|排放|温室气体|清洁|可再生|新能源|能源|光伏|太阳能|风电|风能|氢|氨|储能|电池|电力|电网|电站|核电|水电|"
    r"电动|低碳|零碳|节能|环境|环保|生态|污染|大气|绿色|可持续|生物多样性|水资源|海洋|森林|水坝|水利|地热|热泵|"
    # the same words in Traditional characters (a Hong Kong or Taiwan story's headline and lead are read as written)
    r"氣候|溫室氣體|清潔|風電|風能|氫|儲能|電池|電力|電網|電站|核電|水電|電動|節能|環境|環保|生態|大氣|綠色|可持續|地熱|熱泵|"
    r"生物多樣性|水資源|水壩", re.I)
# the instrument's own qualifier says it is about something else
OFF_TOPIC = re.compile(
    r"\b(?:trade|tariffs?|peace|ceasefire|cease-fire|arms|military|defen[cs]e|security|extradition|tax|"
    r"free[- ]trade|broadcast\w*|media\s+rights|sponsorship|"
    # a farm-goods or aircraft deal; a purchase that is no power purchase ("a soybean purchase agreement")
    r"soybeans?|grain|corn|wheat|beef|pork|poultry|agricultural|aircraft|"
    r"(?<!power\s)(?<!energy\s)(?<!electricity\s)(?<!gas\s)(?<!hydrogen\s)purchase)\s+(?:\w+\s+){0,2}(?:agreement|deal|accord|pact|treaty|"
    r"treaties|MOU|memorand\w+)|"
    r"(?:贸易|经贸|和平|停火|军事|防务|安全|引渡|税收|自贸|自由贸易|大豆|粮食|农产品|飞机)(?:\w{0,4})(?:协议|协定|条约|备忘录)", re.I)


def about_the_tracker(text: str) -> bool:
    """Whether a passage speaks of climate, energy, the environment or low-carbon development."""
    return bool(TOPIC.search(text))


# an article of another field: commerce, politics, sport, war
OTHER_FIELD = re.compile(
    r"\b(?:trade\s+(?:war|deal|talks|negotiat\w*)|tariffs?|Israel\w*|Palestin\w*|touchdowns?|"
    r"quarterback|playoffs?|league\s+(?:game|title|standings)|spacecraft|astronauts?)\b|"
    r"贸易|经贸|贸促|商会|华人协会|监察|纪检|人民代表大会|体育|联赛|球队", re.I)
# names that are no gathering of the tracker's kind: parliaments, a factory's assembly line, sports conferences
NOT_AN_EVENT = re.compile(
    r"\b(?:National|General|Legislative|Constituent|Federal|State|Provincial)\s+Assembly\b|\bParliament\b|"
    r"Assembly\s+Facility|Conference\s+(?:East|West|North|South)\b|\bPac-\d+|\bBig\s+(?:Ten|Twelve|East|Sky|\d+)\b|"
    r"\b(?:Athletic|Football|Basketball|Hockey)\s+Conference\b|"
    r"\bPeople['’]s\s+Congress\b|\b(?:U\.\s?S\.|US|United\s+States|Party|National)\s+Congress\b|\bWebinar\b|"
    r"人民代表大会|全国人大|人大常委会|政协|常务委员会|议会|联合国大会|联大|一般性辩论|网络研讨会|线上研讨会", re.I)
# "the Under2 Coalition General Assembly", "the ICLEI World Congress": a network's or coalition's own general meeting
# is a gathering (its members sign and pledge there); a legislature's ("the Virginia General Assembly") or the UN's is
# not. Told by the words before it: a body's head word, never a place or the United Nations
NETWORK_ASSEMBLY = re.compile(r"^(?!(?:the\s+)?(?:UN|U\.N\.|United\s+Nations)\b)(?:[A-Z0-9][\w.&-]*\s+){0,4}"
                              r"(?:Coalition|Alliance|Network|Association|Federation|Partnership|Initiative|Covenant|"
                              r"Council|Platform)\s+General\s+Assembly$")


def not_an_event(name: str) -> bool:
    """A name of no gathering of the tracker's kind (NOT_AN_EVENT), a network's own general assembly excepted."""
    return bool(NOT_AN_EVENT.search(name)) and not NETWORK_ASSEMBLY.match(name)


# a trade fair or show, or an investment promotion (招商推介会 with 意向 only): an event of the tracker's only where
# something was signed or pledged at it
FAIR = re.compile(r"博览会|交易会|展览会|展会|车展|推介会|招商会|洽谈会|\b(?:Expo|Fair|Show|Exhibition|Trade\s+Show|Roadshow|"
                  r"Investment\s+Promotion\s+(?:Conference|Meeting))\b", re.I)
# the story says outright that nothing was signed: its gathering is no event of the tracker's
NOTHING_SIGNED = with_lead(re.compile(r"\bno\s+(?:new\s+|other\s+|formal\s+)?(?:agreements?|deals?|MOUs?|memorand\w+|documents?|"
                                      r"partnerships?|pledges?|accords?)\s+(?:\w+\s+){0,2}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                                      r"(?:signed|announced|reached|concluded|inked)\b|"
                                      r"\b(?:produced|yielded)\s+no\s+(?:new\s+|formal\s+)?(?:agreements?|deals?|MOUs?|accords?)\b|"
                                      + INSTRUMENT_TO_COME + "|" + SIGNING_LATER + "|"  # "which they plan to sign", "再商签"
                                      r"(?<!\bwhich\s)(?<!\bwho\s)\b(?:did\s+not|didn't)\s+sign\b|"
                                      r"未签署|没有签署|并未签署|未安排签约|未签订|没有签订|未达成(?:任何)?协议|"
                                      r"未簽署|沒有簽署|並未簽署|未安排簽約|未簽訂|沒有簽訂|未達成(?:任何)?協議|"
                                      # (Hong Kong and Taiwan papers: "未有簽署任何合作協議", "未曾簽訂")
                                      r"未(?:有|曾)(?:签署|签订|簽署|簽訂)", re.I))
# (a count of what met, "两座城市对话", "三个国家会议": a description, "the two cities' dialogue", no gathering's name)
NOT_A_NAME = re.compile(r"开展|围绕|进行|参加|出席|召开|举行|^并|^[两三四五六七八九十几多各](?:座|个|所|家|位)|"
                        r"^\d{4}年(?:度)?(?:工作|年度|全体)|^(?:工作|发展|年度|全体|"
                        r"专题|视频|座谈|交流|合作|贸易)(?:会议|大会|论坛|对话)$")

# a standing body's routine sitting (联盟年度会议, 第五次会议, annual meeting): where its members report and plan, not where
# cooperation is concluded; kept only where a record of the story was made at it
ROUTINE = re.compile(r"年度会议|年会$|第[一二三四五六七八九十\d]+次(?:全体|工作)?会议|例会|\bannual\s+(?:general\s+)?meeting\b|"
                     r"\b\d+(?:st|nd|rd|th)\s+meeting\b", re.I)


def keep_records(mentions: list[Mention], sentences: list[str], headline: str | None,
                 attended: set[str] = frozenset()) -> list[Mention]:
    """The mentions the tracker is for.

    An agreement is dropped when its instrument is qualified as something else (trade, peace, arms ...), or when
    neither its sentence, the two after it ("根据协议，…", "Under the deal ..."), the headline nor the lead speak
    of climate, energy or the environment while the article is of another field (commerce, politics, sport).
    An event stays where a kept agreement or commitment was made at it (the event its sentence names, else the
    article's main event before it); in a story none of whose records is tied to an event, where the story is
    on topic, does not say that nothing was signed, is no standing body's routine sitting (联盟年度会议, 第五次会议)
    and does not date its signings after the event's end, does not speak of it as still to come ("will host
    ... next year") and does not name a trade fair or show (博览会, Expo: an event only where something was signed at
    it); in a story with no record at all, only one it reports as held (event_rules.reported_held); never
    a parliament, a factory's assembly or a sports conference, nor a phrase that is no name ("2021年工作会议"). On
    a chronicle of dated entries (chronicles) only an event a record is tied to stays. A gathering the story tells
    only as taken part in (`attended`, attended_gatherings) stays only where a record is tied to it.
    """
    lead = " ".join(sentences[:3])
    body = " ".join(sentences)
    on_topic = about_the_tracker(headline or "") or about_the_tracker(lead)
    other_field = bool(quick(OTHER_FIELD).search(body))
    nothing_signed = bool(quick(NOTHING_SIGNED).search(body))
    if nothing_signed:  # said of the gathering named last before it, on a page of several items
        silent = silenced(quick(NOTHING_SIGNED), [m for m in mentions if m.record_type == "event"], sentences)
    kept: list[Mention] = []
    for m in mentions:
        if m.record_type != "agreement":
            kept.append(m)
            continue
        at = _position(m.quote, sentences)
        window = " ".join(sentences[at:at + 3]) if at is not None else m.quote
        if OFF_TOPIC.search(m.quote):
            continue
        if about_the_tracker(window) or on_topic or not other_field:
            kept.append(m)
    used: set[str] = set()
    records = [m for m in kept if m.record_type != "event"]
    # a body that signs is no gathering: "…与尼日利亚州长论坛共同签署" names a forum of governors as a party
    parties = {(m.quote, p) for m in records if m.record_type == "agreement" for p in m.fields.get("parties", [])}
    for m in records:
        keys = m.hints.get("event_keys") or []
        used.update(keys)
        if not keys and (article := m.hints.get("article_event_keys")):
            used.add(max(article, key=lambda kv: kv[1])[0])
    out = []
    chronicle = is_chronicle(sentences)  # dated entries, each its own story: no gathering of one for another's signing
    for m in kept:
        if m.record_type == "event":
            names = [m.fields.get("name") or "", *m.hints.get("aliases", [])]
            if any(not_an_event(n) or NOT_A_NAME.search(n) for n in names):
                continue
            if any((m.quote, n) in parties for n in names):
                continue
            if m.hints.get("key") in attended and m.hints.get("key") not in used:
                continue  # "took part in the ... Dialogue", nothing signed or pledged there
            if m.hints.get("key") not in used and (used or chronicle or nothing_signed and (silent is None or m.hints.get(
                    "key") in silent) or other_field or _routine(m, names) or not (
                    about_the_tracker(m.quote) or on_topic) or _over_before(m, records) or still_to_come(m) or
                    any(FAIR.search(n) or cloud_gathering(n) for n in names) or not (records or reported_held(m, sentences))):
                continue
        out.append(m)
    return out


def _routine(event: Mention, names: list[str]) -> bool:
    """The event is a standing body's routine sitting: its name says so, or its quote goes on with it
    ("中美低碳城市研讨会第六次会议", "…联盟2014年年会")."""
    return any(ROUTINE.search(n) or (n and re.search(re.escape(n) + r"\s*(?:\d{4}年度?)?\s*(?:" + ROUTINE.pattern + ")",
                                                      event.quote, re.I)) for n in names)


def _over_before(event: Mention, records: list[Mention]) -> bool:
    """The story's signings are all dated days after the event's end ("格拉斯哥气候大会刚刚闭幕" in a story about a
    signing two weeks later; "fresh from COP26, ... signed on Friday"): the event is recalled, not where they signed.
    Or, in a story that tells no pledge, all dated before the event opened ("11月29日，两市市长签署…" + "11月30日上午，
    第三届…研讨会开幕，…致辞"): a gathering the visit went on to, where nothing was signed."""
    end = event.fields.get("end_on") or event.fields.get("start_on")
    days = [m.fields["signed_on"] for m in records if m.record_type == "agreement"
            and m.fields.get("signed_on_precision") == "day"]
    start = event.fields.get("start_on")
    if start and days and all(m.record_type == "agreement" for m in records) and len(days) == len(records) and \
            all((start - d).days >= 1 for d in days):
        return True
    return bool(end and days) and all((d - end).days > 3 for d in days)


def _position(quote: str, sentences: list[str]) -> int | None:
    try:
        return sentences.index(quote)
    except ValueError:
        return None
