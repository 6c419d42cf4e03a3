"""Chinese names of bodies said in full or in the usual contraction: 环保 is how Chinese writes 环境保护 inside a
body's name (加州环保局 = 加州环境保护局, 环保部 = 环境保护部, 香港环保署 = 香港环境保护署), so a name the alias file holds in
one form denotes the same body in the other. `other_forms` gives the other form(s) of an alias, which the alias book
adds beside it (a form the file already holds for another body keeps that body). Only this contraction, inside a
name (never a word alone): it is fixed usage, not a guess. Pure function."""
from __future__ import annotations

# full form -> contraction, each said of a body's field inside its name
_CONTRACTIONS = {"环境保护": "环保"}


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
    return out
