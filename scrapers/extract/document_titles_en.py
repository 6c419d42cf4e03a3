"""A document's title is no organisation, though a head word stands inside it: "the Energy Transition Plan", "Uganda
Green Growth Strategy", "the Power Sector Roadmap", "its Nationally Determined Contribution".

The English entity reader takes a capitalised run holding a head word (Energy, Power, Grid, Transit, Program ...) for
an organisation's name, so a plan's title that a pledge sentence makes its subject ("the Energy Transition Plan
launched in 2023 sets a path to net zero emissions by 2065") became the pledge's actor: a made-up actor. A run that
ends on a word for a document (Plan, Strategy, Roadmap, Blueprint, Contribution) names a document; the pledge is its
owner's (plan_issuers_en, target_owners) or no one's. Not a body named for what it does with documents: "Center for
Climate Strategy", "Office of the National Plan" keep a head before their "for"/"of".

So does a title followed by the place it is of ("the Energy Transition Plan of Uganda"): not a body called that, but
the place's plan, whose owner scrapers/extract/title_owners_en.py takes.

Inside such a title the words before the document word are no body either when they end on a field ("Energy
Transition", "Power Sector", "Green Grid"); they are when they end on a body's own head ("the Hawaii State Energy
Office Strategic Plan": the office's plan).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer

DOCUMENT_WORDS = r"(?:Plan|Strategy|Roadmap|Blueprint|Contribution|Contributions)"
_DOCUMENT_END = re.compile(rf"\b{DOCUMENT_WORDS}$")
# "... Plan of Uganda", "... Strategy of the Republic of Kenya": a title and the place it is of
_DOCUMENT_OF = re.compile(rf"\b{DOCUMENT_WORDS}\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){{0,3}})$")


def document_title(name: str, head_before_of: bool) -> bool:
    """Whether an English capitalised run is a document's title, not an organisation's name (module docstring);
    `head_before_of` says the run holds an organisation's head word before an "of"/"for" ("Center for ...")."""
    if head_before_of:
        return False
    if _DOCUMENT_END.search(name.rstrip(".")):
        return True
    m = _DOCUMENT_OF.search(name.rstrip("."))
    return bool(m) and (p := gazetteer().find_en(m.group("place"))) is not None and p.kind != "org"


# head words that name a body's field or trade, not the body: "Energy" in "Energy Transition Plan"
_FIELD_HEADS = frozenset({"Energy", "Power", "Grid", "Electric", "Gas", "Transit", "Infrastructure", "Utility",
                          "Utilities", "Port", "Railway", "Railways", "Shipping", "Logistics", "Steel", "Cement",
                          "Chemicals", "Petroleum", "Airlines", "Motors", "Project", "Program", "Programme",
                          "Initiative", "Partnership", "Network", "Service", "Survey", "Reserve", "Exchange", "Fund"})


def part_of_title(words: tuple[str, ...], run: tuple[str, ...], head_before_of: bool) -> bool:
    """Whether the first `words` of a capitalised `run` that is a document's title are only part of the title
    ("Energy Transition" of "Energy Transition Plan"), not a body that owns it (module docstring)."""
    if not document_title(" ".join(run), head_before_of):
        return False
    last = words[-1].rstrip(".")
    return last in _FIELD_HEADS or not _BODY_HEAD.fullmatch(last)


_BODY_HEAD = re.compile(r"Foundation|Institute|Institution|Center|Centre|Council|Society|Laboratory|Commission|Agency|"
                        r"Department|Ministry|Authority|University|College|School|Association|Alliance|Coalition|"
                        r"Office|Company|Corporation|Corp|Group|Bank|Board|Bureau|Administration|Academy|Federation|"
                        r"Committee|Secretariat|Organization|Organisation|Inc|Ltd|Limited|LLC|Co|Holdings|Government")
