"""The curated gatherings (pactwatch/data/known_events.yaml: COPs, landmark joint statements, recurring forums) and
the name key events are compared by: which listed gathering a name, an edition in Chinese numerals or a host city
denotes. Used by events.py; the warehouse compares event names by `name_key` too."""
from __future__ import annotations

from scrapers import lazy_re as re
from datetime import date

from pactwatch.gazetteer import CJK, gazetteer, load_data
from pactwatch.lazy import once
from scrapers.extract.dates import cn_number


def name_key(name: str) -> str:
    """A name folded for comparison: case, punctuation, 'U.S.' and 'US', quotes, a leading 'the' ignored; a word in
    Latin letters inside a Chinese name stands apart ("2018年ICLEI世界大会" -> "2018年 iclei 世界大会"), so a Chinese
    and an English report of one gathering share it."""
    n = name.casefold().replace("u.s.", "us").replace("u. s.", "us")
    n = re.sub(r"[^\w\u4e00-\u9fff]+", " ", n)
    n = re.sub(r"(?<=[\u4e00-\u9fff])(?=[a-z])|(?<=[a-z])(?=[\u4e00-\u9fff])", " ", n)
    n = re.sub(r"^(?:the|first|1st|annual)\s+", "", n.strip())
    return re.sub(r"\s+", " ", n).strip()


def known_key(name: str) -> str:
    """name_key without the spaces quotes leave inside a Chinese name (“一带一路”国际合作高峰论坛)."""
    return re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", name_key(name))


@once
def known_events() -> tuple[list[dict], dict[str, dict]]:
    """The curated gatherings, and each by every name and alias it is listed under (folded by known_key)."""
    events = load_data("known_events.yaml")["events"]
    by_alias = {}
    for ev in events:
        for a in [ev["name"], *ev.get("aliases", [])]:
            by_alias[known_key(a)] = ev
    return events, by_alias


@once
def zh_allusions() -> list[tuple[str, dict]]:
    """The Chinese aliases of landmark events that are no joint statement, in the curated file's order."""
    return [(alias, ev) for alias, ev in known_events()[1].items() if CJK.search(alias) and ev.get("kind") != "statement"]


def known_event(name: str) -> dict | None:
    """The curated record of a landmark event (COPs, joint statements) or of a recurring gathering (a kind with no
    dates of its own: each edition's date comes from the text) this name denotes, if any."""
    return known_events()[1].get(known_key(name)) or _zh_known(name)


def _zh_known(name: str) -> dict | None:
    """A Chinese name of a known event written another way: its edition in Chinese numerals (第二十八届联合国气候变化
    大会 is 第28届…, COP28), or the UN climate conference named by its host city (联合国气候变化格拉斯哥大会), which
    is the one COP the curated list holds in that city."""
    if not CJK.search(name):
        return None
    arabic = re.sub(r"第([一二三四五六七八九十]+)(届|次)", lambda m: f"第{cn_number(m.group(1))}{m.group(2)}", name)
    if arabic != name and (ev := known_events()[1].get(known_key(arabic))):
        return ev
    m = re.fullmatch(r"(?:联合国)?气候变化(\w{2,6}?)大会|(\w{2,6}?)(?:联合国)?气候(?:变化)?大会", name)
    place = gazetteer().find_zh(m.group(1) or m.group(2)) if m else None
    if place is None or place.kind != "city":
        return None
    cops = [ev for ev in known_events()[0] if ev.get("city") == place.name and re.fullmatch(r"COP\d+", ev["name"])]
    return cops[0] if len(cops) == 1 else None


def cop_held_in(city_text: str, page_date: date | None) -> str | None:
    """The listed COP held in this city (English, as written) that a page of this date can report: the latest one
    opened by the page's date, or the only one when the page has no date."""
    place = gazetteer().find_en(city_text) or gazetteer().find_en(city_text.split()[0])
    if place is None or place.kind != "city":
        return None
    cops = [ev for ev in known_events()[0] if ev.get("city") == place.name and re.fullmatch(r"COP\d+", ev["name"])]
    if page_date is not None:
        cops = [ev for ev in cops if ev["start_on"] <= page_date]
    elif len(cops) > 1:
        return None
    return max(cops, key=lambda ev: ev["start_on"])["name"] if cops else None
