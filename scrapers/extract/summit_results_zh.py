"""What Chinese reports of city gatherings state as their results (round 14, the gaps the forty-fifth web left):

- a declaration, an initiative or a joint statement "A市、B市、C市和D市共同发布/签署…" is one agreement of every city
  named; a list item no table knows that has a city's shape ("福塔莱萨市": a name and 市) is a party kept as written,
  where at least two other items of the same list are cities the tables know (a list of cities goes on as one);
- a share of a place's output pledged for a year ("力争到2027年全市新能源汽车产量占汽车总产量的60%以上"): stored as a
  commitment of kind `other` (the spec has no kind for a share of vehicles made or sold).

Pure functions; every rule looks for a literal first (市 in a list item, 产量/销量 in a sentence).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.gathering_signings import among_counted
from scrapers.extract.commitments import CommitmentMention
from scrapers.extract.entities import Entity
from scrapers.extract.roles import actors
from scrapers.extract.units_en import YEAR

# a city by its shape: two to six characters and 市 (the post of its mayor or its government may follow); never a
# count or a kind of cities (各城市, 全市, 本市, 地级市, 两市)
CITY_SHAPE = re.compile(r"(?P<city>[\u4e00-\u9fff]{2,6}?市)(?:市长|副市长|人民政府|政府)?")
NOT_A_CITY = re.compile(r"(?:城|级|各|全|本|该|我|两|三|四|五|六|七|八|九|十|多|数|等|超|门|集|上|超)市$|^(?:省|县|区|镇)")


def unknown_cities(items: list[tuple[str, int, list[str]]], entities: list[Entity]) -> list[list[str]]:
    """The parties of each list item (`items`: the item, its offset, the parties read from it), with an item no
    table knows kept as written where it has a city's shape and two or more other items are known cities."""
    if not any(not parties and "市" in piece for piece, _, parties in items):
        return [parties for _, _, parties in items]
    cities = sum(1 for piece, at, parties in items if parties and any(
        e.kind == "city" and at <= e.start < at + len(piece) for e in entities))
    out = []
    for piece, at, parties in items:
        if not parties and cities >= 2 and (m := CITY_SHAPE.fullmatch(piece.strip())) and \
                not NOT_A_CITY.search(m.group("city")) and \
                not any(at <= e.start < at + len(piece) for e in entities):
            parties = [m.group("city")]
        out.append(parties)
    return out


# "新能源汽车产量占汽车总产量的60%以上", "新能源汽车销量占比达到50%": a share of what a place makes or sells
OUTPUT_SHARE = re.compile(r"(?:新能源汽车|电动汽车|新能源车)(?:产量|销量|销售量|生产量)(?:占[^，。；]{0,10}?(?:比重|比例|总产量|总销量|产量|销量)"
                          r"的?|占比)(?:达到|超过|提高到|提升至|达)?\s*\d+(?:\.\d+)?\s*[%％]")
YEAR_BEFORE = re.compile(rf"(?:到|至|力争|争取|确保)\s*({YEAR})\s*年(?!底|末)")
PLEDGE = re.compile(r"承诺|目标|力争|争取|确保|提出|宣布|计划|将")
DONE = re.compile(r"已|截[至止]|同比|比上年|较上年|累计")


def output_share_pledges(sentence: str, entities: list[Entity]) -> list[CommitmentMention]:
    """The share of a place's vehicle output a sentence pledges for a year: one commitment of kind `other` for the
    actor named before it (a share already reached, 已达到 or 截至, is a result)."""
    if not ("产量" in sentence or "销量" in sentence) or DONE.search(sentence):
        return []
    m = OUTPUT_SHARE.search(sentence)
    if m is None or not PLEDGE.search(sentence, 0, m.start()):
        return []
    years = list(YEAR_BEFORE.finditer(sentence, 0, m.start()))
    named = actors([e for e in entities if e.end <= m.start()], sentence)
    if not years or not named:
        return []
    return [CommitmentMention(named[-1].name, "other", int(years[-1].group(1)))]


# a numbered item of a list of signings, first in its sentence or after the opening's colon ("成果清单如下：一、A与B签署
# …；", "二、C与D签署…；"): each item is an instrument of its own
LIST_ITEM = re.compile(r"(?:^|[：:])\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)])"
                       r"[^。；;]{2,80}?(?:签署|签订|签约|缔结)")


def listed_item(sentence: str) -> bool:
    """The sentence holds a numbered item of a list of signings: another instrument than the list's other items and
    than the page's other signings (stored as the hint `further`, which keeps them apart in resolution)."""
    return ("、" in sentence or "（" in sentence or "." in sentence) and bool(LIST_ITEM.search(sentence))


# "论坛第一天", "峰会首日": the gathering's first day, the day the text last named (its opening, "7月13日至15日")
FIRST_DAY = re.compile(r"第一天|首日")
# "…市长共同签署宣言": the instrument by its kind alone, the one the sentence before named in full
BARE_KIND = re.compile(r"(?:签署|签订|发布|发表|通过)了?(?:该|上述|这一|此)?(宣言|倡议|联合声明|声明)(?![》\u4e00-\u9fff])")


def first_day_signings(found: list, sentence: str, previous: str, day) -> None:
    """Date the signings of a sentence told on a gathering's first day ("峰会第一天，A、B和C共同发布《…倡议》") with
    `day`, the day the text last named; so a signing that names its instrument by its kind alone ("…共同签署宣言")
    right after a sentence that named it in full on that first day ("论坛第一天，与会城市共同通过《…宣言》"), which
    takes that name too. Changes `found` (agreement mentions) in place."""
    if day is None or not found or not ("第一天" in sentence or "首日" in sentence or "第一天" in previous or
                                        "首日" in previous):
        return
    bare = None if FIRST_DAY.search(sentence) else BARE_KIND.search(sentence)
    named = re.findall(r"《([^》]+)》", previous) if bare else []
    named = [t for t in named if t.endswith(bare.group(1))] if bare else []
    if not FIRST_DAY.search(sentence) and len(named) != 1:
        return
    for ag in found:
        if ag.signed_on is None:
            ag.signed_on, ag.signed_on_precision = day, "day"
            if named and not ag.title:
                ag.title = named[0]


def at_gathering(clause: str, previous: str) -> bool:
    """The signing clause says it was told at the gathering without an anaphor of its own: on its first day, or by
    the instrument's kind alone after a first-day sentence that named it, or as one of the signings the sentence before
    counted (where the story's event was held is where it was signed)."""
    if among_counted(clause, previous):
        return True  # "... ended with 14 agreements. Among them, A and B signed ..." (gathering_signings)
    if not ("第一天" in clause or "首日" in clause or "第一天" in previous or "首日" in previous):
        return False
    return bool(FIRST_DAY.search(clause) or BARE_KIND.search(clause))
