"""The pledge forms of an English sentence, read on the sentence alone: peaks, cuts from a base year, halvings, per-capita
caps, neutrality (net zero, zero emissions, carbon negative), renewable shares, and the forms of later rounds
(companies', plans', networks'). `commitments.find_commitments` gives each one its actor. Split from commitments.py."""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.extract.statutory_targets_en import further_cuts, obligation_as_cut

from scrapers.extract.commitment_grammar_en import carbon_free
from scrapers.extract.goal_clauses import other_goals_year, year_position
from scrapers.extract.state_media_en import plan_figures
from scrapers.extract.plan_targets_en import plan_target_clauses
from scrapers.extract.network_declarations import programme_pledges, scoped_emissions
from scrapers.extract.pledges_en import more_pledges, told_done
from scrapers.extract.units_en import MASS, YEAR, between_as_range, floor_figures, tonnes
from scrapers.extract.company_pledges_en import entire_demand_renewable, second_neutrality, versus_base, year_past_aside
from scrapers.extract.science_targets_en import intensity_units, science_targets

# the verbs of a cut ("reduce", "cut", "lower", "slash", "curb", "trim" ... emissions 40 percent below 2005 levels)
CUT_VERB = r"(?:reduc\w*|cut\w*|lower\w*|decreas\w*|slash\w*|curb(?:s|ed|ing)?|trim(?:s|med|ming)?)"
PCT = r"(\d+(?:\.\d+)?)\s*(?:(?:to|-|–|~|至|到)\s*(\d+(?:\.\d+)?)\s*)?(?:percent|per\s+cent|%|％)"
# the words before a cut's base year: "below 1990 levels", "compared with 2005"; "on 2005 levels" (British and
# Australian usage) only with its "levels"
BASE_PREP = (rf"(?:below|from|under|compared\s+(?:to|with)|relative\s+to|"
             rf"on(?=\s+(?:the\s+)?(?:(?:their|its)\s+)?{YEAR}\s+levels?\b))")
# "Quebec's target is a", "The state's goal is": a reduction named as the jurisdiction's target
TARGET_IS = re.compile(r"\b(?:target|goal)\s+(?:is|was)\s+(?:an?\s+)?$", re.I)
# "from that peak", "from the peak": the peak as the base of a later cut, not a peak pledged
FROM_PEAK = re.compile(r"\bfrom\s+(?:that|the|its|their|this)\s+$", re.I)
# "By 2030, Barcelona will cut ...": a target year set before the clause (not "In 2019, ...": when it was said)
FRONTED_YEAR = re.compile(rf"^\s*(?:By|Before|No\s+later\s+than)\s+(?:the\s+end\s+of\s+)?({YEAR})\s*,")
# "halve its 2030 peak emissions by 2050": a peak of a year named before it is the base of a cut, not a peak pledged
YEAR_PEAK = re.compile(rf"\b(?:its|their|the|that)\s+{YEAR}\s+$", re.I)


# "zero emissions from all cargo handling equipment by 2030", "net-zero emissions from new buildings": a standard for
# some of the actor's sources, not its neutrality
SCOPED_AFTER = re.compile(r"\s+(?:from|for)\s+(?:all\s+)?(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:equipment|vehicles|buses|trucks|ships|vessels|buildings|homes|houses|construction|drayage)\b",
                          re.I)
BUILDINGS_NET_ZERO = re.compile(r"\b(?:all\s+)?(?:new\s+)?(?:buildings|homes|houses|construction)\s+(?:to\s+be\s+|be\s+|are\s+)?$",
                                re.I)


CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but)\s|;")
AND_CUT = re.compile(rf",\s+and\s+(?:by\s+)?(?:(?:more\s+than|about|around|at\s+least)\s+)?{PCT}\s+(?:below|from|"
                     rf"compared\s+(?:to|with)|relative\s+to)\s+(?:the\s+)?({YEAR})(?:\s+levels?)?\s+by\s+({YEAR})\b", re.I)


# what a cut of which is no emissions cut: the use of energy or a resource ("energy intensity", "coal consumption",
# "water use"): a dated quantified goal of another kind
RESOURCE_USE = re.compile(r"\b(?:energy|coal|oil|gas|water|fossil[- ]fuel|fuel|electricity|power|plastics?)\s+"
                          r"(?:intensity|consumption|use|usage|demand)\b", re.I)

def _year_after(text: str, pos: int, limit: int = 90) -> int | None:
    # ("as early as 2050": the year a pledge is to be met at the latest, as Malaysia words its net zero)
    for m in re.finditer(rf"\b(?:by|around|before|in|until|no later than|as early as|ahead of|of|to|remains|is|was)\s+"
                         rf"(?:\w+\s+){{0,4}}?({YEAR})\b", text[pos:pos + limit]):
        if re.search(r"\b(?:announced|adopted|set|published|launched|released|made|agreed)\b[^,.;]{0,25}$",
                     text[pos:pos + m.start(1)]):
            continue  # "announced in Beijing in 2016": when the target was set, not the target
        return int(m.group(1))
    return None


def en_pledges(s: str) -> list[tuple[int, str, dict]]:
    """Every English pledge form a sentence states, as (position, kind, fields): what `find_commitments` gives an actor
    (read on the sentence alone, so the story gate can ask it too)."""
    out: list[tuple[int, str, dict]] = []
    # "from fiscal 2013 levels by fiscal 2030", "in fiscal year 2030", "by FY2030": a fiscal year is the year (blanked,
    # so positions stay)
    s = re.sub(rf"\b(?:fiscal\s+(?:year\s+)?|FY\s?)(?={YEAR}\b)", lambda m: " " * len(m.group()), s, flags=re.I)
    s = between_as_range(s)  # "by between 70 and 75 percent": "70 to 75 percent"
    s = obligation_as_cut(s)  # "emissions are to fall by 65 per cent": a cut ordered (statutory_targets_en)
    unscoped = s  # (positions kept by every step here)
    s = scoped_emissions(s)  # "halve embodied emissions from all new municipal buildings by 2030"
    s = versus_base(s)  # "30% by 2032 versus a 2019 baseline"
    s = intensity_units(s)  # "70% per MWh by 2030 from a 2022 base year" (science_targets_en)
    for m in re.finditer(r"\bpeak(?:ing|ed|s)?\b(?!\s+years?\b)", s, re.I):
        if re.search(r"\b(?:reached|hit|passed)\s+(?:its|their|a|the)\s+$", s[max(0, m.start() - 24):m.start()], re.I):
            continue  # "reached its peak in emissions in 2007": a result, not a pledge
        y = _year_after(s, m.end())
        if y and other_goals_year(s, m.end(), year_position(s, y, m.end()), "emissions_peak"):
            y = None  # "to peak ... and achieve carbon neutrality, and ... neutral before 2060": not the peak's year
        if y and not FROM_PEAK.search(s, 0, m.start()) and not YEAR_PEAK.search(s, max(0, m.start() - 16), m.start()):  # "cut them 30 percent from that peak by 2035": no peak year
            own = re.search(rf"([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*)['’]s\s+(?:\w+\s+){{0,2}}(?:target|goal)\b[^.]{{0,30}}{y}",
                            s[m.end():m.end() + 120])
            # "aim to peak well before China's national target of around 2030": 2030 is China's year, not theirs
            fields = {"target_year": y, "_actor": own.group(1)} if own else {"target_year": y}
            out.append((m.start(), "emissions_peak", fields))
    for m in re.finditer(rf"\b{CUT_VERB}\b.{{0,80}}?{PCT}\s+{BASE_PREP}"
                         rf"\s+(?:the\s+)?(?:(?:their|its)\s+)?({YEAR})", s, re.I):
        if told_done(s, m.start()):
            continue  # "Germany cut its emissions by 31 percent from 1990 levels by 2018": a result
        lo, hi, base = float(m.group(1)), float(m.group(2) or m.group(1)), int(m.group(3))
        target = _year_after(s, m.end(), 60)
        if RESOURCE_USE.search(s, max(0, m.start() - 60), m.end()):  # "cut coal use by 10 percent from 2022": no emissions
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
    if re.search(rf"\b{CUT_VERB}\b", s, re.I):
        for m in AND_CUT.finditer(s):
            lo, hi = float(m.group(1)), float(m.group(2) or m.group(1))
            fields = {"target_year": int(m.group(4)), "base_year": int(m.group(3)), "reduction_pct_min": lo,
                      "reduction_pct_max": hi}
            if not any(f == fields for _, _, f in out):  # (the first pattern may have read it across the comma)
                out.append((m.start(), "emissions_reduction", fields))
    # "... below 1990 levels", "... by 2030 compared with 1990": the base year of a cut told apart from its figure
    # ("against a 2019 baseline", "from a 2020 base year": a company's base year)
    bases = list(re.finditer(rf"\b(?:measured\s+)?(?:against|below|from|on|relative\s+to|compared\s+(?:to|with))\s+"
                             rf"(?:the\s+|a\s+|its\s+|their\s+)?({YEAR})\s+(?:levels?|baseline|base(?:\s+year)?)\b|"
                             rf"\b(?:relative\s+to|compared\s+(?:to|with))\s+({YEAR})\b(?!\s*(?:-|–|to)\s*\d)", s, re.I))
    base = bases[0] if bases else None
    if base and re.search(rf"\b{CUT_VERB}\b", s, re.I) and not any(k == "emissions_reduction"
                                                                                    for _, k, _ in out):
        # ("a 50% reduction in emissions by 2030 from 2000 levels": the cut named between its figure and its year;
        # "by 46% in 2030 from its 2013 levels": the year of a cut pledged, unless the cut is told done)
        for m in re.finditer(rf"{PCT}\s+(?:(?:reduction|cut|decrease)\s+in\s+(?:[\w-]+\s+){{0,4}}?emissions\s+)?"
                             rf"(by|in|before)\s+({YEAR})", s):  # ("before 2035": a deadline, as "by")
            # "A ... by 78 per cent by 2035 compared with 1990 levels, and B ... 55 per cent by 2030 compared with
            # 1990 levels": each figure's own base follows it in its clause; else the sentence's first base
            base = next((b for b in bases if b.start() >= m.end() and not CLAUSE_BREAK.search(s, m.end(), b.start())),
                        bases[0])
            if CLAUSE_BREAK.search(s, min(m.end(), base.start()), max(m.start(), base.end())):
                continue  # "18 percent by 2025, and by 65 percent from 2005 levels by 2030": that base is the other's
            if m.group(3) == "in" and (told_done(s, m.start()) or m.end() > base.start()):
                continue  # "cut 12% in 2020 from 2013 levels": a result; a year after the base is no target here
            out.append((m.start(), "emissions_reduction", {"target_year": int(m.group(4)),
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
    # "cap per capita emissions at 10 tonnes by 2030": "at" after a verb of capping before "per capita"
    for m in re.finditer(rf"\b(?:cap|caps|capping|limit|limits|limiting|hold|holding|keep|keeping)\s+(?:its\s+|their\s+)?"
                         rf"per[- ]capita\s+(?:[\w-]+\s+){{0,3}}?at\s+{MASS}", s, re.I):
        if not any(k == "per_capita_limit" for _, k, _ in out):
            out.append((m.start(), "per_capita_limit", {"target_year": _year_after(s, m.end(), 40),
                                                        "per_capita_t": tonnes(m.group(1), m.group(2))}))
    # "carbon negative", "climate positive": more than neutral, a neutrality pledge all the same
    # "reach zero emissions by 2050", "committed to zero emissions ... by 2040" (not "zero-emission buses", "zero
    # emissions vehicles"); "virtually zero emissions by 2050" (Japanese governments' 実質ゼロ: net zero)
    # ("greenhouse gas neutral", "GHG-neutral": the German Treibhausgasneutralität, net zero of all gases)
    for m in re.finditer(r"\b(?:carbon[- ]neutral(?:ity)?|climate[- ]neutral(?:ity)?|(?:greenhouse[- ]gas|GHG)[- ]neutral(?:ity)?|"
                         r"net[- ]zero|carbon[- ]negative|"
                         r"net[- ]negative|climate[- ]positive|(?:(?<=reach\s)|(?<=achieve\s)|(?<=committed\sto\s)|(?<=aim\sfor\s)|(?<=aims\sfor\s)|"
                         r"(?<=virtually\s)|(?<=effectively\s))"
                         r"zero\s+(?:carbon\s+|greenhouse\s+gas\s+)?"
                         r"emissions(?!\s+(?:vehicles?|bus|buses|cars?|trucks?|fleets?|zones?)\b))\b", s, re.I):
        y = _year_after(s, m.end(), 60)
        if y and other_goals_year(s, m.end(), year_position(s, y, m.end()), "carbon_neutrality"):
            y = None  # "efforts to peak ... and achieve carbon neutrality, and strives to hit its carbon peak before
            # 2030": the peak's year (goal_clauses)
        y = y or _year_before(s, m.start()) or year_past_aside(s, m.end())  # (", including Scope 3 emissions,")
        if y:
            # "make all new buildings net-zero carbon by 2030": a standard for buildings, not the city's neutrality
            kind = "other" if BUILDINGS_NET_ZERO.search(s, max(0, m.start() - 40), m.start()) or \
                SCOPED_AFTER.match(unscoped, m.end()) else "carbon_neutrality"  # ("... from all cargo handling equipment")
            out.append((m.start(), kind, {"target_year": y}))
            if kind == "carbon_neutrality":
                break  # (after a buildings standard, the sentence may still pledge the place's own net zero)
    for m in re.finditer(rf"{PCT}\s+(?:of\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:electricity|energy|power)\s+"
                         rf"(?:[\w-]+\s+){{0,3}}?(?:from|with|by)\s+(?:eligible\s+)?(?:renewable|(?:clean|carbon-free|"
                         rf"zero-carbon|zero-emission)\s+(?:energy\s+)?(?:sources|resources)\b)", s, re.I):
        # ("from clean sources", "from carbon-free resources": read as "clean electricity" is)
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
    out += [p for p in entire_demand_renewable(s) if not any(k == p[1] for _, k, _ in out)]  # (company_pledges_en)
    out += further_cuts(s, out)  # "a 50 per cent cut on 2005 levels by 2030, a 70 per cent cut by 2035"
    out += science_targets(s, out)  # "reduce 50% of its ... emissions by 2030 against a 2019 base year"
    out += plan_figures(s, out)  # "the share of non-fossil energy ... will reach 12 percent"
    out += plan_target_clauses(s, out)  # "50% renewable electricity for city facilities by 2030" (plan_targets_en)
    floors = floor_figures(s)  # "at least 70 percent below 1990 levels": a floor, no ceiling
    for _, kind, fields in out:
        if kind == "emissions_reduction" and fields.get("reduction_pct_min") in floors and \
                fields.get("reduction_pct_min") == fields.get("reduction_pct_max"):
            fields["reduction_pct_max"] = None
    if RESOURCE_USE.search(s) and not re.search(r"\bemission|\bgreenhouse|\bcarbon\b|\bCO2\b", s, re.I):
        out = [(st, "other" if k == "emissions_reduction" else k, f) for st, k, f in out]  # "cut coal use 10 percent"
    if (fronted := FRONTED_YEAR.match(s)) is not None:  # "By 2030, Barcelona will cut emissions 50 percent ...": its year
        for _, _, fields in out:
            if fields.get("target_year") is None:
                fields["target_year"] = int(fronted.group(1))
    return out


def _year_before(s: str, pos: int) -> int | None:
    m = re.search(rf"\bby\s+({YEAR})\b[^.]{{0,40}}$", s[:pos], re.I)
    return int(m.group(1)) if m else None
