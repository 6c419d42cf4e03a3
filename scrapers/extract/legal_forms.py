"""A company's name runs to its legal form (issue 17, the ninetieth web: listed companies' own disclosures).

* Chinese: "运达能源科技集团股份有限公司" is one name. The shape reader finds a name at each head word (集团, then
  股份有限公司), both opening at the same character; the first, shorter one used to win, leaving the company as
  "运达能源科技集团". Where no alias table knows the name, the one that runs on by a legal form alone is the
  company's name as written (`whole_company`).
* English: a Chinese or foreign company's subsidiary is written with its city or country in brackets before the
  legal form: "Envision Energy (Jiangsu) Co., Ltd.", "Shell (China) Limited", "Concord Energy Storage Investment
  (Beijing) Co., Ltd.". The entity reader stops at the bracket and reads "Co., Ltd." as a second company;
  `bracketed_place_companies` reads each such name whole, as the story's own name (a `local` name of the story).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.entity_kinds import Entity

# what a Chinese company's name may end in after its last head word: its legal form only
_ZH_FORM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)")


def whole_company(s: str, shaped: list[Entity]) -> Entity | None:
    """Of the shaped names opening at one character (in the order found), the first, or the one that runs past it
    by a legal form alone (运达能源科技集团 + 股份有限公司): the company's whole name."""
    if not shaped:
        return None
    first = shaped[0]
    for e in shaped[1:]:
        if e.end > first.end and _ZH_FORM.fullmatch(s, first.end, e.end):
            return e
    return first


# capitalised words (a few "and"/"&" inside), a place of one or two capitalised words in brackets, and a legal form
# (with the trade word "Investment"/"Holdings" some subsidiaries put before it)
_EN_BRACKETED = re.compile(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w&'’-]*\s+)(?:(?:[A-Z][\w&'’-]*|and|&)\s+){0,6}\((?P<place>[A-Z][a-z]+"
    r"(?:\s[A-Z][a-z]+)?)\)\s+(?:(?:Investment|Holdings?|Technology|Energy)\s+)?"
    r"(?:Co\.,?\s*Ltd\.?|Company\s+Limited|Limited|Ltd\.?|Co\.|Corporation|Inc\.|GmbH|AG|S\.A\.))")


def bracketed_place_companies(text: str) -> dict[str, str]:
    """Each company name written with a bracketed place before its legal form ("Shell (China) Limited"), as itself:
    the story's own names, so that no sentence reads it as two. The bracket must hold a place the gazetteer knows."""
    if "(" not in text:
        return {}
    from pactwatch.gazetteer import gazetteer

    out: dict[str, str] = {}
    for m in _EN_BRACKETED.finditer(text):
        name = m.group("name").rstrip()
        first = name.split()[0]
        if first in {"The", "A", "An", "On", "In", "By", "With"}:
            name = name[len(first):].lstrip()
        if gazetteer().find_en(m.group("place")) is not None and name.find("(") > 2:
            out.setdefault(name, name)
    return out


# a legal form closing an English company name, and a bracketed word of its name ("Tianjin Port (Group) Co., Ltd.")
_EN_FORM_TAIL = re.compile(r",?\s+(?:Co\.,?\s*Ltd\.?|Company\s+Limited|Limited|Ltd\.?|Co\.|Inc\.?|LLC|GmbH|AG|plc|"
                           r"S\.A\.|N\.V\.)$")
_EN_BRACKET_WORD = re.compile(r"\((Group|Holdings?)\)")


def name_core(name: str) -> str:
    """A company's name without its legal form, what a headline calls it: "Tianjin Port (Group) Co., Ltd." ->
    "Tianjin Port Group", "四川省机场集团有限公司" -> "四川省机场集团" (a public body, a place or a name without a legal
    form is returned as it is). Used to tell a headline's short name from the body's full one."""
    if re.search(r"[\u4e00-\u9fff]", name):
        core = _ZH_FORM.sub("", name) if re.search(f"(?:{_ZH_FORM.pattern})$", name) else name
        return core if len(core) >= 3 else name
    core = _EN_BRACKET_WORD.sub(r"\1", _EN_FORM_TAIL.sub("", name)).strip()
    return core if len(core.split()) >= 2 else name
