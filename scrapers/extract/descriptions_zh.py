"""Parties a Chinese text describes without naming them: "泰州一氢能企业" (a hydrogen company of Taizhou),
"美国、德国科研机构" (research bodies of the US and Germany), as headlines tell a signing before the text names the
parties.

Read as names, the city stood for the company ("Taizhou") and the countries for their research bodies ("United
States", "德国科研机构"): wrong parties. An indefinite description (一/一家 + a line of business + 企业, 机构, 高校 ...)
and a list of countries sharing one kind of body name no one; the sentence that names the parties gives the row.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer

# "一氢能企业", "一家新能源公司", "一所高校": one body of a kind, not its name
INDEFINITE = re.compile(r"一(?:家|个|所|座)?[\u4e00-\u9fff]{0,4}?(?:企业|机构|高校|院校|单位|科研院所)$|"
                        r"一家[\u4e00-\u9fff]{0,4}?公司$")
# the kind of body several countries' own ones are ("美国、德国科研机构", "中美高校")
KIND = re.compile(r"(?:有关|相关|知名)?(?:科研|研究|能源|新能源|电力)?(?:机构|院所|高校|大学|企业|公司|单位)$")


def described_party(core: str) -> bool:
    """Whether a list item describes a body instead of naming it ("泰州一氢能企业", "一家储能公司")."""
    if "一" not in core:
        return False
    m = INDEFINITE.search(core)
    if m is None:
        return False
    lead = core[:m.start()]
    return not lead or bool(gazetteer().find_zh(lead))  # nothing or the body's place before it


def countries_kind(piece: str) -> bool:
    """Whether a list names only a kind of body of the countries it lists ("美国、德国科研机构")."""
    if "、" not in piece:
        return False
    items = piece.strip().split("、")
    m = KIND.search(items[-1])
    if m is None or m.start() == 0:
        return False
    gaz = gazetteer()
    last = items[-1][:m.start()]
    return all((p := gaz.find_zh(x.strip())) is not None and p.kind == "country" for x in items[:-1] + [last])
