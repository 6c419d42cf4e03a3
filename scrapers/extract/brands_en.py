"""A company the story names by one brand word ("Ford", "Apple"), which the story itself fixes as a company: it
gives the word's full name ("Ford Motor Company", "Acme Corp."), a stock ticker after it ("Acme (NYSE: ACM)"), or
calls it by a company's role noun ("Acme, the Cupertino-based company, ...", "Acme will ..., the company said",
"Acme today unveiled ... . The automaker plans ...").

A bare capitalised word is also a surname, a place, a month or a sentence's opener, so the word must be none of
these: no gazetteer place, no known alias (those are read already), no calendar word, title or opener, and never
written after another capitalised word or a title anywhere in the story ("Henry Ford", "Mr. Ford": a person). Where
nothing in the text says it is a company, the word stays unread.

Cheap: candidates come only from the few places a role noun, a ticker or a company's head follows a word.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.capacity import demonym_country
from scrapers.extract.clauses_en import WIRE_DATELINE
from scrapers.extract.datelines import DATELINE
from scrapers.extract.name_runs import CALENDAR, HEADLINE_VERBS, PERSON_TITLES
from scrapers.extract.orgs import aliases
from scrapers.extract.pledges_bodies import COMPANY_WORD
from scrapers.extract.text import split_sentences
from scrapers.prefilter import quick

_WORD = r"[A-Z][a-z]{2,}"
# "the company", "the Cupertino-based company", "the iPhone maker" (a product's name before "maker")
_ROLE = rf"(?:(?:[\w.]+-based\s+)?{COMPANY_WORD}|[a-z]*[A-Z][\w-]*\s+maker)"
ROLE_WORD = re.compile(rf"\b{_ROLE}\b", re.I)
# the role noun alone: every ROLE_WORD match holds one of these, and each of these is a ROLE_WORD match of its own
ROLE_NOUN = re.compile(rf"\b{COMPANY_WORD}\b", re.I)


def has_role_word(text: str) -> bool:
    """Whether the text holds a role noun (ROLE_WORD) anywhere: the bare noun is looked for first (a "...-based"
    before it adds nothing to whether there is one); only a text with "maker" in it needs the whole pattern."""
    return bool(quick(ROLE_NOUN).search(text)) or ("maker" in text.lower() and bool(ROLE_WORD.search(text)))


# "Acme, the Cupertino-based company,": an apposition
# (the role noun closes it: "Smith, a company spokesman," and "Smith, the company's chief" are people)
APPOSITION = re.compile(rf"\b({_WORD}),\s+(?:the|a|an)\s+{_ROLE}(?=\s*[,;.)]|\s+(?:that|which|based|headquartered)\b)")
# "Acme (NYSE: ACM)", "Acme Inc. (Nasdaq: ACME)": a ticker after the name
TICKER = re.compile(r"\b(" + _WORD + r")(?:,?\s+(?:Inc|Corp|Co|Ltd)\.?)?\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|HKEX|SSE|"
                    r"SZSE|ASX|TSE)(?:\s+American)?:\s*[A-Z][A-Z.]{0,5}\)")
# "Ford Motor Company", "Acme Corp.": the word opens a company's full name
FULL_NAME = re.compile(rf"\b({_WORD})(?:\s+[A-Z][a-z]+){{0,2}}\s+(?:Company|Corporation|Corp\.|Inc\.|Co\.,?\s+Ltd\.?)")
# what stands before a word inside a longer name: a capitalised word, a connector, a hyphen
INSIDE_NAME = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|and|for|&)\s+|-)$")
# the sentence's subject, then a lower-case word (its verb, "today")
SUBJECT = re.compile(rf"({_WORD})\s+(?=[a-z])")
# a subject that only speaks: "Kowalski said ... . The company plans ..." tells nothing of Kowalski
REPORTS = re.compile(r"(?:also\s+)?(?:said|says|told|added|noted|explained|recalled|wrote)\b")
SAID = re.compile(rf",\s+the\s+{_ROLE}\s+(?:said|says|announced|added|stated)\b")
THE_ROLE = re.compile(rf"^(?:The|That)\s+{_ROLE}\s+(?:[a-z]+\s+)?[a-z]+")  # its verb next ("The company's" owns)
# words that open sentences and name nobody
OPENERS = {"The", "This", "That", "These", "Those", "Its", "Their", "Our", "His", "Her", "Today", "Yesterday", "Last",
           "Next", "When", "While", "Since", "After", "Before", "During", "Under", "With", "From", "For", "But", "And",
           "Also", "However", "Meanwhile", "Officials", "Both", "Each", "All", "Some", "Many", "Most", "Other", "Such",
           "About", "Above", "Across", "Against", "Along", "Among", "Around", "At", "Behind", "Beyond", "By", "Despite",
           "In", "Into", "Near", "Of", "On", "Over", "Through", "To", "Toward", "Towards", "Upon", "Via", "Within",
           "Without", "Like", "Unlike", "As", "If", "Although", "Though", "Because", "Once", "Until", "Whether", "What",
           "Why", "How", "Who", "Where", "Which", "Here", "There", "Now", "Then", "Still", "Yet", "So", "Not", "Only",
           "Even", "Just", "We", "They", "It", "You", "He", "She", "Thanks", "Please", "Read", "More", "See", "Click"}


def brand_names(text: str, known: dict[str, str], generic: set[str] = frozenset()) -> dict[str, str]:
    """Single brand words the story fixes as companies: word -> the company's name (its full name where the story
    spells it, else the word); none of `known` (the story's names read already) or `generic` (words that open many
    names). See the module's docstring."""
    found: dict[str, str] = {}
    for m in quick(FULL_NAME).finditer(text):
        word = m.group(1)
        # the word opens the name ("Tyvak Nano-Satellite Systems, Inc.", "Institute of Building Research Co., Ltd."
        # are no "Satellite", "Building") and stands alone elsewhere ("Fast Company" is no "Fast")
        if not INSIDE_NAME.search(text, max(0, m.start() - 40), m.start()) and \
                re.search(rf"\b{word}\b(?![\s-]+[A-Z])", text[:m.start()] + text[m.end():]):
            found.setdefault(word, m.group().rstrip(",. "))
    role = has_role_word(text)  # a role noun ("the company", "the iPhone maker") anywhere at all
    for m in APPOSITION.finditer(text) if role else ():
        found.setdefault(m.group(1), m.group(1))
    if "(" in text:
        for m in TICKER.finditer(text):
            found.setdefault(m.group(1), m.group(1))
    previous = None
    for sent in split_sentences(text) if role else []:
        sentence = sent.text
        # a dateline before the subject: "DEARBORN, Mich., June 24, 2020 – "
        body = sentence[d.end():] if (d := DATELINE.match(sentence) or WIRE_DATELINE.match(sentence)) else sentence
        if previous and THE_ROLE.match(body):
            found.setdefault(previous, previous)  # "Acme today unveiled ... . The company plans ..."
        # the subject of a sentence that ends as one (a heading, "About Acme", is none)
        subject = SUBJECT.match(body) if re.search(r"[.!?][\"”’)]?$", body) else None
        previous = subject.group(1) if subject else None
        if previous and SAID.search(body, subject.end()):
            found.setdefault(previous, previous)  # "Acme will ..., the company said"
        if previous and REPORTS.match(body, subject.end()):
            previous = None
    return {word: name for word, name in found.items()
            if word not in known and word not in generic and _a_brand(word, text)}


def _a_brand(word: str, text: str) -> bool:
    """Whether a capitalised word may be a company's brand: no place, alias, calendar word, title, opener or
    demonym, and never after another capitalised word or a title (a person's surname)."""
    if word in OPENERS or word in CALENDAR or word in PERSON_TITLES or word in HEADLINE_VERBS or \
            gazetteer().find_en(word) or aliases().find_en(word) or demonym_country(word) or \
            re.search(rf"\b{word.lower()}\b", text):
        return False  # ("power" written in lower case: a common word, no brand)
    for m in re.finditer(rf"\b([A-Z][a-z]*)(\.?)[ \t]+{word}\b", text):
        if m.group(1) not in OPENERS and (not m.group(2) or m.group(1) in PERSON_TITLES | {"Mr", "Ms", "Mrs", "Dr"}):
            return False  # "Henry Ford", "Mr. Ford", "Governor Ford" (not "... in China. Apple ...")
    return True
