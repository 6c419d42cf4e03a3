"""The head of a government who leads a trip and signs on it, told in one Chinese sentence whose signing clause has no
subject of its own (issue 17, the ninety-seventh web): "新竹市长率领市府团队赴日本富山县访问，10日在富山市役所与富山市长
共同签署《…备忘录》", "县长率团前往德国访问，期间于弗莱堡与该市市长签署…". The leader of the first clause is the one who
signs in the second (for his place: signers_zh reads "<place>市长" as that place), so the sentence is read with the
leader said again before the signing clause.

Only where the second clause opens with a day, "期间" or a place ("在/于 …") and then "与": a clause with a subject of its
own ("…访问，10日富山市与…签署") or no signing is left as it is. Pure function over one Simplified sentence.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# "新竹市长", "屏东县县长", "加州州长": a place's head, opening the sentence (after a day at most)
_LEADER = r"(?P<leader>[\u4e00-\u9fff]{2,8}?(?:市长|县长|州长|省长|知事))"
TRIP_THEN_SIGNING = re.compile(
    rf"^(?:\d{{1,2}}月\d{{1,2}}日[，,]?)?{_LEADER}(?:[\u4e00-\u9fff·]{{2,5}})?(?:率领|率|带领)[^，。；]{{0,16}}?(?:赴|前往|访问|出访)"
    rf"[^，。；]{{0,16}}[，,](?P<rest>(?:\d{{1,2}}日|当天|当日|随后|期间|访问期间)?(?:上午|下午)?[，,]?"
    rf"(?:(?:在|于)[^，。；与和]{{1,16}}?)?与[^。；]{{0,60}}?签)")


def trip_leader_subject(s: str) -> str:
    """The sentence with the trip's leader said again before a signing clause that has no subject of its own (see the
    module docstring); any other sentence as it is."""
    if "签" not in s or "与" not in s:
        return s
    m = TRIP_THEN_SIGNING.match(s)
    if not m:
        return s
    return s[:m.start("rest")] + m.group("leader") + s[m.start("rest"):]
