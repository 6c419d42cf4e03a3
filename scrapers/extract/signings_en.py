"""English signings told without naming their instrument, for the next sentence to name it ("A and B put pen to
paper on Monday in Beijing, renewing the center." + "The protocol was signed by ..."): read as a half-told signing
(its parties, day and place) that a definite instrument in the sentences after completes."""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.name_runs import PERSON_TITLES

# "The signing ceremony took place in Harbin on June 6.", "The signing was held at City Hall on Tuesday."
SIGNING_HELD = re.compile(r"^The\s+(?:signing(?:\s+ceremony)?|ceremony)\s+(?:took\s+place|was\s+held)\b")
# "put pen to paper", "inked the deal" is an instrument already; "signed on the dotted line"; "A and B attended a
# signing ceremony in Xi'an on Monday" (its parties the ceremony's principals, the instrument told after it)
IMPLIED_SIGNING = re.compile(r"\bput\s+pen\s+to\s+paper\b|\bsigned\s+on\s+the\s+dotted\s+line\b|"
                             r"\b(?:attended|held|hosted)\s+an?\s+signing\s+ceremony\b", re.I)
# "The two sides agreed to cooperate on green hydrogen ...": what the signing just told (a ceremony, pen put to paper)
# concluded, the instrument left unnamed
AGREED_TO_COOPERATE = re.compile(r"^The\s+two\s+(?:sides|governments|provinces|states|parties)\s+(?:also\s+)?agreed\s+"
                                 r"to\s+(?:cooperate|co-operate|collaborate|work\s+together)\s+(?:on|in)\b")


def implied_signing(sentence: str) -> re.Match | None:
    """The words of a signing whose instrument the sentence leaves unnamed, or None."""
    if "pen to paper" not in sentence and "dotted line" not in sentence and "signing ceremony" not in sentence:
        return None
    return IMPLIED_SIGNING.search(sentence)


def agreed_to_cooperate(sentence: str) -> re.Match | None:
    """"The two sides agreed to cooperate on ...": the terms of a signing the sentence before told without its
    instrument (read only to complete that signing; alone it is no record), or None."""
    return AGREED_TO_COOPERATE.match(sentence) if sentence.startswith("The two ") else None


def signing_held(sentence: str) -> re.Match | None:
    """"The signing ceremony took place in Harbin on June 6.": a sentence that tells where and when the signing just
    reported was held (its day and place, for that agreement), or None."""
    return SIGNING_HELD.match(sentence) if sentence.startswith("The ") else None


def place_named_before(analysed: list[tuple[str, str, list]], city: str | None) -> int | None:
    """The first sentence (its position) that says something happened "in" a city other than the dateline's `city`
    ("... put pen to paper on Monday in Beijing" under "BERKELEY, Calif. —"): from there on the dateline is only
    where the release was filed, not where the story's gathering was held. `analysed`: (quote, text, entities)."""
    if not city:
        return None
    for position, (_, s, ents) in enumerate(analysed):
        if any(e.kind == "city" and e.name != city and re.search(r"\bin\s+$", s[:e.start]) for e in ents):
            return position
    return None


# "signed a partnership agreement for the State of Illinois and Jilin Province": whom the signers sign for, right
# after the instrument (a topic between: "an agreement on solar power for ..."); a capital opens the governments'
# names, so "an agreement for the lease of 300 buses" names none
SIGNED_FOR = re.compile(r"\s+(?:(?:agreement|memorandum|accord|pact)\s+)?(?:on\s+(?:[a-z-]+\s+){1,4})?for\s+"
                        r"(?=(?:the\s+)?[A-Z])")


def signed_for(sentence: str, instrument_end: int) -> int | None:
    """Where the governments or bodies officials sign "for" begin, right after the instrument's name, or None (read
    only where the signers are people: "Governor X and Party Secretary Y signed an agreement for A and B")."""
    m = SIGNED_FOR.match(sentence, instrument_end)
    return m.end() if m else None


_TITLE_AFTER = re.compile(r"\s+(?:Party\s+|Vice\s+|Deputy\s+|Lieutenant\s+)?(?:" + "|".join(sorted(PERSON_TITLES)) + r")\b")


def officials_only(sentence: str, subject: tuple[int, int], entities: list) -> bool:
    """Whether a clause's subject names only people ("Governor X and Party Secretary Y"): its only names of places
    or bodies are those of their titles ("Jilin Party Secretary Liu", "Illinois Governor ...")."""
    inside = [e for e in entities if subject[0] <= e.start < subject[1]]
    return all(_TITLE_AFTER.match(sentence, e.end) for e in inside)
