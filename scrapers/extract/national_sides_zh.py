"""The two sides of a Chinese national outcome, named by their one-character abbreviations: "中墨双方发表《…联合声明》"
(China and Mexico), "墨方表示，将力争2050年前实现…净零排放" (Mexico), "中方重申，力争2030年前达峰" (China). State media
write a bilateral statement this way, and the national pledges inside it with 中方 / X方 as the subject.

An abbreviation several countries share (新: 新加坡 and 新西兰; 巴: 巴西 and 巴基斯坦) is read only as the country the
sentence (or the one before) names in full with that first character; an abbreviation no country of the table and none
named has is no one (no guess). 双方, 对方, 我方, 各方, 外方 name no country. Also: 联合 is a town's name in the tables,
but in 联合声明, 联合宣言, 联合国 it is the word "joint" (`joint_word`): a town is read only with its unit (联合镇).
"""
from __future__ import annotations

from pactwatch.gazetteer import gazetteer
from scrapers import lazy_re as re

# one-character abbreviations of countries (as Chinese news writes them) that name one country only
SIDE_COUNTRY = {"中": "中国", "美": "美国", "英": "英国", "法": "法国", "德": "德国", "俄": "俄罗斯", "日": "日本",
                "韩": "韩国", "欧": "欧盟", "加": "加拿大", "澳": "澳大利亚", "意": "意大利", "墨": "墨西哥",
                "哈": "哈萨克斯坦", "智": "智利", "秘": "秘鲁", "越": "越南", "泰": "泰国", "老": "老挝", "柬": "柬埔寨",
                "缅": "缅甸", "蒙": "蒙古", "埃": "埃及", "希": "希腊", "荷": "荷兰", "葡": "葡萄牙", "挪": "挪威",
                "丹": "丹麦", "芬": "芬兰", "肯": "肯尼亚", "古": "古巴", "匈": "匈牙利", "沙": "沙特阿拉伯"}

# "中墨双方…", "中哈两国…": a pair ending the words before the verb (when and where already dropped)
PAIR = re.compile(r"(?:^|[，,；\s])\s*中(?P<other>[\u4e00-\u9fff])(?:两国|双方|两国政府)\s*$")
# "中方重申，力争…", "墨方表示，将力争…", "联合声明指出，中方力争…": a side opening its clause
SIDE = re.compile(r"(?:^|[，,；：:])\s*(?P<abbr>[\u4e00-\u9fff])方(?P<said>(?:还|也|并)?(?:重申|表示|宣布|承诺|提出|强调|指出)[，,：:])?")
BREAK = re.compile(r"[，,；;：:。]")
JOINT_WORD = re.compile(r"联合(?![市镇乡县区村]|街道)")


def joint_word(s: str, i: int) -> bool:
    """Whether the 联合 at position i of a Chinese sentence is the word "joint" (联合声明), not the town 联合."""
    return s.startswith("联合", i) and JOINT_WORD.match(s, i) is not None


def side_country(abbr: str, named: list[str]) -> str | None:
    """The English name of the country a one-character abbreviation stands for: the one `named` (Chinese surfaces
    of countries named nearby) opens with that character, else the table's; None where neither settles it."""
    gaz = gazetteer()
    for surface in named:
        if surface.startswith(abbr) and (p := gaz.find_zh(surface)) and p.kind == "country":
            return p.name
    zh = SIDE_COUNTRY.get(abbr)
    p = gaz.find_zh(zh) if zh else None
    return p.name if p else None


def side_pair(subject: str, entities) -> list[str] | None:
    """China and the other country of "中X双方" / "中X两国" ending a subject, or None."""
    if "中" not in subject or not (m := PAIR.search(subject)):
        return None
    other = side_country(m.group("other"), [e.surface for e in entities if e.kind == "country"])
    china = side_country("中", [])
    return [china, other] if china and other and other != china else None


def side_subject(sentence: str, at: int, entities) -> list[str]:
    """[the country] of a "X方" opening the clause of a pledge at `at` ("中方重申，力争2030年前达峰"), else []: the
    last side opening a clause before the pledge, with no other clause break (but the one after its verb of saying)
    and no name between."""
    if "方" not in sentence[:at]:
        return []
    last = None
    for m in SIDE.finditer(sentence, 0, at):
        last = m
    if last is None:
        return []
    between = sentence[last.end():at]
    if BREAK.search(between) or any(last.end() <= e.start < at for e in entities):
        return []
    name = side_country(last.group("abbr"), [e.surface for e in entities if e.kind == "country"])
    return [name] if name else []
