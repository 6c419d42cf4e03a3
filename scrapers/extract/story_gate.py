"""Whether a story can yield any record at all, told from its sentences before any actor is read.

Reading a sentence's actors (`entities.find_entities`: a lookup per capitalised word) is the costliest step of
extraction, and most pages a crawl fetches name no gathering, no instrument and no target: there every record rule
returns nothing, whoever the actors are. Each rule's condition on its sentence that needs no actor is asked here
(a gathering's name, an instrument or a signing, a year with a target, a capacity or a fleet); a story none of
whose sentences meets one yields no record, and `extract_mentions` does not read its actors. Asked only of stories
with no Chinese: there a Chinese official named in one sentence stands for his place in the next (officials_zh),
which needs the actors as the sentences are read.
"""
from __future__ import annotations

from scrapers.extract import capacity, fleets_en
from scrapers.extract.agreements import may_report_en
from scrapers.extract.commitments import may_pledge_en
from scrapers.extract.dates import DateContext
from scrapers.extract.events import event_names


def may_yield(sentence: str, ctx: DateContext) -> bool:
    """Whether some record rule can read a record in this English sentence, in some story (cheapest checks first)."""
    return fleets_en.may_pledge(sentence) or capacity.may_pledge(sentence) or may_report_en(sentence) or \
        may_pledge_en(sentence) or bool(event_names(sentence, ctx))
