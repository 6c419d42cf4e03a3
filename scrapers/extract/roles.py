"""Who does what in a sentence: the actors in the subject of a verb, in a "between ..." or "with ..." list.

Extractors ask for the parties of a signing or the actor of a pledge; these helpers pick them out of the entities
of the sentence by where they stand, and drop the ones that only qualify another (", California" after a city,
"China" before a Chinese company, a place a meeting was held in).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entities import Entity
from scrapers.extract.gathering_names_en import gathering_name
from scrapers.extract.region_countries_en import in_other_state, locates_city, locates_region
from scrapers.extract.regions_en import is_region
from scrapers.extract.state_media_en import qualifies_country
from scrapers.extract.location_trails_en import in_trail
from scrapers.extract.people_from_en import stands_for
from scrapers.extract.route_ends_en import route_end
from scrapers.extract.portfolios_en import PORTFOLIO_WORDS
from scrapers.extract.state_qualified_cities_zh import city_as_written

EN_CLAUSE_START = re.compile(
    r"(?:^|\s—\s|;\s|:\s|\bas\s|\bwhile\s|\bwhere\s|\bwhen\s|\bafter\s|\bwhich\s|\bwho\s|\bthat\s|\bbecause\s|"
    r"\bsaid\s|\bsays\s|,\sbut\s|\bsince\s(?!\d|then\b|last\b|early\b|its\b|their\b)|"
    # a fronted place or time ("At the Under2 Coalition General Assembly in Madrid on 10 December, Hubei Province put
    # ..."): the subject comes after its comma
    r"^(?:At|During|On|In)\s(?!least\b)[^,]{1,150},\s)", re.I)
EN_LIST_END = re.compile(
    r"\s(?:in|at|on|to|for|during|amid|as|that|which|was|were|is|are|has|have|had|will|would|signed|to\s\w+|"
    r"under|by|after|before|from|since|aimed|aiming|who|when|where)\b|[.;:]|\s[–—]\s")
EN_LOCATION_PREP = re.compile(r"\b(?:in|at|near|from|to|across|throughout|around|visit(?:ed|ing)?\s+to)\s+(?:the\s+)?$",
                              re.I)


# "the green building committee of", "A unit of": a part of the body named next signs, not the body
UNIT_OF = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z-]+\s+){0,6}(?:committee|department|office|centre|center|"
                     r"bureau|unit|branch|division|arm|subsidiary)\s+of\s+(?:the\s+)?$")
REGION_OF = re.compile(r"\b(?:[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern|[Cc]entral|North|South|East|West)\s+$")


def en_subject(sentence: str, verb_start: int) -> tuple[int, int]:
    """Span of the clause that stands before a verb: its subject, with whatever modifies it."""
    start = 0
    # parentheses, dash appositives and ", which ...," relative clauses are asides, not clause starts
    masked = re.sub(r"\([^()]*\)|\s([—–])\s[^—–]{1,160}\s\1\s|,\s(?:which|who)\s[^,]{1,160},|"
                    r",\s(?:better|also|formerly|commonly)\s+known\s+as\s[^,]{1,80},",
                    lambda m: " " * len(m.group()), sentence)
    for m in EN_CLAUSE_START.finditer(masked, 0, verb_start):
        if m.end() <= verb_start:
            start = m.end()
    return start, verb_start


def en_list_after(sentence: str, word_end: int) -> tuple[int, int]:
    """Span of the list that follows "with" or "between", up to the next clause or place phrase."""
    m = EN_LIST_END.search(sentence, word_end)
    end = m.start() if m else len(sentence)
    return word_end, end


def in_span(entities: list[Entity], span: tuple[int, int]) -> list[Entity]:
    """Entities inside a span of the sentence."""
    return [e for e in entities if span[0] <= e.start < span[1]]


def actors(entities: list[Entity], sentence: str) -> list[Entity]:
    """The entities that act, without qualifiers: a state or province after a city, a place after 'in'/'at',
    and countries where something more specific is named."""
    out: list[Entity] = []
    for i, e in enumerate(entities):
        before = sentence[:e.start]
        if re.search(r"\b(?:better|also|formerly|commonly)\s+known\s+as\s+(?:[\w.'’-]+\s+){0,3}$", before):
            continue  # "..., better known as Houston METRO,": another name of the actor just named
        if e.kind in {"state", "province", "country"} and i > 0 and entities[i - 1].kind == "city" and \
                re.fullmatch(r",\s*", sentence[entities[i - 1].end:e.start]) and not in_other_state(entities[i - 1], e):
            continue  # "Los Angeles, California": where the city is, not another party
        if i > 0 and (locates_region(entities, i, sentence) or locates_city(entities, i, sentence) or
                      in_trail(entities, i, sentence)):  # "Weifang City, Shandong Province, China,"
            continue  # "the Province of Saskatchewan, Canada,", "Suwon, Gyeonggi Province,": where it is, no party
        if e.kind != "org" and (EN_LOCATION_PREP.search(before[-30:]) or before[-1:] in {"在", "于", "赴", "到"}) \
                and not stands_for(before):  # "Ministers from Canada, ...": the side (people_from_en)
            continue
        if e.kind != "org" and re.search(r"\b(?:a|an|any|another|each|every|the\s+(?:first|second|third|\d+(?:st|nd|rd|th)|"
                                         r"only|sole|latest|last|next|[a-z]+est))\s+$", before[-24:]) and \
                re.match(r"\s+[a-z]", sentence[e.end:e.end + 2]):
            continue  # "between a U.S. state and China", "an Australian company", "the first U.S. state to commit":
            # a kind of actor, none named
        if e.kind == "org" and office_only(e.name):
            continue  # "Peru's Energy Minister [a name no rule read] and ...": an office, no body named
        if route_end(sentence, e):
            continue  # "a green shipping corridor between Sweden and Belgium": the places it joins, no parties
        if e.kind != "org" and i > 0 and before[-1:] == "是":
            continue  # "坦佩雷市是芬兰第三大城市": the place after 是 says what the subject is, it acts not
        if e.kind == "org" and EN_LOCATION_PREP.search(before[-30:]) and is_region(e.name):
            continue  # "has plants in Jalisco": a state read from the regions list is a place here too
        if e.kind in {"province", "state"} and i + 1 < len(entities) and \
                (entities[i + 1].kind == "city" or city_as_written(entities[i + 1])) and entities[i + 1].start == e.end:
            continue  # 江苏省镇江市: the province says where the city is
        if e.kind == "org" and UNIT_OF.search(before):
            continue  # "the green building committee of the Chinese Society ...": a unit of it signed, not the society
        if e.kind != "org" and REGION_OF.search(before) and not qualifies_country(e.surface):
            continue  # "Southern California", "southern China", "North America": a region, not a party
        if e.kind != "org" and re.match(r"(?:['’]s)?\s+(?!(?:city|town)\s+commission\b)"
                                        r"(?:[a-z]+\s+){0,2}(?:office|bureau|department|commission|agency|"
                                        r"company|group|authority|ministry|regulator)\b", sentence[e.end:e.end + 40]):
            continue  # "the Shenzhen representative office", "Xiamen's housing commission": the body acts, not the city
            # (not "Topeka's city commission": a city's governing commission acts for the city)
        if e.kind == "country" and re.match(r"\s*(?:'s|’s)", sentence[e.end:e.end + 3]):
            continue  # "China's National Development ...": a qualifier
        if e.kind == "country" and i > 0 and entities[i - 1].kind == "org" and \
                re.fullmatch(r"\s+of\s+", sentence[entities[i - 1].end:e.start]) and \
                re.search(r"\b(?:Co|Corp|Inc|Ltd|Limited|LLC|plc|AG|SA|GmbH)\.?$", entities[i - 1].surface):
            continue  # "TBEA Co., Ltd. of China": a company's home country, not another party
        if e.kind == "org" and gathering_name(e.surface, sentence, e.end):
            continue  # "The Under2 Coalition General Assembly saw A and B sign", "the ICLEI World Congress": a gathering
        out.append(e)
    if any(e.kind != "country" for e in out):
        non_country = [e for e in out if e.kind != "country"]
        # a country named right before a more specific actor only says where that actor is (中国汽车制造企业比亚迪)
        # but a country joined to the next actor by "and" is one of two actors ("Japan and the European Union")
        out = [e for e in out if e.kind != "country" or not any(n.start > e.start for n in non_country) or
               _coordinated(sentence, e, out)]
    seen: set[str] = set()
    uniq = []
    for e in out:
        if e.name not in seen:
            seen.add(e.name)
            uniq.append(e)
    return uniq


def _coordinated(sentence: str, e: Entity, found: list[Entity]) -> bool:
    """The country `e` and the next actor are joined by "and" ("China and the European Union adopted ..."): two
    actors, where "Chinese carmaker BYD" or "China's NDRC" is one."""
    nxt = next((n for n in found if n.start >= e.end), None)
    if nxt is not None and re.fullmatch(r"\s+and\s+(?:the\s+)?", sentence[e.end:nxt.start]) is not None:
        return True
    # "Canada, France, ..., the United Kingdom and the United States and the European Union", "co-led by the United
    # States and Japan and including Canada, Denmark, the European Union, France and Norway": a list of countries
    # that goes on by commas and "and" past a more specific actor is a list of actors, each one of them
    run, anded, other = [x for x in found if x.start >= e.start], False, False
    for a, b in zip(run, run[1:]):
        gap = sentence[a.end:b.start]
        if not re.fullmatch(r"\s*,\s*(?:and\s+)?(?:including\s+)?(?:the\s+)?|\s+and\s+(?:including\s+)?(?:the\s+)?", gap):
            break
        anded, other = anded or "and" in gap, other or b.kind != "country"
    return anded and other


def most_specific_place(entities: list[Entity]) -> Entity | None:
    """The city if one is named, else a province or state, else a country."""
    for kind in ("city", "province", "state", "country"):
        for e in entities:
            if e.kind == kind:
                return e
    return None


def office_only(name: str) -> bool:
    """Whether a name is only an office or an owner's portfolio ("Energy Minister", "Peru's Energy", "Minister"): the
    words of a title whose person no rule read, never a body's own name."""
    words = re.sub(r"^\S+['’]s\s+", "", name).split()
    owned = words != name.split()
    if words and words[-1] in {"Minister", "Secretary", "Commissioner"}:
        words, owned = words[:-1], True
    return owned and all(w in PORTFOLIO_WORDS or w in {"and", "&", "of"} for w in words)

