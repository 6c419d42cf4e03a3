"""A person told by surname alone is no party: "Gavin Newsom arrived in Beijing on Monday ... Newsom signed a
memorandum with Jiangsu Province". A single capitalised word that opens a list of signers is read as an organisation
("Walmart signed ...", clauses_en.role_names); where the story has named that word as a person's surname (after a
title and a given name: "Gov. Gavin Newsom", "Mayor Karen Bass", "Premier Li Qiang"), it is the person, and a person
signs for whomever the text says (trip_principal reads the governor or mayor the story is about as his place).
Such a surname left in a signing sentence is read as "the official": no party, a miss rather than a made-up name.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer

_TITLE = (r"(?:Governor|Gov\.|Lt\.\s+Gov\.|Lieutenant\s+Governor|Mayor|Vice\s+Mayor|Deputy\s+Mayor|President|Premier|"
          r"Minister|Secretary|Director|Chairman|Chairwoman|Chair|Senator|Sen\.|Representative|Rep\.|Ambassador|"
          r"Commissioner|Professor|Prof\.|Dr\.|Mr\.|Ms\.|Mrs\.|Party\s+Secretary|CEO)")
# the title, one or two given names or initials, then the surname
_NAMED = re.compile(rf"\b{_TITLE}\s+(?:[A-Z][a-z]+\s+|[A-Z]\.\s+){{1,2}}([A-Z][a-z]{{2,}})\b(?![’'-])")
_SIGNING = ("signed", "inked", "co-signed")


def person_surnames(text: str) -> set[str]:
    """The surnames of people the story names with a title and a given name, never a place's name."""
    if not any(t in text for t in ("Gov", "Mayor", "President", "Premier", "Minister", "Secretary", "Director",
                                   "Chair", "Sen", "Rep", "Ambassador", "Commissioner", "Prof", "Dr.", "Mr.", "Ms.",
                                   "CEO")):
        return set()
    return {m.group(1) for m in _NAMED.finditer(text) if gazetteer().find_en(m.group(1)) is None}


def surnames_as_officials(sentence: str, surnames: set[str]) -> str:
    """A signing sentence with each bare surname of `surnames` (not after a given name or title, not a possessive)
    written "the official": whom the person signs for is not read from the name."""
    if not surnames or not any(w in sentence for w in _SIGNING):
        return sentence

    def bare(m: re.Match) -> str:
        if m.group(1) not in surnames or re.search(r"[A-Z][a-z.]*\s+$", sentence[max(0, m.start() - 20):m.start()]):
            return m.group()
        return "the official"

    return re.sub(r"\b([A-Z][a-z]{2,})\b(?![’']s|\s+[A-Z])", bare, sentence)
