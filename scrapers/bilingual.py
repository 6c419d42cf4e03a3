"""A page printing one article twice, in two languages: keep the copy in the headline's language.

Government pages of Hong Kong and Macao, consulates and some university sites print a release in English and then the
same release in Chinese (or the other way round) on one page. The second copy is no more text: it would tell every
agreement and pledge twice (in two grammars, under two sets of names) and tip the page's language. The extracted text
(one paragraph per line) is such a page when its prose lines fall in exactly two runs of different scripts - Latin
prose, then CJK prose, or CJK then Latin - and the runs look like translations of each other: they share at least two
of the copy's numbers (days, years, figures) and their lengths match (CJK characters per English word). The run in
the headline's script is kept (the first run where the headline settles nothing); short lines (a dateline, a photo
credit) stay. An English paragraph glossing names in brackets ("Bureau (珠海市生態環境局)") is Latin prose, and a
page of one language that quotes a Chinese headline is one run: neither is touched.
"""
from __future__ import annotations

import re

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NUMBER = re.compile(r"\d+")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{8}")  # the gate: some CJK prose ...
_LATIN_RUN = re.compile(r"[A-Za-z]+(?:[ ,;:'’-]+[A-Za-z]+){7}")  # ... and some Latin prose (8 words in a row)
_MIN_CJK = 12  # a CJK prose line holds at least this many characters
_MIN_WORDS = 8  # a Latin prose line at least this many words
_RATIO = (0.6, 4.0)  # CJK characters per English word between a text and its translation


def _script(line: str) -> tuple[str | None, int, int]:
    """'zh' for a CJK prose line, 'en' for a Latin one, None for a short or mixed line; and its counts."""
    cjk = len(_CJK.findall(line))
    words = len(_WORD.findall(line)) if cjk * 2 < len(line) else 0
    if cjk >= _MIN_CJK and cjk >= 2 * words:
        return "zh", cjk, words
    if words >= _MIN_WORDS and cjk <= words:  # glossed names in brackets leave it Latin prose
        return "en", cjk, words
    return None, cjk, words


def _numbers(lines: list[str]) -> set[str]:
    return {n.lstrip("0") or "0" for line in lines for n in _NUMBER.findall(line)}


def drop_translated_copy(text: str, headline: str | None) -> str:
    """The text without the second-language copy of the same article (module docstring); else the text as it is."""
    if not text or "\n" not in text or not _CJK_RUN.search(text) or not _LATIN_RUN.search(text):
        return text  # one paragraph, or prose in one script only: the cheap gate nearly every page stops at
    lines = text.split("\n")
    tagged = [(i, *_script(line)) for i, line in enumerate(lines)]
    prose = [t for t in tagged if t[1]]
    runs: list[list[tuple]] = []
    for t in prose:
        if runs and runs[-1][-1][1] == t[1]:
            runs[-1].append(t)
        else:
            runs.append([t])
    if len(runs) != 2:
        return text
    by_script = {run[0][1]: run for run in runs}
    cjk = sum(t[2] for t in by_script["zh"])
    words = sum(t[3] for t in by_script["en"])
    if not _RATIO[0] <= cjk / words <= _RATIO[1]:
        return text
    kept_script = _headline_script(headline) or runs[0][0][1]
    kept, copy = (runs[0], runs[1]) if runs[0][0][1] == kept_script else (runs[1], runs[0])
    kept_nums = _numbers([lines[t[0]] for t in kept])
    copy_nums = _numbers([lines[t[0]] for t in copy])
    shared = kept_nums & copy_nums
    if len(shared) < 2 or len(shared) * 2 < len(copy_nums):
        return text  # no sign the two runs tell the same thing
    first, last = copy[0][0], copy[-1][0]
    return "\n".join(lines[:first] + lines[last + 1:])


def _headline_script(headline: str | None) -> str | None:
    """The script the headline is written in, where it settles one."""
    if not headline:
        return None
    cjk = len(_CJK.findall(headline))
    words = len(_WORD.findall(headline))
    if cjk >= 4 and cjk >= 2 * words:
        return "zh"
    if words >= 3 and cjk == 0:
        return "en"
    return None
