"""Companies a story calls companies: "Shanghai-based Juneyao Air and Zhejiang Jiaao Enprotech signed a memorandum ...,
the two companies said" (issue 17, the ninety-sixth web: airlines and fuel makers of English trade news).

Trade news names firms without a legal form or a head word the entity reader knows ("Juneyao Air", "Zhejiang Jiaao
Enprotech", "Loong Air"): the sentence lost both parties and its agreement. The story says what they are itself when
it closes the signing with ", the two companies said" (firms, carriers, airlines, groups): the two capitalised names
of the sentence's subject ("A and B signed/agreed/inked ...") are then companies for the whole story (`local` names of
extract_mentions). A name the gazetteer knows, one the alias file knows (it is read already) and a sentence opener
are left out; so are subjects closed by any other noun ("the two leaders said", "the two countries said").
"""
from __future__ import annotations

from scrapers import lazy_re as re

# a name of one to four capitalised words ("&" inside), after an optional "<Place>-based" or "Chinese carrier"-like
# description in lower case
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&)){0,3}"
_DESCRIBED = r"(?:[A-Z][\w-]*-based\s+|(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,2}(?:carrier|airline|company|firm|producer|maker|group)\s+)?"
PAIR_SAID = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:On\s+\d{{1,2}}\s+[A-Z][a-z]+,\s+)?{_DESCRIBED}(?P<a>{_NAME})\s+and\s+{_DESCRIBED}"
    rf"(?P<b>{_NAME})\s+(?:have\s+|has\s+|on\s+\w+\s+)?(?:signed|inked|agreed|struck|sealed|entered)\b[^.\n]*?,\s+"
    rf"the\s+(?:two\s+)?(?:companies|firms|carriers|airlines|groups)\s+(?:said|announced|confirmed)\b", re.M)
_NOT_FIRST = {"The", "This", "These", "Both", "Our", "Its", "On", "In", "At", "Under", "After", "Earlier"}


def said_companies(text: str) -> dict[str, str]:
    """The two names of a signing's subject the story closes with "the two companies said": name -> name."""
    if "said" not in text and "announced" not in text and "confirmed" not in text:
        return {}
    from pactwatch.gazetteer import gazetteer
    from scrapers.extract.orgs import aliases

    out: dict[str, str] = {}
    for m in PAIR_SAID.finditer(text):
        names = [m.group("a").rstrip("."), m.group("b").rstrip(".")]
        if any(n.split()[0] in _NOT_FIRST or gazetteer().find_en(n) for n in names):
            continue
        out.update({n: n for n in names if not aliases().find_en(n)})
    return out
