"""Quantified climate pledges as one sentence states them: who pledges what, by when, against which base year.

Kinds: emissions_peak ("peak ... around 2020", 2025年前达到峰值), emissions_reduction ("80 to 95 percent below 1990
levels by 2050", 比2005年下降40%), per_capita_limit ("less than 2 metric tons per capita by 2050"),
carbon_neutrality (碳中和, net zero), renewable_share. A sentence must pledge (commit, aim, target, 承诺, 目标, ...),
not report a result; the actor is who the sentence is about, "signatories" meaning the parties just named.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from dataclasses import dataclass

from scrapers.lead_chars import with_lead
from scrapers.extract.pledge_days_en import day_apart
from scrapers.extract.forecasts_zh import forecast_only
from scrapers.extract.entities import Entity
from scrapers.prefilter import quick
from pactwatch.gazetteer import CJK, gazetteer
from scrapers.extract.pledges_bodies import body_actors
from scrapers.extract.bare_subject_zh import bare_subject_zh
from scrapers.extract.national_sides_zh import side_subject
from scrapers.extract.respective_zh import drafted, respective_zh
from scrapers.extract.pledge_subjects import apposed_opener, leader_country, owner_leader, respective, trade_brand
from scrapers.extract.pledge_subjects import committed_object, regional_municipality, relative_antecedent
from scrapers.extract.clauses_en import relative_clauses
from scrapers.extract.pledge_forms_en import context_goal, paired_years, passive_agent, unconditioned
from scrapers.extract.quoted_pledges_en import quoted_body
from scrapers.extract.quoted_officials_en import speaker_place
from scrapers.extract.advice_en import advised
from scrapers.extract.coalition_pledges import encouraged, members_only
from scrapers.extract.dropped_targets import dropped_masked
from scrapers.extract.modality_en import legal_must
from scrapers.extract.commitment_grammar_en import (after_summary, carbon_free, cited, hedged, mayor_quote, shifted,
                                                   summary_targets)
from scrapers.extract.state_media_en import plan_figures
from scrapers.extract.plan_targets_en import plan_target_clauses
from scrapers.extract.network_declarations import joiners_only, programme_pledges, scoped_emissions
from scrapers.extract.pledges_en import GROUP_PLEDGE, LAW_SUBJECT, more_pledges, only_proposed, plural_actors, told_done
from scrapers.extract.units_en import MASS, YEAR, between_as_range, floor_figures, tonnes
from scrapers.extract.plan_titles_zh import TARGETS_HEADING
from scrapers.extract.roles import actors, en_subject, in_span
from scrapers.extract.text import clauses_zh
from scrapers.extract.figures_zh import zh_pledges as _zh_pledges
from scrapers.extract.number_words import spelled
from scrapers.extract.company_pledges_en import (company_subject, helped_goal, kind_misfit, second_neutrality,
                                                 versus_base)

ANY_YEAR = with_lead(re.compile(r"(?:19|20)\d\d"))
PLEDGE = re.compile(r"\b(?:commit\w*|pledg\w*|promis\w*|vow\w*|aim\w*|target\w*|goal\w*|plan\w*|will|would|intend\w*|wants?\s+to|"
                    r"calls?\s+for|requir\w*|mandat\w*|executive\s+order|on\s+(?:a|the)\s+(?:path|track)\s+to|"
                    r"strive\w*|seek\w*|brought\s+forward|voted\s+(?:unanimously\s+|\d+\s*-\s*\d+\s+|\d+\s+to\s+\d+\s+)?(?:on\s+\w+\s+)?to\s+(?!(?:study|consider|explore|review|delay|postpone|reject)\b)|br(?:ing|ings|inging)\s+forward|raised\s+(?:its|their)\s+(?:\w+\s+)?(?:target|goal)|set\s+(?:a|an|the)\b|sets\s+(?:\w+\s+){0,2}(?:limits?|targets?|goals?|standards?)\b|agree\w*|announc\w*)|承诺|目标|力争|争取|计划|确保|提出|宣布|宣示|将|要|"
                    r"实现|努力", re.I)
ANAPHORA = re.compile(r"\b(?:signatories|the\s+signatories|the\s+parties|both\s+cities|the\s+two\s+cities|"
                      r"(?:each|every)\s+(?:signatory|party|partner)|each\s+of\s+the\s+(?:signatories|parties)|"
                      r"(?:both|the\s+two)\s+(?:sides|partners)|"
                      r"the\s+cities|both\s+parties)\b|签署方|双方|缔约方|各方|两市|两省|各成员", re.I)
PCT = r"(\d+(?:\.\d+)?)\s*(?:(?:to|-|–|~|至|到)\s*(\d+(?:\.\d+)?)\s*)?(?:percent|per\s+cent|%|％)"
# the words before a cut's base year: "below 1990 levels", "compared with 2005"; "on 2005 levels" (British and
# Australian usage) only with its "levels"
BASE_PREP = (rf"(?:below|from|under|compared\s+(?:to|with)|relative\s+to|"
             rf"on(?=\s+(?:the\s+)?(?:(?:their|its)\s+)?{YEAR}\s+levels?\b))")


@dataclass
class CommitmentMention:
    actor: str
    commitment_type: str
    target_year: int | None
    base_year: int | None = None
    reduction_pct_min: float | None = None
    reduction_pct_max: float | None = None
    per_capita_t: float | None = None
    share_pct: float | None = None  # renewable_share: the share pledged, in percent


GOAL_OWNER = re.compile(r"((?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w.-]+)['’]s\s+(?:own\s+|new\s+|long-term\s+|\w+\s+){0,2}"
                        r"(?:goal|target|pledge|commitment)s?\b")
# "该市", "本省"; a sentence opening on "市府"/"市政府" (the city government of the story's city, Taiwan style)
# ("his country", "the country": a country only as the sentence named it before: "Thailand's prime minister said the
# country would ...")
PLACE_ANAPHORA = re.compile(r"\b(?:the|this|their|its|our|his|her)\s+(city|state|province|country)(?:['’]s)?\b|"
                            r"(?:该|本|此|^(?=[市省]政?府))(市|省|州)", re.I)
GOVERNMENT = re.compile(r"(?:^|[，；：])\s*(?:特区)?政府(?:计划|提出|承诺|宣布|将|表示|目标)")
ANAPHORA_KIND = {"city": "city", "市": "city", "state": "state", "州": "state", "province": "province", "省": "province",
                 "country": "country"}


# a Chinese sentence that opens on its target year goes on with the plan the sentence before stated ("到2030年，…")
ZH_CONTINUED = re.compile(rf"^{TARGETS_HEADING}(?:到|至|力争|争取|预计)?\s*{YEAR}\s*年")
# a plan's target told as a fact-to-be, with no pledge verb ("到2025年，非化石能源消费比重达到18%"; "方案明确，到2030年，
# …"): read only after a plan was issued (its issuer is who pledged last), never a year's end ("到2020年底") or a change
# against the year before (a result)
PLAN_TARGET = re.compile(rf"^{TARGETS_HEADING}(?:《?(?:该|这一)?(?:规划|方案|计划|意见|行动方案|实施方案)》?(?:明确|指出|要求|规定|显示)[，,：:]\s*)?"
                         rf"到\s*{YEAR}\s*年(?!底|末|年底)\s*[，,][^。]*?(?:达到|下降|降低|控制在|提高到|提升至|提高至)")
# a plan's target told by its owner's spokesman: "兰州市在论坛上介绍，到2025年全市…排放下降18%"
TOLD_TARGET = re.compile(rf"(?:介绍|表示|透露)[，,：:]\s*(?:到|至)\s*{YEAR}\s*年(?!底|末)[^。]*?(?:达到|下降|降低|控制在|提高到|提升至|提高至)")
RESULT = re.compile(r"已|累计|同比|比上年|较上年|超额")
ACHIEVED = re.compile(r"超额完成|已经?完成|完成了|实现了|已实现|已于\d{4}年起?实现|已下降|下降了|\b(?:fell|dropped|declined|decreased|"
                      r"has (?:already )?(?:cut|reduced|achieved|met)|have (?:already )?(?:cut|reduced|achieved|met)|"
                      r"was reduced|were reduced|achieved|peaked in)\b", re.I)
# "Quebec's target is a", "The state's goal is": a reduction named as the jurisdiction's target
TARGET_IS = re.compile(r"\b(?:target|goal)\s+(?:is|was)\s+(?:an?\s+)?$", re.I)
# "from that peak", "from the peak": the peak as the base of a later cut, not a peak pledged
FROM_PEAK = re.compile(r"\bfrom\s+(?:that|the|its|their|this)\s+$", re.I)
FRONTED = re.compile(r"^(?:At|During|On|In|Speaking|Addressing|Ahead\s+of|After|Following|Under|Earlier|Separately)\b")
# "By 2030, Barcelona will cut ...": a target year set before the clause (not "In 2019, ...": when it was said)
FRONTED_YEAR = re.compile(rf"^\s*(?:By|Before|No\s+later\s+than)\s+(?:the\s+end\s+of\s+)?({YEAR})\s*,")
# "halve its 2030 peak emissions by 2050": a peak of a year named before it is the base of a cut, not a peak pledged
YEAR_PEAK = re.compile(rf"\b(?:its|their|the|that)\s+{YEAR}\s+$", re.I)
PLAN_SUBJECT = re.compile(r"^(?:Under\s+(?:the|its|this)\s+\w+,?\s+)?(?:The|This|Its|Their|That)\s+(?:new\s+)?"
                          r"(?:plan|roadmap|strategy|law|policy|programme|program|target|goal|blueprint|action plan|framework)\b|"
                          r"^(?:It|They)\s|^《?(?:该|这一)?(?:规划|方案|计划|路线图|行动方案)", re.I)

# what a body's full name adds to its bare name ("Stellantis集团", "Enel公司", "西门子股份公司")
ZH_BODY_TAIL = re.compile(r"(?:股份)?(?:集团|公司|有限公司|控股|能源|汽车|电力)(?:公司|有限公司)?")


def may_pledge_en(sentence: str) -> bool:
    """Whether `find_commitments` can read a pledge in an English sentence, whoever made it: a year and a target the
    sentence states, or a summary of who set targets before a colon (its targets read after it)."""
    sentence = spelled(sentence, [])[0]  # (read as find_commitments reads it: "forty percent" in digits)
    if not ANY_YEAR.search(sentence):
        return False
    return bool(": " in sentence and summary_targets(sentence) or _en_pledges(day_apart(dropped_masked(sentence))))


def find_commitments(sentence: str, entities: list[Entity], last_parties: list[str],
                     recent: dict[str, str] | None = None, last_actor: str | None = None,
                     recent_actors: list[Entity] | None = None) -> list[CommitmentMention]:
    """Pledges in one sentence, one per actor and kind; `last_parties` stands for "signatories" and the like,
    `recent` (the last city, state, province named before) for "the city", "该市" and the like,
    `last_actor` (who pledged last) for "The plan also sets ...", "It will ...", "SB 100 ... requiring", and
    `recent_actors` (the actors of this sentence and the one before) for "their ports", "both cities".

    A figure reported as achieved ("下降48.4%，超额完成", "emissions fell 20 percent") is a result, not a pledge.
    """
    sentence, entities = spelled(sentence, entities)  # "forty percent", "二〇三〇年", "百分之四十" in digits (number_words)
    if not ANY_YEAR.search(sentence):
        return []  # every pledge the tracker keeps has its year in its sentence (cheap: most sentences have none)
    sentence = dropped_masked(sentence)  # "放弃2030年…的目标，改为…", "drop its 2030 target": no pledge of the one given up
    sentence = day_apart(sentence)  # "pledged on April 16, 2024 to ...": read as "pledged to ..." (pledge_days_en)
    if cut := after_summary(sentence, entities):  # "A and B set their own targets: A will ..., and B ...": read past it
        return find_commitments(sentence[cut:], shifted(entities, cut), last_parties, recent, last_actor, recent_actors)
    plan_target = bool(last_actor and quick(PLAN_TARGET).match(sentence) or quick(TOLD_TARGET).search(sentence)) \
        and not RESULT.search(sentence)
    if not (quick(PLEDGE).search(unconditioned(sentence)) or plan_target or legal_must(sentence)) or \
            quick(ACHIEVED).search(sentence) or \
            quick(GROUP_PLEDGE).search(sentence) or only_proposed(sentence) or drafted(sentence) or \
            forecast_only(sentence) or cited(sentence):
        return []
    pledges = _zh_pledges(sentence) if CJK.search(sentence) else _en_pledges(sentence)
    out: list[CommitmentMention] = []
    for p_start, kind, fields in pledges:
        owner = fields.pop("_actor", None)
        if not CJK.search(sentence) and (advised(sentence, p_start) or hedged(sentence, p_start) or
                                         helped_goal(sentence, p_start)):
            continue  # "The committee recommended that Wales cut emissions 73% by 2035": advice, no one's pledge
        if encouraged(sentence, p_start):
            continue  # "The Compact encourages its members to adopt ...", "联盟鼓励成员城市...": no one's pledge
        goal = [m for m in GOAL_OWNER.finditer(sentence) if m.end() <= p_start + 5]
        if not owner and goal:
            if not CJK.search(sentence) and context_goal(sentence, goal[-1].start()):
                continue  # "operate under China's national goals of ...": the frame of others' work, no pledge
            owner = goal[-1].group(1)
        if owner:
            bare = [(e, e.surface.removesuffix("'s").removesuffix("’s")) for e in entities]
            who = [e.name for e, b in bare if owner.endswith(b) or b.endswith(owner)][:1]
            if not who and CJK.search(sentence):
                # "宁德时代与Stellantis集团…。" + "助力Stellantis实现…目标": the helped one's bare name is the short form
                # of a body the sentence before (or this one) named in full
                who = [e.name for e in recent_actors or [] if e.kind == "org" and e.surface != owner and
                       e.surface.startswith(owner) and ZH_BODY_TAIL.fullmatch(e.surface[len(owner):])][:1]
        else:
            places = dict(recent or {})
            if last_actor and (lp := gazetteer().find_en(last_actor)) and lp.name == last_actor:
                places[lp.kind] = last_actor  # "The city has also pledged ...": the city that pledged just before
            # "“We will be carbon neutral by 2040,” said ..., chief executive of ... Maersk": the speaker's company
            who = quoted_body(sentence, p_start, last_actor) if not CJK.search(sentence) else []
            who = who or (mayor_quote(sentence, p_start, entities, places) if not CJK.search(sentence) else [])
            who = who or (speaker_place(sentence, p_start, entities) if not CJK.search(sentence) else [])
            # "the plan, which commits the City of Tucson to carbon neutrality by 2045": who is committed
            who = who or (committed_object(sentence, entities, p_start) if not CJK.search(sentence) else [])
            who = who or place_anaphora(sentence, entities, p_start, places)
            who = who or (relative_antecedent(sentence, entities, p_start) if not CJK.search(sentence) else [])
            who = who or plural_actors(sentence, p_start, recent_actors or [])
            who = who or apposed_opener(sentence, entities, p_start) or leader_country(sentence, entities, p_start) \
                or owner_leader(sentence, entities, p_start)
            if not who and not CJK.search(sentence):
                who = passive_agent(sentence, entities, p_start)  # "A target of ... was adopted by the X Council"
            who = who or _actors(sentence, entities, p_start, last_parties)
            if not who and CJK.search(sentence):
                who = bare_subject_zh(sentence, p_start)  # "百度宣布，将在2030年实现…碳中和"
                who = who or side_subject(sentence, p_start, entities)  # "墨方表示，将力争…" (national_sides_zh)
            if not who and not CJK.search(sentence):
                who = trade_brand(sentence, p_start, recent_actors or [])  # "Danish utility Ørsted has pledged ...", "HSBC committed ..."
                who = who or regional_municipality(sentence, p_start)  # "Halifax Regional Municipality pledged ..."
            if not who and last_actor and (PLAN_SUBJECT.search(sentence) or LAW_SUBJECT.search(sentence)
                                 or ZH_CONTINUED.match(sentence)):
                who = [last_actor]  # "The plan also sets a target of ...": the plan of whoever pledged last
            if not who and GOVERNMENT.search(sentence[:p_start]) and recent:
                # "政府计划…": the government of the place the story is about
                who = [recent.get("city") or recent.get("province") or recent.get("state")][:1]
                who = [w for w in who if w]
            if not who and not CJK.search(sentence):
                if not kind_misfit(sentence, p_start, last_actor):  # not "The utility" for a holding's pledge
                    who = body_actors(sentence, p_start, last_actor)  # "Acme will ..., the company said"
                who = who or company_subject(sentence, p_start, last_actor, entities)  # "the company plans to"
            if not who and (m := next((m for m in PLACE_ANAPHORA.finditer(sentence)
                                       if not _in_name(m.start(), entities)), None)):
                place_kind = ANAPHORA_KIND[(m.group(1) or m.group(2)).lower()]
                # "of the city's electricity": the place of that kind this sentence named before it, else the last one
                named = [e.name for e in entities if e.end <= m.start() and e.kind == place_kind]
                who = named[-1:] or ([recent[place_kind]] if (recent or {}).get(place_kind) else [])
        if fields.get("target_year") is None and not CJK.search(sentence):
            continue  # "In 2019, Barcelona pledged to cut emissions 50 percent ...": no year, no quantified pledge
        who = joiners_only(sentence, who, entities) if not CJK.search(sentence) else who  # not the network joined
        who = members_only(sentence, who, entities)  # "Members of the X Compact, including A, B": not the Compact
        for name, year in (respective_zh if CJK.search(sentence) else respective)(sentence, fields.get("target_year"), who):
            out.append(CommitmentMention(name, kind, **dict(fields, target_year=year)))
    return paired_years(sentence, entities, out) if out and not CJK.search(sentence) else out


def place_anaphora(sentence: str, entities: list[Entity], at: int, recent: dict[str, str]) -> list[str]:
    """"The city will ...", "该市提出...": the place of that kind named last before the pledge."""
    # an anaphor's characters inside a name are the name's (墨尔本市, 日本市场: no 本市 "this city")
    ms = [m for m in PLACE_ANAPHORA.finditer(sentence) if m.start() < at and not _in_name(m.start(), entities)]
    if not ms:
        return []
    m = ms[-1]
    # the anaphor is the pledge's subject: "the city will cut ...", "该市提出 ..."
    if CJK.search(sentence[m.start():m.end()]) or re.match(r"\s+(?:\w+ly\s+|also\s+|now\s+)?(?:will|would|has|have|"
                                                          r"is|aims?|plans?|pledged|committed|intends?|wants?)\b",
                                                          sentence[m.end():]):
        kind = ANAPHORA_KIND[(m.group(1) or m.group(2)).lower()]
        before = [e for e in entities if e.end <= m.start() and e.kind == kind]
        if m.end() == 1 and not m.group(1):  # "市府并宣布，桃园市再生能源…": the city it goes on to name
            before = [e for e in entities if e.start < at and e.kind == kind][:1]
        name = before[-1].name if before else recent.get(kind)
        return [name] if name else []
    return []


def _in_name(at: int, entities: list[Entity]) -> bool:
    """Whether a character of the sentence is inside a name found there (the 本 of 墨尔本市)."""
    return any(e.start <= at < e.end for e in entities)


def _actors(sentence: str, entities: list[Entity], at: int, last_parties: list[str]) -> list[str]:
    if CJK.search(sentence):
        spans = [(a, b) for a, b in clauses_zh(sentence) if a <= at]
        for k in range(len(spans) - 1, -1, -1):
            found = actors(in_span(entities, (spans[k][0], min(spans[k][1], at))), sentence)
            if found:
                return [e.name for e in found]
            if ANAPHORA.search(sentence[spans[k][0]:spans[k][1]]):
                return list(last_parties)
        return []
    # the pledge verb nearest before the figure ("... announced that Los Angeles will cut ...": "will")
    verbs = [m for m in PLEDGE.finditer(sentence) if m.start() < at]
    span = en_subject(sentence, verbs[-1].start() if verbs else at)
    # "At the summit hosted by U.S. President Joe Biden on Thursday, Japan pledged ...": a fronted phrase ends at the
    # comma before the subject; who is named inside it does not pledge
    if FRONTED.match(sentence) and (comma := sentence.rfind(", ", span[0], span[1])) > 0 and \
            actors(in_span(entities, (comma + 2, span[1])), sentence):
        span = (comma + 2, span[1])
    # "A pledged to cut ..., and B pledged to peak ...": the clause of the pledge's own verb, not the first one's
    # (with or without a comma: "A will peak before 2030 and B will reach neutrality by 2045")
    # (without a comma only where a new subject and its modal follow: "A will peak before 2030 and B will reach ...")
    joins = [j for j in re.finditer(r",\s+(?:and|while|but|whereas)\s+|\s(?:and|while|but|whereas)\s+",
                                    sentence[span[0]:span[1]])
             if j.group().startswith(",") or NEW_SUBJECT.match(sentence, span[0] + j.end())]
    if joins and PLEDGE.search(sentence[span[0]:span[0] + joins[-1].start()]):
        own = (span[0] + joins[-1].end(), span[1])
        if actors(in_span(entities, own), sentence):  # the second clause names its own subject
            span = own
    # "Gotion, whose U.S. arm is based in Fremont, pledged ...", "Siemens, which has plants in Jalisco, pledged ...":
    # who a clause describing the subject names pledges nothing (not ", which sets California on a path to ...")
    inside = [(a, b) for a, b in relative_clauses(sentence) if DESCRIBING.match(sentence, a)]
    found = [e for e in actors(in_span(entities, span), sentence) if not any(a < e.start < b for a, b in inside)
             and not OTHERS_OF.match(sentence, e.end)]  # "Kestrel's customers have goals ...": the customers' goals
    if found:
        return [e.name for e in found]
    if ANAPHORA.search(sentence[span[0]:span[1]]):
        return list(last_parties)
    # "Wuhan said its emissions would reach their peak": the nearest actor before the verb; "Chongqing, a
    # municipality of ..., has said it will ...": the actor a pronoun subject stands for, however far back
    reach = 400 if re.search(r"\b(?:it|they)\s+(?:\w+\s+)?$", sentence[:span[1]]) else 60
    near = [e for e in actors(entities, sentence) if e.end <= span[1] and span[1] - e.end <= reach
            and (e.kind != "country" or reach > 60)  # "Britain announced that it would cut ...": a country too
            and not OTHERS_OF.match(sentence, e.end)]
    if near:
        return [near[-1].name]
    # "an executive order committing California to ...", "requires 60 percent of California's electricity"
    after = [e for e in actors(entities, sentence) if verbs and verbs[-1].end() <= e.start <= verbs[-1].end() + 40
             and e.start < at + 40 and e.kind != "country"]
    return [after[0].name] if after else []


# "zero emissions from all cargo handling equipment by 2030", "net-zero emissions from new buildings": a standard for
# some of the actor's sources, not its neutrality
SCOPED_AFTER = re.compile(r"\s+(?:from|for)\s+(?:all\s+)?(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:equipment|vehicles|buses|trucks|ships|vessels|buildings|homes|houses|construction|drayage)\b",
                          re.I)
BUILDINGS_NET_ZERO = re.compile(r"\b(?:all\s+)?(?:new\s+)?(?:buildings|homes|houses|construction)\s+(?:to\s+be\s+|be\s+|are\s+)?$",
                                re.I)
DESCRIBING = re.compile(r",\s+(?:whose\s|(?:which|who)\s+(?:is|are|was|were|has|have|had)\s+(?!(?:pledged|committed|"
                        r"vowed|promised|set|aimed|also|now|already)\b))")


# a clause's own subject and its modal or pledge verb right after a join
NEW_SUBJECT = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s+(?:will|would|shall|aims?|plans?|intends?|"
                         r"pledged|pledges|committed|commits|vowed|promised|has\s+(?:pledged|committed|promised))\b")
# a possessor whose customers, suppliers or members are the subject: their goals are not its own
OTHERS_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:customers|clients|suppliers|partners|members|residents|tenants|"
                       r"shareholders|investors|users|competitors|rivals|peers|neighbou?rs|contractors|vendors)\b")
CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but)\s|;")
AND_CUT = re.compile(rf",\s+and\s+(?:by\s+)?(?:(?:more\s+than|about|around|at\s+least)\s+)?{PCT}\s+(?:below|from|"
                     rf"compared\s+(?:to|with)|relative\s+to)\s+(?:the\s+)?({YEAR})(?:\s+levels?)?\s+by\s+({YEAR})\b", re.I)


def _year_after(text: str, pos: int, limit: int = 90) -> int | None:
    for m in re.finditer(rf"\b(?:by|around|before|in|until|no later than|ahead of|of|to|remains|is|was)\s+"
                         rf"(?:\w+\s+){{0,4}}?({YEAR})\b", text[pos:pos + limit]):
        if re.search(r"\b(?:announced|adopted|set|published|launched|released|made|agreed)\b[^,.;]{0,25}$",
                     text[pos:pos + m.start(1)]):
            continue  # "announced in Beijing in 2016": when the target was set, not the target
        return int(m.group(1))
    return None


def _en_pledges(s: str) -> list[tuple[int, str, dict]]:
    out: list[tuple[int, str, dict]] = []
    # "from fiscal 2013 levels by fiscal 2030", "by FY2030": a fiscal year is the year (blanked, so positions stay)
    s = re.sub(rf"\b(?:fiscal\s+|FY\s?)(?={YEAR}\b)", lambda m: " " * len(m.group()), s, flags=re.I)
    s = between_as_range(s)  # "by between 70 and 75 percent": "70 to 75 percent"
    unscoped = s  # (positions kept by every step here)
    s = scoped_emissions(s)  # "halve embodied emissions from all new municipal buildings by 2030"
    s = versus_base(s)  # "30% by 2032 versus a 2019 baseline"
    for m in re.finditer(r"\bpeak(?:ing|ed|s)?\b(?!\s+years?\b)", s, re.I):
        y = _year_after(s, m.end())
        if y and not FROM_PEAK.search(s, 0, m.start()) and not YEAR_PEAK.search(s, max(0, m.start() - 16), m.start()):  # "cut them 30 percent from that peak by 2035": no peak year
            own = re.search(rf"([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*)['’]s\s+(?:\w+\s+){{0,2}}(?:target|goal)\b[^.]{{0,30}}{y}",
                            s[m.end():m.end() + 120])
            # "aim to peak well before China's national target of around 2030": 2030 is China's year, not theirs
            fields = {"target_year": y, "_actor": own.group(1)} if own else {"target_year": y}
            out.append((m.start(), "emissions_peak", fields))
    for m in re.finditer(rf"\b(?:reduc\w*|cut\w*|lower\w*|decreas\w*)\b.{{0,80}}?{PCT}\s+{BASE_PREP}"
                         rf"\s+(?:the\s+)?(?:(?:their|its)\s+)?({YEAR})", s, re.I):
        if told_done(s, m.start()):
            continue  # "Germany cut its emissions by 31 percent from 1990 levels by 2018": a result
        lo, hi, base = float(m.group(1)), float(m.group(2) or m.group(1)), int(m.group(3))
        target = _year_after(s, m.end(), 60)
        if re.search(r"energy\s+(?:intensity|consumption|use)", s[max(0, m.start() - 60):m.end()], re.I):
            out.append((m.start(), "other", {"target_year": target, "base_year": base, "reduction_pct_min": lo,
                                             "reduction_pct_max": hi}))
        else:
            out.append((m.start(), "emissions_reduction", {"target_year": target, "base_year": base,
                                                           "reduction_pct_min": lo, "reduction_pct_max": hi}))
    # "a 75 percent cut in emissions below 1990 levels"; "net-zero emissions by 2045 and a 75 percent cut below 1990
    # levels by 2030": the cut's own words may leave the emissions to the sentence
    emits = re.search(r"\bemissions?\b|\bgreenhouse\b|\bcarbon\b", s, re.I) and \
        not re.search(r"energy\s+(?:intensity|consumption|use)", s, re.I)
    for m in re.finditer(rf"{PCT}\s+(?:cut|reduction|decrease|drop)(\s+in\s+(?:[\w-]+\s+){{0,4}}?emissions?)?\s+"
                         rf"{BASE_PREP}\s+(?:the\s+)?({YEAR})", s, re.I):
        if m.group(3) is None and not emits and not (TARGET_IS.search(s[:m.start()]) and
                                                     re.match(rf"\s+levels?(?:\s+by\s+{YEAR}\b|\s*(?:[.;]|$))", s[m.end():])):
            continue  # "Quebec's target is a 37.5 per cent reduction below 1990 levels": a target needs no object
        out.append((m.start(), "emissions_reduction", {"target_year": _year_after(s, m.end(), 60),
                                                       "base_year": int(m.group(4)),
                                                       "reduction_pct_min": float(m.group(1)),
                                                       "reduction_pct_max": float(m.group(2) or m.group(1))}))
    # "cut ... by 18 percent by 2025, and by more than 65 percent from 2005 levels by 2030": a second cut of the same
    # verb in a clause of its own, with its own base and year
    if re.search(r"\b(?:reduc\w*|cut\w*|lower\w*)\b", s, re.I):
        for m in AND_CUT.finditer(s):
            lo, hi = float(m.group(1)), float(m.group(2) or m.group(1))
            fields = {"target_year": int(m.group(4)), "base_year": int(m.group(3)), "reduction_pct_min": lo,
                      "reduction_pct_max": hi}
            if not any(f == fields for _, _, f in out):  # (the first pattern may have read it across the comma)
                out.append((m.start(), "emissions_reduction", fields))
    # "... below 1990 levels", "... by 2030 compared with 1990": the base year of a cut told apart from its figure
    # ("against a 2019 baseline", "from a 2020 base year": a company's base year)
    base = re.search(rf"\b(?:measured\s+)?(?:against|below|from|on|relative\s+to|compared\s+(?:to|with))\s+(?:the\s+|a\s+)?"
                     rf"({YEAR})\s+(?:levels?|baseline|base(?:\s+year)?)\b|\b(?:relative\s+to|compared\s+(?:to|with))\s+({YEAR})\b(?!\s*(?:-|–|to)\s*\d)",
                     s, re.I)
    if base and re.search(r"\b(?:reduc\w*|cut\w*|lower\w*)\b", s, re.I) and not any(k == "emissions_reduction"
                                                                                    for _, k, _ in out):
        for m in re.finditer(rf"{PCT}\s+by\s+({YEAR})", s):
            if CLAUSE_BREAK.search(s, min(m.end(), base.start()), max(m.start(), base.end())):
                continue  # "18 percent by 2025, and by 65 percent from 2005 levels by 2030": that base is the other's
            out.append((m.start(), "emissions_reduction", {"target_year": int(m.group(3)),
                                                           "base_year": int(base.group(1) or base.group(2)),
                                                           "reduction_pct_min": float(m.group(1)),
                                                           "reduction_pct_max": float(m.group(2) or m.group(1))}))
    for m in re.finditer(rf"\brenewable\w*(?:\s+(?:energy|sources|power))?\s+(?:will\s+|to\s+|would\s+)?(?:supply|provide|"
                         rf"generate|account\s+for|make\s+up|meet)\s+{PCT}\s+of\s+(?:[\w’'-]+\s+){{0,3}}?"
                         rf"(?:electricity|energy|power|installed\s+capacity|generation|power\s+mix)", s, re.I):
        out.append((m.start(), "renewable_share", {"target_year": _year_after(s, m.end(), 40),
                                                   "share_pct": float(m.group(2) or m.group(1))}))
    # a cap per person in tonnes or kilograms ("less than 2 metric tons per capita", "to 3,300 kg by 2030")
    for m in re.finditer(rf"(?:no more than|less than|below|under|at most)\s+{MASS}\s+(?:of\s+(?:carbon dioxide|CO2|"
                         rf"greenhouse gas(?:es)?)\s+)?per\s+(?:person|resident|head|inhabitant)\b", s, re.I):
        out.append((m.start(), "per_capita_limit", {"target_year": _year_after(s, m.end(), 40),
                                                    "per_capita_t": tonnes(m.group(1), m.group(2))}))
    # "... per capita emissions will be capped at 7 tonnes by 2030", "held at 5 tons by 2035"
    for m in re.finditer(rf"\bper[- ]capita\b.{{0,80}}?(?:less than|below|under|of|at most|no more than|to|capped at|"
                         rf"held at)\s+{MASS}", s, re.I):
        out.append((m.start(), "per_capita_limit", {"target_year": _year_after(s, m.end(), 40),
                                                    "per_capita_t": tonnes(m.group(1), m.group(2))}))
    # "carbon negative", "climate positive": more than neutral, a neutrality pledge all the same
    # "reach zero emissions by 2050", "committed to zero emissions ... by 2040" (not "zero-emission buses", "zero
    # emissions vehicles")
    for m in re.finditer(r"\b(?:carbon[- ]neutral(?:ity)?|climate[- ]neutral(?:ity)?|net[- ]zero|carbon[- ]negative|"
                         r"net[- ]negative|climate[- ]positive|(?:(?<=reach\s)|(?<=achieve\s)|(?<=committed\sto\s)|(?<=aim\sfor\s)|(?<=aims\sfor\s))"
                         r"zero\s+(?:carbon\s+|greenhouse\s+gas\s+)?"
                         r"emissions(?!\s+(?:vehicles?|bus|buses|cars?|trucks?|fleets?|zones?)\b))\b", s, re.I):
        y = _year_after(s, m.end(), 60) or _year_before(s, m.start())
        if y:
            # "make all new buildings net-zero carbon by 2030": a standard for buildings, not the city's neutrality
            kind = "other" if BUILDINGS_NET_ZERO.search(s, max(0, m.start() - 40), m.start()) or \
                SCOPED_AFTER.match(unscoped, m.end()) else "carbon_neutrality"  # ("... from all cargo handling equipment")
            out.append((m.start(), kind, {"target_year": y}))
            if kind == "carbon_neutrality":
                break  # (after a buildings standard, the sentence may still pledge the place's own net zero)
    for m in re.finditer(rf"{PCT}\s+(?:of\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:electricity|energy|power)\s+"
                         rf"(?:[\w-]+\s+){{0,3}}?(?:from|with|by)\s+(?:eligible\s+)?renewable", s, re.I):
        out.append((m.start(), "renewable_share", {"target_year": _year_after(s, m.end(), 60),
                                                   "share_pct": float(m.group(2) or m.group(1))}))
    # "use 100% renewable electricity across its operations by 2028", "source 100 percent renewable power": a share of
    # the actor's own use (RE100-style), the words after the figure being the power itself
    for m in re.finditer(rf"\b(?:use|using|source|sourcing|procure|procuring|buy|buying|run\s+on|running\s+on)\s+"
                         rf"{PCT}\s+(?:renewable|clean|green|carbon-free)\s+(?:electricity|energy|power)\b", s, re.I):
        if not any(k == "renewable_share" for _, k, _ in out):
            out.append((m.start(), "renewable_share", {"target_year": _year_after(s, m.end(), 60),
                                                       "share_pct": float(m.group(2) or m.group(1))}))
    out += [p for p in programme_pledges(s) if p[1] == "other" or not any(k == p[1] for _, k, _ in out)]
    out += more_pledges(s, out)
    out += [p for p in carbon_free(s) if not any(k == p[1] for _, k, _ in out)]  # "be carbon-free by 2040"
    out += second_neutrality(s, out)  # "net-zero operations by 2038 and carbon-neutral vehicles by 2050"
    out += plan_figures(s, out)  # "the share of non-fossil energy ... will reach 12 percent"
    out += plan_target_clauses(s, out)  # "50% renewable electricity for city facilities by 2030" (plan_targets_en)
    floors = floor_figures(s)  # "at least 70 percent below 1990 levels": a floor, no ceiling
    for _, kind, fields in out:
        if kind == "emissions_reduction" and fields.get("reduction_pct_min") in floors and \
                fields.get("reduction_pct_min") == fields.get("reduction_pct_max"):
            fields["reduction_pct_max"] = None
    if (fronted := FRONTED_YEAR.match(s)) is not None:  # "By 2030, Barcelona will cut emissions 50 percent ...": its year
        for _, _, fields in out:
            if fields.get("target_year") is None:
                fields["target_year"] = int(fronted.group(1))
    return out


def _year_before(s: str, pos: int) -> int | None:
    m = re.search(rf"\bby\s+({YEAR})\b[^.]{{0,40}}$", s[:pos], re.I)
    return int(m.group(1)) if m else None

