"""Names an English story teaches the reader itself, so actors nobody keeps an alias for are still recognised.

* a foreign region introduced by its kind: "the German state of Baden-Württemberg", "the Canadian province of
  Quebec" (then "Baden-Württemberg Minister-President ..." names the same state);
* a company or university's short form: "Duke Energy ..." then "Duke also signed ..." (the first word of a name the
  story gave in full, used alone later), and a company's brand word the story fixes as a company (brands_en.py);
* a body named by its head's office: "China's Minister of Science and Technology, Wan Gang" signs for the Ministry
  of Science and Technology (the office names the body, so the text says whom the person stands for).

All three return surface -> canonical name maps or entities; they never invent a name the text does not spell.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.lead_chars import with_lead
from scrapers.extract.brands_en import brand_names
from scrapers.extract.capacity import demonym_country
from scrapers.extract.entities import LEAD_NOISE, Entity, find_entities
from scrapers.extract.unlisted_ministries_en import portfolio_ministry
from scrapers.extract.name_runs import PERSON_TITLES
from scrapers.extract.officials_en import named_officials
from scrapers.extract.orgs import aliases
from scrapers.extract.portfolios_en import office_portfolios_end, portfolio_office
from scrapers.extract.regions_en import foreign_regions
from scrapers.extract.region_short_forms_en import region_short_forms
from scrapers.extract.municipal_associations_en import municipal_associations

_NAME = r"[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+){0,2}"
REGION_OF = with_lead(re.compile(rf"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:federal\s+)?(?:state|province|region|prefecture|canton|"
                                 rf"Land|territory)\s+of\s+({_NAME})"))
# "Duke Energy", "Tsinghua University": a distinctive first word and the head of a company's or university's name
# the short form is the full name's first word ("Duke" of "Duke Energy") or its initials, which may stand before
# other words ("GE" of "GE Renewable Energy")
SHORTENED = with_lead(re.compile(r"\b(?:([A-Z][a-z]{2,})|([A-Z]{2,4})(?:\s+[A-Z][a-z]+){0,2})\s+(?:Energy|Group|Corporation|"
                                 r"Company|Power|Electric|Motors|Holdings|University|Airlines|Industries|Limited|Ltd)\b"))
# words that open many names and say nothing alone
GENERIC_FIRST = {"National", "International", "Global", "American", "Chinese", "China", "New", "Green", "Clean",
                 "State", "City", "Pacific", "Southern", "Northern", "Eastern", "Western", "General", "United",
                 "Central", "First", "Great", "Royal", "Public", "Open", "Peking", "Renewable", "Solar", "Wind",
                 "Power", "Energy", "Electric", "Smart", "Joint", "Capital", "Metropolitan", "Municipal", "Regional"}
# (a portfolio list, "Minister of Economic Affairs, Labour and Tourism Nicole Hoffmeister-Kraut", is one office:
# its comma goes on to "and", no apposition of the minister's name)
# (an office named without a comma before its holder ends before "and" opens another owner's office: "China's Minister
# of Ecology and Environment Li Ganjie and Korea's Minister of Environment Cho Myung-rae"; "Minister of the
# Environment": the article kept in the ministry's name)
OFFICE_OF = re.compile(r"\b(?:(?P<owner>[A-Z][a-z]+)(?:['’]s)?\s+)?Minister\s+of\s+((?:the\s+)?(?:[A-Z][a-z]+)(?:\s+(?:and|for|of)\s+"
                       r"(?!Minister\b)[A-Z][a-z]+\b(?!['’]s\b)|,\s+[A-Z][a-z]+(?=(?:,\s+[A-Z][a-z]+)*\s+and\s+[A-Z][a-z]+\s+[A-Z])|"
                       r"\s+(?!Minister\b)[A-Z][a-z]+){0,6})")


# "Vietnam's Quang Ninh province", "the Philippines' Negros Occidental province": a country's region named by the
# kind after its name
COUNTRY_REGION = with_lead(re.compile(r"\b([A-Z][a-z]+)(?:['’]s|(?<=s)['’])\s+((?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)\s+(?:province|state|"
                                      r"prefecture)\b"))


def local_regions(text: str) -> dict[str, str]:
    """Regions the story introduces by their kind ("the German state of Baden-Württemberg", "Vietnam's Quang Ninh
    province"): name -> name, for the reader to know the bare name later. Known places are left to the gazetteer."""
    out = {}
    country_regions = [m.group(2) for m in COUNTRY_REGION.finditer(text)
                       if (p := gazetteer().find_en(m.group(1))) and p.kind == "country"]
    for name in [m.group(1) for m in REGION_OF.finditer(text)] + country_regions:
        if gazetteer().find_en(name) is None and name.split()[0] not in LEAD_NOISE:
            out[name] = name
    out.update(foreign_regions(text))  # "Baden-Württemberg and Jiangsu ...": a known region needs no introduction
    out.update(region_short_forms(text))  # "NSW", "B.C."; "the Commonwealth" of an Australian state's story
    out.update(municipal_associations(text))  # "the Städtetag Baden-Württemberg": a body, its Land in its name
    for surface, country in national_governments(text).items():
        out.setdefault(surface, country)
    for surface, place in named_officials(text).items():
        out.setdefault(surface, place)  # "Governor Brown" after "California Governor Edmund G. Brown Jr."
    return out


# "with the Chinese government", "the Indian central government": a country's government by its demonym
NATIONAL_GOVERNMENT = with_lead(re.compile(r"(?<=\bthe\s)([A-Z][a-z]+)\s+(?:central\s+|national\s+|federal\s+)?"
                                           r"[Gg]overnment\b"))


def national_governments(text: str) -> dict[str, str]:
    """A country's government named by the country's demonym: surface -> the country ("Chinese government" ->
    "China"); a demonym the gazetteer cannot settle on a country is left alone."""
    if "overnment" not in text:
        return {}
    return {m.group(): country for m in NATIONAL_GOVERNMENT.finditer(text) if (country := demonym_country(m.group(1)))}


def short_forms(text: str, known: dict[str, str]) -> dict[str, str]:
    """Short forms of a company's or university's name the story uses after giving it in full ("Duke also put pen
    to paper ..." after "Duke Energy inked ..."): first word -> the full name, where the first word stands alone
    later, names no place and opens no other name of the story."""
    firsts: dict[str, set[str]] = {}
    for m in SHORTENED.finditer(text):
        firsts.setdefault(m.group(1) or m.group(2), set()).add(m.group())
    out = {}
    for word, fulls in firsts.items():
        if len(fulls) != 1 or word in GENERIC_FIRST | LEAD_NOISE | PERSON_TITLES or word in known or \
                gazetteer().find_en(word):
            continue
        full = next(iter(fulls))
        alone = [m for m in re.finditer(rf"\b{word}\b(?!\s+[A-Z])", text)]
        if not alone:
            continue
        ents = find_entities(full)
        if len(ents) == 1 and ents[0].kind == "org" and ents[0].end == len(full):
            out[word] = ents[0].name
    # "Ford ..., the company said", "Apple (NASDAQ: AAPL)": a brand word the story itself fixes as a company
    out.update(brand_names(text, {**known, **out}, GENERIC_FIRST | LEAD_NOISE))
    return out


def office_bodies(sentence: str, span: tuple[int, int]) -> list[Entity]:
    """Bodies named by their head's office inside a party slot ("with China's Minister of Science and Technology,
    Wan Gang"): the ministry the office names."""
    out = []
    for m in OFFICE_OF.finditer(sentence, span[0], span[1]):
        words = m.group(2).split()
        owner = m.group("owner")
        country = demonym_country(owner) or owner if owner else None  # "Chinese Minister of ...", "China's ..."
        place = gazetteer().find_en(country) if country else None
        # (the country as the text names it too: "Korea's Minister of Environment" heads the "Ministry of
        # Environment of Korea" the tables hold, the gazetteer's country being "South Korea")
        owners = list(dict.fromkeys([place.name, country, owner])) if place and place.kind == "country" else []
        if lend := office_portfolios_end(sentence, m.end()):  # "Minister of Environment, Water and Ecological
            out.append(portfolio_office(sentence, m, lend, owner if owners else None, place))  # Transition"
            continue
        # the longest known ministry the words open with ("... Ecology and Environment Huang Runqiu": a name follows);
        # else the whole office where an apposition closes it ("Minister of Science and Technology, Wan Gang")
        for k in range(len(words), 0, -1):
            if words[k - 1] in {"and", "for", "of"}:
                continue
            name = "Ministry of " + " ".join(words[:k])
            known = next((o for c in [*(f"{w}'s {name}" for w in owners), *(f"{name} of {w}" for w in owners), name]
                          if (o := aliases().find_en(c))), None)
            if known:
                out.append(Entity(known.name, "org", known.country, m.start(), m.end(), m.group()))
                break
        else:
            if re.match(r"\s*,", sentence[m.end():]) and words[0] != "the":  # (no guess at "the ..."'s ministry)
                name = "Ministry of " + m.group(2)
                out.append(Entity(name, "org", None, m.start(), m.end(), m.group()))
            elif name := portfolio_ministry(words, owners[0] if owners else None):  # (unlisted_ministries_en)
                out.append(Entity(name, "org", place.country if place else None, m.start(), m.end(), m.group()))
    return out
