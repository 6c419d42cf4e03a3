"""A numbered round of a high-level dialogue named in Chinese before 期间 where something was signed
("5月25日，第二轮中美战略与经济对话期间，国家能源局与美国能源部在北京续签《…议定书》", "第六轮中美战略与经济对话期间，…签约仪式在
北京举行"): the gathering of that signing, named whole from its round (第二轮) to 对话.

events.find_events drops a name made only of fields of work ("战略与经济对话" reads as one, as "技术创新大会" does) and cuts
what stands before a 与 as the clause's; a round number is the edition that makes such a dialogue a gathering's name.
Only where the sentence says something was signed during it: a dialogue where nothing was signed is no gathering of
the tracker's (the 95th web's "Great Wall Climate Dialogue" is already read as one wrongly; this adds none such),
and neither is one where only a signing ceremony is told as held (签约仪式在…举行).
"""
from __future__ import annotations

from scrapers import lazy_re as re

_ROUND = re.compile(r"第[一二三四五六七八九十\d]{1,3}轮[\u4e00-\u9fff]{2,20}?对话(?=期间|期間)")
# a verb of signing with its signers ("…与…续签《…》"), not a signing ceremony told as held ("…签约仪式在…举行": a
# gathering of its own inside the dialogue, whose signers the sentence does not name)
_SIGNED = re.compile(r"签署|签订|续签|簽署|簽訂|續簽")


def signed_during_round(sentence: str, start: int, end: int) -> tuple[int, str] | None:
    """(start, name) of a numbered round of a dialogue ending at `end` (a Chinese name found at sentence[start:end])
    where the sentence, after 期间, says something was signed; None otherwise."""
    for m in _ROUND.finditer(sentence, 0, end + 2):
        if m.end() == end and m.start() >= start and _SIGNED.search(sentence, m.end()):
            return m.start(), m.group()
    return None
