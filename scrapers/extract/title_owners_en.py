"""Whose plan it is when a plan's title is the subject of an English pledge: "Uganda's Energy Transition Plan sets a
path to net zero emissions by 2065", "The Energy Transition Plan of Uganda aims for ...", and "Uganda's updated
Nationally Determined Contribution targets ..., while the Energy Transition Plan launched in 2023 sets a path to net
zero emissions by 2065" (a bare title after a clause whose subject is the owner's own document: the same owner's).

A title is no actor (document_titles_en); its owner is, where a possessive or an "of X" in the same sentence names
a place (country, state, province, region, city) or a body (a ministry, a government, a company). A possessive or
"of X" naming a think tank, a research body, a network or a body of the world (their roadmaps are studies: "the
Energy Policy Institute's Net Zero Roadmap") gives no one: no record. The clause before gives its owner only where it names no other actor ("Uganda's NDC,
drafted with Germany's help, ..." gives none here). A title holding a place's name ("the Kenya Green Growth
Strategy") is no one else's: no record (not the clause before's "Germany's NDC ..., while the Kenya ..."). A title
holding a body's name ("the Hawaii State Energy Office Strategic Plan"), a possessive that is no name ("the city's")
and a title nothing here owns are left to the other readers (a report "published by" a think tank names no owner).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer

from scrapers.extract.document_titles_en import DOCUMENT_WORDS

if TYPE_CHECKING:
    from scrapers.extract.entity_kinds import Entity

# a title: up to six capitalised words ending on a document's word ("Energy Transition Plan")
_TITLE = re.compile(rf"\b(?:[A-Z][\w-]*\s+){{0,5}}{DOCUMENT_WORDS}\b")
# what may stand between a title and its pledge: a participle's phrase ("launched in 2023") and the verb
_TO_PLEDGE = re.compile(r"(?:,?\s+(?:launched|adopted|approved|published|unveiled|released|updated|revised|submitted|"
                        r"issued|presented)\s+(?:in|on|last)\s+[\w ]{1,20}?,?)?\s+(?:also\s+|now\s+)?"
                        r"(?:sets?|aims?|targets?|commits?|calls?\s+for|envisag\w+|envisions?|charts?|outlines?|"
                        r"lays?\s+out|maps?\s+out|seeks?|foresees?|provides?\s+for|pledges?|promises?|requires?|"
                        r"will|would)\b")
# the words between an owner's possessive and its title ("Uganda's updated ...")
_OWNER_ADJ = r"(?:(?:updated|new|revised|national|long-term|latest|first|second|third|own|official|(?:19|20)\d\d)\s+)*"
# a clause before whose subject is its owner's own document: "Uganda's updated Nationally Determined Contribution"
_DOCUMENT_SUBJECT = re.compile(rf"['’]s\s+{_OWNER_ADJ}(?:[A-Z][\w-]*\s+){{0,4}}(?:NDC|{DOCUMENT_WORDS}|plan|strategy|"
                               r"roadmap|target|goal|law|policy|programme|program)\b")
# the join of that clause and the title's: ", while the ...", "; the ..."
_JOIN = re.compile(r"(?:,\s+(?:while|and|whereas|but)|;(?:\s+and)?)\s+the\s+$")
# whose documents are studies and scenarios, not an owner's pledges: research bodies, think tanks, networks and
# bodies of the world ("the International Energy Agency's Net Zero Roadmap")
_NO_OWNER = re.compile(r"\b(?:Institute|Institution|Foundation|Center|Centre|University|College|Academy|School|"
                       r"Laboratory|Lab|Observatory|Think\s+Tank|Programme|Program|Initiative|Network|Forum|Alliance|"
                       r"Coalition|Association|Society|Partnership)\b|^(?:the\s+)?(?:International|World|Global|"
                       r"United\s+Nations|UN)\b")
_PLACES = {"country", "state", "province", "region", "city", "county"}


def _owner_kind(e: "Entity") -> bool:
    return e.kind in _PLACES or (e.kind == "org" and not _NO_OWNER.search(e.name))


def _names_place(title: str) -> bool:
    """Whether a title's words hold a place's name ("Kenya Green Growth Strategy", "New York State Energy Plan")."""
    words = title.split()
    return any((p := gazetteer().find_en(" ".join(words[i:i + n]))) is not None and p.kind != "org"
               for n in (1, 2, 3) for i in range(len(words) - n))


def title_subject(sentence: str, entities: list["Entity"], at: int) -> tuple[int, list[str]] | None:
    """Where the title that is the subject of the pledge at `at` begins and its owner (module docstring): a list of
    one name, or [] where the possessive or "of" names no owner (no record); None where no title is its subject or
    the module leaves it to the other readers. A goal named before that title ("Kenya's NDC targets ..., while
    Uganda's ... Plan sets ...") is not this pledge's."""
    titles = []
    for m in _TITLE.finditer(sentence, 0, at):
        of = re.match(r"\s+of\s+(?:the\s+)?", sentence[m.end():])
        own = [e for e in entities if of and e.start == m.end() + of.end()][:1]  # "... Plan of Uganda"
        tail = own[0].end if own else m.end()
        if (v := _TO_PLEDGE.match(sentence, tail)) and v.end() <= at and \
                not any(tail <= e.start < at for e in entities):
            titles.append((m, own))
    if not titles:
        return None
    t, own = titles[-1]
    start = t.start() + 4 if sentence.startswith("The ", t.start()) else t.start()
    inside = [e for e in entities if start <= e.start < t.end()]
    if any(e.kind == "org" for e in inside):
        return None  # "the Hawaii State Energy Office Strategic Plan": the office's, the other readers'
    if inside or _names_place(sentence[start:t.end()]):
        return start, []  # "the Kenya Green Growth Strategy": no one else's (not the clause before's "Germany's")
    if own:  # "the Energy Transition Plan of Uganda": the place or body right after "of"
        return start, [own[0].name] if _owner_kind(own[0]) else []
    # "Uganda's (updated) Energy Transition Plan": the possessive right before the title
    if poss := re.search(rf"['’]s\s+{_OWNER_ADJ}$", sentence[:start]):
        own = [e for e in entities if e.start < poss.start() <= e.end]  # (a surface may hold its "'s")
        if own:
            return start, [re.sub(r"['’]s$", "", own[0].name)] if _owner_kind(own[0]) else []
        # a name no reader knows owns it, not another actor of the sentence; "the city's", "its": the other readers'
        return (start, []) if re.search(r"\b[A-Z][\w.-]*$", sentence[:poss.start()]) else None
    # "..., while the Energy Transition Plan ...": the owner of the clause before's own document, its only actor
    if not (join := _JOIN.search(sentence[:start])):
        return None
    before = [e for e in entities if e.end <= join.start()]
    if len(before) != 1 or not _owner_kind(before[0]) or before[0].start > 4 or \
            not _DOCUMENT_SUBJECT.match(sentence, before[0].end):
        return None
    return start, [before[0].name]
