"""One signing told twice in a row, first as a partnership and then by its instrument ("UC Berkeley and Tsinghua
University have formalized a partnership to launch ..." + "A memorandum of understanding was signed by UC Berkeley
and Tsinghua University on Monday"): one agreement, the instrument's, not two rows."""
from __future__ import annotations

NEAR = 2  # sentences


def fold_partnerships(pending: list[tuple]) -> list[tuple]:
    """Drop an undated partnership whose parties sign an instrument (MOU, agreement) within NEAR sentences after:
    the instrument formalizes the partnership. `pending` holds (mention, event keys) with mention.hints["_at"]."""
    ags = [m for m, _ in pending if m.record_type == "agreement"]
    drop = set()
    for p in ags:
        f = p.fields
        if f["agreement_type"] != "partnership" or f["signed_on"] is not None:
            continue
        for q in ags:
            if q is not p and q.fields["agreement_type"] in {"mou", "agreement"} and \
                    0 < q.hints["_at"] - p.hints["_at"] <= NEAR and set(q.fields["parties"]) == set(f["parties"]):
                q.fields["topics"] = list(dict.fromkeys(q.fields["topics"] + f["topics"]))
                drop.add(id(p))
                break
    return [(m, k) for m, k in pending if id(m) not in drop]
