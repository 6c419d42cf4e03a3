"""Targets printed as a table ("| City | Reduction (%) | Base year | Target year |", "| 城市 | 目标 | 年份 |") or as
items under a Chinese lead-in ("各市承诺如下：" + "天水市：到2030年，…下降25%—30%；"), read one row or item at a time as
the pledge it stands for.

A table is read as pledges only when its header names who (City, Member, 城市, 地区 ...), by when (Target year, Year,
目标年份, 年份 ...) and what (Target, Goal, Commitment, 目标, 承诺, or a reduction column with its unit: "Reduction
(%)", "减排目标（%）"). Each row then reads as "<row's actor> committed to <what> [from <base> levels] by <year>" (in
Chinese "<actor>承诺到<year>年<what>"), so the commitment rules type it and take its figures; its quote stays the row.
A row whose year cell is no bare year ("Achieved 2023", "2023年已实现"), or whose target cell tells it done
("32% reduction achieved"), is a result, and a cell the table leaves empty
("—") gives nothing: such rows, the header and the rule under it read as nothing. A table whose header does not say
this (past emissions by year: "| City | 2019 | 2023 |") is left as it is. Pure functions.
"""
from __future__ import annotations

from dataclasses import dataclass

from pactwatch.gazetteer import CJK
from scrapers import lazy_re as re

_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")
_ACTOR_HEAD = re.compile(r"^(?:cit(?:y|ies)|members?|municipalit(?:y|ies)|jurisdictions?|provinces?|states?|"
                         r"城市|地区|地市|市|市州|省份|省|单位)$", re.I)
_YEAR_HEAD = re.compile(r"^(?:target\s+year|year|deadline|target\s+date|目标年份?|年份|完成时限|时限|目标年)$", re.I)
_BASE_HEAD = re.compile(r"^(?:base(?:line)?\s*year|baseline|基准年份?|基年)$", re.I)
_PCT_HEAD = re.compile(r"^(?:(?:emissions?\s+)?(?:reduction|cut)(?:\s+target)?|(?:减排|降碳|下降|降低)(?:目标|幅度)?)"
                       r"\s*[（(]\s*[%％]\s*[）)]$", re.I)
_GOAL_HEAD = re.compile(r"^(?:targets?|goals?|commitments?|pledges?|目标|承诺|目标任务|承诺目标)$", re.I)
_YEAR_CELL = re.compile(r"^(\d{4})\s*年?$")
_PCT_CELL = re.compile(r"^(\d+(?:\.\d+)?)\s*[%％]?(?:\s*[-–—~至]\s*(\d+(?:\.\d+)?))?\s*[%％]?$")
_DONE = re.compile(r"achieved|reached|\bmet\b|已实现|已完成|实现了|完成了", re.I)  # a result told in the cell
_EMPTY = frozenset({"", "—", "–", "-", "——", "/", "n/a", "N/A", "无", "－"})
# "各市承诺如下：", "三市提出的目标如下：": a lead-in whose items are its places' own targets
_ZH_LEAD = re.compile(r"(?:承诺|目标)[^，。；]{0,6}如下[：:]$")
_ZH_ITEM = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]+[)）.、．]\s*)?([\u4e00-\u9fff]{1,8}(?:市|省|州|县|区))[：:](.+)$")


@dataclass(frozen=True)
class Table:
    """The columns of a targets table (indices into a row), and its width; zh_items: an open Chinese list instead."""
    width: int = 0
    actor: int = -1
    year: int = -1
    base: int = -1
    pct: int = -1
    goal: int = -1
    zh_items: bool = False


def cells(line: str) -> list[str]:
    """The cells of a table line written "| a | b |"."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def header(line: str) -> Table | None:
    """The targets table a header line opens, or None when its header does not name who, by when and what."""
    heads = cells(line)
    find = lambda pat: next((i for i, h in enumerate(heads) if pat.match(h)), -1)  # noqa: E731
    t = Table(len(heads), find(_ACTOR_HEAD), find(_YEAR_HEAD), find(_BASE_HEAD), find(_PCT_HEAD), find(_GOAL_HEAD))
    if t.actor < 0 or t.year < 0 or (t.pct < 0 and t.goal < 0):
        return None
    return t


def row_pledge(t: Table, line: str) -> str:
    """The pledge a row of table `t` states, as a sentence the commitment rules read ("" where it states none)."""
    row = cells(line)
    if len(row) != t.width:
        return ""
    actor, year = row[t.actor], _YEAR_CELL.match(row[t.year])
    if not year or actor in _EMPTY:
        return ""  # "Achieved 2023", "2023年已实现", "—": a result or no target year
    base = row[t.base] if t.base >= 0 else ""
    base_year = _YEAR_CELL.match(base)
    if base not in _EMPTY and not base_year:
        return ""
    zh = bool(CJK.search(line))
    y, b = year.group(1), base_year.group(1) if base_year else None
    if t.pct >= 0 and (pct := _PCT_CELL.match(row[t.pct])):
        figure = pct.group(1) + (f"-{pct.group(2)}" if pct.group(2) else "")
        if zh:
            return f"{actor}承诺到{y}年温室气体排放" + (f"比{b}年" if b else "") + f"下降{figure}%。"
        return f"{actor} committed to cut emissions {figure}%" + (f" below {b} levels" if b else "") + f" by {y}."
    goal = row[t.goal] if t.goal >= 0 else ""
    if goal in _EMPTY or _DONE.search(goal):
        return ""
    if zh:
        return f"{actor}承诺到{y}年{goal}。"
    since = f" from {b} levels" if b and "%" in goal else ""
    return f"{actor} committed to {goal}{since} by {y}."


def follow_pledge_table(state: Table | None, s: str) -> tuple[Table | None, str | None]:
    """(the table or list open after sentence `s`, what `s` reads as: None where it reads as itself)."""
    if s.startswith("|"):
        if state is None or state.zh_items:
            opened = header(s)
            return opened, ("" if opened else None)
        if _RULE.match(s.strip()):
            return state, ""
        return state, row_pledge(state, s)
    if state is not None and state.zh_items and (item := _ZH_ITEM.match(s.strip())):
        return state, f"{item.group(1)}承诺{item.group(2)}"  # "天水市：到2030年，…" under "各市承诺如下："
    if "如下" in s and _ZH_LEAD.search(s.strip()):
        return Table(zh_items=True), None
    return None, None
