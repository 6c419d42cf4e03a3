"""Sentences and clauses of English and Chinese main text, with the page's own layout undone where it splits them."""
from __future__ import annotations

from scrapers import lazy_re as re
from dataclasses import dataclass
from functools import lru_cache

from scrapers.lead_chars import with_lead
from pactwatch.lazy import once
from pactwatch.gazetteer import CJK

ABBREV = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|Mt|Ft|Jr|Sr|No|Inc|Co|Ltd|Corp|Gov|Sen|Rep|Gen|Lt|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|Dept|Univ|Assn|Intl|approx|e\.g|i\.e)|\b[A-Z])\.$"
)
EN_END = with_lead(re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])"))
ZH_END = re.compile(r"(?<=[。！？；!?])[”」』]?")
CONNECTOR_END = re.compile(r"(?:\b(?:for|of|and|the|to|in|at|with|by|from|on|as|a|an|or)|[,(–—-])$", re.I)


@dataclass(frozen=True)
class Sentence:
    text: str
    index: int  # position in the article (0 = title)
    paragraph: int


def simplified(text: str) -> str:
    """Traditional Chinese rendered in Simplified characters (OpenCC), so one set of rules reads both scripts."""
    if not CJK.search(text):
        return text
    return _t2s().convert(text)


@once
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def paragraphs(text: str) -> list[str]:
    """Paragraphs of main text, joining lines a page broke mid-sentence (captions wrapped by hand)."""
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in text.splitlines()]
    out: list[str] = []
    for ln in lines:
        if not ln:
            continue
        if out and not CJK.search(out[-1][-1:]) and not re.search(r"[.!?:;。！？”\"]$", out[-1]) and (
                CONNECTOR_END.search(out[-1], max(0, len(out[-1]) - 8)) or ln[:1].islower()):
            out[-1] = out[-1] + " " + ln
        else:
            out.append(ln)
    return out


def split_sentences(text: str, title: str | None = None) -> list[Sentence]:
    """Sentences of an article, the title first (index 0) when given."""
    out: list[Sentence] = []
    if title:
        out.append(Sentence(title.strip(), 0, -1))
    for p_i, s in _body_sentences(text):
        out.append(Sentence(s, len(out) if title else len(out) + 1, p_i))
    return out


@lru_cache(maxsize=4)  # one article's text is split by the extractor and again by the readers of whole stories
def _body_sentences(text: str) -> tuple[tuple[int, str], ...]:
    return tuple((p_i, s) for p_i, para in enumerate(paragraphs(text)) for s in _split(para))


def _split(para: str) -> list[str]:
    parts: list[str] = []
    pos = 0
    pieces = []
    for m in ZH_END.finditer(para):
        pieces.append(para[pos:m.end()])
        pos = m.end()
    pieces.append(para[pos:])
    for piece in pieces:
        start = 0
        for m in EN_END.finditer(piece):
            head = piece[start:m.start()].rstrip()
            if ABBREV.search(head):
                continue
            parts.append(piece[start:m.start()])
            start = m.end()
        parts.append(piece[start:])
    return [q for p in parts if (q := ZH_BYLINE.sub("", p.strip()))]


# a Chinese report's byline before its first sentence: "（记者 王某）", "本报讯（记者 王某 通讯员 李某）", "【记者 王某】",
# "【本報訊】" (a Hong Kong paper's tag, in brackets and traditional characters):
# who wrote it, not what happened ("（记者 王某）8日，论坛在苏州举行" opens on its day)
ZH_BYLINE = re.compile(r"^(?:本报讯|本网讯)?\s*[（(【]\s*(?:本报|本网)?(?:记者|通讯员|特约记者|见习记者)[\s\u4e00-\u9fff·、]{1,30}[）)】]\s*"
                       r"|^(?:本报讯|本网讯)\s*|^【(?:本报讯|本網訊|本報訊|本网讯)】\s*|^(?:本報訊|本網訊)\s*")


def clauses_zh(sentence: str) -> list[tuple[int, int]]:
    """Spans of the comma-separated clauses of a Chinese sentence."""
    spans = []
    start = 0
    # one dash between two characters joins names (上海—洛杉矶走廊, 江苏省—美国加利福尼亚州); two break the clause
    for m in re.finditer(r"[，,：:；;]+|——+|—(?![\u4e00-\u9fff])|(?<![\u4e00-\u9fff])—", sentence):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(sentence)))
    return [(a, b) for a, b in spans if b > a]
