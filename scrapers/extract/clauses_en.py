"""English clause structure for signings: asides that are not parties, party lists, names known only by their role.

A signing sentence names its parties in a few slots (the subject, a "with" / "between" list, a passive "by" list)
and decorates them with asides: appositions ("Gardens by the Bay, the 101-hectare waterfront garden in central
Singapore,"), relative clauses (", which runs ...,"), qualifiers ("Hong Kong-listed United Energy Group"). The places
and bodies named inside an aside describe a party; they are not parties themselves.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from functools import lru_cache

from pactwatch.gazetteer import first_level_regions
from scrapers.extract.portfolios_en import in_portfolio_list
from scrapers.extract.entities import LEAD_NOISE, Entity
from scrapers.extract.name_runs import CALENDAR, PERSON_TITLES
from scrapers.extract.non_party_roles import role_asides
from scrapers.extract.office_asides_en import names_gathering, office_asides
from scrapers.extract.region_countries_en import locates_city

# a wire service's dateline: "BEIJING, May 15 (MetroWire) - ", "TIANJIN, China, Sept 18 (Reuters) — "
WIRE_DATELINE = re.compile(r"^(?P<city>[A-Z][A-Z .'-]{2,30}?)(?:,\s*[A-Z][\w.]*){0,2},\s*[A-Z][a-z]{2,4}\.?\s+"
                           r"\d{1,2}\s*\([^()]{1,30}\)\s*[-–—]{1,2}\s*")
# ", the joint venture that develops the township,", ", the Chicago-based think tank founded by ...,",
# ", Energy China's overseas contracting arm,", ", which runs routes ...,": up to the next comma or the sentence end
APPOSITION = re.compile(
    r",\s(?:(?:the|a|an)\s+(?:[a-z0-9$]|[A-Z][\w.]*-[a-z]|(?!(?:Mayor|Governor|President|Chair|Minister|Director|"
    r"Secretary|Executive|Lord|Deputy|Vice)\b)(?:[A-Z][\w.]*\s+){1,2}(?!(?:of|for|and|on|the|de)\b)[a-z])|"
    r"(?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*['’]s\s+[a-z]|"
    r"(?:which|who|whose)\s)[^,;]{0,200}?(?=,|;|$)|"
    r"\s(?:led|headed|accompanied)\s+by\s+(?:[A-Z][\w.]*\s+)*[A-Z][\w.]*")
# "an agreement that Ford and CATL signed", "the memorandum which A and B inked", "The memorandum, which A and B
# signed on Tuesday, covers ...": signers in a relative clause
REL_SIGNERS = re.compile(r"(?:\s+that|,?\s+which)\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:(?:\s+|,\s+)(?:(?:of|for|and|the|de)\s+)*"
                         r"[A-Z][\w.&'’-]*){0,10})\s+(?:jointly\s+|also\s+)?(?:signed|inked|sealed|concluded)\b")
RELATIVE = re.compile(r",\s(?:which|who|whose)\s")
# "Hong Kong-listed", "Chicago-based", "state-owned": a place that qualifies the name after it
QUALIFIER = re.compile(r"^-(?:listed|based|owned|headquartered|registered|run|backed|born)\b")
MONTHS_DAYS = CALENDAR
# plural nouns that open a sentence and name no one ("Officials, who ..., signed")
ROLE_NOUNS = {"Officials", "Representatives", "Mayors", "Leaders", "Delegates", "Partners", "Governments", "Cities",
              "Companies", "Members", "Signatories", "Organisers", "Organizers", "Ministers", "Authorities", "Agencies",
              "Provinces", "States", "Ports", "Utilities", "Firms", "Both", "All", "Others", "Participants"}
POSSESSIVE_BODY = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?:[a-z]+\s+){0,2}"
                             r"(?:ministry|department|agency|commission|regulator|authority)\b")
ASSEMBLY = re.compile(r"\bthe\s+((?:[A-Z][\w'’.-]*\s+){1,5}(?:Forum|Club|Union|League|Consortium|Assembly))\b")
# "At the same ceremony ...": signed where and when the agreement just reported was
# "at the same ceremony", and "signed a letter of intent the same day": the day (and place) of the signing just told
SAME_SESSION = re.compile(r"\b(?:at|during)\s+the\s+same\s+(?:ceremony|event|session|signing|forum|meeting)\b|"
                          r"\b(?:on\s+)?(?:the|that)\s+same\s+day\b", re.I)
# a list slot ends at a clause word or a place/time phrase; "for" and "of" end it only outside a name
LIST_END = re.compile(
    r"\s(?:in|at|on|to|for|during|amid|as|that|which|was|were|is|are|has|have|had|will|would|signed|under|after|"
    r"before|from|since|aimed|aiming|who|when|where|covering|establishing|setting|worth|looking|witnessed)\b"
    r"|\sby\b(?!\s+the\s+[A-Z])|"
    r"[.;:]|\s[–—]\s")


def asides(sentence: str, keep: tuple[int, ...] = ()) -> list[tuple[int, int]]:
    """Spans of appositions and relative clauses: what they name describes a party, it is not one. The apposition
    that holds a position of `keep` (an instrument: ", a new partnership with A, B and C") is the clause itself."""
    return [(m.start(), m.end()) for m in APPOSITION.finditer(sentence)
            if RELATIVE.match(m.group()) or not (any(m.start() <= k < m.end() for k in keep) or
                                                 _subject_after_opening(sentence, m))] + \
        [(a, b) for a, b in role_asides(sentence) if not any(a <= k < b for k in keep)] + \
        office_asides(sentence)  # witnesses, hosts, sponsors; ", chair of the C40 ...,"


# "On the final day, the mayors of A, B and C endorsed ...": a sentence's opening phrase of time or occasion before its
# first comma, ending on a common noun, a day or a date (not on a name the words after the comma could describe: "On
# the sidelines of COP22, the UN climate conference in Marrakech, ..."), then the holders of an office of places
OPENING_PHRASE = re.compile(r"(?:On|At|During|After|Following|Later|Earlier|Separately|Meanwhile)\s[^,;]{0,60}"
                            r"(?:\b[a-z]+|\d+|" + "|".join(sorted(CALENDAR)) + r")$")
OFFICE_HOLDERS = re.compile(r",\s+the\s+(?:mayors|governors|premiers|leaders|heads|ministers|vice\s+mayors|"
                            r"representatives|officials|delegations)\s+of\s+[A-Z]")


def _subject_after_opening(sentence: str, m: re.Match) -> bool:
    return OFFICE_HOLDERS.match(sentence, m.start()) is not None and \
        OPENING_PHRASE.fullmatch(sentence, 0, m.start()) is not None


def relative_clauses(sentence: str) -> list[tuple[int, int]]:
    """Spans of ", which ...," / ", who ...,": an instrument named there is background ("the NWSA, which is the
    marine cargo partnership the two ports formed in 2015,"), not what the sentence reports."""
    return [(m.start(), m.end()) for m in APPOSITION.finditer(sentence) if RELATIVE.match(m.group())]


def outside_asides(entities: list[Entity], sentence: str, keep: tuple[int, ...] = ()) -> list[Entity]:
    """The entities that stand in the clause itself: not inside an aside, not a place qualifying a name."""
    spans = asides(sentence, keep)
    return [e for e in entities if not any(a < e.start < b for a, b in spans)
            and not (e.kind != "org" and QUALIFIER.match(sentence[e.end:e.end + 16]))
            and not (e.kind == "org" and names_gathering(sentence, e.end))]  # "the UN climate conference"


def masked(sentence: str, keep: tuple[int, ...] = ()) -> str:
    """The sentence with its asides blanked out (same length, so spans still point into the sentence)."""
    out = sentence
    for a, b in asides(sentence, keep):
        out = out[:a] + " " * (b - a) + out[b:]
    return out


def list_end(sentence: str, start: int, entities: list[Entity], keep: tuple[int, ...] = ()) -> int:
    """Where a party list that starts at `start` ends: the first clause or place word outside a name and an aside."""
    blocked = [(e.start, e.end) for e in entities] + asides(sentence, keep)
    for m in LIST_END.finditer(sentence, start):
        if not any(a <= m.start() < b for a, b in blocked):
            return m.start()
    return len(sentence)


# a sentence's opening adverb before a comma ("Separately,", "Additionally,", "Elsewhere,")
PRONOUNS = {"They", "We", "It", "He", "She", "Both", "Each", "Together", "All"}
SENTENCE_ADVERB = re.compile(r"[A-Z][a-z]+ly|Elsewhere|Earlier|Later|Likewise|Moreover|Furthermore|Besides|Instead")


# numbers and quantifiers that open a sentence ("Two agreements were signed ..."): never a body's name
QUANTIFIERS = frozenset("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Both Several Many All Some Most "
                        "Few Each Dozens Hundreds".split())


def role_names(sentence: str, span: tuple[int, int], entities: list[Entity],
               keep: tuple[int, ...] = ()) -> list[Entity]:
    """Names known only by their role: a single capitalised word that stands as an item of a party list beside
    named actors ("Coobus ... and BYD signed", "signed by ... and Globeleq") is an organisation, not a person
    (people come with two names or a title); so is an acronym with a word or two after it ("SK On", "SK Innovation":
    a person's name never opens with an acronym)."""
    a, b = span
    taken = [(e.start, e.end) for e in entities] + asides(sentence, keep)
    out = []
    for m in re.finditer(r"(?:(?<=^)|(?<=,\s)|(?<=\band\s)|(?<=\bbetween\s)|(?<=\bwith\s)|(?<=\bby\s))"
                         r"([A-Z][a-z]+[A-Za-z]*|[A-Z]{2,}[a-z]*(?:\s[A-Z][a-z]+){0,2})"
                         r"(?=\s*(?:,|\band\b|$|\s(?:signed|have|has)\b|\s\((?:together|collectively|jointly)\b))",
                         sentence[a:b]):
        s, e = a + m.start(1), a + m.end(1)
        word = m.group(1)
        if any(x <= s < y for x, y in taken) or word in LEAD_NOISE or word in MONTHS_DAYS or \
                word in PERSON_TITLES or word in ROLE_NOUNS:
            continue
        if word in PRONOUNS or word in QUANTIFIERS:
            continue  # "They signed ...", "Two agreements were signed ...": no body called "They" or "Two"
        if in_portfolio_list(sentence, s, word):
            continue  # "Minister of Economic Affairs, Labour and Tourism ...": a portfolio (office_titles_en)
        if not sentence[:s].strip() and sentence[e:e + 1] == "," and SENTENCE_ADVERB.fullmatch(word):
            continue  # "Separately, the Port of ... and ... signed": a sentence adverb, not a signer
        if re.match(r"\.\s+[A-Z]", sentence[e:]):
            continue  # "by Lt. Governor X": an abbreviated title (a full stop inside a sentence), not a body
        if re.search(r"(?:\b(?:Mr|Ms|Mrs|Dr)\.?|[A-Z][a-z]+)\s$", sentence[max(0, s - 20):s]):
            continue  # "... Wang, director" / "Mr Sala": part of a person's name
        if re.match(r"\s+(?:by|of|for|on|at|de|del|des)\s+(?:the\s+)?[A-Z]", sentence[e:]):
            continue  # "Gardens by the Bay", "Bank of ...": the first word of a longer name
        if sentence[:s].count("(") > sentence[:s].count(")"):
            continue  # a caption's or an aside's bracket
        before = re.search(r"(\S+)\s+and\s$", sentence[max(0, s - 40):s])
        if before and _is_word_cap(before.group(1)) and \
                not any(e.end == max(0, s - 40) + before.end(1) for e in entities):
            continue  # "Programs and Operations": the second half of a capitalised phrase, not a list item
        out.append(Entity(word, "org", None, s, e, word))
    # "Nigeria's science ministry", "Egypt's energy regulator": a body named by its country and its role
    for m in POSSESSIVE_BODY.finditer(sentence, a, b):
        if m.group(1) not in LEAD_NOISE and not any(e.kind == "org" and e.start <= m.start() < e.end for e in entities):
            out.append(Entity(m.group(), "org", None, m.start(), m.end(), m.group()))
    # "with ... and the Nigeria Governors' Forum": a body whose name ends in a word for an assembly of members
    for m in ASSEMBLY.finditer(sentence, a, b):
        if not any(x <= m.start(1) < y for x, y in taken):
            out.append(Entity(m.group(1), "org", None, m.start(1), m.end(1), m.group(1)))
    # "signed between Consorcio Express and BYD": the first of a "between A and B" pair, of up to three words
    m = re.match(r"between\s+((?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*)\s+and\s", sentence[max(0, a - 8):b])
    if m and not out:
        s = max(0, a - 8) + m.start(1)
        name = m.group(1)
        if not any(x <= s < y for x, y in taken) and name.split()[0] not in LEAD_NOISE | PERSON_TITLES:
            out.append(Entity(name, "org", None, s, s + len(name), name))
    return out


def _is_word_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


def shares_actor(headline_parties: list[str], body_parties) -> bool:
    """Whether a headline's agreement names an actor of a body agreement, in full or shortened ("Energy Commission"
    for "California Energy Commission", "Tsinghua" for "Tsinghua University", a company without its legal form):
    the headline's shorthand of it."""
    from scrapers.extract.legal_forms import name_core  # "Tianjin Port Group" of "Tianjin Port (Group) Co., Ltd."

    for h in headline_parties:
        for b in body_parties:
            if h == b or name_core(h) == name_core(b) or re.search(rf"(?:^|\s){re.escape(h)}(?:\s|$)", b) or \
                    re.search(rf"(?:^|\s){re.escape(b)}(?:\s|$)", h):
                return True
    return False


OFFICE = (r"(?:chairman|chairwoman|chair|chief\s+executive(?:\s+officer)?|CEO|president|vice[- ]president|"
          r"(?:executive\s+|deputy\s+)?director(?:[- ]general)?|general\s+manager|secretary[- ]general|minister|head|"
          r"permanent\s+secretary)")
PERSON = r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
OFFICE_AFTER_ORG = re.compile(rf"\s+{OFFICE}\s+{PERSON}")
PERSON_OF_ORG = re.compile(rf"{PERSON},\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}{OFFICE}\s+(?:of|at)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w-]*-(?:listed|based|owned)\s+)?")


def people_bodies(sentence: str, entities: list[Entity]) -> dict[str, str]:
    """The bodies people lead, where the text says so: "SCZone chairman Waleid Gamal El-Dien", "Song Yu, executive
    director of United Energy Group". Keys: the full name, its last two words ("Gamal El-Dien") and its last."""
    out: dict[str, str] = {}
    orgs = [e for e in entities if e.kind == "org"]
    pairs = [(m.group(1), e.name) for e in orgs if (m := OFFICE_AFTER_ORG.match(sentence, e.end))]
    for m in PERSON_OF_ORG.finditer(sentence) if orgs else ():  # (a person is paired with an organisation only)
        body = next((e.name for e in orgs if e.start == m.end() or e.start == m.end() + 4 and
                     sentence[m.end():e.start] == "the "), None)
        if body:
            pairs.append((m.group(1), body))
    for name, body in pairs:
        out[name] = body
        words = name.split()
        if len(words) > 2:
            out[" ".join(words[-2:])] = body
        if len(words[-1]) >= 3:
            out[words[-1]] = body  # "signed by Ozols and ...": the surname, once the text named him in full
    return out


def bodies_of_people(sentence: str, people: dict[str, str]) -> list[str]:
    """The bodies of the people a sentence names (known from `people_bodies`), in the order they are named."""
    hits = sorted((m.start(), body) for name, body in people.items()
                  for m in re.finditer(rf"\b{re.escape(name)}\b", sentence))
    return [body for _, body in hits]


# "Sichuan Governor Yin Li", "Governor of Sichuan Yin Li": a place with an official of its own
OWN_OFFICIAL = r"\s+(?:Vice\s+|Deputy\s+|Lieutenant\s+|Lt\.\s+)?(?:Governor|Gov\.|Mayor|Premier|Minister-President)\s+[A-Z]"


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    from scrapers.extract.regions_en import GERMAN_EN  # (Bavaria, Hesse: the Länder ISO names in German)

    return frozenset(name for _, name in first_level_regions()) | frozenset(GERMAN_EN)


def principal_places(analysed: list[tuple[str, list[Entity]]]) -> dict[str, list[str]]:
    """Whom a bare "Governor Brown" / "Mayor Garcetti" of a story may stand for, where the subject also names
    another actor: the story's states/provinces (cities), most named first, without a place that has its own
    official in the text ("Sichuan Governor Yin Li") or that is named only as a counterpart ("with Jiangsu Province")."""
    out: dict[str, list[str]] = {}
    # ("minister": a Land's, province's or state's own minister, for a first-level region of those tables only)
    for title, kinds in (("mayor", {"city"}), ("governor", {"state", "province"}), ("premier", {"state", "province"}),
                         ("minister", set())):
        counts: dict[str, int] = {}
        barred: set[str] = set()
        for s, ents in analysed:
            for i, e in enumerate(ents):
                if e.kind not in kinds and not (title in ("premier", "minister") and e.name in _regions()):
                    continue  # a premier's province may share its name with a city ("Ontario", California)
                if locates_city(ents, i, s):
                    continue  # "in Tangshan, Hebei Province": where the city is (region_countries_en)
                if re.match(OWN_OFFICIAL, s[e.end:]) or re.search(r"\b(?:Governor|Mayor|Premier)\s+of\s+(?:the\s+)?$",
                                                                              s[:e.start]):
                    barred.add(e.name)
                elif not re.search(r"\b(?:with|between)\s[^.;:]{0,60}$", s[:e.start]):
                    counts[e.name] = counts.get(e.name, 0) + 1
        out[title] = [n for n, _ in sorted(counts.items(), key=lambda kv: -kv[1]) if n not in barred]
    return out


def bare_officials(sentence: str, span: tuple[int, int], entities: list[Entity]) -> list[str]:
    """The titles ("governor", "mayor", "premier") in a subject that stand alone before a person's name ("Governor Edmund G.
    Brown Jr. and Xie Zhenhua, ..."): not "Sichuan Governor Yin Li" (that place's own), not "Governor of X"."""
    out = []
    # ("Minister-President Stephan Weil": a German Land's head, the premier of its first-level region)
    for m in re.finditer(r"\b(?:(?:Vice|Deputy|Lieutenant|Lt\.|Executive\s+Vice)\s+)?(Governor|Gov\.|Mayor|Premier|"
                         r"Minister[- ]President)\s+(?=[A-Z])", sentence[span[0]:span[1]]):
        at = span[0] + m.start()
        if any(e.end <= at and not sentence[e.end:at].strip() for e in entities) or \
                re.match(r"(?:Governor|Mayor|Premier|Minister[- ]President)\s+of\b", sentence[at:]):
            continue
        out.append({"Gov.": "governor"}.get(m.group(1)) or ("premier" if m.group(1).startswith("Minister") else
                                                            m.group(1).lower()))  # "Gov. Anne Holt"
    # "Minister of Economic Affairs, Labour and Tourism Nicole Hoffmeister-Kraut and Québec's Minister ...": a
    # minister of no named government, opening the subject or its second item, is the story's own region's
    for m in re.finditer(r"(?:^|\band\s)(?:the\s+)?(?=Minister\s+(?:of|for)\s+[A-Z])", sentence[span[0]:span[1]]):
        at = span[0] + m.end()
        if not any(e.end <= at and not sentence[e.end:at].strip() for e in entities):
            out.append("minister")
    return out


# "days before the Global Climate Action Summit opens", "ahead of COP28", "a week before ... meet ... for the first
# Strategic and Economic Dialogue": a gathering still to come, not where the story's news happened
AHEAD_OF = re.compile(r"\b(?:before|ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of)\s(?:[^.;,]|(?<=[A-Z])\.){0,90}$", re.I)


def upcoming(sentence: str, start: int) -> bool:
    """Whether the event named at `start` is one the sentence places after its news ("ahead of COP28")."""
    return bool(AHEAD_OF.search(sentence[:start]))
