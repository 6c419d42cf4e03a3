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
from scrapers.extract.target_owners import subject_after_year
from scrapers.extract.result_asides_en import without_result_asides
from scrapers.extract.national_sides_zh import side_subject
from scrapers.extract.respective_zh import drafted, respective_zh
from scrapers.extract.pledge_subjects import apposed_opener, leader_country, owner_leader, respective, trade_brand
from scrapers.extract.pledge_subjects import committed_object, regional_municipality, relative_antecedent
from scrapers.extract.clauses_en import relative_clauses
from scrapers.extract.pledge_forms_en import context_goal, paired_years, passive_agent, unconditioned
from scrapers.extract.opening_phrases_en import frame_end
from scrapers.extract.quoted_pledges_en import quoted_body
from scrapers.extract.quoted_officials_en import reported_place, speaker_place
from scrapers.extract.advice_en import advised
from scrapers.extract.coalition_pledges import encouraged, members_only
from scrapers.extract.dropped_targets import dropped_masked
from scrapers.extract.supported_goals import supported_goal
from scrapers.extract.national_frames_zh import national_frame
from scrapers.extract.modality_en import legal_must
from scrapers.extract.statutory_targets_en import law_subject, statutory_target
from scrapers.extract.regions_en import place_kind as kind_of  # "the state": Baden-Württemberg, a region read as org
from scrapers.extract.standards_en import standard_shares
from scrapers.extract.commitment_grammar_en import after_summary, cited, hedged, mayor_quote, shifted, summary_targets
from scrapers.extract.network_declarations import joiners_only
from scrapers.extract.pledges_en import GROUP_PLEDGE, LAW_SUBJECT, only_proposed, plural_actors
from scrapers.extract.units_en import YEAR
from scrapers.extract.plan_titles_zh import TARGETS_HEADING
from scrapers.extract.roles import actors, en_subject, in_span
from scrapers.extract.text import clauses_zh
from scrapers.extract.figures_zh import zh_pledges as _zh_pledges
from scrapers.extract.number_words import spelled
from scrapers.extract.company_pledges_en import company_subject, helped_goal, kind_misfit
from scrapers.extract.pledge_forms_read_en import en_pledges
from scrapers.extract.colon_subjects_en import new_subject_after_colon
from scrapers.extract.elided_subjects_en import elided_subject, that_clause_subject
from scrapers.extract.title_owners_en import title_subject
from scrapers.extract.same_year_en import same_year_named
from scrapers.extract.modifier_names_en import without_modifiers


ANY_YEAR = with_lead(re.compile(r"(?:19|20)\d\d"))
PLEDGE = re.compile(r"\b(?:commit\w*|pledg\w*|promis\w*|vow\w*|aim\w*|target\w*|goal\w*|plan\w*|will|would|intend\w*|wants?\s+to|"
                    r"calls?\s+for|requir\w*|mandat\w*|executive\s+order|on\s+(?:a|the)\s+(?:path|track)\s+to|"
                    r"strive\w*|seek\w*|brought\s+forward|voted\s+(?:unanimously\s+|\d+\s*-\s*\d+\s+|\d+\s+to\s+\d+\s+)?(?:on\s+\w+\s+)?to\s+(?!(?:study|consider|explore|review|delay|postpone|reject)\b)|br(?:ing|ings|inging)\s+forward|raised\s+(?:its|their)\s+(?:\w+\s+)?(?:target|goal)|set\s+(?:a|an|the)\b|sets\s+(?:\w+\s+){0,2}(?:limits?|targets?|goals?|standards?)\b|agree\w*|announc\w*)|承诺|目标|力争|争取|计划|确保|提出|明确(?=\s*(?:到|在)\s*(?:19|20)\d\d)|宣布|宣示|将|要|"
                    r"实现|努力|致力", re.I)
ANAPHORA = re.compile(r"\b(?:signatories|the\s+signatories|the\s+parties|both\s+cities|the\s+two\s+cities|"
                      r"(?:each|every)\s+(?:signatory|party|partner)|each\s+of\s+the\s+(?:signatories|parties)|"
                      r"(?:both|the\s+two)\s+(?:sides|partners)|"
                      r"the\s+cities|both\s+parties)\b|签署方|双方|缔约方|各方|两市|两省|各成员", re.I)


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


GOAL_OWNER = re.compile(r"((?:[A-Z][\w.-]+\s+){0,3}[A-Z][\w.-]+)(?:['’]s|(?<=s)['’])\s+(?:own\s+|new\s+|long-term\s+|(?:economy|nation|country|state)-wide\s+|\w+\s+){0,2}"
                        r"(?:goal|target|pledge|commitment|objective)s?\b")
# (a plural's bare possessive too: "the United States' national goal")
# "该市", "本省"; a sentence opening on "市府"/"市政府" (the city government of the story's city, Taiwan style)
# ("his country", "the country": a country only as the sentence named it before: "Thailand's prime minister said the
# country would ...")
PLACE_ANAPHORA = re.compile(r"\b(?:the|this|their|its|our|his|her)\s+(city|state|province|prefecture|country|county|university|college|"
                            r"kingdom|sultanate|emirate)"
                            r"(?:['’]s)?\b|"
                            r"(?:该|本|此|^(?=[市省]政?府))(市|省|州)", re.I)
# ("政府的目标是在2035年前…": the government's goal, Hong Kong's LegCo replies)
GOVERNMENT = re.compile(r"(?:^|[，；：])\s*(?:特区)?政府(?:计划|提出|承诺|宣布|将|表示|目标|的目标)")
ANAPHORA_KIND = {"city": "city", "市": "city", "state": "state", "州": "state", "province": "province", "省": "province",
                 "prefecture": "province",  # "the Prefecture" (a Japanese prefecture's own releases)
                 "country": "country", "county": "county", "university": "university", "college": "university",
                 # "the sultanate's plan", "the kingdom's target": a monarchy named by its kind of state, the country
                 "kingdom": "country", "sultanate": "country", "emirate": "country"}


# a Chinese sentence that opens on its target year goes on with the plan the sentence before stated ("到2030年，…")
ZH_CONTINUED = re.compile(rf"^{TARGETS_HEADING}(?:到|至|力争|争取|预计)?\s*{YEAR}\s*年")
# a plan's target told as a fact-to-be, with no pledge verb ("到2025年，非化石能源消费比重达到18%"; "方案明确，到2030年，
# …"): read only after a plan was issued (its issuer is who pledged last), never a year's end ("到2020年底") or a change
# against the year before (a result)
# ("根据方案，到2025年，…提高到12%以上", "按照《规划》，到2030年，…": the plan's targets told as what it says)
PLAN_TARGET = re.compile(rf"^{TARGETS_HEADING}(?:《?(?:该|这一)?(?:规划|方案|计划|意见|行动方案|实施方案)》?(?:明确|指出|要求|规定|显示)[，,：:]\s*|"
                         rf"(?:根据|按照|依据|依照)《?(?:该|这一)?(?:规划|方案|计划|意见|行动方案|实施方案)》?[，,]\s*)?"
                         rf"到\s*{YEAR}\s*年(?!底|末|年底)\s*[，,][^。]*?(?:达到|下降|降低|控制在|提高到|提升至|提高至)")
# a plan's target told by its owner's spokesman: "兰州市在论坛上介绍，到2025年全市…排放下降18%"
TOLD_TARGET = re.compile(rf"(?:介绍|表示|透露)[，,：:]\s*(?:到|至)\s*{YEAR}\s*年(?!底|末)[^。]*?(?:达到|下降|降低|控制在|提高到|提升至|提高至)")
RESULT = re.compile(r"已|累计|同比|比上年|较上年|超额")
ACHIEVED = re.compile(r"超额完成|已经?完成|完成了|实现了|已实现|已于\d{4}年起?实现|已下降|下降了|\b(?:fell|dropped|declined|decreased|"
                      r"has (?:already )?(?:cut|reduced|achieved|met)|have (?:already )?(?:cut|reduced|achieved|met)|"
                      r"was reduced|were reduced|achieved|peaked in)\b", re.I)
FRONTED = re.compile(r"^(?:At|During|On|In|Speaking|Addressing|Ahead\s+of|After|Following|Under|Earlier|Separately)\b")
PLAN_SUBJECT = re.compile(r"^(?:Under\s+(?:the|its|this)\s+\w+,?\s+)?(?:The|This|Its|Their|That)\s+(?:new\s+)?"
                          r"(?:plan|roadmap|strategy|law|policy|programme|program|target|goal|blueprint|action plan|framework)\b|"
                          r"^(?:It|They)\s|^(?:(?:根据|按照|依据|依照))?《?(?:该|这一)?(?:规划|方案|计划|路线图|行动方案)", re.I)

# what a body's full name adds to its bare name ("Stellantis集团", "Enel公司", "西门子股份公司")
ZH_BODY_TAIL = re.compile(r"(?:股份)?(?:集团|公司|有限公司|控股|能源|汽车|电力)(?:公司|有限公司)?")


def may_pledge_en(sentence: str) -> bool:
    """Whether `find_commitments` can read a pledge in an English sentence, whoever made it: a year and a target the
    sentence states, or a summary of who set targets before a colon (its targets read after it)."""
    sentence = spelled(sentence, [])[0]  # (read as find_commitments reads it: "forty percent" in digits)
    if not ANY_YEAR.search(sentence):
        return False
    return bool(": " in sentence and summary_targets(sentence) or en_pledges(day_apart(dropped_masked(sentence))))


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
    sentence = same_year_named(sentence)  # "... by 2045 and to cut ... by the same year" (same_year_en)
    sentence = without_result_asides(sentence)  # "Denver, which has cut emissions 20% since 2005, aims to ...": blanked
    if cut := after_summary(sentence, entities):  # "A and B set their own targets: A will ..., and B ...": read past it
        return find_commitments(sentence[cut:], shifted(entities, cut), last_parties, recent, last_actor, recent_actors)
    plan_target = bool((last_actor or subject_after_year(sentence, entities)) and quick(PLAN_TARGET).match(sentence)
                       or quick(TOLD_TARGET).search(sentence)) and not RESULT.search(sentence)
    if not (quick(PLEDGE).search(unconditioned(sentence)) or plan_target or legal_must(sentence) or statutory_target(sentence)
            or standard_shares(sentence)) or \
            quick(ACHIEVED).search(sentence) or \
            quick(GROUP_PLEDGE).search(sentence) or only_proposed(sentence) or drafted(sentence) or \
            forecast_only(sentence) or cited(sentence):
        return []
    pledges = _zh_pledges(sentence) if CJK.search(sentence) else en_pledges(sentence)
    if not CJK.search(sentence):
        entities = without_modifiers(sentence, entities)  # "the EU emissions trading system": no actor (modifier_names_en)
    out: list[CommitmentMention] = []
    for p_start, kind, fields in pledges:
        owner = fields.pop("_actor", None)
        if not CJK.search(sentence) and (advised(sentence, p_start) or hedged(sentence, p_start) or
                                         helped_goal(sentence, p_start)):
            continue  # "The committee recommended that Wales cut emissions 73% by 2035": advice, no one's pledge
        if encouraged(sentence, p_start):
            continue  # "The Compact encourages its members to adopt ...", "联盟鼓励成员城市...": no one's pledge
        if supported_goal(sentence, p_start):
            continue  # "commit to support goals such as ... 80 percent ... by 2050", "支持…等长远目标": an example
        if CJK.search(sentence) and national_frame(sentence, p_start):
            continue  # "落实国家“…2030年前实现碳达峰…”的目标要求": the nation's goal framing the body's work
        titled = None if CJK.search(sentence) else title_subject(sentence, entities, p_start)  # (title_owners_en)
        goal = [m for m in GOAL_OWNER.finditer(sentence) if m.end() <= p_start + 5 and
                not new_subject_after_colon(sentence, m.end(), p_start) and not (titled and m.end() <= titled[0])]
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
            who = who or (speaker_place(sentence, p_start, entities) or reported_place(sentence, p_start, entities)
                          if not CJK.search(sentence) else [])  # "The state ..., Governor X of Y said."
            # "the plan, which commits the City of Tucson to carbon neutrality by 2045": who is committed
            who = who or (committed_object(sentence, entities, p_start) if not CJK.search(sentence) else [])
            who = who or place_anaphora(sentence, entities, p_start, places)
            who = who or (relative_antecedent(sentence, entities, p_start) if not CJK.search(sentence) else [])
            who = who or plural_actors(sentence, p_start, recent_actors or [])
            who = who or apposed_opener(sentence, entities, p_start) or leader_country(sentence, entities, p_start) \
                or owner_leader(sentence, entities, p_start)
            if not who and not CJK.search(sentence):
                who = passive_agent(sentence, entities, p_start)  # "A target of ... was adopted by the X Council"
            if titled is not None and not (who := who or titled[1]):
                continue  # "Uganda's Energy Transition Plan sets ...": Uganda's; a think tank's: no one's
            framed = frame_end(sentence) if not CJK.search(sentence) else 0  # ("Under the X Initiative, the state aims")
            who = who or _actors(sentence, [e for e in entities if e.start >= framed], p_start, last_parties)
            if not who and not CJK.search(sentence):  # "that A would ... and that emissions would be cut by ..."
                who = that_clause_subject(sentence, entities, p_start)
            if not who and CJK.search(sentence):
                who = bare_subject_zh(sentence, p_start)  # "百度宣布，将在2030年实现…碳中和"
                who = who or side_subject(sentence, p_start, entities)  # "墨方表示，将力争…" (national_sides_zh)
            if not who and not CJK.search(sentence):
                who = trade_brand(sentence, p_start, recent_actors or [])  # "Danish utility Ørsted has pledged ...", "HSBC committed ..."
                who = who or regional_municipality(sentence, p_start)  # "Halifax Regional Municipality pledged ..."
            if not who and last_actor and (PLAN_SUBJECT.search(sentence) or LAW_SUBJECT.search(sentence)
                                 or ZH_CONTINUED.match(sentence)):
                who = [last_actor]  # "The plan also sets a target of ...": the plan of whoever pledged last
            if not who and recent and not CJK.search(sentence) and law_subject(sentence):
                who = [w for w in [recent.get("state") or recent.get("province")] if w]  # "The ... Act 2023 enshrines"
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
                named = [e.name for e in entities if e.end <= m.start() and (kind_of(e.kind, e.name) or e.kind) == place_kind]
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
        before = [e for e in entities if e.end <= m.start() and (kind_of(e.kind, e.name) or e.kind) == kind]  # (a region too)
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
    if len(verbs) > 1 and elided_subject(sentence, verbs[-1].start()):
        verbs = verbs[:-1]  # "A will ... by 2040, and will buy ...": the first clause's subject (elided_subjects_en)
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
    # "Stockholm, which committed to the Global Covenant of Mayors in 2017, pledged ...": a relative clause closed
    # before the pledge's own verb, right after an actor that is its antecedent, tells that subject's past
    verb_at = verbs[-1].start() if verbs else at
    heads = {e.end for e in actors(entities, sentence)}
    inside = [(a, b) for a, b in relative_clauses(sentence)
              if DESCRIBING.match(sentence, a) or (b <= verb_at and a in heads)]
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


DESCRIBING = re.compile(r",\s+(?:whose\s|(?:which|who)\s+(?:is|are|was|were|has|have|had)\s+(?!(?:pledged|committed|"
                        r"vowed|promised|set|aimed|also|now|already)\b))")
# a clause's own subject and its modal or pledge verb right after a join
NEW_SUBJECT = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s+(?:will|would|shall|aims?|plans?|intends?|"
                         r"pledged|pledges|committed|commits|vowed|promised|has\s+(?:pledged|committed|promised))\b")
# a possessor whose customers, suppliers or members are the subject: their goals are not its own
OTHERS_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:customers|clients|suppliers|partners|members|residents|tenants|"
                       r"shareholders|investors|users|competitors|rivals|peers|neighbou?rs|contractors|vendors)\b")
