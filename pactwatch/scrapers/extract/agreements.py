"""Agreements signed, endorsed or launched, as one sentence states them: type, parties, date, place, title, topics.

A sentence yields an agreement only when it names an instrument (MOU, agreement, declaration, partnership, joint
statement; 谅解备忘录, 合作协议, ...), says it was signed, endorsed or launched (not planned, expected or merely
implemented), and names at least two parties.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pactwatch.scrapers.extract.dates import DateContext, find_dates, relative_day, settle
from pactwatch.scrapers.extract.entities import Entity
from pactwatch.scrapers.extract.gazetteer import CJK, jurisdiction
from pactwatch.scrapers.extract.roles import actors, en_list_after, en_subject, in_span, most_specific_place

EN_INSTRUMENTS = [
    (re.compile(r"\b(?:memorand(?:um|a)\s+of\s+understanding|MOUs?|MoUs?|letters?\s+of\s+intent)\b", re.I), "mou"),
    (re.compile(r"\bjoint\s+(?:statement|declaration|communiqu[eé])s?\b", re.I), "joint_statement"),
    (re.compile(r"\bdeclarations?\b", re.I), "declaration"),
    (re.compile(r"\b(?:partnership|collaborative|alliance|coalition)s?\b", re.I), "partnership"),
    (re.compile(r"\b(?:agreements?|accords?|pacts?|compacts?|treaty|treaties)\b", re.I), "agreement"),
]
ZH_INSTRUMENTS = [
    (re.compile(r"谅解备忘录|合作备忘录|备忘录|意向书"), "mou"),
    (re.compile(r"联合声明|共同声明|联合公报"), "joint_statement"),
    (re.compile(r"宣言"), "declaration"),
    (re.compile(r"伙伴关系|合作联盟"), "partnership"),
    (re.compile(r"协议|协定|合作框架|合作文件|合同"), "agreement"),
]
EN_SIGN = re.compile(
    r"\b(?:signed|signs|sign|signing|inked|inks|endorsed|endorses|endorse|concluded|entered\s+into|enters\s+into|"
    r"struck|reached|forged|sealed|established|establish|launched|launches|launch|formed|unveiled|issued|issues|"
    r"released|adopted|adopts)\b", re.I)
STATEMENT_ONLY = {"issued", "issues", "released", "adopted", "adopts"}  # verbs that conclude statements only
EN_PARTNERSHIP_SIGN = re.compile(r"\b(?:launched|launches|launch|formed|established|unveiled|announced|signed|signs|"
                                 r"sign|inked|inks|sealed|forged|struck)\b", re.I)
EN_NOT_DONE = re.compile(
    r"\b(?:expected|plans?|planned|planning|intends?|intended|hopes?|hoped|aims?|set|scheduled|going|likely|"
    r"proposed|preparing|prepare|considering|seeks?|seeking|agreed)\s+to\s+(?:\w+\s+){0,2}$|"
    r"\b(?:will|would|could|may|might|shall|can)\s+(?:\w+\s+)?$|\b(?:not|never|yet\s+to)\s+(?:\w+\s+)?$", re.I)
EN_REFERENCE = re.compile(r"\b(?:implement(?:s|ed|ing)?|under|pursuant\s+to|builds?\s+on|based\s+on|in\s+line\s+with|"
                          r"following|in\s+support\s+of|of)\s+(?:the\s+|a\s+|an\s+)?(?:series\s+of\s+)?(?:\w+\s+){0,3}$",
                          re.I)
ZH_SIGN = re.compile(r"完成续约|结好签约|共同发布|共同发表|签订|签署|签约|达成|缔结|续签|发表|发布|建立|结为|启动")
ZH_NOT_DONE = re.compile(r"(?:将|拟|计划|预计|有望|准备|即将|将于|希望|争取|打算|或将|未|尚未|没有)[^，。；]{0,8}$")
ZH_REFERENCE = re.compile(r"(?:落实|贯彻|执行|根据|按照|依据|基于|依照)[^，。；]{0,30}$")
TOPICS = [
    (r"carbon market|emissions? trading|碳市场|碳交易|碳排放权交易", "carbon market"),
    (r"zero[- ]emission vehicle|ZEV|零排放汽车", "zero-emission vehicles"),
    (r"electric bus|电动公交|电动大巴", "electric buses"),
    (r"electric vehicle|\bEVs?\b|电动汽车|新能源汽车", "electric vehicles"),
    (r"low[- ]carbon|低碳", "low-carbon development"),
    (r"clean (?:energy|tech)|清洁能源|清洁技术", "clean energy"),
    (r"renewable|可再生能源", "renewable energy"),
    (r"smart grid|智能电网", "smart grid"),
    (r"energy efficiency|节能|能效", "energy efficiency"),
    (r"green building|绿色建筑", "green buildings"),
    (r"air (?:quality|pollution)|空气质量|大气污染", "air quality"),
    (r"peak(?:ing)? (?:carbon )?emissions|达峰", "emissions peaking"),
    (r"capacity building|能力建设", "capacity building"),
    (r"\bports?\b|港口", "ports"),
    (r"financ|融资|投资", "finance"),
]


@dataclass
class AgreementMention:
    agreement_type: str
    title: str | None
    parties: list[str]
    signed_on: date | None
    signed_on_precision: str | None
    city: str | None
    country: str | None
    topics: list[str] = field(default_factory=list)


EVENT_ANAPHORA = re.compile(r"会上|会见中|会谈中|会谈后|会后|会议期间|峰会期间|开幕式|闭幕式|签约仪式|峰会上|论坛上|当天|同日|\b(?:at|during)\s+the\s+"
                            r"(?:summit|conference|forum|meeting|ceremony|opening|signing ceremony|event|closing|"
                            r"opening session|closing session|plenary)\b|\bthe\s+same\s+(?:day|morning|afternoon|evening)\b|"
    r"\b(?:on\s+)?the\s+(?:second|next|following)\s+day\b|第二天|次日",
                            re.I)


def find_agreements(sentence: str, entities: list[Entity], ctx: DateContext,
                    dateline: tuple[str | None, str | None, date | None] = (None, None, None),
                    recent_day: date | None = None, principals: dict[str, list[str]] | None = None,
                    previous: list[str] | None = None) -> list[AgreementMention]:
    """Agreements this sentence reports as concluded (at most one per sentence: its main instrument).

    `recent_day` is the last day the text named before this sentence: "at the opening ceremony" means that day;
    `previous` the parties of the agreement reported just before (a Chinese clause may go on with its subject).
    """
    if CJK.search(sentence) and not re.search(r"[A-Za-z]{4,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}", sentence):
        found = _find_zh(sentence, entities, ctx, previous)
    else:
        found = _find_en(sentence, entities, ctx, dateline, principals or {})
    for ag in found:
        if ag.signed_on is None and recent_day and EVENT_ANAPHORA.search(sentence) and \
                (ctx.page_date is None or recent_day <= ctx.page_date):
            ag.signed_on, ag.signed_on_precision = recent_day, "day"
    return found


def _instrument(sentence: str, table) -> tuple[re.Match, str] | None:
    hits = [(m, kind) for rx, kind in table for m in rx.finditer(sentence)]
    return min(hits, key=lambda h: h[0].start()) if hits else None


def _find_en(sentence, entities, ctx, dateline, principals) -> list[AgreementMention]:
    inst = _instrument(sentence, EN_INSTRUMENTS)
    if not inst:
        return []
    m_inst, kind = inst
    signs = [m for m in EN_SIGN.finditer(sentence)]
    if kind == "partnership":
        signs = [m for m in signs if EN_PARTNERSHIP_SIGN.match(m.group())] or []
    if kind not in {"joint_statement", "declaration"}:
        signs = [m for m in signs if m.group().lower() not in STATEMENT_ONLY]
    if not signs:
        return []
    verb = min(signs, key=lambda m: abs(m.start() - m_inst.start()))
    if EN_NOT_DONE.search(sentence[:verb.start()]):
        return []
    if EN_REFERENCE.search(sentence[:m_inst.start()]) and verb.start() > m_inst.start() and \
            re.match(r"\s*(?:signed|reached|concluded)\b", sentence[m_inst.end():]) is None and \
            "between" not in sentence[m_inst.end():m_inst.end() + 10]:
        return []
    spans = [en_subject(sentence, min(verb.start(), m_inst.start()) if verb.start() > m_inst.start() else verb.start())]
    for m in re.finditer(r"\b(?:between|with|among|and)\s+", sentence):
        if m.group().strip() == "and" and not (m.start() > verb.end() and m.start() < m_inst.start()):
            continue
        if m.group().startswith(("between", "among")) or abs(m.start() - max(verb.end(), m_inst.end())) < 40:
            spans.append(en_list_after(sentence, m.end()))
    chosen: list[Entity] = []
    for sp in spans:
        chosen += actors(in_span(entities, sp), sentence)
    parties = _unique([e.name for e in chosen])
    subject = sentence[spans[0][0]:spans[0][1]]
    official = re.search(r"\b(Mayor|Governor)\b", subject)
    if official and not in_span(entities, spans[0]):
        # "Mayor Eric Garcetti today signed ...": the mayor signs for the city the story is most about, other
        # than the places the other parties stand for
        taken = {jurisdiction(p) for p in parties}
        who = next((n for n in principals.get(official.group(1).lower(), []) if n not in taken), None)
        if who:
            parties = _unique([who, *parties])
    if len(parties) < 2:
        return []
    signed_on, precision = _date(sentence, ctx, dateline)
    # where: a place after "in"/"at" ("in Fuzhou", "at Seattle City Hall" — a party may host its own signing)
    place = most_specific_place([e for e in entities if e.kind != "org" and (
        re.search(r"\b(?:in|at)\s+(?:the\s+)?$", sentence[:e.start]) or (e.name not in parties and re.search(
            r"\b(?:in|at)\s+(?:the\s+)?(?:\w+\s+){0,2}$", sentence[:e.start])))])
    city = place.name if place and place.kind == "city" else None
    country = place.country if place else None
    if city is None and dateline[0] and re.search(r"\b(?:today|announced|here)\b", sentence, re.I):
        city, country = dateline[0], dateline[1]  # the release's dateline: where "here" and "today" are
    return [AgreementMention(kind, _title_en(sentence, m_inst), parties, signed_on, precision, city, country,
                             _topics(sentence))]


def _date(sentence, ctx, dateline) -> tuple[date | None, str | None]:
    rel = relative_day(sentence, dateline[2] or ctx.page_date)
    if rel:
        return rel, "day"
    if ctx.page_date and re.search(r"\b(?:earlier|late[r]?)\s+this\s+month\b|本月|月初", sentence, re.I):
        return ctx.page_date.replace(day=1), "month"
    for dm in find_dates(sentence):
        d, prec = settle(dm, ctx)
        if d and (ctx.page_date is None or d <= ctx.page_date):
            return d, prec
    return None, None


def _title_en(sentence: str, m_inst: re.Match) -> str | None:
    """The instrument's own name when the sentence gives one ("the Subnational Global Climate Leadership MOU")."""
    left = re.search(r"((?:[A-Z][\w’'\-–]*\s+){1,8})$", sentence[:m_inst.start()])
    if left and m_inst.group()[0].isupper():
        words = left.group(1).split()
        while words and words[0] in {"The", "A", "An", "This", "In", "Signing", "Their"}:
            words = words[1:]
        if words and not EN_SIGN.search(" ".join(words)) and "and" not in words:
            return " ".join(words + [m_inst.group()])
    launched = re.search(r"launch(?:es|ed)?\s+of\s+(?:the\s+)?((?:[A-Z][\w’'\-–]*\s*)+)", sentence)
    if launched:
        return launched.group(1).strip()
    return None


def _find_zh(sentence, entities, ctx, previous=None) -> list[AgreementMention]:
    """Chinese signing clauses (see agreements_zh): one mention per agreement the clause concludes; `previous`
    are the parties of the agreement the sentence before reported ("…；与X签订…" goes on with its subject)."""
    from pactwatch.scrapers.extract.agreements_zh import find_agreements_zh

    out: list[AgreementMention] = []
    for kind, title, parties, a in find_agreements_zh(sentence, entities, (previous or [None])[0]):
        signed_on, precision = _date(sentence, ctx, (None, None, None))
        verb = ZH_SIGN.search(sentence, a)
        limit = verb.start() if verb else len(sentence)
        where = [e for e in entities if a <= e.start < limit and e.kind == "city" and
                 sentence[max(0, e.start - 1):e.start] in {"在", "于"}]
        out.append(AgreementMention(kind, title, parties, signed_on, precision,
                                    where[-1].name if where else None, where[-1].country if where else None,
                                    _topics(sentence)))
    return out


def _topics(sentence: str) -> list[str]:
    return [tag for rx, tag in TOPICS if re.search(rx, sentence, re.I)]


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    return [n for n in names if not (n in seen or seen.add(n))]
