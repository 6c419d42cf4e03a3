"""Joining a coalition by signing its instrument, in English: "Hubei Province joined the Under2 Coalition last
Tuesday." + "A vice-governor of the province signed the Under2 Memorandum of Understanding ...", and a lone signer of
a body's own instrument ("Hubei Province put its signature to the Under2 MOU"): the body whose instrument it is, the
one the joiner signs with, is the other party.

"joined the X Coalition" alone is membership, no agreement (a campaign joined, a network grown: no record); it is a
half-told signing (agreements.AgreementMention.joined) that a signing of X's instrument in the next sentences
completes. Patterns only, cheap: each starts from a literal word.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from datetime import date

from scrapers.extract.entities import Entity
from scrapers.extract.launched_bodies_en import launched_headed_body
from scrapers.extract.orgs import aliases

# "joined the Under2 Coalition", "joins the Global Covenant of Mayors": the verb right before the body's name
JOINED = re.compile(r"\b(?:joined|joins|has\s+joined|have\s+joined)\s+(?:the\s+)?$")
# a body's instrument: "the Under2 MOU", "the Under2 Memorandum of Understanding", "the Coalition's charter"
OWN_INSTRUMENT = re.compile(r"^(?:['’]s)?\s+$")
# the instrument before its body: "the declaration of the Powering Past Coal Alliance"
OF_THE_BODY = re.compile(r"^\s+of\s+the\s+$")
# "the declaration of ...", "the Clean Construction Declaration of ...": the instrument named (or not) before "of the"
NAMED_BEFORE = re.compile(r"\bthe\s+(?:[A-Z][\w%-]*\s+){0,5}$")
# "in 2015", "since 2015", "back in 2015": a year the sentence puts its signing in
PAST_YEAR = re.compile(r"\b(?:in|since)\s+((?:19|20)\d\d)\b")


def joined_body(sentence: str, inst: re.Match, entities: list[Entity]) -> Entity | None:
    """The coalition or alliance a sentence says its subject joined, when the instrument word that was read (its
    "Coalition", "Alliance") is inside that body's name, right after "joined (the)"; else None."""
    if "join" not in sentence:
        return None
    body = next((e for e in entities if e.kind == "org" and e.start <= inst.start() < e.end), None)
    return body if body and JOINED.search(sentence[:body.start]) else None


def instrument_owner(sentence: str, inst: re.Match, entities: list[Entity], page: date | None = None) -> Entity | None:
    """The body an instrument is named after, right before its word ("the Under2 MOU", "the Under2 Memorandum of
    Understanding"; an alias that holds the word, "Under2 MOU", too): the party a lone signer signs it with. Only an
    organisation (not "the Paris Agreement"), only directly before the word, after "the"; not in a signing the
    sentence puts in a year before the page's ("Wales signed the Under2 MOU in 2015": background, no record)."""
    if page and any(int(y) < page.year for y in PAST_YEAR.findall(sentence)):
        return None
    # (a name that holds the word is the body's only where the tables know it so, "Under2 MOU"; one read by its shape,
    # "the Green Ports Declaration", is the instrument itself)
    body = next((e for e in entities if e.kind == "org" and e.start < inst.start() and (
        OWN_INSTRUMENT.match(sentence[e.end:inst.start()]) if e.end <= inst.start() else
        inst.end() <= e.end and aliases().find_en(e.surface) is not None)), None)
    if body is None and sentence.startswith(" of the ", inst.end()) and \
            NAMED_BEFORE.search(sentence[:inst.start()]):
        # "acceded to the declaration of the Powering Past Coal Alliance": the body named right after its instrument
        body = next((e for e in entities if e.kind == "org" and e.start > inst.end() and
                     OF_THE_BODY.match(sentence[inst.end():e.start])), None)
    return body if body and re.search(r"\bthe\s+$", sentence[:body.start]) else None


def inside_name(inst: re.Match, entities: list[Entity], sentence: str = "") -> bool:
    """Whether a coalition's or partnership's word is only a word inside a longer body's name, neither its first nor
    its last ("the Under2 Coalition General Assembly", "the Clean Energy Partnership Forum"): that body (an assembly, a
    forum) is no partnership. The head of a body the sentence launches ("launched the X Alliance for Y") is one
    (launched_bodies_en)."""
    return any(e.kind == "org" and e.start < inst.start() and inst.end() < e.end and
               not launched_headed_body(sentence, inst.start(), inst.end(), e.start, e.end) for e in entities)


def body_words(hits: list, sentence: str, entities: list[Entity]) -> list:
    """`hits` (instrument match, kind) without the coalition words that are only part of a body's name: inside a
    longer name ("the Under2 Coalition General Assembly"), or the name of a body whose own instrument follows ("the
    Powering Past Coal Alliance declaration": the declaration is the instrument, the Alliance its owner)."""
    out = []
    for m, kind in hits:
        if kind == "partnership" and (inside_name(m, entities, sentence) or any(
                h is not m and (o := instrument_owner(sentence, h, entities)) and
                o.start <= m.start() < o.end for h, _ in hits)):
            continue
        out.append((m, kind))
    return out


def completes_joining(joined: str | None, parties: list[str]) -> bool:
    """Whether a signing whose parties are `parties` (fewer than two: its signer left for the sentence before) is of
    the instrument of the body a half-told joining named."""
    return bool(joined) and joined in parties and len(parties) < 2


# "was admitted to the Arctic Mayors' Forum", "formally joined the X Forum", "became a member of the X Forum": a
# forum or network joined as a body (membership), not a gathering held
MEMBERSHIP_BEFORE = re.compile(r"\b(?:admitted\s+(?:to|into)|accepted\s+(?:in)?to|formally\s+joined|"
                               r"bec(?:ame|omes?)\s+(?:a|the\s+\w+)\s+member\s+of)\s+(?:the\s+)?$")


def membership_in(sentence: str, name_start: int) -> bool:
    """Whether the named body starting at `name_start` is one the sentence says someone was admitted to or formally
    joined as a member (its "Forum" names the body, not a meeting held)."""
    if "admitted" not in sentence and "joined" not in sentence and "member" not in sentence and \
            "accepted" not in sentence:
        return False
    return MEMBERSHIP_BEFORE.search(sentence, 0, name_start) is not None
