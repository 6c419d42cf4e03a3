"""Which report's date an agreement's record takes (warehouse.resolve_agreements.agreement_fields): of the reports
at the finest precision, the day told by the most pages; on a tie, the earliest. One signing told a day apart (a
memorandum signed on Wednesday morning in Xining is "late Tuesday" in Minneapolis; a wire's dateline day) is dated as
most sites date it, not by whichever report gives the earliest day.
"""
from __future__ import annotations

from collections import Counter

from pactwatch.models import Mention


def dating_report(dated: list[Mention], rank: dict) -> Mention:
    """The report whose signing date the record takes: finest precision (`rank`: precision -> order), then the date
    most pages give at that precision, then the earliest."""
    votes = Counter((m.fields.get("signed_on_precision"), m.fields["signed_on"])
                    for m in {(m.url, m.fields.get("signed_on_precision"), m.fields["signed_on"]): m
                              for m in dated}.values())
    return min(dated, key=lambda m: (rank[m.fields.get("signed_on_precision")],
                                     -votes[(m.fields.get("signed_on_precision"), m.fields["signed_on"])],
                                     m.fields["signed_on"]))
