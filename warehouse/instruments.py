"""Two rules that keep two instruments apart where their reports look alike (warehouse.resolve_agreements):

* two differently named bodies of one place are two bodies: the province's environment department and its energy
  administration, one signing with a partner on one day (江西省生态环境厅 / 江西省能源局), or a company of a province
  and its environment department, stay two sides though each folds to the same place; a name and its variant
  ("Beijing Municipal Commission of Development and Reform" / "Beijing Municipal Development and Reform Commission")
  share words and still fold;
* a renewal is not the instrument it renews: a report telling a renewal (续签, "renewed") without a date does not join
  a signing dated well before its page, unless that report tells a renewal too.
"""
from __future__ import annotations

import re
from datetime import timedelta

from pactwatch.gazetteer import CJK
from pactwatch.models import Mention
from warehouse.resolve_common import jurisdiction, page_date

# words any body of a place may carry: they say nothing of which body it is
_GENERIC_EN = {"of", "the", "and", "for", "provincial", "province", "municipal", "municipality", "city", "state",
               "people's", "peoples", "government", "autonomous", "region", "regional", "county", "prefecture"}
_GENERIC_ZH = set("省市州县区的和与人民政府自治")
_RENEWAL = re.compile(r"续签|續簽|重签|重簽|\brenew(?:ed|s|ing|al)?\b", re.I)
_WELL_BEFORE = timedelta(days=60)


def _content(name: str, place: str) -> set[str]:
    """What names the body among the bodies of its place: the words (Latin) or characters (Chinese: `place` is then
    the opening both names share) of its name that are neither the place's nor generic."""
    if CJK.search(name):
        return {c for c in name[len(place):] if CJK.match(c) and c not in _GENERIC_ZH}
    drop = {w.casefold() for w in place.split()}
    return {w for w in re.findall(r"[\w'&]+", name.casefold()) if w not in drop and w not in _GENERIC_EN}


def two_bodies(a: str, b: str) -> bool:
    """`a` and `b` fold to one place but name two of its bodies: neither is the bare place, both are written in one
    script, and their names share no word (character, in Chinese) beyond the place's and generic ones."""
    pa, pb = jurisdiction(a), jurisdiction(b)
    if pa != pb or a == pb or b == pb or bool(CJK.search(a)) != bool(CJK.search(b)):
        return False
    if CJK.search(a):  # the place both open with, as written (萨克森州 of 萨克森州经济促进公司)
        pa = pb = a[:next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))]
    ca, cb = _content(a, pa), _content(b, pb)
    return bool(ca) and bool(cb) and not ca & cb


def sides_name_two_bodies(pa: list[str], pb: list[str]) -> bool:
    """Two reports' party lists, folded to the same places, name two bodies of one place on some side (two_bodies
    between a name only one report has and one only the other has)."""
    only_a = [p for p in pa if p not in pb]
    only_b = [p for p in pb if p not in pa]
    return any(two_bodies(x, y) for x in only_a for y in only_b)


def tells_renewal(m: Mention) -> bool:
    """The report's sentence tells a renewal of an instrument (续签, "renewed its memorandum")."""
    return bool(_RENEWAL.search(m.quote or ""))


def renewal_of_older(a: Mention, b: Mention) -> bool:
    """One of the two reports tells an undated renewal and the other, telling no renewal, a signing dated well before
    the renewal's page (two months or more): the renewal and the instrument it renews, two rows."""
    for u, d in ((a, b), (b, a)):
        if u.fields.get("signed_on") or not tells_renewal(u) or tells_renewal(d) or not d.fields.get("signed_on"):
            continue
        pd = page_date(u)
        if pd is not None and pd - d.fields["signed_on"] >= _WELL_BEFORE:
            return True
    return False

