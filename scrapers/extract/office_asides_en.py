"""Bodies an English signing sentence names only to describe someone or something else, never as parties:

* the body a signer chairs or founded, told in an apposition after the signer: "Rio de Janeiro Mayor Eduardo Paes,
  chair of the C40 Cities Climate Leadership Group, signed ...", "..., co-founder of the X Alliance," (the signer
  signs for the place or body the title before the name gives, not for the network he chairs);
* the body that names a gathering: "held during the UN climate conference", "at the C40 World Mayors Summit", "the
  ICLEI World Congress" (the organiser in the gathering's name did not sign; the gathering is the occasion).

`office_asides` gives the appositions' spans (read by clauses_en.asides with the other appositions);
`names_gathering` tells an entity that stands in a gathering's name (read by clauses_en.outside_asides).

Cheap: a literal " of " or a gathering word gates each pattern."""
from __future__ import annotations

from scrapers import lazy_re as re

# ", chair of the C40 ...," / ", co-founder of ...": an office in a body, without an article (", the chair of" is
# already an apposition), up to the next comma, semicolon or the sentence end. Not president/head/secretary: ",
# president of Kenya" names the country a head of state signs for.
_OFFICE = re.compile(r",\s+(?:(?:former|current|outgoing|incoming)\s+)?(?:co-|vice[- ])?(?:chair|chairman|chairwoman|"
                     r"chairperson|founder|board\s+member|member|patron|ambassador|envoy)\s+of\s+(?:the\s+)?[A-Z]"
                     r"[^,;]{0,120}?(?=,|;|$)")
# "UN climate conference", "C40 World Mayors Summit", "ICLEI World Congress": a body's name right before the words
# of a gathering (capitalised words or climate/change/energy between)
_GATHERING_AFTER = re.compile(r"\s+(?:(?:[A-Z][\w-]*|climate|change|environment|environmental|energy|mayors')\s+){0,4}"
                              r"(?:[Cc]onference|[Tt]alks|[Ss]ummit|[Ff]orum|[Cc]ongress|[Dd]ialogue|[Cc]onvention)\b")


def office_asides(sentence: str) -> list[tuple[int, int]]:
    """Spans of ", chair of the X," style appositions: the body named there is the signer's office, not a party."""
    if " of " not in sentence:
        return []
    return [(m.start(), m.end()) for m in _OFFICE.finditer(sentence)]


def names_gathering(sentence: str, end: int) -> bool:
    """True when the words after an organisation's name (ending at `end`) make it the name of a gathering ("UN
    climate conference", "C40 World Mayors Summit"): the body is the gathering's organiser, not a party."""
    return _GATHERING_AFTER.match(sentence, end) is not None
