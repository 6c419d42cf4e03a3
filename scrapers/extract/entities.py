"""Find the actors named in one sentence: organisations, cities, provinces, states and countries, with spans (the
English reader here, the Chinese one in entities_zh.py, what an entity is in entity_kinds.py).

Each entity carries its canonical English name, so Chinese and English mentions of one actor compare equal.
Known aliases win over shapes, and an organisation's name wins over the places inside it
("Shenzhen Low-Carbon Development Foundation" is one organisation, not Shenzhen).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import CJK, gazetteer
from pactwatch.legal_forms import COMPANY_FORMS, GROUP_MARK, alternation
from scrapers.extract.company_regions_en import overseas_arms, regional_arms
from scrapers.extract.university_names_en import generic_unit_of
from scrapers.extract.east_asian_regions_en import east_asian_regions
from scrapers.extract.mayor_cities_en import mayor_cities
from scrapers.extract.entities_zh import find_zh
from scrapers.extract.entity_kinds import Entity, org_entity, place_entity
from scrapers.extract.street_names_zh import street_named
from scrapers.extract.possessive_pairs_en import split_place_pairs
from scrapers.extract.region_namesakes_en import region_namesakes
from scrapers.extract.state_qualified import qualified_cities, towns_before_states
from scrapers.extract.us_counties import us_counties
from scrapers.extract.foreign_provinces_en import foreign_provinces
from scrapers.extract.located_units_en import located_units
from scrapers.extract.agency_owners_en import owned_agencies, subordinate_agencies
from scrapers.extract.country_possessive_bodies_en import compass_place_bodies, without_country_possessive
from scrapers.extract.city_of_towns_en import towns_after_city_of
from scrapers.extract.listed_towns_en import listed_towns
from scrapers.extract.town_shapes_en import town_shapes
from scrapers.extract.orgs import EN_HEAD_RE, aliases, looks_like_org_en
from scrapers.extract.name_pairs import coordinated_pair
from scrapers.extract.hosted_units_en import merge_hosted_units
from scrapers.extract.units_en import merge_units
from scrapers.extract.glosses import glosses
from scrapers.extract.portfolios_en import portfolio_end, past_office
from scrapers.extract.possessive_places import inner_place
from scrapers.extract.country_offices_en import country_office_end
from scrapers.extract.spelled_acronyms_en import spelled_name_end
from scrapers.extract.place_governments_en import KINDS as GOVERNMENT_KINDS, government_of
from scrapers.extract.academy_units_en import fold_academy_parents, fold_possessive_parents, without_parent_possessive
from scrapers.extract.acronym_runs_en import acronym_run_end, acronym_tail_end
from scrapers.extract.trade_described_en import demonym_cut, trade_named
from scrapers.extract.capital_states_en import us_states_by_word
from scrapers.extract.plural_heads_en import plural_bodies
from scrapers.extract.name_runs import (CALENDAR, CONNECTORS, HEADLINE_VERBS, NAME_PARTICLES, PERSON_TITLES,
                                        PLACE_FOLLOWERS, campus_end, cap_run_end, is_cap, is_name_part,
                                        legal_form_end, org_run_end, past_title_and_name, person_after_title)



# a company's legal form right after its name, comma or none ("Co., Ltd.", "First Solar, Inc.")
_LEGAL_TAIL = re.compile(GROUP_MARK + r",?\s*" + alternation(COMPANY_FORMS) + r"\.?")
# (a word may open on a Latin letter with a diacritic: "Ørsted", "Électricité de France", "Île-de-France")
TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][\w'’.&/]*(?:-[\w'’.&/]+)*|\d[\w.\-]*|[–—]|[^\s\w]")
LEAD_NOISE = {
    "The", "A", "An", "This", "These", "That", "Notably", "Subsequently", "Meanwhile", "In", "On", "At", "As", "By",
    "With", "From", "During", "After", "Both", "Its", "Their", "Our", "Today", "Yesterday", "Last", "Next", "Former",
    "New", "Since", "When", "While", "Under", "Through", "Read", "More", "Among", "Also", "And", "But", "Between",
    "Representatives", "Officials", "Delegates", "Delegations", "Members", "Signatories", "Heads",
}


def find_entities(sentence: str, local: dict[str, str] | None = None) -> list[Entity]:
    """All actors named in a sentence (English or Chinese, or both mixed), left to right, spans not overlapping."""
    out = _find_en(sentence, local or {})
    if CJK.search(sentence):
        taken = [(e.start, e.end) for e in out]
        # (not a place inside an ocean's name: 太平洋 is no 太平, 印度洋 no India)
        out += [e for e in find_zh(sentence) if not any(s < e.end and e.start < t for s, t in taken) and
                not (e.kind != "org" and sentence[e.end:e.end + 1] == "洋") and
                not (e.kind != "org" and street_named(sentence, e.end, e.surface))]  # 四平路: a street, not Siping
        # short names the article defined ("经济区" for the authority named in full before)
        for short, name in sorted(((k, v) for k, v in (local or {}).items() if CJK.search(k)), key=lambda kv: -len(kv[0])):
            for m in re.finditer(re.escape(short), sentence):
                over = [e for e in out if e.start < m.end() and m.start() < e.end]
                # the article's own short name wins over a shorter known name inside it (中广核能源国际 / 中广核)
                if all(m.start() <= e.start and e.end <= m.end() and e.end - e.start < len(short) for e in over):
                    out = [e for e in out if e not in over]
                    out.append(Entity(name, "org", None, m.start(), m.end(), short))
    out.sort(key=lambda e: e.start)
    if CJK.search(sentence):
        out = glosses(sentence, out)  # "首都都会交通局（Capital Metro）": the English name the text gives
    # "宇通客车股份有限公司（Yutong Bus）", "... Cooperation (ISC)", "交通局（Capital Metro）": a bracket opened right
    # after a name holds that name again
    keep = []
    for i, e in enumerate(out):
        opened = max(sentence.rfind("(", 0, e.start), sentence.rfind("（", 0, e.start))
        if i and opened >= out[i - 1].end and not sentence[out[i - 1].end:opened].strip() and \
                re.search(r"[)）]", sentence[e.end:]) and not re.search(r"[)）]", sentence[opened:e.start]):
            continue
        keep.append(e)
    # "Santa Fe, New Mexico": the namesake in the state named after it
    # "Golden, Colorado": a town no table reads by its name alone, named with its state
    keep = owned_agencies(sentence, keep, local or {})  # "the Environment Bureau of the Hong Kong SAR Government"
    keep = subordinate_agencies(sentence, keep)  # "the ... Energy Agency under the Ministry of Energy": the agency
    keep = split_place_pairs(keep, local or {})  # "Chongqing and Singapore's Economic Development Board": two actors
    keep = without_country_possessive(keep)  # "the Department of ... of Laos' Luang Prabang Province": of the province
    keep = without_parent_possessive(keep)  # "Stanford University's Precourt Institute": the unit
    keep = compass_place_bodies(sentence, keep)  # "the Department of ... of south China's Guangxi ...": of Guangxi ...
    found = towns_before_states(sentence, qualified_cities(sentence, _without_qualifying_regions(sentence, keep)))
    found = towns_after_city_of(sentence, found)  # "the City of Twin Falls": a town no table reads by name alone
    found = town_shapes(sentence, found)  # "Ithaca City Council", "Ithaca, N.Y.", "Beijing Municipality"
    found = east_asian_regions(sentence, found)  # "Yamaguchi Prefecture", "Gyeonggi-do", "Pyeongtaek-si"
    found = mayor_cities(sentence, found)  # "Mayor Fujii Ritsuko of Shunan City": a city kept as written
    found = listed_towns(sentence, found)  # "Leuven, Umeå and Guimarães": a small town in a list of cities
    found = region_namesakes(found)  # "Oregon and Fujian signed ... in Salem": Salem, Oregon, not Salem in India
    found = regional_arms(sentence, found)  # "ENGIE North America": the company's arm, no region as party
    found = overseas_arms(sentence, found)  # "China Three Gorges International": the group's arm abroad signs
    found = us_states_by_word(sentence, found)  # "Washington state": the state, not the capital
    found = plural_bodies(sentence, found)  # "the ports of Shanghai and Los Angeles": each city's port
    found = us_counties(sentence, found)  # "Salt Lake County committed to ...": a county government
    found = foreign_provinces(sentence, found)  # "Mongolia's Dornod Province": a province no table lists
    found = located_units(sentence, found)  # "Yuanjiang County of Yuxi", "the Chilean city of Chillan"
    return trade_named(sentence, found)  # "Danish ferry operator DFDS": the company, not Denmark's adjective


# "the Sichuan city of Yibin", "the Zhejiang port city of Ningbo": the region says where the city lies
CITY_OF = re.compile(r"\s+(?:(?:port|coastal|capital|industrial|border|northern|southern|eastern|western|central)\s+)?"
                     r"(?:city|town|county)\s+of\s+")


def _without_qualifying_regions(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities without a province, state or country that only says where the city named after it lies."""
    if " of " not in sentence:
        return entities
    return [e for i, e in enumerate(entities)
            if not (e.kind in {"province", "state", "country"} and i + 1 < len(entities) and
                    entities[i + 1].kind == "city" and (m := CITY_OF.match(sentence, e.end)) is not None and
                    m.end() == entities[i + 1].start)]




METRO_WORDS = {"Metro", "Greater"}
# a unit of a larger body ("Institute of Process Engineering", "Laboratory of ..."), and that body: an academy or a
# university the unit belongs to, named after it by "of the"
UNIT_HEAD = re.compile(r"Institute|Laboratory|Center|Centre|School|College|Station")
PARENT_BODY = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}(?:Academy|University)(?:\s+of(?:\s+[A-Z][\w-]*)+)?")


def parent_after(s: str, end: int, unit: str, book) -> int | None:
    """Where a known academy or university named right after a unit's name (" of the Chinese Academy of Sciences")
    ends, when the unit is an institute, laboratory or centre of it; else None."""
    if not UNIT_HEAD.search(unit):
        return None
    m = PARENT_BODY.match(s, end + len(" of the "))
    return m.end() if m and book.find_en(m.group()) else None


def _metro_region(s: str, toks, i: int) -> tuple[Entity, int] | None:
    """The metropolitan region "Metro <city>" / "Greater <city>" at token i, and the token after it."""
    gaz = gazetteer()
    for k in range(min(len(toks), i + 4), i + 1, -1):
        city = gaz.find_en(s[toks[i + 1][1]:toks[k - 1][2]])
        if city and city.kind == "city":
            return Entity(s[toks[i][1]:toks[k - 1][2]], "city", city.country, toks[i][1], toks[k - 1][2],
                          s[toks[i][1]:toks[k - 1][2]]), k
    return None


def _place_word(toks, i: int) -> bool:
    """A lead word that opens a name here ("New" of "New York City Department of Buildings", "New Jersey Board of
    Public Utilities", the "New Development Bank", the "New Energy and Industrial Technology Development
    Organization"): asked of a run that reads as a body's name, which starts with it, where "New partners" would not."""
    return toks[i][0] == "New" and i + 1 < len(toks) and (gazetteer().find_en(f"New {toks[i + 1][0]}") is not None
                                                          or toks[i + 1][0][:1].isupper())


def full_stop(surface: str, book) -> int:
    """1 where a known name is written with the sentence's full stop on its last word ("Friends of Nature.", "Gillig."):
    the tokens keep a word's dots ("Co.", "U.S."), so the name is looked up without it; else 0."""
    return int(surface.endswith(".") and not surface.endswith("..") and surface[-2:-1].isalpha() and
               book.find_en(surface[:-1]) is not None and book.find_en(surface) is None)


def _find_en(s: str, local: dict[str, str]) -> list[Entity]:
    toks = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(s)]
    book = aliases()
    reaches: dict[int, int] = {}  # token -> book.reach from it: a run's tokens are asked again as it is walked

    def reach_from(k: int) -> int:
        r = reaches.get(k)
        if r is None:
            r = reaches[k] = book.reach(s, toks, k)
        return r

    out: list[Entity] = []
    i = 0
    while i < len(toks):
        tok = toks[i][0]
        if not (is_cap(tok) or tok in local):
            i += 1
            continue
        if (office := past_office(toks, i)) is not None:
            i = office  # "Minister for Economy, Energy and Transport Kai Brenner": a title (office_titles_en)
            continue
        if (body := past_title_and_name(toks, i)) is not None:
            i = body  # "Director Wu Jian of the Hangzhou ... Commission": the body, not the person with it
            continue
        if i and (person := person_after_title(toks, i)) is not None:
            i = person  # "Colorado Energy Office Director Will Toor and ...": a person after the body's name
            continue
        if "," in s[toks[i][1]:toks[i][1] + 120] and (spelled := spelled_name_end(s, toks[i][1])):
            # "the Philippine Atmospheric, Geophysical and ... Administration (PAGASA)" (spelled_acronyms_en)
            out.append(org_entity(s[toks[i][1]:spelled], toks[i][1], spelled, local))
            while i < len(toks) and toks[i][1] < spelled:
                i += 1
            continue
        if tok in GOVERNMENT_KINDS and (gov := government_of(s, toks[i][1])):
            out.append(gov)  # "the City Government of Marikina" (place_governments_en)
            while i < len(toks) and toks[i][1] < gov.end:
                i += 1
            continue
        # 1. a known alias (longest), or an acronym defined in this article
        best, stop = None, 0
        reach = len(toks) if tok == "the" else reach_from(i)
        top = min(len(toks), i + book.en_max_words + 1)
        for j in range(top if local else min(top, reach + 1), i, -1):  # past `reach` only the article's names match
            surface = s[toks[i][1]:toks[j - 1][2]]
            if surface in local and j < len(toks) and place_entity(s[toks[i][1]:toks[j][2]], 0, 0):
                break  # "Johor Bahru": a city whose name opens with a region's the story names ("Johor")
            if surface in local or (j <= reach and (book.find_en(surface) or
                                                    (j - i > 1 and book.find_en(surface.removeprefix("the "))))):
                best = j
                break
            if j <= reach + 1 and (stop := full_stop(surface, book)):
                best = j  # "... signed by Oregon and Friends of Nature.": the name before the sentence's full stop
                break
            if j == i + 1 and surface[-2:] in ("'s", "’s") and surface[:-2] in local:
                best, stop = j, 2  # "Tulane's agreement with": the article's own short name, as its owner
                break
        if best == i + 1 and 2 < len(tok) <= 5 and tok[1:].islower() and i and is_cap(toks[i - 1][0]) and \
                toks[i - 1][0] not in ("The", "the") and tok not in local:
            i += 1  # "Gerald Ford", "Mr. Ford": a short brand written after a name or title is a person's surname
            continue
        if best == i + 1 and not stop and (run := acronym_run_end(toks, i, book.find_en)):
            best = run  # "CMA CGM": a name of capitals that a known acronym ("CMA") only opens
            out.append(org_entity(s[toks[i][1]:toks[run - 1][2]], toks[i][1], toks[run - 1][2], {}))
            i = run
            continue
        if best:
            # "State Grid Fujian Electric Power Co.": a longer name that opens with a known one is another body
            run_end = cap_run_end(toks, i)
            longer = org_run_end(toks, i, run_end, s)
            known_end = toks[best - 1][2]
            if longer and longer > best and "and" not in [t[0] for t in toks[i:longer]] and \
                    not book.find_en(s[toks[best - 1][1]:toks[longer - 1][2]]) and \
                    not (s.startswith(" of the ", known_end) and
                         parent_after(s, known_end, s[toks[i][1]:known_end], book)):  # its academy: below
                best = longer
            end = toks[best - 1][2] - stop
            if tail := _LEGAL_TAIL.match(s, end):
                end = tail.end()  # "Co., Ltd."
            elif listed := portfolio_end(s, toks[i][1], end):
                # "Department of Energy, Environment and Climate Action": not the known "Department of Energy"
                end = listed
                while best < len(toks) and toks[best][1] < end:
                    best += 1
            e = org_entity(s[toks[i][1]:end], toks[i][1], end, local)
            if e.kind == "org" and toks[best - 1][2] == end and (office := country_office_end(s, toks, best)):
                # "Conservation International Philippines": the organisation's country office (country_offices_en)
                end = toks[office - 1][2]
                e, best = Entity(e.name, e.kind, e.country, e.start, end, s[e.start:end]), office
            if s.startswith(" of the ", end) and (up := parent_after(s, end, e.name, book)):
                # "the Qingdao Institute of ... Technology of the Chinese Academy of Sciences": the institute is the
                # actor, the academy only says whose it is (the span covers both)
                e = Entity(e.name, e.kind, e.country, toks[i][1], up, s[toks[i][1]:up])
                while best < len(toks) and toks[best][1] < up:
                    best += 1
            out.append(e)
            i = best
            continue
        # 2. an organisation by shape: a capitalised run that holds a head noun
        j = cap_run_end(toks, i)
        # a known name later in the run is its own entity ("Gary Gero of the Climate Action Reserve")
        run_is_org = None  # whether the whole run reads as an organisation: asked once, where needed
        for k in range(i + 1, j):
            if toks[k - 1][0] not in CONNECTORS and is_cap(toks[k - 1][0]) and (
                    run_is_org if run_is_org is not None else
                    (run_is_org := looks_like_org_en(s[toks[i][1]:toks[j - 1][2]]))) and \
                    not looks_like_org_en(s[toks[i][1]:toks[k - 1][2]]):
                continue  # "Jutland Provincial Department of Energy": a known name inside a longer one
            known = next((m for m in range(min(j, k + book.en_max_words, reach_from(k)), k, -1)
                          if book.find_en(s[toks[k][1]:toks[m - 1][2]])), None)
            if known:
                parent = known if [t[0] for t in toks[k - 2:k]] == ["of", "the"] or \
                    generic_unit_of(toks, i, k, s[toks[k][1]:toks[known - 1][2]]) else None
                j = k
                while j > i + 1 and toks[j - 1][0] in CONNECTORS:
                    j -= 1
                break
        else:
            parent = None
        bare = next((k for k in range(i, j) if toks[k][0] in CONNECTORS), j)  # the run up to its first connector
        if toks[bare - 1][0] in ("Metro", "METRO") and 2 <= bare - i <= 4 and tok not in LEAD_NOISE:
            # "King County Metro", "Shenzhen Metro": a transit operator named by its area (not the town of Metro)
            out.append(org_entity(s[toks[i][1]:toks[bare - 1][2]], toks[i][1], toks[bare - 1][2], local))
            i = bare
            continue
        org_end = org_run_end(toks, i, j, s) or legal_form_end(toks, i, j, s) or \
            acronym_tail_end(toks, i, j, book.find_en)  # "Helsinki Region Environmental Services HSY"
        if parent and org_end == j and (EN_HEAD_RE.search(toks[j - 1][0]) or
                                        UNIT_HEAD.search(s, toks[i][1], toks[j - 1][2])) and tok not in LEAD_NOISE:
            # "the Energy Research Institute of the National Development and Reform Commission": the unit is the actor,
            # the known body after "of the" only says whose it is (the span covers both)
            end = toks[parent - 1][2]
            e = org_entity(s[toks[i][1]:toks[j - 1][2]], toks[i][1], end, local)
            name = e.name if [t[0] for t in toks[k - 2:k]] == ["of", "the"] else \
                f"{e.name}, {book.find_en(s[toks[k][1]:toks[parent - 1][2]]).name}"  # "Institute of Energy, Peking University"
            out.append(Entity(name, e.kind, e.country, toks[i][1], end, s[toks[i][1]:end]))
            i = parent
            continue
        if org_end and (tok not in LEAD_NOISE or _place_word(toks, i)) and tok not in HEADLINE_VERBS and \
                tok not in CALENDAR:
            end = toks[org_end - 1][2]
            if unit := re.search(r"\s+of\s+the\s+(?=(?:University|Ministry|Academy|Institute)\b)", s[toks[i][1]:end]):
                # "Nanyang Academy of Fine Arts of the University of the Arts Singapore": the unit, the most specific
                # actor; its parent only says where it belongs (the span still covers both)
                if looks_like_org_en(s[toks[i][1]:toks[i][1] + unit.start()]):
                    e = org_entity(s[toks[i][1]:toks[i][1] + unit.start()], toks[i][1], end, local)
                    out.append(Entity(e.name, e.kind, e.country, toks[i][1], end, s[toks[i][1]:end]))
                    i = org_end
                    while i < len(toks) and toks[i][1] < end:
                        i += 1
                    continue
            if campus := campus_end(s, s[toks[i][1]:end], end):
                end = campus  # "University of California, Davis": one name, its comma included
                while org_end < len(toks) and toks[org_end][1] < end:
                    org_end += 1
            if tail := _LEGAL_TAIL.match(s, end):
                end = tail.end()  # "Shenzhen Institute of Building Research Co., Ltd."
            elif listed := portfolio_end(s, toks[i][1], end):
                end = listed  # "Ministry of Climate, Energy and Utilities": one body, its portfolios listed
                while org_end < len(toks) and toks[org_end][1] < end:
                    org_end += 1
            end = demonym_cut(s, toks[i][1], end)  # "Port of X and Danish ferry operator DFDS": not "X and Danish"
            pair = coordinated_pair(s[toks[i][1]:end], LEAD_NOISE)
            if pair:
                # "SAIC Motor and General Motors", "Goldwind and Xcel Energy": two signers, not one name
                cut = toks[i][1] + pair
                out.append(org_entity(s[toks[i][1]:cut], toks[i][1], cut, local))
                start_b = cut + len(" and ")
                out.append(org_entity(s[start_b:end], start_b, end, local))
            else:
                out.append(org_entity(s[toks[i][1]:end], toks[i][1], end, local))
            i = org_end
            while i < len(toks) and toks[i][1] < end:
                i += 1
            continue
        # "Metro Vancouver", "Greater Manchester": a city's metropolitan region, one actor (not the town of Metro)
        if tok in METRO_WORDS and (metro := _metro_region(s, toks, i)):
            out.append(metro[0])
            i = metro[1]
            continue
        # 3. a place (longest n-gram up to four words)
        hit = None
        for k in range(min(j, i + 4), i, -1):
            surface = s[toks[i][1]:toks[k - 1][2]]
            if surface.endswith(".") and not surface.endswith(("D.C.", "L.A.", "U.S.")):
                surface = surface[:-1]  # "in Beijing." ends a sentence, not a name
            if surface.endswith(("'s", "’s")):
                surface = surface[:-2]  # "Portland's plan": Portland
            ent = place_entity(surface, toks[i][1], toks[i][1] + len(surface))
            if ent and ent.kind == "city" and k < len(toks) and toks[k][0] == "Provincial" and \
                    (prov := place_entity(surface + " Province", ent.start, ent.end)) and prov.kind == "province":
                ent = Entity(prov.name, prov.kind, prov.country, ent.start, ent.end, ent.surface)  # "Jilin Provincial ..."
            if ent:
                hit = (k, ent)
                break
        possessive = hit and hit[1].end < toks[hit[0] - 1][2]  # "Portland's Climate Action Plan"
        # "Governor Maria Delgado": after a title and a given name, a place name is a surname
        surname = i >= 2 and ((toks[i - 2][0].rstrip(".") in PERSON_TITLES and is_cap(toks[i - 1][0])) or (
            toks[i - 1][0] in NAME_PARTICLES and is_cap(toks[i - 2][0])))  # "Kevin de León": a surname
        # "British Columbia", "UC Davis": a capitalised word that named nothing, right before, makes a longer name
        inside = i >= 1 and is_cap(toks[i - 1][0]) and toks[i - 1][2] + 1 == toks[i][1] and \
            toks[i - 1][0] not in LEAD_NOISE | PERSON_TITLES | PLACE_FOLLOWERS | CALENDAR and \
            not any(e.end == toks[i - 1][2] for e in out) and not toks[i - 1][0].endswith((",", "."))
        # "Vice Governor of Sichuan Province Wang Ning": after "<title> of", the place is the office's, the name after it the holder's
        office = i >= 2 and toks[i - 1][0] == "of" and toks[i - 2][0].rstrip(".,") in PERSON_TITLES
        if possessive and hit[1].kind == "country" and not surname and \
                (inner := inner_place(s, toks, hit[0], hit[1].country, gazetteer().find_en)):
            # "China's Jiangsu Province": the place inside the country, not the country
            i, name, kind, end = inner
            out.append(Entity(name, kind, hit[1].country, toks[hit[0] - 1][1], end, s[toks[hit[0] - 1][1]:end]))
            continue
        if hit and not surname and not inside and (possessive or office or not is_name_part(toks, hit[0])):
            out.append(hit[1])
            i = hit[0]
            continue
        i += 1
    copy = lambda e, a, b, surface: Entity(e.name, e.kind, e.country, a, b, surface)  # noqa: E731
    out = merge_units(out, s, lambda surface, a, b: org_entity(surface, a, b, local), copy)
    return fold_possessive_parents(fold_academy_parents(merge_hosted_units(out, s, copy), s, copy), s, copy)
