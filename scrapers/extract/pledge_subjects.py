"""Who pledges, for English subjects the clause reader in commitments.py gets wrong or misses:

* an opener set apart by an apposition: "New Zealand, a founding member of the Carbon Neutrality Coalition launched at
  the summit, committed to ...": the opener pledges, not the body named inside the apposition;
* a leader's country: "New Zealand Prime Minister Jacinda Ardern said her country would ...": the country the
  leader's title names (by its name or its demonym);
* several actors with a figure each, "respectively": "Sweden and Finland each committed to reach net zero by 2045 and
  2035 respectively" gives each its own year (or nothing, when the figures cannot be paired with the actors);
* a company named by a bare brand after its trade ("Danish utility Ørsted has pledged ...", "British lender HSBC
  committed ...") or by an acronym opening the sentence ("HSBC committed to ..."), which the entity reader does not
  know.
* the antecedent of a relative clause: "TBEA runs plants in Qinghai province, which has pledged to ...": the place or
  body right before ", which" pledges, though a preposition ("in") makes it a location of the main clause.

Cheap: each pattern is anchored at the sentence's start or on a literal word.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.entities import Entity
from scrapers.extract.demonyms_en import demonym_country  # (capacity, minister_ministries_en, side_homes read it from here)

_VERB = (r"(?:has\s+|have\s+)?(?:also\s+|now\s+)?(?:committed|pledged|vowed|promised|aims|aimed|plans|planned|intends|"
         r"will|would|set|said|told|announced|restated|reaffirmed)\b")
# "X, a founding member of ..., committed", "X, one of the ..., will": an apposition of at most ~120 characters;
# "X Corp. (XC), Taiwan's second-largest contract chipmaker, said", "X, Japan's biggest utility, will": a possessive
# of a place or body before a common noun, the opener's short form in brackets before it
APPOSED = re.compile(rf"(?:\s*\([A-Z][\w&.-]{{1,11}}\))?,\s+(?:a|an|the|one\s+of|home\s+to|"
                     rf"(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*['’]s(?=\s+[a-z\d]))\s[^,;]{{1,120}},\s+{_VERB}")
# "her country would", "his nation will": the leader's own country as the subject
OWN_COUNTRY = re.compile(r"\b(?:his|her)\s+(?:country|nation|government)\s+(?:would|will|is|has|had|was|aims|plans|"
                         r"intends|wants)\b")
LEADER_TITLE = re.compile(r"((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)(?:['’]s)?\s+(?:Prime\s+Minister|President|Chancellor|"
                          r"Premier)\s+[A-Z]")
_UP = r"(?:[A-Z]|[À-ÖØ-Þ])"
# "Danish utility Ørsted has pledged", "Italian utility Enel plans", "British lender HSBC committed": a demonym (or a
# country), a trade word, then the brand as the pledge's subject
TRADE = (r"(?:utility|utilities\s+group|power\s+company|energy\s+company|oil\s+major|bank|lender|insurer|asset\s+manager|"
         r"carmaker|automaker|steelmaker|cement\s+maker|retailer|airline|shipping\s+group|company|firm|group|"
         r"conglomerate)")
TRADE_BRAND = re.compile(rf"^(?:The\s+)?([A-Z][a-z]+)\s+{TRADE}\s+({_UP}[\w&'’.-]*(?:\s+{_UP}[\w&'’.-]*){{0,2}})\s+"
                         rf"{_VERB}")
# "Iberdrola, Spain's largest utility, said it would ...", "Verbund, an Austrian power company, has pledged ...": a brand
# set apart by an apposition that names its trade
APPOSED_BRAND = re.compile(rf"^({_UP}[\w&'’.-]*(?:\s+{_UP}[\w&'’.-]*){{0,2}}),\s+(?:[A-Z][\w-]*['’]s\s+|an?\s+|the\s+)"
                           rf"[^,]{{0,60}}?\b{TRADE},\s+(?:said\s+(?:that\s+)?it\s+(?:would|will)\s+|{_VERB})")
# "HSBC committed to ...": an acronym opening the sentence, then the pledge verb; after a fronted phrase too ("In its
# 2018 integrated resource plan, filed with state regulators, NIPSCO said it would ...")
ACRONYM_SUBJECT = re.compile(rf"^(?:(?:In|Under|Through|As\s+part\s+of)\s[^,;:]{{1,80}},\s+(?:[^,;:]{{1,60}},\s+)?)?"
                             rf"([A-Z][A-Z&]{{1,5}})\s+{_VERB}")


RESPECTIVELY = re.compile(r"\b(?:by|in|before)\s+((?:19|20)\d\d)((?:,\s+(?:19|20)\d\d)*),?\s+and\s+((?:19|20)\d\d),?\s+"
                          r"respectively\b")


def respective(sentence: str, year: int | None, who: list[str]) -> list[tuple[str, int | None]]:
    """(actor, target year) of a pledge of `who` read with `year`: each its own year where the sentence lists years
    "respectively" in the actors' order; none of them where "respectively" pairs figures that cannot be told apart."""
    if len(who) < 2 or "respectively" not in sentence:
        return [(name, year) for name in who]
    m = RESPECTIVELY.search(sentence)
    years = [int(m.group(1)), *(int(y) for y in re.findall(r"\d{4}", m.group(2))), int(m.group(3))] if m else []
    return list(zip(who, years)) if len(years) == len(who) and year in years else []


def apposed_opener(sentence: str, entities: list[Entity], at: int) -> list[str]:
    """The actor opening the sentence when an apposition stands between it and the pledge verb (before `at`)."""
    first = entities[0] if entities else None
    if first is None or first.start > 4 or first.kind == "org" and first.start > 0:
        return []
    m = APPOSED.match(sentence, first.end)
    return [first.name] if m and m.end() <= at + 1 else []


# "Brazil's president pledged ...", "Kenya's environment minister said ... would": the country its leader speaks for
OWNER_LEADER = re.compile(r"['’]s\s+(?:president|prime\s+minister|premier|chancellor|government|leader|"
                          r"(?:environment|energy|climate)\s+minister|climate\s+envoy)\s+(?:\w+ly\s+)?(?:has\s+)?"
                          r"(?:pledged|committed|vowed|promised|announced)\b")


def owner_leader(sentence: str, entities: list[Entity], at: int) -> list[str]:
    """The country whose leader ("Brazil's president pledged ...") is the subject of the pledge at `at`."""
    for e in entities:
        if e.kind == "country" and (m := OWNER_LEADER.match(sentence, e.end)) and m.end() <= at + 1:
            return [e.name]
    return []


def leader_country(sentence: str, entities: list[Entity], at: int) -> list[str]:
    """The country of the leader whose "her country"/"his country" is the pledge's subject (before `at`)."""
    own = [m for m in OWN_COUNTRY.finditer(sentence, 0, at + 40) if m.start() <= at]
    if not own:
        return []
    title = [t for t in LEADER_TITLE.finditer(sentence, 0, own[-1].start())]
    if not title:
        return []
    words = title[-1].group(1)
    named = [e for e in entities if e.kind == "country" and title[-1].start() <= e.start and e.end <= title[-1].end(1)]
    if named:
        return [named[-1].name]
    place = gazetteer().find_en(words)  # "New Zealand Prime Minister ...": a name the entity reader took for a person's
    if place and place.kind == "country":
        return [place.name]
    country = demonym_country(words.split()[-1])
    return [country] if country else []


def trade_brand(sentence: str, at: int, recent: list[Entity]) -> list[str]:
    """A company the sentence names by its trade and brand, or by an acronym, as the subject of the pledge at `at`; not
    initials that open names just before ("ABC Energy and ABC Power ... ABC aims": whose, the text does not say)."""
    m = TRADE_BRAND.match(sentence) or APPOSED_BRAND.match(sentence) or ACRONYM_SUBJECT.match(sentence)
    if not m or m.end() > at + 1:
        return []
    name = m.group(m.lastindex)
    if any(e.surface.startswith(name + " ") for e in recent):
        return []
    return [] if gazetteer().find_en(name) else [name]


# ", which has pledged", ", which committed", ", which aims": a relative clause whose verb is the pledge
RELATIVE = re.compile(r",\s+which\s+(?:has\s+|have\s+)?(?:also\s+|now\s+)?(?:committed|pledged|vowed|promised|aims|"
                      r"plans|intends|set)\b")


def relative_antecedent(sentence: str, entities: list[Entity], at: int) -> list[str]:
    """The place or body a relative clause pledging at `at` refers to: the one named right before its ", which"."""
    m = next((r for r in RELATIVE.finditer(sentence, 0, at) if at - r.end() <= 40), None)
    if not m:
        return []
    # "in Qinghai province, which": the place's kind may follow its name
    ante = [e for e in entities if e.end <= m.start() and
            re.fullmatch(r"(?:\s+(?:province|state|city|prefecture))?\.?", sentence[e.end:m.start()], re.I)]
    return [ante[-1].name] if ante and ante[-1].kind in {"org", "city", "state", "province"} else []


# "which commits the City of Tucson to ...", "committing California to ...": the one committed is who pledges
COMMITS = re.compile(r"\bcommit(?:s|ted|ting)?\s+(?:the\s+)?(?:(?:City|Town|County|State|Province|Commonwealth)\s+of\s+)?$")


def committed_object(sentence: str, entities: list[Entity], at: int) -> list[str]:
    """The place or body a clause commits to the pledge at `at` ("the plan, which commits the City of Tucson to
    reach carbon neutrality by 2045"): named right after "commits" and before "to", within the pledge's reach."""
    for e in entities:
        if e.end <= at and at - e.end <= 80 and e.kind in {"org", "city", "state", "province", "country"} and \
                COMMITS.search(sentence, max(0, e.start - 40), e.start) and \
                re.match(r"\s+to\b", sentence[e.end:]):
            return [e.name]
    return []


# "Halifax Regional Municipality pledged", "the Regional Municipality of Waterloo committed": a Canadian regional
# government, a name the entity reader does not know, as the subject right before the pledge's verb
REGIONAL_MUNICIPALITY = re.compile(rf"\b((?:[A-Z][\w'’-]+\s+){{1,2}}Regional\s+Municipality|Regional\s+Municipality\s+"
                                   rf"of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+{_VERB}")


def regional_municipality(sentence: str, at: int) -> list[str]:
    """The regional municipality the sentence names as the subject of the pledge at `at`, by its name as written."""
    if "Regional Municipality" not in sentence:
        return []
    m = next((m for m in REGIONAL_MUNICIPALITY.finditer(sentence, 0, at + 40) if m.end(1) <= at), None)
    return [" ".join(m.group(1).split())] if m else []
