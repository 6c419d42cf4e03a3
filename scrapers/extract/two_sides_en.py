"""Who "the two sides" are in an English signing sentence, and whether it tells another instrument.

"A and B signed a memorandum on clean energy on Tuesday." + "The same day, the two sides signed a separate cooperation
agreement on forest carbon." The second sentence names no party: "the two sides" (both sides, the two cities, the two
governments) are the two parties of the signing told just before, and "a separate ..." (another ...) is a second
instrument, never a restatement of the first.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.lead_chars import with_lead

# the subject "the two sides" (or "both sides", "the two cities/states/governments ...") before a signing verb
TWO_SIDES = with_lead(re.compile(
    r"\b(?:the\s+two|both)\s+(?:sides|parties|cities|states|provinces|governments|partners)\s+"
    r"(?:have\s+|had\s+|also\s+|then\s+|later\s+|jointly\s+){0,2}(?:co-)?(?:signed|inked|concluded|sealed)\b", re.I))
# "signed a separate ... agreement", "inked another memorandum": an instrument besides the one told before
SEPARATE = with_lead(re.compile(r"\b(?:signed|inked|concluded|sealed)\s+(?:a\s+separate|another)\b", re.I))


def two_sides(sentence: str, before: list[str]) -> list[str] | None:
    """The parties of a signing whose subject is "the two sides": the two parties of the signing told before
    (`before`); None where the sentence has no such subject or the signing before had not exactly two parties."""
    if len(before) != 2 or ("two" not in sentence and "oth" not in sentence) or not TWO_SIDES.search(sentence):
        return None
    return list(before)


def separate(sentence: str) -> bool:
    """The sentence signs "a separate" or "another" instrument: a further one than the page told before."""
    return ("separate" in sentence or "another" in sentence) and bool(SEPARATE.search(sentence))


# "In a separate ceremony, A and B signed ...", "At another ceremony": a further signing of the occasion just told
SEPARATE_CEREMONY = re.compile(r"^(?:In|At)\s+(?:a\s+separate|another)\s+(?:signing\s+)?ceremony\b")


def separate_ceremony(sentence: str) -> bool:
    """The sentence opens on "In a separate ceremony" / "At another ceremony": its signing is of the occasion (and the
    day) of the signing the page told just before, not of the last day the text named ("runs through Aug. 7")."""
    return sentence[:2] in ("In", "At") and bool(SEPARATE_CEREMONY.match(sentence))


# "The documents were signed in Yichang", "Both agreements were signed at ...", "The memorandums were exchanged in
# Kuala Lumpur in the presence of ...": where every signing just told was
DOCUMENTS_SIGNED_IN = re.compile(r"^(?:The|Both|All)\s+(?:two\s+|three\s+|four\s+)?(?:documents|agreements|memoranda|"
                                 r"memorandums|MOUs|MoUs|instruments|accords|deals|pacts)\s+(?:were|had\s+been)\s+"
                                 r"(?:signed|exchanged|inked)\s+in\s+")


def documents_signed_in(sentence: str) -> int | None:
    """Where the place of "The documents were signed in <place>" starts; None for any other sentence."""
    m = DOCUMENTS_SIGNED_IN.match(sentence) if re.search(r" (?:signed|exchanged|inked) in ", sentence) else None
    return m.end() if m else None
