"""Chinese names of bodies said in full or in the usual contraction: 环保 is how Chinese writes 环境保护 inside a
body's name (加州环保局 = 加州环境保护局, 环保部 = 环境保护部, 香港环保署 = 香港环境保护署), so a name the alias file holds in
one form denotes the same body in the other. `other_forms` gives the other form(s) of an alias, which the alias book
adds beside it (a form the file already holds for another body keeps that body). Only this contraction, inside a
name (never a word alone): it is fixed usage, not a guess. Pure function.

A company's short name that ends on its trade (现代汽车, 丰田汽车, 西门子能源) is said with 公司 too (现代汽车公司,
"韩国现代汽车公司" with its country before it): the same company, the form the alias book adds beside it."""
from __future__ import annotations

# full form -> contraction, each said of a body's field inside its name
_CONTRACTIONS = {"环境保护": "环保"}
# the trade a company's short name ends on (Simplified and Traditional)
_TRADES = ("汽车", "汽車", "电力", "電力", "能源", "重工", "电气", "電氣", "化学", "化學", "石油", "钢铁", "鋼鐵", "航运",
           "航運", "电子", "電子", "电机", "電機")


def other_forms(alias: str) -> list[str]:
    """The alias with each contraction said in full, or each full form contracted; [] where it holds neither, or where
    it is the word alone."""
    out = []
    for full, short in _CONTRACTIONS.items():
        if alias in (full, short):
            continue
        if full in alias:
            out.append(alias.replace(full, short))
        elif short in alias:
            out.append(alias.replace(short, full))
    if len(alias) >= 4 and alias.endswith(_TRADES):
        out.append(alias + "公司")  # 现代汽车 -> 现代汽车公司
    return out
