"""An instrument named as the frame of other work is recalled, not signed: "Mayor A and a vice mayor of B exchanged
greetings and reviewed exchanges, including the training of officials at C under last year's memorandum", "the two
cities signed a contract as part of the 2019 agreement". A signing verb before the frame ("exchanged", "signed") does
not sign the framed instrument: it is no instrument of the sentence (another instrument the sentence names still is).
A new instrument is no frame ("agreed to cooperate under a new memorandum"). A frame with the verb after the
instrument ("under an agreement that A and B signed last week") is read elsewhere
(agreement_words.EN_REFERENCE, REL_SIGNERS).
"""
from __future__ import annotations

from scrapers import lazy_re as re

# "under last year's memorandum", "as part of the 2019 agreement", "within the framework of their MOU", "in line with
# the memorandum": frame words, then up to four modifiers (a year's possessive among them) before the instrument
FRAME = re.compile(r"\b(?:under|pursuant\s+to|in\s+line\s+with|as\s+part\s+of|in\s+accordance\s+with|"
                   r"(?:with)?in\s+the\s+(?:framework|scope)\s+of)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|this\s+|"
                   r"that\s+)?(?:[\w-]+(?:['’]s?)?\s+){0,4}$", re.I)
# "under a new memorandum": the instrument is the news, not one recalled
NEW = re.compile(r"\b(?:new|newly|fresh)\b", re.I)
_VERB_AFTER = re.compile(r"\s*,?\s*(?:that|which)?\s*(?:was\s+|were\s+)?(?:[\w-]+\s+){0,4}?"
                         r"(?:signed|inked|sealed|concluded)\b")


def framed(sentence: str, start: int, end: int, verbs: list[re.Match]) -> bool:
    """The instrument at `start`..`end` is the frame of other work ("... under last year's memorandum") after a
    signing verb of the sentence, and no verb after it signs it: not an instrument the sentence tells signed."""
    if not any(v.end() <= start for v in verbs) or not (m := FRAME.search(sentence[max(0, start - 80):start])) or \
            NEW.search(m.group()):
        return False
    return _VERB_AFTER.match(sentence, end) is None


def undated_frame(sentence: str, start: int, verb_start: int, signed_on) -> bool:
    """"Under the memorandum signed last year, A and B trained ...": an instrument framing other work, told signed
    after it (`verb_start`) on no day the reader can give (`signed_on` None): a recall that would be an undated twin
    of the row it recalls, so no row."""
    m = FRAME.search(sentence[max(0, start - 80):start]) if signed_on is None and verb_start > start else None
    return m is not None and not NEW.search(m.group())
