"""City networks' declarations and programmes, in English: how a network's news tells a city signing its declaration,
a declaration endorsed by many cities of which a few are named, and a city renewing a pledge.

* "the Clean Construction Declaration of the Carbon Neutral Cities Alliance": one name to the entity finder; the
  declaration is the instrument and the Alliance its owner, the party a lone signer signs it with (owned_instruments).
* "The X Declaration was endorsed on Tuesday by 14 cities including A, B and C at ...": read as "A, B and C endorsed
  the X Declaration on Tuesday at ..." (the named signatories only; the unnamed are not guessed).
* "Aarhus renewed its commitment to source ...": read as "Aarhus committed to source ..." (a pledge restated is a
  pledge; no agreement).

Each rule is gated by a literal word before its pattern; the patterns are compiled once.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from dataclasses import replace

from scrapers.extract.entity_kinds import Entity

_INSTRUMENT = r"(?:Declaration|Charter|Pledge|Compact|Accord|Commitment|Memorandum\s+of\s+Understanding)"
# "Clean Construction Declaration of the Carbon Neutral Cities Alliance": an instrument named with its owner
OWNED = re.compile(rf"^(?:.+\s)?{_INSTRUMENT}\s+of\s+the\s+(?=\S)")
# the owner named after "of the" must be a body: a network, alliance, covenant, coalition ...
BODY_TAIL = re.compile(r"\b(?:Alliance|Coalition|Network|Covenant|Group|Council|Association|Partnership|Campaign|"
                       r"Initiative|Forum|Programme|Program|Union|Federation|League)$")
# "The X Declaration was endorsed on Tuesday by 14 cities including A, B and C at ..."
ENDORSED_BY = re.compile(
    rf"^(?P<inst>(?:The\s+)?(?:[A-Z0-9][\w%'’-]*\s+){{0,6}}{_INSTRUMENT})\s+(?:was|has\s+been)\s+"
    r"(?P<verb>endorsed|signed|adopted)\s+(?P<when>(?:on|last)\s+[A-Z]\w+\s+)?by\s+(?:\d+|[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:cities|municipalities|local\s+governments|mayors|regions|members)(?:,)?\s+including\s+"
    r"(?P<names>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*,?\s+and\s+"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?P<rest>.*)$", re.S)
# "became the 35th city to join the Climate Alliance's 100% Renewable Cities programme on 25 November, committing to
# ...": a city joining a network's programme with a pledge of its own signs the programme's charter (a joining told
# with no pledge stays membership, no record)
JOINED_PROGRAMME = re.compile(r"\bbec(?:ame|omes)\s+the\s+(?:\d+(?:st|nd|rd|th)|first|latest|newest)\s+(?:[\w-]+\s+)?"
                              r"(?:city|municipality|local\s+government|capital)\s+to\s+(join\s+the\s+"
                              r"(?P<body>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,6})['’]s\s+(?P<name>[^,]{1,60}?\b"
                              r"(?:programme|program|initiative|campaign)))\b(?=[^,]*,\s+committing\s+to\b)")
# "at the Carbon Neutral Cities Alliance's annual meeting in Turku": the network's gathering, named as its own
# ("Carbon Neutral Cities Alliance Annual Meeting") so the event rules read it
ANNUAL = re.compile(r"\b(?P<body>[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|of|for)){0,7})['’]s\s+annual\s+"
                    r"(?P<head>meeting|congress|conference|forum|summit|general\s+assembly)\b")
# "renewed its commitment to source ...", "reaffirmed its pledge to cut ..."
RENEWED = re.compile(r"\b(?:renewed|reaffirmed|restated)\s+(?:its|their)\s+(?:commitment|pledge)\s+to\s+(?=[a-z])")


def owned_instruments(sentence: str, entities: list[Entity]) -> list[Entity]:
    """`entities` with an organisation named as "<instrument> of the <body>" cut to its body (the owner of the
    declaration, the party its lone signer signs with); the instrument itself is no actor."""
    if " of the " not in sentence or not any(e.kind == "org" and " of the " in e.surface for e in entities):
        return entities
    out = []
    for e in entities:
        m = OWNED.match(e.surface) if e.kind == "org" and " of the " in e.surface else None
        if m and BODY_TAIL.search(e.surface):
            body = e.surface[m.end():]
            e = replace(e, name=body, start=e.start + m.end(), surface=body)
        out.append(e)
    return out


def network_sentence(sentence: str) -> str:
    """The sentence as the signing and pledge rules read it: a passive endorsement by named cities made active, a
    renewed commitment made a commitment, a network's "annual meeting" named as its own; else the sentence itself."""
    if "s annual " in sentence and (m := ANNUAL.search(sentence)):
        head = " ".join(w.capitalize() for w in m.group("head").split())
        sentence = f"{sentence[:m.start()]}{m.group('body')} Annual {head}{sentence[m.end():]}"
    if "including" in sentence and " by " in sentence and (m := ENDORSED_BY.match(sentence)):
        inst = m.group("inst")
        inst = "the" + inst[3:] if inst.startswith("The ") else "the " + inst
        when = m.group("when") or ""
        return f"{m.group('names')} {m.group('verb')} {inst}{' ' + when.rstrip() if when else ''}{m.group('rest')}"
    if "committing to" in sentence and " to join the " in sentence and (m := JOINED_PROGRAMME.search(sentence)):
        return f"{sentence[:m.start(1)]}sign the {m.group('body')}'s charter for its {m.group('name')}{sentence[m.end(1):]}"
    if ("commitment to" in sentence or "pledge to" in sentence) and (m := RENEWED.search(sentence)):
        return sentence[:m.start()] + "committed to " + sentence[m.end():]
    return sentence


_YEAR = r"(?:19|20)\d\d"
# "halve embodied emissions from all new municipal buildings by 2030", "halve the emissions of municipal construction
# projects by 2030": the emissions' scope (words, no figure) between "emissions" and "by <year>"
EMISSIONS_SCOPE = re.compile(rf"\bemissions\s+((?:of|from)\s+(?:[A-Za-z][\w-]*\s+){{1,5}}?)(?=by\s+{_YEAR}\b)")
# "use only zero-emission machinery on all municipal construction sites from 2025", "procure only zero-emission
# construction machinery from 2027": a standard for machinery, `other`
ZERO_MACHINERY = re.compile(rf"\bonly\s+zero[- ]emissions?\s+(?:[\w-]+\s+){{0,2}}(?:machinery|machines|plant)\s+"
                            rf"(?:(?:on|at|for|in)\s+(?:[A-Za-z][\w-]*\s+){{1,5}}?)?(?:from|by|after)\s+({_YEAR})\b")
# "cover all of its electricity use with renewable energy by 2035": a 100 percent share
ALL_RENEWABLE = re.compile(rf"\b(?:cover|meet|supply|source)\s+all\s+(?:of\s+)?(?:its|their|the\s+city's)\s+"
                           rf"(?:electricity|energy|power)(?:\s+(?:use|demand|consumption|needs))?\s+(?:with|from)\s+"
                           rf"renewable\s+(?:energy|sources|electricity|power)\s+by\s+({_YEAR})\b")


def scoped_emissions(s: str) -> str:
    """`s` with the scope of a cut blanked ("emissions from all new municipal buildings by 2030": "emissions" and
    spaces, so positions stay), for the cut patterns that want "emissions by <year>"."""
    if "emissions " not in s or ("emissions of " not in s and "emissions from " not in s):
        return s
    return EMISSIONS_SCOPE.sub(lambda m: m.group()[:-len(m.group(1))] + " " * len(m.group(1)), s)


def programme_pledges(s: str) -> list[tuple[int, str, dict]]:
    """Pledges of a declaration's or programme's kind the general patterns miss: only zero-emission machinery from a
    year (`other`), all of one's electricity from renewables by a year (`renewable_share` 100)."""
    out: list[tuple[int, str, dict]] = []
    if "zero" in s and "machin" in s:
        out += [(m.start(), "other", {"target_year": int(m.group(1))}) for m in ZERO_MACHINERY.finditer(s)]
    if "renewable" in s and "all " in s:
        out += [(m.start(), "renewable_share", {"target_year": int(m.group(1)), "share_pct": 100.0})
                for m in ALL_RENEWABLE.finditer(s)]
    return out


# "Helsinki became the 20th city to sign the ... Declaration of the X Alliance, committing to ...", "Nantes became the
# 35th city to join the Climate Alliance's ... programme ..., committing to ...": the joiner pledges, not the network
NTH_JOINER = re.compile(r"\bbec(?:ame|omes)\s+the\s+(?:\d+(?:st|nd|rd|th)|first|latest|newest)\s+(?:[\w-]+\s+)?"
                        r"(?:city|municipality|member|region|local\s+government|capital)\s+to\s+(?:sign|join|endorse)\b")


# "Michigan joined the U.S. Climate Alliance and committed to pursue ...": the body joined, then the joiner's pledge
# "Minnesota signed on to the Under2 MOU in 2015, committing to ...", "... signed an agreement with Sichuan, pledging
# to ...": a participle's pledge is its clause's subject's, not that of the body or the counterpart named in its object
JOINED_AND = re.compile(r"\b(?:joined|joins|has\s+joined|signed\s+on\s+to|signed\s+up\s+to|signed|became\s+a\s+"
                        r"member\s+of)\s+((?:(?!,\s+and\s).){3,80}?)(?:,?\s+and\s+(?:has\s+|thereby\s+)?(?:committed|commits|pledged|"
                        r"pledges|vowed|vows|promised|promises|agreed|agrees)\b|,\s+(?:thereby\s+)?(?:committing|"
                        r"pledging|vowing|promising)\b(?!\s+(?:the\s+two|both|each|them|all|the\s+(?:sides|parties|"
                        r"partners))\b))")


# "signed the C40 Fossil-Fuel-Free Streets Declaration, pledging ...", "has signed on to the C40 Clean Construction
# Declaration, committing to ...": a network named inside the title of what was signed is not who pledges
SIGNED_TITLE = re.compile(r"\b(?:signed|signing|signs|sign|joined|joining|joins|endorsed|endorsing|endorses|adopted|"
                          r"adopting)\s+(?:on\s+to\s+|up\s+to\s+)?the\s+((?:[A-Z0-9][\w&'’-]*\s+){1,8}?"
                          r"(?:Declaration|Charter|Pledge|Compact|Commitment|Accord|Challenge))\b")


def joiners_only(sentence: str, who: list[str], entities: list[Entity]) -> list[str]:
    """`who` (a pledge's actors) without the network whose declaration or programme the sentence says a city became
    the Nth to sign or join, or that a joiner "joined ... and committed to" (the pledge that follows is the
    joiner's)."""
    if len(who) < 2:
        return who
    if (" join" in sentence or "signed" in sentence or "member of" in sentence) and \
            (j := JOINED_AND.search(sentence)) and \
            (joined := {e.name for e in entities if j.start(1) <= e.start < j.end(1)}) and \
            (rest := [w for w in who if w not in joined]):
        return rest
    titled = {e.name for m in SIGNED_TITLE.finditer(sentence) for e in entities
              if m.start(1) <= e.start < m.end(1) and e.kind == "org"}
    if titled and (rest := [w for w in who if w not in titled]):
        return rest
    if "became the " not in sentence and "becomes the " not in sentence:
        return who
    m = NTH_JOINER.search(sentence)
    if not m:
        return who
    joined = {e.name for e in entities if e.start >= m.end() and e.kind == "org"}
    return [w for w in who if w not in joined] or who
