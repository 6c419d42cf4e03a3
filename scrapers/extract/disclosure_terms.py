"""Who "the Company" and 公司 are in a listed company's own announcement (issue 17, the ninetieth web).

A disclosure names its issuer in full once and then by a defined term:
* English (Hong Kong, Singapore, London filings): "Concord New Energy Group Limited (the "Company", together with
  its subsidiaries, the "Group")" ... "the Company entered into a framework agreement with ...". The terms a bracket
  right after a name defines ("Company", "Group", "Issuer", or a short form of that name: "Xiamen Hithium ... Co.,
  Ltd. ("Hithium")") stand for that name in the story's later sentences (`defined_terms_en`, `local` names).
  A term defined after a description ("... of the Company ("Concord Storage")") or after another name ("the People's
  Republic of China (the "Hami Government")": a term no word of which is in the name) defines nothing here.
* Chinese (A-share 公告): "证券代码：300772 证券简称：运达股份" heads the page, the issuer signs it ("…股份有限公司董事会")
  and its title reads "<issuer>关于…的公告"; the body says 公司 or 本公司 for the issuer ("2026年6月9日，公司与…签订了…").
  Such a subject is read as the issuer (`issuer_subject`); 公司 inside another word (合资公司, 子公司, 有限公司) is not.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# a bracket of defined terms: '(the "Company", together with its subsidiaries, the "Group")', '("Hithium")'
_BRACKET = re.compile(r"\s*\*?\s*\((?P<body>(?:the\s+)?[\"“][^()]{1,150})\)")
_TERM = re.compile(r"[\"“](?P<term>[A-Z][\w&.'’ -]{1,40}?)[\"”]")
# terms that name the issuer itself, whatever its name
_ISSUER_TERMS = {"Company", "Group", "Issuer"}


def defined_terms_en(text: str) -> dict[str, str]:
    """Term -> the name it stands for, for each bracket of defined terms written right after a name (see the
    module): the issuer's terms ("Company", "Group") and short forms sharing a word with the name."""
    if "(the \"" not in text and "(\"" not in text and "(the “" not in text and "(“" not in text:
        return {}
    from scrapers.extract.entities import find_entities

    out: dict[str, str] = {}
    for m in _BRACKET.finditer(text):
        head = text[max(0, m.start() - 160):m.start()]
        ents = [e for e in find_entities(head) if e.end == len(head)]
        if not ents or ents[-1].kind != "org":
            continue
        named = ents[-1]
        words = set(re.findall(r"[A-Z][\w-]+", named.surface))
        for t in _TERM.finditer(m.group("body")):
            term = t.group("term").strip()
            if term in _ISSUER_TERMS or set(term.split()) & words:
                out.setdefault(term, named.name)
    return out


# a Chinese disclosure: its stock code line or its closing formula
_DISCLOSURE_ZH = re.compile(r"证券代码|证券简称|特此公告")
# the issuer in full before "董事会" (its signature) or "关于…的公告" (its title)
_ISSUER_ZH = re.compile(r"(?:^|(?<=[\s：:。]))(?P<name>[\u4e00-\u9fff（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司))"
                        r"(?=董事会|关于)")
# 公司 / 本公司 as a clause's subject: at the sentence's or a clause's opening, before 与/和/同 (or 于 a day, 在 a place)
_SUBJECT_ZH = re.compile(r"(?:(?<=^)|(?<=[，。；：]))(?:本公司|公司)(?=(?:还|也|已|分别)?(?:与|和|同|于|在))")


def zh_issuer(text: str) -> str | None:
    """The issuer of a Chinese disclosure, in full as its title or signature gives it; None for other pages."""
    if not _DISCLOSURE_ZH.search(text):
        return None
    m = _ISSUER_ZH.search(text)
    return m.group("name") if m else None


def issuer_subject(sentence: str, issuer: str | None) -> str:
    """The sentence with 公司/本公司 standing as a clause's subject replaced by the disclosure's issuer (see the
    module): "2026年6月9日，公司与浙江省能源集团有限公司…签订了…" -> "…，<issuer>与浙江省能源集团有限公司…"."""
    if not issuer or "公司" not in sentence:
        return sentence
    return _SUBJECT_ZH.sub(issuer, sentence)


# a company's own organs, named generically: they decide and announce for the company, they pledge or sign nothing
# of their own ("the Board of Management decided", "the Supervisory Board approved"); a public body named with
# "Board" ("California Air Resources Board", "Board of Public Utilities") has more words and stays
_ORGAN = re.compile(r"(?:the\s+)?(?:Board\s+of\s+(?:Management|Directors)|(?:Management|Supervisory|Executive)\s+Board|"
                    r"Board)", re.I)


def without_company_organs(entities: list) -> list:
    """The entities without a company's generic organ (see _ORGAN): no actor of a record."""
    return [e for e in entities if not (e.kind == "org" and _ORGAN.fullmatch(e.surface))]
