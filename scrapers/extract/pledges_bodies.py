"""Who pledges when the entity reader knows no name in an English pledge sentence: a company named by its bare brand
that the sentence itself calls "the company" ("Acme will cut ... by 2030, the company said"), "The company will ..."
for the company that pledged just before, and signatories listed as the subject of the signing ("A, B and C have
signed the pledge, and each of the signatories commits to ...").

Cheap: each pattern is anchored at the sentence's start or on a literal word, and is tried only when no actor was found
otherwise; a known place is never taken for a company.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.name_runs import CALENDAR

COMPANY_WORD = (r"(?:company|firm|carmaker|automaker|steelmaker|retailer|conglomerate|tech\s+giant|multinational|"
                r"utility|oil\s+major)")
_NAME = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}"
# "Microsoft has committed to ...", "Acme Foods will ...", "Apple, which is ..., plans to ...": a capitalised subject
# opening the sentence (an apposition or a relative clause between), then its verb
NAMED_SUBJECT = re.compile(rf"^({_NAME})(?:,\s+(?:which|a|an|the)\s[^,]{{0,80}},)?\s+(?:has\s+|have\s+)?(?:also\s+)?(?:committed|pledged|vowed|promised|aims|"
                           rf"plans|intends|will|set)\b")
SAID_COMPANY = re.compile(rf"\bthe\s+{COMPANY_WORD}\b", re.I)
# "The company will halve ...", "The firm also aims to ...": the company that pledged just before
COMPANY_SUBJECT = re.compile(rf"^(?:The|That)\s+{COMPANY_WORD}\s+(?:also\s+|now\s+)?(?:will|has|aims|plans|intends|"
                             rf"pledged|committed|vowed|wants)\b")
# "The bank's target is to reach ...", "The corporation also set a goal of ...", "The airline is aiming for ...": a body
# named by its kind (a bank, an airline, a city corporation) for the one that pledged just before
BODY_WORD = (r"(?:bank|lender|insurer|airline|carrier|shipping\s+line|corporation|group|manufacturer|producer|"
             r"cement\s+maker|operator)")
KIND_SUBJECT = re.compile(rf"^(?:The|That)\s+(?:{COMPANY_WORD}|{BODY_WORD})(?:['’]s\s+(?:new\s+|long-term\s+|own\s+)?"
                          rf"(?:target|goal|aim|ambition)\s+is\s+to\b|\s+(?:also\s+|now\s+)?(?:set\s+(?:a|an|the)\s+"
                          rf"(?:goal|target)|is\s+aiming|aims|will|plans|intends|pledged|committed|has\s+committed)\b)")
# "Verizon, Infosys and Reckitt Benckiser have signed The Climate Pledge": the signatories, listed as the subject
SIGNED_LIST = re.compile(rf"^({_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})\s+(?:have\s+|had\s+)?(?:(?:also|all|jointly)\s+)?"
                         rf"(?:signed|joined)\b")
# "Alibaba and Tencent have both pledged to ...": a pledge of each body of the listed subject
BOTH_PLEDGED = re.compile(rf"^({_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})\s+(?:have\s+|had\s+)?(?:both|each|all)\s+"
                          rf"(?:pledged|committed|vowed|promised|set|aim|plan)\b")
EACH_SIGNATORY = re.compile(r"\b(?:each\s+of\s+the\s+signatories|each\s+signatory|the\s+signatories|"
                            r"each\s+of\s+the\s+(?:companies|firms))\b", re.I)
# a capitalised word that opens sentences and names nobody, or a title before a person's name
NOT_A_BODY = re.compile(r"^(?:The|This|That|These|Those|It|Its|They|Their|We|Our|He|She|His|Her|A|An|In|On|At|By|"
                        r"Under|Officials?|Mayor|Governor|President|Premier|Minister|Secretary|Chairman|Chief|CEO|"
                        r"Executive|Director|Mr|Ms|Mrs|Dr)\b")


def body_actors(sentence: str, at: int, last_actor: str | None) -> list[str]:
    """The actors of a pledge (at `at`) that no entity names: see the module's docstring. [] when none is sure."""
    if (COMPANY_SUBJECT.match(sentence) or KIND_SUBJECT.match(sentence)) and last_actor and \
            not gazetteer().find_en(last_actor):
        return [last_actor]
    if (m := SIGNED_LIST.match(sentence)) and m.end() <= at and EACH_SIGNATORY.search(sentence, m.end(), at + 1):
        return _bodies(m.group(1))
    if (m := BOTH_PLEDGED.match(sentence)) and m.end() <= at + 1:
        return _bodies(m.group(1))
    if (m := NAMED_SUBJECT.match(sentence)) and m.end() <= at + 1 and _a_body(m.group(1)) \
            and SAID_COMPANY.search(sentence, m.end()):
        return [m.group(1)]
    return []


def _bodies(listed: str) -> list[str]:
    """The names of a list ("A, B and C"), or [] when one of them is no body."""
    names = [n.strip() for n in re.split(r",\s+(?:and\s+)?|\s+and\s+", listed)]
    return names if all(_a_body(n) for n in names) else []


def _a_body(name: str) -> bool:
    """A capitalised name that is no sentence opener, title, month or weekday ("May will ..."), or known place."""
    return not NOT_A_BODY.match(name) and name.split()[0] not in CALENDAR and not gazetteer().find_en(name)
