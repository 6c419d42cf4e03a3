"""English pledges the basic patterns of commitments.py miss: coordinated targets, halving, phase-outs, renewable
power for a sector, zero-emission fleets, and pledges made by several actors at once ("their ports", "both cities").

Each function reads one sentence; `commitments.find_commitments` calls them and decides who pledged.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import state_names_en
from scrapers.extract.entities import Entity
from scrapers.extract.exits_en import exit_pledges
from scrapers.extract.fuel_shares_en import fuel_shares
from scrapers.extract.clean_breakdowns_en import clean_breakdowns
from scrapers.extract.pledge_forms_en import forms
from scrapers.extract.standards_en import standard_shares
from scrapers.extract.matched_power_en import matched_power
from scrapers.extract.share_steps_en import kind_shares, renewable_raises, share_steps
from scrapers.extract.intensity_targets_en import aimed_intensity
from scrapers.extract.units_en import MASS, PCT, YEAR, tonnes
from scrapers.prefilter import quick

# "... 40 percent below 1990 levels by 2030 and 80 percent below 1990 levels by 2050", "50 percent ... by 2026 and
# 60 percent by 2030"; a list of them: "15 per cent below 1990 levels by 2020, 37 per cent by 2030 and 80 per cent by 2050"
AND_MORE = re.compile(rf"(?:,?\s+and|,)\s+{PCT}(?:\s+(?:below|from|under)\s+(?:the\s+)?({YEAR})\s+levels?)?\s+by\s+"
                      rf"({YEAR})\b")
# "its public buildings will run on 100 percent renewable electricity by 2025"
RENEWABLE_POWER = re.compile(rf"\b(?:run|rely|operate|be\s+powered)\s+(?:\w+\s+)?on\s+{PCT}\s+(?:renewable|clean)\s+"
                             rf"(?:electricity|energy|power)\b", re.I)
# "only zero-emission buses from 2025", "a zero-emission drayage truck fleet by 2035"
# "100 percent zero-emission new car sales by 2035": a share of the sales of new vehicles
ZERO_FLEET = re.compile(r"\bzero[- ]emissions?\s+(?:[\w-]+\s+){0,2}(?:bus(?:es)?|vehicles?|trucks?|fleets?|cars?|ferries|"
                        r"equipment)\b(?:\s+fleet|\s+sales)?\s+(?:from|by|after|starting\s+in)\s+(" + YEAR + r")\b", re.I)
# "phasing out seaport-related air and greenhouse gas emissions by 2050"
PHASE_OUT = re.compile(r"\bphas\w*\s+out\s+(?:[\w-]+\s+){0,6}?emissions\s+by\s+(" + YEAR + r")\b", re.I)
# "cut its 2005-baseline emissions in half by 2030", "slash its emissions in half", "halve emissions from 2005 levels by 2030", "cut its emissions in
# half by 2030 from 2005 levels"
# what a halving cuts: emissions, or carbon/climate/greenhouse gas "pollution" as US and Canadian cities write it ("air
# pollution" is no greenhouse gas)
_GHG = r"(?:emissions|(?:carbon|climate|gas|GHG)\s+pollution|(?:carbon|climate|greenhouse\s+gas|GHG)\s+footprints?)"
HALVE = re.compile(rf"\b(?:(?:cut|reduc\w*|slash\w*)\s+(?:(?:its|their|the)\s+)?(?:({YEAR})[- ](?:baseline|levels?)\s+)?"
                   rf"(?:[\w-]+\s+){{0,3}}?{_GHG}\s+(?:in|by)\s+half|halv\w+\s+(?:its|their|the)?\s*"
                   rf"(?:({YEAR})[- ](?:baseline|levels?)\s+)?(?:[\w-]+\s+){{0,3}}?{_GHG})"
                   rf"(?:\s+(?:from|below)\s+(?:the\s+)?({YEAR})\s+levels?)?\s+(?:by|before)\s+({YEAR})\b"
                   # the base told after the target year: "cut its emissions in half by 2030 from 2005 levels" ("by half before 2035
# compared with the 2005 level": a deadline told with "before" is the target year as "by" tells it)
                   # ("..., compared to 2003 levels": after a comma too; "against a 2005 baseline": a base year named so)
                   rf"(?:,?\s+(?:(?:from|below)\s+(?:the\s+)?({YEAR})\s+levels?|(?:compared\s+(?:to|with)|relative\s+to)\s+"
                   rf"(?:the\s+)?({YEAR})(?:\s+levels?)?(?![\d-])|(?:against|from|over)\s+(?:a|an|the|its|their)\s+"
                   rf"({YEAR})\s+(?:baseline|base\s+year)\b))?", re.I)
# a law or an order as the subject: its targets are the jurisdiction's that pledged last ("SB 100 ... requiring")
LAW_SUBJECT = re.compile(r"^(?:SB|AB|HB|Senate\s+Bill|Assembly\s+Bill|House\s+Bill|Executive\s+Order|The\s+(?:bill|law|"
                         r"order|act|executive\s+order))\b", re.I)
# several actors pledging at once: "their ports", "both cities", "the two boards ... their ports", "each of the mayors"
PLURAL_SUBJECT = re.compile(r"\b(?:their|both|each\s+of\s+the(?:\s+\w+)?|all|"
                            r"the\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+"
                            r"(ports|cities|provinces|states|countries|utilities|companies|mayors|governments)\b", re.I)
# "Each city will source ...", "each province pledged": every one of the actors of that kind just named
EACH_SUBJECT = re.compile(r"\b[Ee]ach\s+(city|province|state|country)\b(?!\s+of\b)")
_PLURALS = {"city": "cities", "province": "provinces", "state": "states", "country": "countries"}
COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# a network's members pledging together: "the mayors of C40 cities pledged as a group", "Leaders of G20 countries
# pledged": a pledge of many members, none named; the network itself pledges nothing
GROUP_PLEDGE = re.compile(r"\bas\s+a\s+group\b|\b(?:[Mm]ayors|[Mm]embers|[Ll]eaders|[Hh]eads)\s+of\s+(?:the\s+)?"
                          r"[A-Z][\w-]*\s+(?:cities|countries|member\s+states|nations|economies)\b")
KIND_OF_NOUN = {"cities": "city", "mayors": "city", "provinces": "province", "states": "state", "countries": "country"}


# "100 percent clean electricity by 2045", "60% renewable power by 2030": a share of the power supply, dated; the
# supply's scope may stand between ("community-wide", "citywide", "across the state", "for municipal operations")
SUPPLY_SCOPE = (r"(?:(?:community|city|state|county|province|region|system|company|country|nation)[- ]?wide\s+|"
                r"across\s+(?:the|its)\s+(?:city|state|county|province|region|country|system)\s+|"
                r"for\s+(?:its\s+|the\s+|all\s+)?(?:own\s+)?(?:municipal|city|government|public|county|state)\s+"
                r"(?:operations|facilities|buildings)\s+)?")
CLEAN_SHARE = re.compile(rf"{PCT}\s+(?:clean|renewable|carbon-free|zero-carbon)\s+(?:electricity|energy|power)\s+"
                         rf"{SUPPLY_SCOPE}by\s+({YEAR})\b", re.I)
# a figure told as near ("to around 20 percent", "to about 25%"): the figure is the target all the same
ABOUT = r"(?:(?:around|about|approximately|roughly|some)\s+)?"
# a share of renewable power to be raised to a figure: "aims to raise the share of renewable energy in its power
# generation to 40 percent by 2030", "plans to increase the proportion of non-fossil fuels in its energy mix to 25% by
# 2030", "to increase the share of non-fossil fuels in primary energy consumption to around 20 percent by 2030" (ABOUT),
# "raise the share of renewable energy in electricity consumed in the province to 30% by fiscal 2030", "to
# raise the share of renewable energy to 34 percent of all power generation by 2030" (the whole named after the
# figure); a verb of raising (never its past, "raised ... to 40 percent in 2020", a result) and a target year
RAISE_SHARE = re.compile(rf"\b(?:raise|raising|increase|increasing|lift|lifting|boost|boosting|bring|bringing|expand|"
                         rf"expanding)\s+(?:the\s+|its\s+|their\s+)?(?:share|proportion|percentage)\s+of\s+"
                         rf"(?:renewables|(?:renewable|clean|non-fossil|green|carbon-free)\s+(?:[\w-]+\s+){{0,2}}?"
                         rf"(?:energy|power|electricity|sources|fuels?))\b(?:\s+(?:in|of|within)\s+(?:[\w’'-]+\s+){{0,5}}?"
                         rf"(?:generation|mix|supply|consumption|use|capacity|electricity|energy|power)"
                         rf"(?:\s+(?:consumed|used|generated|supplied)\s+in\s+(?:the\s+)?[\w-]+)?)?\s+to\s+{ABOUT}{PCT}\s+"
                         rf"(?:of\s+(?:all\s+|total\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?(?:generation|mix|supply|"
                         rf"consumption|electricity|energy|power)\s+)?by\s+(?:the\s+end\s+of\s+)?(?:fiscal\s+(?:year\s+)?)?"
                         rf"({YEAR})\b", re.I)
# "targets a 42 percent share of renewables in its electricity mix by 2035": the share as a noun, dated
SHARE_OF_RENEWABLES = re.compile(rf"\b{PCT}\s+share\s+of\s+(?:renewables|renewable\s+(?:energy|power|sources|electricity))\s+"
                                 rf"(?:in|of)\s+(?:[\w’'-]+\s+){{0,3}}?(?:electricity|energy|power)(?:\s+(?:mix|supply|"
                                 rf"generation|consumption))?\s+by\s+({YEAR})\b", re.I)
# "..., while Shenzhen pledged to do so by 2022": the pledge just stated, another actor, another year
DO_SO = re.compile(rf"\b(?:do|doing|did)\s+so\s+(?:by|around|before|in)\s+({YEAR})\b", re.I)
# "cut California's greenhouse gas emissions 40 percent ...": the owner of the emissions pledges
OWNED_EMISSIONS = re.compile(r"\b(?:cut|reduce|lower)\s+((?:[A-Z][\w.-]+\s+){0,2}[A-Z][\w.-]+)['’]s\s+"
                             r"(?:[\w-]+\s+){0,3}emissions\b")


# "reductions of 60 per cent by 2040 and 80 per cent by 2050 from the same base": the base of the cut the text stated
# before (base_year SAME_BASE until extract_mentions puts the actor's last base year there, or drops the pledge)
SAME_BASE_CUT = re.compile(rf"\b(?:reductions?|cuts?)\s+of\s+{PCT}\s+by\s+({YEAR})\b[^.;]{{0,60}}?\bfrom\s+the\s+same\s+"
                           rf"(?:base(?:line)?(?:\s+year)?|levels?)\b", re.I)
SAME_BASE = 0
# a target told as a noun with no verb of cutting: "sets further limits of 70 percent below 1990 levels by 2040", "a
# goal of 40 percent below 2005 levels by 2030", "raised its target to 53 per cent below 2005 levels by 2030" ("below ... levels" makes it a cut; later targets follow in _coordinated)
LIMIT_OF = re.compile(rf"\b(?:limits?|targets?|goals?|caps?)\s+(?:of|to)\s+{PCT}\s+below\s+(?:the\s+)?({YEAR})\s+levels?\s+"
                      rf"by\s+({YEAR})\b", re.I)
# a cap per person as a target's figure: "a target of 2.2 tonnes of emissions per resident by 2020", "a goal of 3 tons
# of carbon dioxide per capita by 2030"
PER_HEAD_TARGET = re.compile(rf"\b(?:target|goal|limit|cap)\s+of\s+{MASS}\s+(?:of\s+(?:emissions|carbon(?:\s+dioxide)?|"
                             rf"CO2|greenhouse\s+gas(?:es)?)\s+)?per\s+(?:person|resident|capita|head|inhabitant)\b",
                             re.I)
# a cut below business as usual: "cut emissions by 29 to 41 percent below business-as-usual levels by 2030" (no base
# year: the baseline is a projection, not a year's level)
BAU_CUT = re.compile(rf"\b(?:reduc\w*|cut\w*|lower\w*|slash\w*|curb(?:s|ed|ing)?)\b[^.;]{{0,80}}?{PCT}\s+(?:below|from|under|compared\s+(?:to|with)|"
                     rf"relative\s+to)\s+(?:a\s+|the\s+)?(?:business[- ]as[- ]usual|BAU)\b(?:\s+(?:levels?|scenario|"
                     rf"emissions|baseline|projections?))?\s+by\s+({YEAR})\b|"
                     # the business-as-usual base told after the year: "by 30 percent by 2030 against a
                     # business-as-usual scenario", "29% by 2030 compared with business as usual", "75 percent by 2030,
                     # relative to a business-as-usual scenario" (the base after a comma)
                     rf"\b(?:reduc\w*|cut\w*|lower\w*|slash\w*|curb(?:s|ed|ing)?)\b[^.;]{{0,80}}?{PCT}\s+by\s+({YEAR}),?\s+(?:below|from|under|against|"
                     rf"compared\s+(?:to|with)|relative\s+to)\s+(?:a\s+|the\s+)?(?:business[- ]as[- ]usual|BAU)\b", re.I)
# a cap per person as where emissions are brought: "cut emissions to 2 tonnes per resident by 2030", "bring emissions
# down to 1.5 tons per capita by 2035"
DOWN_TO_PER_HEAD = re.compile(rf"\b(?:cut|reduc\w*|lower\w*|bring\w*|brought|limit\w*|cap|caps|capping)\s+(?:its\s+|"
                              rf"their\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?emissions\s+(?:down\s+)?(?:to|at)\s+{MASS}\s+(?:of\s+(?:carbon(?:\s+dioxide)?|"
                              rf"CO2)\s+)?per\s+(?:person|resident|capita|head|inhabitant)\s+by\s+({YEAR})\b", re.I)
# the sector whose emissions are cut ("from its oil and gas sector", "across its operations"): no base
_SECTOR_NOUN = r"(?:its|their|the)\s+(?:[\w-]+\s+){0,4}?(?:sectors?|operations|industry|industries|fields)\b"
SECTOR = rf"(?:from|in|across|of)\s+{_SECTOR_NOUN}"
# a cut with no base year anywhere in the sentence: "pledged to reduce emissions by 51 percent by 2030" (a base-year
# or business-as-usual cut is read by the patterns that name it; intensity is another kind)
NO_BASE_CUT = re.compile(rf"\b(?:reduce|cut|lower|slash|curb)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?emissions\s+"
                         # "cut methane emissions from its oil and gas sector by 60 percent by 2031": whose emissions
                         rf"(?:{SECTOR}\s+)?(?:by\s+)?{PCT}\s+by\s+({YEAR})\b|"
                         # "committed to a 75 percent reduction in greenhouse gas emissions by 2030"
                         rf"\b{PCT}\s+(?:reduction|cut)\s+in\s+(?:[\w-]+\s+){{0,4}}?emissions\s+by\s+({YEAR})\b", re.I)
# a cut of carbon intensity told without its base year ("cut its carbon dioxide emissions per unit of GDP by 18
# percent by 2025", "lower its carbon intensity by 20 percent by 2030"): an emissions reduction with no base, as the
# Chinese reader takes 单位GDP二氧化碳排放下降18%; never energy intensity (energy use pledges no emissions)
INTENSITY_NO_BASE = re.compile(
    rf"\b(?:reduce|cut|lower)\s+(?:its\s+|their\s+|the\s+)?(?:(?:(?:carbon(?:\s+dioxide)?|CO2|greenhouse\s+gas)\s+)?"
    rf"emissions\s+per\s+unit\s+of\s+(?:GDP|gross\s+domestic\s+product|economic\s+output)|"
    rf"(?:carbon(?:\s+dioxide)?|CO2|emissions)\s+intensity)\s+by\s+(?:(?:about|around|some|roughly)\s+)?{PCT}\s+by\s+"
    rf"({YEAR})\b", re.I)
NO_INTENSITY_BASE = re.compile(r"\b(?:below|from|compared|relative|against|levels?|baseline)\b", re.I)
BASE_WORDS = re.compile(r"\b(?:below|from(?!\s+" + _SECTOR_NOUN + r")|compared|relative|against|under|levels?|baseline|intensity|per\s+unit|per\s+capita|"
                        r"peak)\b", re.I)
# a cut from the peak the sentence pledged: "peak its emissions in 2023 and cut them by 30 percent from that peak by
# 2035", "reduce emissions 20 percent from the peak by 2040" (no base year: the peak's year is a pledge, not a level)
PEAK_CUT = re.compile(rf"\b(?:cut|reduc\w*|lower\w*)\s+(?:them|(?:its|their)\s+)?(?:[\w-]+\s+){{0,3}}?(?:emissions\s+)?"
                      rf"(?:by\s+)?{PCT}\s+from\s+(?:that|the|its|their)\s+peak(?:\s+levels?)?\s+by\s+({YEAR})\b", re.I)
# a pledge only proposed: "introduced a bill that would require ...", "is considering a proposal to cut ...", "a draft
# law would ..."; not once it passed ("a bill ... was signed into law", "passed the bill")
PROPOSED = re.compile(r"\b(?:introduc\w+\s+(?:a|the)\s+(?:\w+\s+)?bill|(?:a|the)\s+(?:proposed\s+)?bill\s+(?:that\s+)?would|"
                      r"consider\w*\s+(?:a|the)\s+proposal|proposed\s+(?:bill|legislation|law|rule)|"
                      r"draft\s+(?:bill|law|legislation))\b", re.I)
ENACTED = re.compile(r"\b(?:signed|passed|enacted|became\s+law|into\s+law|adopted|approved)\b", re.I)
# a city or state of one name (Washington): "the three states" counts the state
_STATE_NAMES = state_names_en()


# a cut in the simple past right after the subject that opens its clause ("Germany cut its emissions by 31 percent
# ...", "It reduced ...", "..., which cut its emissions ..."): what was done, not a pledge ("pledged to cut", "will
# help British Columbia cut" put words of their own before the verb)
PAST_CUT = re.compile(r"^\s*(?:(?:The\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}|(?:[Ii]t|[Tt]hey|which|that)\s+)$")
PAST_VERB = re.compile(r"(?:cut|reduced|lowered|decreased|slashed|curbed|trimmed)\b", re.I)
CLAUSE_CUT = re.compile(r"[,;:—]\s*|\b(?:and|while|but|whereas)\s+")


# a base told before the cut: its year after the preposition ("Compared with 2005 levels, A will cut ..."), or words
# that are a base wherever they stand; "Under the plan," and "gathered from Oct. 10 to 12" tell none
BASE_BEFORE = re.compile(rf"\b(?:below|from|compared\s+(?:to|with)|relative\s+to|against|under)\s+(?:the\s+|a\s+|its\s+|"
                         rf"their\s+)?{YEAR}\b|\b(?:levels?|baseline|intensity|per\s+unit|per\s+capita|peak)\b", re.I)


def _own_clause(s: str, at: int) -> str:
    """The sentence from `at` to the next clause break (", and ...", "; ..."): the words a cut's base would be told
    in after its verb."""
    return re.split(r",\s+(?:and|while|but)\s|;", s[at:], maxsplit=1)[0]


def _base_told(words: re.Pattern, s: str, at: int) -> bool:
    """True when the cut at `at` has a base: `words` in its own clause, or a base told before it (BASE_BEFORE)."""
    return bool(words.search(_own_clause(s, at)) or BASE_BEFORE.search(s, 0, at))


def told_done(s: str, at: int) -> bool:
    """True when the verb of cutting at `at` is in the simple past right after the subject that opens its clause (a
    result, not a pledge)."""
    if not PAST_VERB.match(s, at):
        return False
    clause = CLAUSE_CUT.split(s[max(0, at - 60):at])[-1]
    return bool(PAST_CUT.match(clause))


# "Finland would have reached net zero by 2030": what a plan not adopted would have done; "had pledged ... by 2030; it now
# targets ...": a target the sentence says was replaced
COUNTERFACTUAL = re.compile(r"\bwould\s+have\s+(?:been\s+)?\w+(?:ed|en|t)\b", re.I)
SUPERSEDED = re.compile(r"\bhad\s+(?:pledged|committed|promised|vowed|set|aimed)\b[^.]*?\b(?:now|since\s+(?:raised|"
                        r"replaced|updated)|has\s+(?:since\s+)?(?:raised|replaced|updated))\b", re.I)
# "Rhode Island's earlier goal of 100 percent renewable electricity by 2030 was replaced last year by ...": a target told
# as replaced (what replaced it is told apart)
REPLACED = re.compile(r"\b(?:earlier|previous|former|old|original|prior)\s+(?:[\w-]+\s+)?(?:goal|target|pledge|"
                      r"commitment|deadline)\b[^.;]*?\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:replaced|"
                      r"superseded|scrapped|dropped|abandoned|withdrawn)\b", re.I)


def only_proposed(s: str) -> bool:
    """True when the sentence's pledge is only a bill or a proposal no one has passed ("did not pass" included), what
    a plan would have done, or a target the sentence says was replaced."""
    if ("would have" in s and COUNTERFACTUAL.search(s)) or ("had " in s and SUPERSEDED.search(s)) or \
            (" been " in s or " was " in s or " were " in s) and REPLACED.search(s):
        return True
    if not re.search(r"bill|propos|draft", s, re.I) or not PROPOSED.search(s):
        return False
    return not ENACTED.search(s) or bool(re.search(r"\b(?:did\s+not|didn['’]t|failed\s+to|has\s+not|was\s+not)\s+"
                                                    r"(?:\w+\s+)?(?:pass|signed|enacted|adopted|approved)", s, re.I))


def more_pledges(s: str, found: list[tuple[int, str, dict]]) -> list[tuple[int, str, dict]]:
    """Pledges in an English sentence beside those `found` by the basic patterns (start, kind, fields)."""
    out: list[tuple[int, str, dict]] = []
    for start, kind, fields in found:
        owner = OWNED_EMISSIONS.match(s, start)
        if kind == "emissions_reduction" and owner and "_actor" not in fields:
            fields["_actor"] = owner.group(1)
    if not any(k == "renewable_share" for _, k, _ in found):
        for m in CLEAN_SHARE.finditer(s):
            out.append((m.start(), "renewable_share", {"target_year": int(m.group(3)),
                                                       "share_pct": float(m.group(2) or m.group(1))}))
    if not any(k == "renewable_share" for _, k, _ in found + out):
        for m in quick(SHARE_OF_RENEWABLES).finditer(s):
            out.append((m.start(), "renewable_share", {"target_year": int(m.group(3)),
                                                       "share_pct": float(m.group(2) or m.group(1))}))
    if not any(k == "renewable_share" for _, k, _ in found + out):
        for m in RAISE_SHARE.finditer(s):
            out.append((m.start(), "renewable_share", {"target_year": int(m.group(3)),
                                                       "share_pct": float(m.group(2) or m.group(1))}))
    if not any(k == "renewable_share" for _, k, _ in found + out):
        out += standard_shares(s)  # "raise the state's renewable portfolio standard to 15 percent by 2021"
    if not any(k == "renewable_share" for _, k, _ in found + out):
        out += matched_power(s)  # "buy enough renewable electricity to cover all of its purchased power by 2025"
    if not any(k == "renewable_share" for _, k, _ in found + out):
        out += renewable_raises(s)  # "raise renewables to 50 percent of its power use by 2030"
    if not any(k == "renewable_share" for _, k, _ in found + out):
        out += kind_shares(s)  # "lift the non-fossil share of its energy consumption to 21% by 2025"
    out += share_steps(s, found + out)  # "... to 13.7% by 2025 and to around 20% by 2030"
    if not any(k == "emissions_reduction" for _, k, _ in found + out):
        out += aimed_intensity(s)  # "aims for carbon intensity 65% below 2005 levels by 2030"
    for m in DO_SO.finditer(s):
        before = [f for f in found + out if f[0] < m.start() and f[2].get("target_year")]
        if before:
            start, kind, fields = before[-1]
            same = {k: v for k, v in fields.items() if k != "_actor"}
            out.append((m.start(), kind, dict(same, target_year=int(m.group(1)))))
    for m in RENEWABLE_POWER.finditer(s):
        year = re.match(rf"\s+by\s+({YEAR})\b", s[m.end():])
        if year:
            out.append((m.start(), "renewable_share", {"target_year": int(year.group(1)),
                                                       "share_pct": float(m.group(2) or m.group(1))}))
    if "same" in s and not any(k == "emissions_reduction" for _, k, _ in found):
        for m in SAME_BASE_CUT.finditer(s):
            out.append((m.start(), "emissions_reduction", {"target_year": int(m.group(3)), "base_year": SAME_BASE,
                                                           "reduction_pct_min": float(m.group(1)),
                                                           "reduction_pct_max": float(m.group(2) or m.group(1))}))
    if not any(k == "emissions_reduction" for _, k, _ in found):
        for m in LIMIT_OF.finditer(s):
            out.append((m.start(), "emissions_reduction", {"target_year": int(m.group(4)), "base_year": int(m.group(3)),
                                                           "reduction_pct_min": float(m.group(1)),
                                                           "reduction_pct_max": float(m.group(2) or m.group(1))}))
    if not any(k == "per_capita_limit" for _, k, _ in found):
        for m in PER_HEAD_TARGET.finditer(s):
            year = re.match(rf"\s+(?:by|in)\s+({YEAR})\b", s[m.end():])
            if year:
                out.append((m.start(), "per_capita_limit", {"target_year": int(year.group(1)),
                                                            "per_capita_t": tonnes(m.group(1), m.group(2))}))
    if not any(k == "per_capita_limit" for _, k, _ in found + out):
        for m in quick(DOWN_TO_PER_HEAD).finditer(s):
            out.append((m.start(), "per_capita_limit", {"target_year": int(m.group(3)),
                                                        "per_capita_t": tonnes(m.group(1), m.group(2))}))
    for m in quick(NO_BASE_CUT).finditer(s):
        lo, hi, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        # a base word in the cut's own clause ("20 percent by 2025, and by 45 percent below 2010 levels by 2035": the
        # first clause has none), or that year's cut read already: read by the patterns that name a base
        if _base_told(BASE_WORDS, s, m.start()) or \
                any(k == "emissions_reduction" and f.get("target_year") == int(year) for _, k, f in found + out):
            continue
        out.append((m.start(), "emissions_reduction", {"target_year": int(year), "base_year": None,
                                                       "reduction_pct_min": float(lo),
                                                       "reduction_pct_max": float(hi or lo)}))
    for m in quick(INTENSITY_NO_BASE).finditer(s):
        if _base_told(NO_INTENSITY_BASE, s, m.start()) or any(k == "emissions_reduction" and f.get("target_year") == int(m.group(3))
                                                   for _, k, f in found + out):
            continue  # a base year in the cut's own clause, or that year's cut read already
        out.append((m.start(), "emissions_reduction", {"target_year": int(m.group(3)), "base_year": None,
                                                       "reduction_pct_min": float(m.group(1)),
                                                       "reduction_pct_max": float(m.group(2) or m.group(1))}))
    if re.search(r"usual|BAU", s) and not any(k == "emissions_reduction" for _, k, _ in found):
        for m in BAU_CUT.finditer(s):
            lo, hi, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
            out.append((m.start(), "emissions_reduction", {"target_year": int(year), "base_year": None,
                                                           "reduction_pct_min": float(lo),
                                                           "reduction_pct_max": float(hi or lo)}))
    if re.search(r"\bpeak\b", s, re.I):
        for m in PEAK_CUT.finditer(s):
            out.append(_pct_cut(m, None))
    for m in ZERO_FLEET.finditer(s):
        out.append((m.start(), "other", {"target_year": int(m.group(1))}))
    for m in PHASE_OUT.finditer(s):
        out.append((m.start(), "carbon_neutrality", {"target_year": int(m.group(1))}))
    for m in HALVE.finditer(s):
        base = m.group(1) or m.group(2) or m.group(3) or m.group(5) or m.group(6) or m.group(7)
        out.append((m.start(), "emissions_reduction", {"target_year": int(m.group(4)),
                                                       "base_year": int(base) if base else None,
                                                       "reduction_pct_min": 50.0, "reduction_pct_max": 50.0}))
    out += forms(s, found + out)  # RE100 by a year, a clean share delivered to customers
    if not any(k == "renewable_share" for _, k, _ in found + out):
        out += fuel_shares(s)  # "use sustainable aviation fuel for 10% of its fuel", "20% ... from rooftop solar"
        out += [] if any(k == "renewable_share" for _, k, _ in out) else clean_breakdowns(s)  # "70% clean, 40% from renewables"
    for item in exit_pledges(s):  # a coal exit, an end to fossil-fuelled car sales (other)
        if not any(k == "other" and f.get("target_year") == item[2]["target_year"] for _, k, f in found + out):
            out.append(item)
    out += _coordinated(s, found + out)
    return out


def _pct_cut(m: re.Match, base: int | None) -> tuple[int, str, dict]:
    """A cut read by a pattern whose groups are (low figure, high figure, target year), against `base`."""
    return (m.start(), "emissions_reduction", {"target_year": int(m.group(3)), "base_year": base,
                                               "reduction_pct_min": float(m.group(1)),
                                               "reduction_pct_max": float(m.group(2) or m.group(1))})


def _coordinated(s: str, found: list[tuple[int, str, dict]]) -> list[tuple[int, str, dict]]:
    """The further targets of "X percent ... by 2030 and Y percent ... by 2050" (or a list "X by 2020, Y by 2030 and Z
    by 2050"), each with the first one's kind and base."""
    out = []
    years = {(k, f.get("target_year")) for _, k, f in found}
    for start, kind, fields in found:
        if kind not in {"emissions_reduction", "renewable_share"} or not fields.get("target_year"):
            continue
        first = re.search(rf"\bby\s+{fields['target_year']}\b", s[start:])
        if not first:
            continue
        at = start + first.end()
        while (m := AND_MORE.match(s, at)) and (kind, int(m.group(4))) not in years:
            lo, hi = float(m.group(1)), float(m.group(2) or m.group(1))
            more = dict(fields, target_year=int(m.group(4)))
            if kind == "renewable_share":
                more["share_pct"] = hi
            else:
                more.update(reduction_pct_min=lo, reduction_pct_max=hi)
                if m.group(3):
                    more["base_year"] = int(m.group(3))
            out.append((m.start(), kind, more))
            years.add((kind, more["target_year"]))
            at = m.end()  # the next item of the list
    return out


def plural_actors(sentence: str, at: int, recent: list[Entity]) -> list[str]:
    """Who "their ports", "both cities", "the two boards ... their ports" are: the actors of that kind the text named
    just before (the current sentence first, then the previous ones), when there are at least two."""
    ms = [(m.start(), m.group(2).lower(), m.group(1)) for m in PLURAL_SUBJECT.finditer(sentence) if m.start() < at]
    # "Each city will ...": as "both cities"
    ms += [(m.start(), _PLURALS[m.group(1).lower()], None) for m in EACH_SUBJECT.finditer(sentence) if m.start() < at]
    if not ms:
        return []
    _, noun, count = max(ms)
    kind = KIND_OF_NOUN.get(noun)
    head = noun[:-1].capitalize() if noun in {"ports"} else None
    names: list[str] = []
    for e in recent:
        if (kind and (e.kind == kind or (kind == "state" and e.name in _STATE_NAMES))) or (head and e.kind == "org" and re.search(rf"\b{head}\b", e.name)):
            if e.name not in names:
                names.append(e.name)
    if count:  # "the 12 cities committed to ...": only when the text just named that many
        want = int(count) if count.isdigit() else COUNT_WORDS[count.lower()]
        return names if len(names) == want else []
    return names if len(names) >= 2 else []
