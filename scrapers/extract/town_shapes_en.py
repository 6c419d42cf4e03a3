"""Towns and cities the English tables do not read by their bare names, read where the text itself says they are a
city, by a closed set of shapes (issue 17): "Ithaca City Council", "at Ithaca City Hall", "Mayor of Ithaca",
"Ithaca Mayor Svante Myrick", "Ithaca, N.Y." (a US state's AP abbreviation after it), "the New York city of
Ithaca", and "Beijing Municipality" (a city the tables read, named as a municipality).

A town below the gazetteer's English size floor (MIN_EN_CITY_POP: a bare capitalised word is too often a person or
an ordinary word) is read only through such a shape, and only where the gazetteer's rows hold a city of that name:
in the state the text gives ("Ithaca, N.Y.", "the New York city of Ithaca"), else its largest namesake (as "the City
of X" is read in city_of_towns_en). A name no row holds is left as the other rules read it (a "Shunan City" kept as
written by mayor_cities_en; "Montpelier City Council" stays a council).

A story that has named a town so may name it bare later ("Ithaca pledged ..."): `story_towns` gives those names for
the story's descriptions (described_places_en), so a later bare "Ithaca" and "the city" stand for it. Negatives: a
surname after "Mayor" ("Mayor Jackson said"), "Frederick Douglass" (a name after it), "the City of London
Corporation" (a body's own name)."""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import Place, gazetteer
from scrapers.extract.us_state_abbreviations import AP_STATE_NAMES
from scrapers.extract.entity_kinds import Entity

_NAME = r"[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+){0,2}"
_AP = "|".join(re.escape(a) for a in sorted(AP_STATE_NAMES, key=len, reverse=True))
# the town's own word after its name: its council, its city hall, its mayor and the mayor's name
_COUNCIL = re.compile(rf"(?<![\w’'-])({_NAME})\s+City\s+(?:Council|Hall)\b")
_MAYOR_BEFORE = re.compile(rf"(?<![\w’'-])({_NAME})\s+Mayor\s+[A-Z][a-z]+\s+[A-Z]")
_MAYOR_OF = re.compile(rf"\bMayor\s+of\s+(?:the\s+City\s+of\s+)?({_NAME})\b(?!\s+(?:City|County|Council|Township)\b)")
_AP_AFTER = re.compile(rf"(?<![\w’'-])({_NAME}),\s?({_AP})(?![\w.])")
# words that are titles or sentence openers, never a town's name before "Mayor"
_NOT_TOWNS = {"Deputy", "Vice", "Former", "Acting", "Lord", "Interim", "Executive", "Assistant", "Then", "The", "City",
              "Town", "County", "Village", "Our", "Their", "Its", "His", "Her", "Mayor", "Governor", "Said", "When",
              "At", "In", "On", "By", "With", "And", "From", "For", "As", "While", "After", "Both", "Then-Mayor",
              "Today", "Meanwhile"}
_STATE_CITY_OF = re.compile(rf"\s+(?:(?:small|port|coastal|capital|college|university|mountain|river|border)\s+)?"
                            rf"(?:city|town)\s+of\s+({_NAME})\b")


def _row(name: str, state: str | None = None) -> Place | None:
    """The city called `name` in the gazetteer's rows: in `state` (a US state) where given, else its largest namesake;
    None for a name no row holds as a city."""
    gaz = gazetteer()
    if state is not None:
        return gaz.city_in(name, "US", state)
    place = gaz.place(name)
    return place if place is not None and place.kind == "city" else None


def _town(run: str, start: int, state: str | None = None, last: bool = True) -> tuple[int, int, Place] | None:
    """The town a run of capitalised words names (its span in the sentence, from the run's `start`, and its row): the
    longest run of its last words (`last`: "The Ithaca", "Former Ithaca") or of its first ("Ithaca Svante Myrick")
    that a row holds as a city and that opens with no title or sentence word."""
    words = run.split(" ")
    for k in range(len(words), 0, -1):
        for part in ([words[len(words) - k:]] if last else [words[:k]]):
            if part[0] in _NOT_TOWNS or (place := _row(" ".join(part), state)) is None:
                continue
            if state is None and gazetteer().find_en(" ".join(part)) is not None:
                return None  # a name the tables read: theirs
            at = start + (len(run) - len(" ".join(part)) if last else 0)
            return at, at + len(" ".join(part)), place
    return None


def shaped_towns(sentence: str) -> list[tuple[int, int, Place, int, int]]:
    """(start, end of the town's name, its place, start, end of the whole shape) for each shape in the sentence that
    says a name is a city the rows hold ("Ithaca City Council", "Mayor of Ithaca", "Ithaca, N.Y."; "the New York city
    of Ithaca" is read in `town_shapes`, with the state's entity)."""
    out = []
    if "City " in sentence:
        for m in _COUNCIL.finditer(sentence):
            if (hit := _town(m.group(1), m.start(1))) is not None:
                out.append((*hit, hit[0], m.end()))
    if "Mayor" in sentence:
        for m in _MAYOR_OF.finditer(sentence):
            if (hit := _town(m.group(1), m.start(1), last=False)) is not None:
                out.append((*hit, hit[0], hit[1]))
        for m in _MAYOR_BEFORE.finditer(sentence):
            if (hit := _town(m.group(1), m.start(1))) is not None:
                out.append((*hit, hit[0], hit[1]))
    if "." in sentence:
        for m in _AP_AFTER.finditer(sentence):
            if (hit := _town(m.group(1), m.start(1), AP_STATE_NAMES[m.group(2)])) is not None:
                out.append((*hit, hit[0], m.end()))
    return out


def town_shapes(sentence: str, entities: list[Entity]) -> list[Entity]:
    """The entities with the towns the sentence names by a shape (see the module) read as cities: a council or city
    hall of a town ("Ithaca City Council") read as the town, as a known city's is; a state or a place after the name
    only says where it lies; "<city> Municipality" the city."""
    out = list(entities)
    for start, end, place, a, b in shaped_towns(sentence):
        over = [e for e in out if e.start < b and a < e.end]
        if any(e.kind != "org" and (e.start, e.end) != (start, end) and e.start < end and start < e.end
               for e in over) or any(e.kind == "org" and (e.start < a or e.end > b) for e in over):
            continue  # a place read otherwise over the name, or a body whose name holds the shape
        if any(e.kind == "city" and e.name == place.name and e.start == start for e in over):
            continue
        out = [e for e in out if e not in over or (e.kind in {"state", "province"} and e.start >= end)]
        out.append(Entity(place.name, "city", place.country, start, end, sentence[start:end]))
    if " city of " in sentence or " town of " in sentence:
        out = _state_cities(sentence, out)
    if "Municipality" in sentence:
        out = _municipalities(sentence, out)
    return sorted(out, key=lambda e: e.start) if out != entities else entities


def _state_cities(sentence: str, entities: list[Entity]) -> list[Entity]:
    """"the New York city of Ithaca": the town in the state named before it; the state only says where it lies."""
    out = list(entities)
    for e in entities:
        if e.kind != "state" or e.country != "US" or not (m := _STATE_CITY_OF.match(sentence, e.end)):
            continue
        if any(o.start < m.end(1) and m.start(1) < o.end for o in out):
            continue  # a city read already ("the Texas city of Austin")
        if (place := _row(m.group(1), e.name)) is not None:
            out = [o for o in out if o is not e]
            out.append(Entity(place.name, "city", place.country, m.start(1), m.end(1), m.group(1)))
    return out


_MUNICIPALITY = re.compile(rf"(?<![\w’'-])({_NAME})\s+Municipality\b(?!\s+of\b)")


def _municipalities(sentence: str, entities: list[Entity]) -> list[Entity]:
    """"with Beijing Municipality": a city the tables read, named as the municipality it is (China's four, or any
    city the English table reads); a name they do not read stays as the other rules read it."""
    out = list(entities)
    for m in _MUNICIPALITY.finditer(sentence):
        place = gazetteer().find_en(m.group(1))
        if place is None or place.kind != "city":
            continue
        over = [e for e in out if e.start < m.end() and m.start() < e.end]
        if any(e.start < m.start() or e.end > m.end() for e in over):
            continue  # a longer name holds it ("the Beijing Municipality Commission ...")
        out = [e for e in out if e not in over]
        out.append(Entity(place.name, "city", place.country, m.start(), m.end(), m.group()))
    return out


def story_towns(text: str) -> dict[str, tuple[str, str, str | None]]:
    """The towns a story names by a shape (bare name -> (name, "city", country)), for its later bare mentions ("The
    City of Ithaca ... Ithaca pledged ..."): only towns the English table does not read by name; a name the story
    gives two towns of different countries is dropped."""
    if "City " not in text and "Mayor" not in text and " city of " not in text and " town of " not in text and \
            "." not in text:
        return {}
    gaz = gazetteer()
    out: dict[str, tuple[str, str, str | None]] = {}
    dropped = set()
    for line in text.splitlines():
        found = [(line[s:e], place) for s, e, place, _, _ in shaped_towns(line)]
        found += [(m.group(1), place) for m in _CITY_OF.finditer(line) if (place := _row(m.group(1))) is not None]
        found += [(m.group("town"), place) for m in _STATE_LINE_CITY.finditer(line)
                  if (st := gaz.find_en(m.group("state"))) is not None and st.kind == "state" and st.country == "US"
                  and (place := _row(m.group("town"), st.name)) is not None]
        for surface, place in found:
            if gaz.find_en(surface) is not None:
                continue  # read by its name already
            if surface in out and out[surface][2] != place.country:
                dropped.add(surface)
            out[surface] = (place.name, "city", place.country)
    for surface in dropped:
        del out[surface]
    return out


_CITY_OF = re.compile(rf"\b(?:City|Town)\s+of\s+({_NAME})\b(?!\s+(?:Corporation|Council|Authority)\b)")
_STATE_LINE_CITY = re.compile(rf"\bthe\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:city|town)\s+of\s+"
                              rf"(?P<town>{_NAME})\b")
