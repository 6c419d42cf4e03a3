"""One English signing told over two sentences: a restatement that adds its day and place ("The memorandum was
signed on Thursday by ..."), a list of its signatories in a sentence of their own ("Its signatories were A, B and C."),
a second half that names the other parties ("The MoU was signed by ..., chief executive of B"). Moved out of
agreements.py (which reads one sentence) unchanged but for "Its"/"Their" signatories."""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.agreement_fields import AgreementMention
from scrapers.extract.clauses_en import outside_asides
from scrapers.extract.entities import Entity
from scrapers.extract.roles import actors, in_span


def restate(fields: dict, ag: AgreementMention) -> None:
    """Fold a sentence that restates the agreement just reported ("The memorandum ... was co-signed on Thursday by
    ...") into that agreement's fields: the day and place it adds. Its parties stay: a restatement names people and
    what they chair ("Anne Hidalgo, Mayor of Paris and chair of C40"), not a better list. A sentence dating its signing
    on another day ("... renewed their memorandum on Monday." + "The two sides first signed the memorandum in Nanchang
    on June 3, 2020.", more than a week apart) tells an earlier signing, and lends neither day nor place."""
    if ag.signed_on and fields["signed_on"] and abs((ag.signed_on - fields["signed_on"]).days) > 7 and \
            fields["signed_on_precision"] == "day" and ag.signed_on_precision == "day":
        return  # (a day or two apart is one signing told loosely: "on Monday" and a quote's "today")
    if ag.signed_on and (fields["signed_on"] is None or fields["signed_on_precision"] != "day"):
        fields["signed_on"], fields["signed_on_precision"] = ag.signed_on, ag.signed_on_precision
    if ag.city and not fields["city"]:
        fields["city"], fields["country"] = ag.city, ag.country


def first_signing(fields: dict, ag: AgreementMention) -> bool:
    """The sentence after a signing dates the same instrument's signing more than a week before it, naming no other
    party ("... renewed their memorandum on Monday." + "The two sides first signed the memorandum in Nanchang on June
    3, 2020."): it tells the first signing of the instrument renewed, a row of its own, signed by the same parties
    (set on `ag`). Not a day told loosely, nor a signing whose parties differ."""
    if not (ag.signed_on and fields["signed_on"] and ag.signed_on_precision == "day" and
            fields["signed_on_precision"] == "day" and (fields["signed_on"] - ag.signed_on).days > 7):
        return False
    if len(fields["parties"]) < 2 or ag.parties and set(ag.parties) != set(fields["parties"]):
        return False
    ag.parties = list(fields["parties"])
    return True


# "The signatories are A, B and C.", "Among the first to sign were ...", "The declaration carries the signatures of
# ...", "The commitment was signed first by ...", "The signatories, among them A, B and C, will ..." (the list in an
# apposition: up to its closing comma)
SIGNATORY_LIST = re.compile(r"^(?:The\s+|Its\s+|Their\s+)?(?:first\s+)?signatories\s+(?:are|were|include[ds]?)\b|"
                            r"^Among\s+the\s+(?:first\s+)?(?:to\s+sign|signatories)\s+(?:were|are)\b|"
                            r"^(?:It|The\s+\w+)\s+(?:was|were)\s+(?:first\s+)?signed\s+(?:first\s+)?by\b|"
                            r"^(?P<apposed>(?:The\s+|Its\s+|Their\s+)?signatories,\s+(?:among\s+them|including)\b)",
                            re.I)
# where an apposed list ends: a comma before a lower-case word that is not the list's "and"/"or"
APPOSED_END = re.compile(r",\s+(?!and\b|or\b)(?=[a-z])")


# "The first was signed by A and B, and the second by C and D": each instrument of a session its own signers
NEXT_ORDINAL = re.compile(r",?\s+and\s+the\s+(?:second|third|fourth|other|last)\s+(?:one\s+)?(?:was\s+signed\s+)?by\s")


def listed(first: AgreementMention, sentence: str, entities: list[Entity]) -> list[AgreementMention]:
    """A signing whose parties the text lists in a sentence of their own ("The mayors of twelve cities signed the
    Declaration on Monday." + "The signatories are London, Paris, ..."): the agreement with the listed actors (the
    places and bodies the signatories stand for, not what asides say of them); where the sentence goes through a
    session's instruments one by one ("Two agreements were signed ..." + "The first was signed by A and B, and the
    second by C and D"), one agreement per ordinal. [] when none."""
    m = SIGNATORY_LIST.search(sentence) if not first.ceremony else None  # (a ceremony's signers: `complete`)
    if not m:
        return []
    end = (e.start() if m.group("apposed") and (e := APPOSED_END.search(sentence, m.end())) else len(sentence))
    bounds = [m.end(), *(x for o in NEXT_ORDINAL.finditer(sentence, m.end(), end) for x in (o.start(), o.end())),
              end]
    out = []
    for a, b in zip(bounds[::2], bounds[1::2]):
        names = [e.name for e in actors(outside_asides(in_span(entities, (a, b)), sentence), sentence)]
        if whole := complete(first, AgreementMention(first.agreement_type, None, names, None, None, None, None)):
            out.append(whole)
    return out


def complete(first: AgreementMention, second: AgreementMention) -> AgreementMention | None:
    """One signing told over two sentences, each naming some of its parties ("its maritime regulator inked an MoU
    with the Tianjin commission on Wednesday." + "The MoU was signed by ..., chief executive of the Maritime and Port
    Authority of Singapore, and ..."): the agreement with both sentences' parties, or None when still fewer than two."""
    parties = list(dict.fromkeys(first.parties + second.parties))
    if first.ceremony and len(second.parties) >= 2:
        parties = second.parties  # "A and B attended a signing ceremony ..." + "The memorandum was signed by C and D"
    if len(parties) < 2:
        return None
    # a signing told without its instrument ("put pen to paper") is of the kind the second sentence names
    kind = second.agreement_type if (not first.parties or first.ceremony) and first.weak else first.agreement_type
    return AgreementMention(kind, first.title or second.title, parties,
                            first.signed_on or second.signed_on,
                            first.signed_on_precision if first.signed_on else second.signed_on_precision,
                            first.city or second.city, first.country if first.city else second.country,
                            list(dict.fromkeys(first.topics + second.topics)))
