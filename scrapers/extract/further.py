"""Does a signing sentence tell a further instrument ("The two sides also signed a letter of intent ...",
"双方还签署了…")? Read here, with the sentence, and stored with the agreement's mention as the hint `further`, so
resolution keeps it apart from the other instrument its page names the same places in (warehouse.resolve), without
reading text itself."""
from __future__ import annotations

from scrapers import lazy_re as re

ANOTHER_INSTRUMENT = re.compile(r"\b(?:also|further|additionally|separately)\s+(?:\w+\s+)?(?:signed|inked|concluded)\b|"
                                r"(?:还|也|另外还?|此外还?|另)(?:共同)?(?:签署|签订|签约)", re.I)


def further(sentence: str) -> bool:
    """The sentence says its signing is another one, beside one told before ("also signed", 还签署)."""
    return bool(ANOTHER_INSTRUMENT.search(sentence))


# "Separately, A and B signed ...", "In a separate agreement, ...": a sentence that opens by setting itself apart;
# "On the same day, the city signed a business agreement ...", "同日，…签署": another signing of that day
SET_APART = re.compile(r"^(?:Separately|In\s+a\s+separate\s+(?:agreement|deal|memorandum|move|ceremony)|"
                       r"(?:On\s+)?[Tt]he\s+same\s+day|同日|同一天)[,，]\s*")


def set_apart(sentence: str) -> bool:
    """The sentence opens by telling another instrument than the one before ("Separately, ..."): a further one,
    and not one of the occasion just told (so no `further` for occasion.same_occasion, which would lend its day)."""
    return bool(SET_APART.match(sentence))
