"""English agreement clauses told with coordination and nominalisations (round 17b, after the fifty-eighth web): "A and
B each signed agreements with C" (one agreement per subject), "X signed three agreements: with A on ..., with B on ...,
and with C on ..." (one per counterpart listed after the colon), "following the signature of the accord by A and B"
(the signature is the signing; "by" names its parties). Pure functions over the sentence, each gated by a plain
substring test before any pattern runs; the reading stays in agreements.py, which calls these as hooks."""
from __future__ import annotations

from pactwatch.jurisdictions import jurisdiction
from scrapers.extract.national_bodies_en import of_party_country

from scrapers import lazy_re as re

from scrapers.extract.agreement_words import NOMINAL_NOT_DONE

# "A and B each signed ...": the subjects sign one by one (not "each other", not "each year")
_EACH = re.compile(r"\beach\s+(?:(?:also|separately|then)\s+)?(?:signed|inked|sealed|concluded|renewed|co-signed)\b")
# "signed three agreements: with A on ..., with B on ..., and with C on ...": a colon opens the counterparts' list
_LISTED_WITH = re.compile(r"(?::|;|,)\s+(?:and\s+)?with\s+(?=[A-Z]|the\s+[A-Z])")
_COLON_WITH = re.compile(r":\s+with\s+")
# "the signature of the accord by A and B", "after the signature of an agreement between A and B"
_SIGNATURE = re.compile(r"\bsignatures?(?=\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:accords?|agreements?|pacts?|"
                        r"memorand(?:um|a)|MOUs?|MoUs?|declarations?|compacts?|charters?|joint\s+statements?)"
                        r"(?:\s+of\s+(?:understanding|cooperation))?\s+"
                        r"(?:by|between)\s)", re.I)

_FRONTED = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing|[Uu]pon|[Oo]n|[Ss]ince|[Ww]ith)\s+the\s+$")


def each_signed(sentence: str) -> bool:
    """True where the sentence's subjects each signed on their own ("El Paso and Lexington each signed agreements with
    Yichang"): one agreement per subject and counterpart, not one of all of them."""
    return " each " in sentence and bool(_EACH.search(sentence))


def each_groups(parties: list[str], with_names: list[str]) -> list[list[str]]:
    """The agreements of "A and B each signed ... with C": [A, C], [B, C] (with two counterparts, each subject signs with
    both: [A, C, D], [B, C, D]); [] where the clause has fewer than two subjects or no counterpart."""
    own = [p for p in parties if p not in with_names]
    return [[o, *with_names] for o in own] if len(own) >= 2 and with_names else []


def listed_counterparts(sentence: str, after: int) -> list[int]:
    """Where each counterpart of "signed three agreements: with A on ..., with B on ..., and with C on ..." starts
    (after its "with"), for a list opened by a colon after offset `after` (the instrument); [] for any other sentence."""
    if ": with " not in sentence:
        return []
    colon = _COLON_WITH.search(sentence, after)
    if not colon:
        return []
    return [colon.end()] + [m.end() for m in _LISTED_WITH.finditer(sentence, colon.end())]


def signature_verb(sentence: str) -> list[re.Match]:
    """The noun "signature" of "the signature of the accord by A and B" as the signing's verb ([] where none, and
    where the signature is still to come: "The signature of the accord by A and B is expected next spring")."""
    if "ignature" not in sentence:
        return []
    m = _SIGNATURE.search(sentence)
    if not m:
        return []
    # "Following the signature of the accord by A and B on July 8, the two will ...": a fronted phrase, done; what
    # the main clause after its comma plans is no test of it
    fronted = _FRONTED.search(sentence, 0, m.start())
    end = sentence.find(", ", m.end()) if fronted else -1
    return [] if NOMINAL_NOT_DONE.search(sentence, m.end(), end if end > 0 else len(sentence)) else [m]


def another_instrument(kind: str, parties: list[str], last: dict) -> bool:
    """Whether "The pact, inked by A and B ..." (a definite instrument with signers of its own) tells a new instrument,
    not the one just reported (`last`, its fields): it names two parties or more, one the last agreement lacks, and
    is of another kind or shares no party with it. "The memorandum was signed by ..." with the same parties, or with
    people where the bodies were, stays the one just reported."""
    if len(parties) < 2:
        return False
    before = set(last.get("parties") or [])
    # a body of a party already there signs for it ("The agreement was signed ... by the chair of the California
    # Energy Commission and a Jiangsu vice governor": California's)
    new = [p for p in parties if p not in before and jurisdiction(p) not in before
           and not of_party_country(p, before)]  # (a party country's own ministry: national_bodies_en)
    return bool(new) and (kind != last.get("agreement_type") or len(new) == len(parties))


# "The network's spring assembly opened in Yichang on May 21": a gathering told as opened or held in a city
_GATHERING_IN = re.compile(r"\b(?:assembly|summit|conference|forum|meeting|congress|convention|week|symposium|expo)\s+"
                           r"(?:(?:was\s+)?(?:opened|held|convened|began|kicked\s+off|got\s+under\s+way)|opens|began)"
                           r"\s+in\s+$", re.I)


def gathering_city(found: list, previous: str, previous_entities: list) -> None:
    """Give the signings of a sentence told at a gathering ("On the first day A and B each signed ...", "at the same
    session") that name no place the city the sentence before said the gathering opened or was held in ("The
    network's spring assembly opened in Yichang on May 21, 2024"). Changes `found` in place; the caller checks the
    sentence's anaphor to the gathering."""
    if not any(ag.city is None for ag in found) or " in " not in previous:
        return
    city = next((e for e in previous_entities if e.kind == "city" and _GATHERING_IN.search(previous[:e.start])), None)
    for ag in found:
        if city and ag.city is None:
            ag.city, ag.country = city.name, city.country
