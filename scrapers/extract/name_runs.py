"""How an English name runs in a sentence: the capitalised words of a name (with its connectors, particles and legal
form), where an organisation's name ends, the words that stop or follow a run (titles, months, headline verbs), and
where a place stands over an organisation. Token-level helpers of entities.py."""
from __future__ import annotations

from scrapers import lazy_re as re
from functools import lru_cache

from pactwatch.gazetteer import gazetteer
from pactwatch.legal_forms import COMPANY_FORMS, alternation
from scrapers.extract.document_titles_en import part_of_title
from scrapers.extract.name_pairs import FIELD_TOPICS
from scrapers.extract.orgs import _HEAD_OF, EN_HEAD_RE, ZH_SUFFIX, looks_like_org_en


CONNECTORS = {"of", "for", "and", "on", "the", "de", "&", "–", "-"}


@lru_cache(maxsize=1 << 16)  # called on every token of every sentence; words repeat
def is_cap(tok: str) -> bool:
    """Whether a token can stand in a name: it opens with a capital letter or is camel-cased ("eBay")."""
    return bool(tok) and (tok[0].isupper() or (len(tok) > 1 and tok[0].islower() and any(c.isupper() for c in tok[1:])))


def campus_end(s: str, name: str, end: int) -> int | None:
    """End of a campus after a multi-campus university's name ("University of California, Davis", "University of
    Massachusetts, Amherst"): a state, province or country's university, a comma, one place name, then a comma, "and"
    or the end. None when no campus follows."""
    m = re.match(r"University\s+of\s+(.+)$", name.removeprefix("the ").removeprefix("The "))
    place = gazetteer().find_en(m.group(1)) if m else None
    if not place or place.kind not in {"state", "province", "country"}:
        return None
    c = re.match(r",\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=,|\s+and\b|\s*$|\s*\.)", s[end:])
    return end + c.end() if c else None


NAME_PARTICLES = {"de", "van", "von", "da", "del", "di", "du", "der", "bin", "al"}


PLACE_FOLLOWERS = {"City", "Province", "State", "County", "Government", "Mayor", "Governor", "Deputy", "Vice", "Municipal", "Provincial",
                   "Metropolitan", "Region", "District", "Area", "Party", "Secretary", "Chairman", "President",
                   "Gov.", "Lt.", "Lieutenant", "Premier", "Minister", "Senator", "Sen."}  # "Oregon Gov. Anne Holt", "Utah Lt. Gov. ...",
# "Connecticut Lieutenant Governor ...": a title after the place, not a person named after it


PERSON_TITLES = {"Governor", "Gov", "Mayor", "President", "Minister", "Secretary", "Director", "Chairman", "Chair", "Dr", "Mr",
                 "Ms", "Mrs", "Senator", "Representative", "Ambassador", "Premier", "Commissioner", "Professor", "Prof"}


def is_name_part(toks, k: int) -> bool:
    """A place name followed by another capitalised word is usually part of a person's name ("Gary Gero"); not before
    a title, hyphenated too ("Shaanxi Vice-Governor")."""
    word = toks[k][0].removesuffix("'s").removesuffix("’s") if k < len(toks) else ""  # ("New York State's law")
    return k < len(toks) and is_cap(toks[k][0]) and word not in PLACE_FOLLOWERS and \
        toks[k][0].partition("-")[0] not in PLACE_FOLLOWERS and \
        gazetteer().find_en(toks[k][0].rstrip(".,")) is None and not toks[k][0].isupper()


CALENDAR = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


# Title-case verbs of headlines ("Energy Commission Signs Clean Energy Agreements"): no name holds one
HEADLINE_VERBS = {
    "Sign", "Signs", "Signed", "Seal", "Seals", "Sealed", "Ink", "Inks", "Inked", "Renew", "Renews", "Renewed",
    "Launches", "Leads", "Adopt", "Adopts", "Adopted", "Pledge", "Pledges", "Pledged", "Commits", "Join", "Joins",
    "Announces", "Unveils", "Agree", "Agrees", "Explore", "Explores", "Hosts", "Opens", "Formalise", "Formalize",
    "Formalises", "Formalizes", "Vows", "Targets", "Sets", "Backs", "Teams", "Extend", "Extends", "With",
}


# Titles that, inside a run of capitalised words, open a person's name ("Energy Commission Chair Robert Smith")
RUN_TITLES = {"Chair", "Chairman", "Chairwoman", "Mayor", "Governor", "Director", "President", "Minister",
              "Commissioner", "Ambassador", "CEO"}


def cap_run_end(toks, i: int) -> int:
    """End (exclusive) of the run of capitalised words and inner connectors starting at token i."""
    j = i + 1
    while j < len(toks):
        t = toks[j][0]
        if t in HEADLINE_VERBS or (t in RUN_TITLES and j + 1 < len(toks) and is_cap(toks[j + 1][0]) and
                                   toks[j + 1][0] not in CONNECTORS and toks[j - 1][0] not in CONNECTORS):
            break
        if is_cap(t) or t in {"’s", "'s"}:
            j += 1
        elif t in CONNECTORS and j + 1 < len(toks) and (is_cap(toks[j + 1][0]) or toks[j + 1][0] == "the") and \
                toks[j + 1][0].rstrip(".,") not in CALENDAR:  # "... Commission on Wednesday": a day ends the name
            j += 1
        else:
            break
    while j > i + 1 and toks[j - 1][0] in CONNECTORS:
        j -= 1
    return j


LEGAL_FORM = re.compile(r",\s*" + alternation(COMPANY_FORMS) + r"\.?")


def legal_form_end(toks, i: int, j: int, s: str) -> int | None:
    """"First Solar, Inc.", "Tesla, Inc.": a capitalised run of one to four words right before a comma and a
    company's legal form is a company's name (with no head noun of its own: "Solar")."""
    if not 0 < j - i <= 4 or any(t[0] in CONNECTORS for t in toks[i:j]) or not LEGAL_FORM.match(s, toks[j - 1][2]):
        return None
    return j


# the two services a utility's name joins ("Gas and Electric", "Power and Light", "Water and Power"), then at most its
# company word ("Pacific Gas and Electric Company"); "Duke Energy and Electric Power Research Institute" is two
_UTILITY_LEFT = frozenset({"Gas", "Power", "Electric", "Light", "Water", "Oil"})
_UTILITY_RIGHT = frozenset({"Electric", "Light", "Power", "Gas", "Water"})
_UTILITY_HEADS = frozenset({"Company", "Co.", "Corporation", "Corp.", "Inc.", "Cooperative", "Utility", "Utilities"})


def org_run_end(toks, i: int, j: int, s: str) -> int | None:
    """If tokens i..j start with an organisation's name, where it ends; None if they do not."""
    words = [t[0] for t in toks[i:j]]
    # split "X Council and the Y Society" / "X Foundation and Y Institute" into two names
    for k, w in enumerate(words) if "and" in words else ():  # (most runs hold no "and")
        if w == "and" and 0 < k < len(words) - 1:
            left = " ".join(words[:k])
            right = " ".join(w2 for w2 in words[k + 1:] if w2 != "the")
            topic = re.search(r"\b(?:of|for)\s+([A-Z][\w-]*(?:\s+(?:and|&)\s+[A-Z][\w-]*)*)$", left)
            upto = next((m for m in range(k + 1, len(words)) if words[m] == "and"), len(words))
            if words[k - 1] == "Port" and words[k + 1] != "the" and not gazetteer().find_en(words[k + 1]):
                continue  # "Tianjin Port and Shipping Authority": the port is a topic of the authority's name
            if words[k - 1] in _UTILITY_LEFT and words[k + 1] in _UTILITY_RIGHT and \
                    all(w in _UTILITY_HEADS for w in words[k + 2:upto]):
                continue  # "Pacific Gas and Electric Company", "Florida Power and Light": one utility's name
            if words[k - 1] in FIELD_TOPICS and words[k + 1] in FIELD_TOPICS and upto > k + 2 and \
                    EN_HEAD_RE.fullmatch(words[upto - 1]):
                continue  # "... Energy Research and Development Authority": two topics of one body's name
            area = re.search(r"\bof\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)$", left)
            if area and _same_kind_places(area.group(1), " ".join(words[k + 1:upto])):
                continue  # "Port Authority of New York and New Jersey": two places inside one body's name
            if looks_like_org_en(left) and looks_like_org_en(right) and \
                    not (topic and not EN_HEAD_RE.match(words[k + 1]) and not gazetteer().find_en(topic.group(1))
                         and not EN_HEAD_RE.fullmatch(words[upto - 1]) and
                         not any(EN_HEAD_RE.fullmatch(w) for w in words[k + 2:upto])):
                # "Center for Science and Technology and ...": "and" joins the topics of one name, not two names
                # (judged on the words up to the next "and": "Bureau of Housing and Urban-Rural Development and the
                # X Council" is one body, then another); "Port of Gdansk and Qingdao Harbour Group", "School of Mines
                # and Taiyuan University of Technology": a second name with a head of its own
                return i + k
            if words[k + 1] == "the":
                return i + k if looks_like_org_en(left) else None
            if looks_like_org_en(left) and (gazetteer().find_en(right) or EN_HEAD_RE.fullmatch(words[k - 1])):
                return i + k  # "Baltic Climate Fund and Riga", "Delta Grid Holdings and Voltaris": two actors
            if upto == len(words) and EN_HEAD_RE.search(right) is None and looks_like_org_en(left) and \
                    _PERSON_APPOSITION.match(s, toks[j - 1][2]):
                return i + k  # "... Department of Energy Resources and Wu Jian, director of ...": a person follows
    best = _org_prefix(tuple(words))
    return i + best if best else None


@lru_cache(maxsize=1 << 15)  # every capitalised word of a sentence opens a run: the same runs recur
def _org_prefix(words: tuple[str, ...]) -> int | None:
    """The number of words of the longest prefix of a run that reads as an organisation's name (None: none does)."""
    for k in range(len(words), 0, -1):
        if words[k - 1] not in CONNECTORS and looks_like_org_en(" ".join(words[:k])) and \
                not part_of_title(words[:k], words, bool(_HEAD_OF.search(" ".join(words)))):
            return k  # (not "Energy Transition" of "the Energy Transition Plan": a title's words, document_titles_en)
    return None


# ", director of the ...", ", the commission's chairman": a person's title after a name, in an apposition
_PERSON_APPOSITION = re.compile(r",\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:director|chairman|chairwoman|chair|head|"
                                r"president|secretary|commissioner|chief|minister|mayor|governor|dean|chancellor|"
                                r"administrator)\b")


def _same_kind_places(a: str, b: str) -> bool:
    """Both names are states or provinces of one country: "of New York and New Jersey" names one body's area, where a
    place after a body's full name ("Baltic Climate Fund and Riga") is a second actor. Cities are left out: "the Port
    of Oakland and San Francisco" is as often a port and a city."""
    pa, pb = gazetteer().find_en(a), gazetteer().find_en(b)
    return bool(pa and pb and pa.kind == pb.kind and pa.kind in {"state", "province"} and pa.country == pb.country)


def topic_before(s: str, pos: int) -> bool:
    """Whether the Chinese text before `pos` ends with a topic word of the glossary (气候变化, 能源 ...)."""
    from scrapers.extract.orgs import _glossary

    terms = _glossary()[1]
    if ZH_SUFFIX.search(s[max(0, pos - 6):pos]):
        return False  # "…县人民政府与国网…供电公司": a name's head ends there, 与 joins two names
    return any(s[max(0, pos - k):pos] in terms and not ZH_SUFFIX.search(s[max(0, pos - k):pos])
               for k in range(2, 6))


def place_over(s: str, pos: int) -> int | None:
    """Where a place name that covers position `pos` starts (埃及, 阿尔及利亚 hold 及), or None."""
    gaz = gazetteer()
    for a in range(max(0, pos - 4), pos + 1):
        for b in range(min(len(s), a + 6), max(a + 1, pos), -1):
            if b - a >= 2 and pos < b and gaz.find_zh(s[a:b]):
                return a
    return None


# titles a person holds at a body named after "of": "Commissioner Dana Ferris of the Massachusetts Department of ..."
_BODY_TITLES = {"Commissioner", "Director", "Chancellor", "President", "Secretary", "Chairman", "Chair", "Administrator",
                "Governor", "Mayor", "Minister", "Premier", "Ambassador",
                "Dean", "Provost", "Superintendent", "Professor"}


def person_after_title(toks, i: int) -> int | None:
    """Where a person's name ends when token i is a title and two or three capitalised words that close the run
    follow ("... Colorado Energy Office Director Will Toor and ..."), or None: a person, never a body's name nor part
    of one."""
    if toks[i][0] not in _BODY_TITLES:
        return None
    for k in (i + 3, i + 4):
        if k > len(toks) or k < len(toks) and is_cap(toks[k][0]) and toks[k][0] not in ("and", "the"):
            continue
        name = toks[i + 1:k]
        if all(is_cap(t[0]) and t[0].isalpha() and not EN_HEAD_RE.fullmatch(t[0]) for t in name) and \
                not gazetteer().find_en(" ".join(t[0] for t in name)):
            return k
    return None


# titles written with a hyphen, held by a person at a body named after "of the": "Li Ming, Director-General of the ..."
_HYPHEN_TITLES = {"Director-General", "Secretary-General", "Vice-President", "Vice-Chair", "Vice-Chairman",
                  "Vice-Governor", "Vice-Mayor"}


def past_title_and_name(toks, i: int) -> int | None:
    """Where the body begins after "<title> <name> of (the)" at token i ("Director Wu Jian of the Hangzhou ...
    Commission"), or after a bare "<title> of the" in an apposition ("Li Ming, Director-General of the Department of
    ..."), or None: the run from the title is a person and the body they serve, never one name."""
    if toks[i][0] in _BODY_TITLES | _HYPHEN_TITLES and i + 3 < len(toks) and toks[i + 1][0] == "of" and \
            toks[i + 2][0] == "the" and is_cap(toks[i + 3][0]):
        return i + 3  # "..., Director of the Shanghai Municipal Transportation Commission": the body, not its head
    if toks[i][0] not in _BODY_TITLES:
        return None
    for k in range(i + 2, min(i + 5, len(toks))):
        if toks[k][0] == "of":
            if any(not is_cap(t[0]) or EN_HEAD_RE.fullmatch(t[0]) for t in toks[i + 1:k]):
                return None
            after = k + 1 + (k + 1 < len(toks) and toks[k + 1][0] == "the")
            return after if after < len(toks) else None
    return None
