"""The company a press release is about, as a business wire names it: "LATAM Airlines Group S.A. (NYSE: LTM) today
published ...", "Cemex, S.A.B. de C.V. (NYSE: CX) said today ...", "LONDON--(BUSINESS WIRE)--Standard Chartered PLC
today announced ...", and the boilerplate heading "About Standard Chartered:". Each gives the company's name without its
legal form, which the story then uses alone ("Cemex set a goal of ...", "LATAM is aiming for ...").

The entity reader does not know such names when they hold common words ("Standard Chartered") or end in a foreign legal
form ("S.A.B. de C.V."); these shapes fix them as a company's for the whole story (`local` names of extract_mentions).
Cheap: each pattern is anchored on a literal ticker bracket, a wire's tag or "About".
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer

# a name of one to five capitalised words ("&", "de", "y" inside)
_NAME = r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|&|de|del|y|and)){0,4}?)"
# a legal form after the name, with or without its comma ("S.A.B. de C.V.", "S.A.", "PLC", "Inc.", "SE", "N.V.")
_FORM = (r"(?:,?\s+(?:S\.A\.B\.\s+de\s+C\.V\.|S\.A\.(?:\s+de\s+C\.V\.)?|S\.p\.A\.|N\.V\.|A/S|ASA|AB|AG|SE|PLC|plc|"
         r"Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|Co\.,?\s+Ltd\.?))")
# "(NYSE: LTM)", "(LSE: STAN)": a listing
_EXCHANGES = r"(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|HKEX|SSE|SZSE|ASX|TSE|BMV|B3|BVC|Euronext|SIX|XETRA|NSE|BSE)(?:\s+American)?"
_TICKER = rf"\s*\({_EXCHANGES}:\s*[A-Z][A-Z.]{{0,6}}\)"
LISTED = re.compile(rf"{_NAME}{_FORM}?{_TICKER}")
# "(NYSE:", "(HKEX:": a listing's opening, looked for before the whole pattern
_EXCHANGE = re.compile(rf"\({_EXCHANGES}:")
# "LONDON--(BUSINESS WIRE)--Standard Chartered PLC", "NEW YORK, March 5, 2025 /PRNewswire/ -- Acme Inc.": the issuer
# with its legal form right after the wire's tag
WIRE_ISSUER = re.compile(rf"(?:\(BUSINESS\s+WIRE\)|/PRNewswire/|/GlobeNewswire/|\(GLOBE\s+NEWSWIRE\))\s*[-–—]+\s*"
                         rf"{_NAME}{_FORM}(?=[\s,(])")
# "About Standard Chartered:" opening a paragraph (the boilerplate that closes a release)
ABOUT = re.compile(rf"(?:^|\n)\s*About\s+{_NAME}\s*(?::|\n)")
_NOT_FIRST = {"The", "This", "Our", "Its", "About", "Us", "Media", "For", "Contacts", "Forward", "Investor", "Business"}


def issuer_names(text: str, known: dict[str, str]) -> dict[str, str]:
    """Names a wire story fixes as its companies (see the module's docstring): surface -> the company's name; the
    first word of a longer name too where the story uses it alone ("LATAM" of "LATAM Airlines Group"). None of `known`
    (names read already), no place, no sentence opener."""
    if "(" not in text and "About" not in text:
        return {}
    out: dict[str, str] = {}
    # each pattern opens with a run of capitalised words, tried all along the text: only where its mark is there
    present = (LISTED if _EXCHANGE.search(text) else None,
               WIRE_ISSUER if "WIRE" in text or "Newswire" in text else None,
               ABOUT if "About" in text else None)
    for rx in filter(None, present):
        for m in rx.finditer(text):
            name = m.group("name").strip()
            first = name.split()[0]
            if first in _NOT_FIRST or name in known or gazetteer().find_en(name):
                continue
            out.setdefault(name, name)
            if first != name and first not in known and not gazetteer().find_en(first) and \
                    re.search(rf"\b{re.escape(first)}\b(?![\s-]+[A-Z])", text):
                out.setdefault(first, name)
    return out
