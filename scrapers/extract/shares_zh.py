"""Renewable shares a Chinese sentence states as a part of a whole ("可再生能源消费量占终端能源消费总量的30%",
"非化石能源占一次能源消费的25%") rather than with 比重/占比 (figures_zh reads those), and a later step of the same share
told by "这一比例" ("到2030年，这一比例达到50%"). Each is a renewable_share of the clause's target year. A share reached
("2020年可再生能源消费量占终端能源消费总量的18%": no year a target) is left out by the caller's target year; a share
of capacity installed ("装机占全省总装机的40%") is no share of energy used. Pure functions over the sentence."""
from __future__ import annotations

from typing import Callable

from scrapers import lazy_re as re

# one figure (a share of a whole is never a range here): "30%", "50％"
ZH_PCT = r"(\d+(?:\.\d+)?)()\s*[%％]"

# "可再生能源消费量占终端能源消费总量的30%", "非化石能源占一次能源消费的25%", "清洁能源发电量占全社会用电量的60%"
_PART_OF = re.compile(rf"(?:非化石能源|可再生能源|清洁能源)(?:消费量?|发电量|电量|电力)?占"
                      rf"[^，。；%％\d]{{2,16}}?(?:总量|消费量?|用电量|需求)的?\s*{ZH_PCT}")
# "这一比例达到50%", "该比例提高到40%": the same share, a later step
_THIS_SHARE = re.compile(rf"(?:这一|该|此)(?:比例|比重|占比)(?:将|要)?(?:达到|提高到|提高至|提升到|提升至|升至|增至)\s*{ZH_PCT}")


def part_shares_zh(s: str, near_year: Callable[[int], int | None]) -> list[tuple[int, str, dict]]:
    """The renewable shares a Chinese sentence states as a part of a whole, and the steps "这一比例" adds after one."""
    if "占" not in s:
        return []
    out = [(m.start(), "renewable_share", {"target_year": y, "share_pct": float(m.group(2) or m.group(1))})
           for m in _PART_OF.finditer(s) if (y := near_year(m.start()))]
    if out:
        out += [(m.start(), "renewable_share", {"target_year": y, "share_pct": float(m.group(2) or m.group(1))})
                for m in _THIS_SHARE.finditer(s, out[0][0]) if (y := near_year(m.start()))]
    return out


# "到2030年，这一比例达到50%。" opening a sentence of its own (the one before ended with "；")
_OPENS_THIS_SHARE = re.compile(rf"^(?:到|至)?\s*(\d{{4}})\s*年(?:底|前)?[，,]?\s*{_THIS_SHARE.pattern}")


def continued_share_zh(s: str, before: str, actor: str | None) -> list[dict]:
    """The later step of a renewable share the sentence before stated and this one continues after a "；"
    ("…占终端能源消费总量的30%；" + "到2030年，这一比例达到50%。"): the same actor's renewable_share of this year (the
    fields of a CommitmentMention)."""
    if not actor or "比" not in s or not before.rstrip().endswith(("；", ";")) or \
            not (m := _OPENS_THIS_SHARE.match(s.strip())) or not _PART_OF.search(before):
        return []
    return [{"actor": actor, "commitment_type": "renewable_share", "target_year": int(m.group(1)),
             "share_pct": float(m.group(2))}]
