"""Who speaks on an interview page, a Q&A transcript or a press conference, and what a spoken sentence does not pledge.

An interview or a briefing names its interviewee once, in the intro ("Kalamazoo Mayor Dana Whitfield returned ...",
"Allentown city spokesperson Marcus Bell held a press conference ...", "本报记者专访了云浮市市长郑永康",
"茂名市生态环境局局长周海涛就……回答了记者提问"), then prints the exchange as labelled lines ("Q: ..." / "A: ...",
"Reporter: ..." / "Bell: ...", "问：……" / "答：……"). In the answers "we", "our city", 我们 and 我市 stand for the
interviewee's place - and only there, where the page fixes who is speaking: `page_speaker` reads the place and the
labels, `Speech.read` gives each sentence as the rules should read it (the answer's label dropped, its first person
replaced by the place's name as the intro wrote it) and whether it may pledge at all:

* a question pledges nothing ("Will Kalamazoo commit to carbon neutrality by 2030?", "茂名会承诺在2030年前实现碳中和吗？"):
  what it names is asked, not promised, and a declining answer ("It is too early to say") leaves no pledge either;
* a hope told in someone's words is no pledge ("'Jinhua hopes to reach carbon neutrality by 2050,' Ortiz added",
  "答：阿克伦希望到2035年把排放减少一半"): the speaker reports another's wish, or his own, and promises nothing.

The paper and the interviewer never stand for anyone: a question's label and the intro are left as they are.
Cheap: a page is read only when it holds a question label at a paragraph's start; a sentence is tried for a hope
only when it opens with a quotation mark or is an answer, and then with one `in` test before any pattern.
"""
from __future__ import annotations

from dataclasses import dataclass

from scrapers import lazy_re as re
from scrapers.extract.entities import find_entities
from scrapers.extract.text import paragraphs

# a question's label at a paragraph's start: "Q:", "Question:", "Reporter:", "问：", "记者："
_ASKED = re.compile(r"^\s*(?:(?:Q|Question|Reporter|Interviewer)\s*[:：]|(?:问|记者)\s*[:：])")
# the intro's interviewee, right after his place: "Kalamazoo Mayor Dana Whitfield", "Allentown city spokesperson
# Marcus Bell"; "云浮市市长郑永康", "茂名市生态环境局局长周海涛", "某省发展改革委新闻发言人"
_TITLE_EN = r"(?:Mayor|Governor|Deputy\s+Mayor|[Ss]pokes(?:person|man|woman)|[Mm]ayor|[Gg]overnor)"
_PERSON_EN = r"(?P<who>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'-]+){1,2})"
_AFTER_PLACE_EN = re.compile(rf"(?:['’]s)?\s+(?:[Cc]ity\s+|[Ss]tate\s+)?{_TITLE_EN}\s+{_PERSON_EN}")
_ZH_SPEAKER = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?[市省])(?:[\u4e00-\u9fff]{2,10}?(?:局|委员会|委|厅|办公室|办))?"
                         r"(?:常务副市长|副市长|市长|副省长|省长|副局长|局长|主任|新闻发言人|发言人|负责人)"
                         r"(?P<who>[\u4e00-\u9fff]{2,3}(?=就|说|表示|介绍|，|,|回答|接受|的|在))?")
# "Mayor Lena Ortiz of Syracuse": the title and the person right before the place
_BEFORE_PLACE_EN = re.compile(rf"\b{_TITLE_EN}\s+{_PERSON_EN}\s+of\s+$")
_QUOTE_OPEN = ("“", '"', "‘", "'", "「")
# the first person of an answer: "we", "our city"; 我们, 我市, 我省
_WE_EN = re.compile(r"\b(?:[Oo]ur\s+city|[Ww]e)\b(?!['’])")
_WE_ZH = re.compile(r"我(?:们|市|省)")
# a Chinese quotation's close and its attribution: "，”潮州市市长林文博在新闻发布会上说。"
_ZH_SAID = re.compile(r"”(?P<attr>[^“”。]{3,40}?)(?:说|表示|介绍|指出|强调|宣布)[。！]?\s*$")
_HOPE_EN = re.compile(r"\bhop(?:es?|ed|ing)\s+to\b")


# an answer's label: "A:", "Answer:", "答：", or a name ("Bell:", "郑永康：")
_LABEL = re.compile(r"^\s*(?P<label>A|Answer|答|[A-Z][a-z'-]+|[\u4e00-\u9fff]{2,3})\s*[:：]\s*")
_FIRST_PERSON = {"我们": None, "我市": "市", "我省": "省"}


@dataclass(frozen=True)
class Speaker:
    """The interviewee's place as the intro names it, and the labels his answers open with."""
    place: str | None  # the surface the intro wrote: "Kalamazoo", "云浮市"; None: the page does not fix it
    labels: frozenset[str]  # "A", "Answer", "答" and the speaker's surname or full name

    def answer(self, s: str) -> re.Match | None:
        """The label that opens an answer of this speaker, if `s` opens with one."""
        m = _LABEL.match(s)
        return m if m and m.group("label") in self.labels else None


# a page of labelled questions and answers whose intro fixes no one speaker: its answers' "we" is nobody's
UNKNOWN = Speaker(None, frozenset({"A", "Answer", "答"}))


def page_speaker(text: str) -> Speaker | None:
    """The interviewee of a page that prints an exchange as labelled questions and answers, named with his place in
    the text before the first question; UNKNOWN where the intro names no one place the gazetteer knows, None for a
    page with no labelled question and answer ("A:", "答：")."""
    if not any(k in text for k in ("Q:", "Question:", "Reporter:", "Interviewer:", "问：", "记者：", "问:")):
        return None
    paras = paragraphs(text)
    first_q = next((i for i, p in enumerate(paras) if _ASKED.match(p)), None)
    if not first_q:
        return None
    speaker = _intro_speaker("\n".join(paras[:first_q]))
    if not any(speaker.answer(p) for p in paras[first_q:]):
        return None  # a "记者：" or "Reporter:" byline, no exchange: nobody answers
    return speaker


def _intro_speaker(intro: str) -> Speaker:
    """The one place's speaker the intro names with his labels, or UNKNOWN."""
    found = None
    for place, who in [*_zh_speakers(intro), *_en_speakers(intro)]:
        if found and found[0] != place:
            return UNKNOWN  # two places' speakers: the page does not say whose answers these are
        found = (place, who)
    if not found:
        return UNKNOWN
    place, who = found
    labels = {"答"} if place[-1] in "市省" else {"A", "Answer"}
    if who:
        labels.add(who if place[-1] in "市省" else who.split()[-1])
    return Speaker(place, frozenset(labels))


def _zh_speakers(intro: str) -> list[tuple[str, str | None]]:
    """(place as written, speaker's name or None) of each "某市市长某某" / "某市某局局长某某" of a Chinese intro: the
    place is the gazetteer's place that ends the characters before the title ("专访了云浮市" -> 云浮市)."""
    if not ("长" in intro or "主任" in intro or "发言人" in intro or "负责人" in intro):
        return []
    out = []
    for m in _ZH_SPEAKER.finditer(intro):
        head = m.group("place")
        ents = [e for e in find_entities(head) if e.kind in ("city", "province") and e.end == len(head)]
        if ents:
            out.append((ents[-1].surface, m.group("who")))
    return out


def _en_speakers(intro: str) -> list[tuple[str, str | None]]:
    """(place as written, speaker's name) of each "Kalamazoo Mayor Dana Whitfield" / "Mayor Lena Ortiz of Syracuse"
    of an English intro."""
    out = []
    for e in find_entities(intro):
        if e.kind not in ("city", "state", "province") or e.surface[-1:] in "市省":
            continue
        m = _AFTER_PLACE_EN.match(intro, e.end) or _BEFORE_PLACE_EN.search(intro[max(0, e.start - 60):e.start])
        if m:
            out.append((e.surface, m.group("who")))
    return out


def asked(sentence: str) -> bool:
    """Whether the sentence is a question: what it names is asked, not stated."""
    return sentence.rstrip(" \t”\"’')）").endswith(("?", "？"))


def hoped(sentence: str) -> bool:
    """Whether a spoken sentence tells a hope ("X hopes to ...", "X希望……"): a wish, no pledge."""
    return "希望" in sentence or ("hop" in sentence and _HOPE_EN.search(sentence) is not None)


class Speech:
    """Reads one page's sentences in their speakers' voices (see the module's docstring)."""

    def __init__(self, speaker: Speaker | None):
        self.speaker = speaker
        self.answers: set[int] = set()  # the paragraphs that are answers
        self.questions: set[int] = set()

    def read(self, s: str, paragraph: int) -> tuple[str, bool]:
        """(the sentence as the rules should read it, whether it may pledge)."""
        sp = self.speaker
        if sp is not None and paragraph >= 0:
            if m := sp.answer(s):
                self.answers.add(paragraph)
                s = s[m.end():]
            elif _ASKED.match(s):
                self.questions.add(paragraph)
            if paragraph in self.answers:
                if sp.place is None:  # "A: Our city will ...": whose city the page does not say
                    return s, not (hoped(s) or _WE_ZH.search(s) or _WE_EN.search(s))
                s = self._in_place(s)
                return s, not hoped(s)
            if paragraph in self.questions:
                return s, False
        if s.startswith("“") and "我" in s and "”" in s:
            s = _quoted_zh(s)  # "“我们今天与某市签署了……，”某市市长某某说。": the mayor's city signed
        if asked(s):
            return s, False
        if s.startswith(_QUOTE_OPEN) and hoped(s):
            return s, False
        return s, True

    def _in_place(self, s: str) -> str:
        """The answer with its first person ("we", "our city", 我们, 我市) written as the speaker's place."""
        place = self.speaker.place
        if place[-1] in "市省":
            return _in_place_zh(s, place)
        if "we" not in s.lower() and "our city" not in s.lower():
            return s
        return _WE_EN.sub(place, s)


def _in_place_zh(s: str, place: str) -> str:
    """A Chinese text with its first person (我们, and 我市 or 我省 as the place is a city or a province) written as
    the place's name."""
    if "我" not in s:
        return s
    return _WE_ZH.sub(lambda m: place if _FIRST_PERSON[m.group()] in (None, place[-1]) else m.group(), s)


def _quoted_zh(s: str) -> str:
    """A Chinese quotation in the first person, attributed after it to an official the attribution names with his
    place ("……，”潮州市市长林文博在新闻发布会上说。"): its 我们 / 我市 written as that place; as it is otherwise."""
    m = _ZH_SAID.search(s)
    if not m:
        return s
    places = {place for place, _ in _zh_speakers(m.group("attr"))}
    if len(places) != 1:
        return s
    return _in_place_zh(s[:m.start()], places.pop()) + s[m.start():]
