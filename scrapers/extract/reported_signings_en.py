"""A body's own signing told as reported speech, the way city and provincial newsrooms write their English releases:
"Ulsan Metropolitan City announced on the 26th that it signed a friendly cooperation city agreement with Guangzhou
... on the 25th", "The county said on Monday that it had signed a memorandum with ...".

The pronoun "it"/"they" after "<X> announced/said ... that" is X: the signer is the reporter (`reporter_subject`). The
day between the reporting verb and "that" is when the news was told; where the signing clause gives a day of its own,
that day is the signing's and the reporting one is blanked (`reporting_day_blanked`). Without a day of its own the
sentence keeps its one day, as before.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.roles import en_subject

_VERB = r"\b(?:announced|announces|said|says|revealed|reported|confirmed|stated|disclosed)\s+"
# when the news was told: "on the 26th", "on Monday", "on March 4", "today", "yesterday"
_TOLD = (r"(?:on\s+(?:the\s+[1-3]?\d(?:st|nd|rd|th)|[A-Z][a-z]+day|[A-Z][a-z]{2,8}\.?\s+[1-3]?\d(?:st|nd|rd|th)?)|"
         r"today|yesterday)")
# "... announced on the 26th that it (had) (also) signed": the pronoun subject of the signing verb
_PRONOUN_CLAUSE = re.compile(_VERB + rf"(?:{_TOLD}\s+)?that\s+(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
                             r"(?:also\s+|jointly\s+|formally\s+|officially\s+)?$")
# the reporting verb's own day, before "that"
_TOLD_BEFORE_THAT = re.compile(_VERB + rf"({_TOLD})\s+that\s")
# a day the signing clause gives after "that"
_OWN_DAY = re.compile(r"\b(?:on\s+(?:the\s+[1-3]?\d(?:st|nd|rd|th)\b|[A-Z][a-z]+day\b|[A-Z][a-z]{2,8}\.?\s+[1-3]?\d\b)|"
                      r"[1-3]?\d\s+[A-Z][a-z]{2,8}\s+(?:19|20)\d\d\b)")


def reporter_subject(sentence: str, subject: tuple[int, int]) -> tuple[int, int]:
    """The subject span of a signing verb whose subject is the pronoun of a reporting clause ("X announced ... that it
    signed"): the reporting clause's own subject (X), else `subject` unchanged."""
    if not _PRONOUN_CLAUSE.search(sentence, 0, subject[1]):
        return subject
    verb = list(re.finditer(_VERB, sentence[:subject[1]]))[-1]
    return en_subject(sentence, verb.start())


def reporting_day_blanked(sentence: str) -> str:
    """The sentence with the day the news was told ("announced on the 26th that ...") blanked, where the clause after
    "that" gives a day of its own (the signing's); else the sentence as it is."""
    m = _TOLD_BEFORE_THAT.search(sentence)
    if not m or not _OWN_DAY.search(sentence, m.end()):
        return sentence
    return sentence[:m.start(1)] + " " * (m.end(1) - m.start(1)) + sentence[m.end(1):]
