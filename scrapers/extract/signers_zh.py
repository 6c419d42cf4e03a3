"""Who signs for whom, and the ceremony a signing was told at, as Chinese news writes them (used by agreements_zh
and extract_mentions).

- A head of government ("香港特别行政区行政长官林郑月娥", "广东省省长马兴瑞") signs for the government, named as the
  tables name "<place>政府", so a report that names the government itself gives the same party.
- A foreign company written in Latin script ("沙特ACWA Power", "德国能源公司E.ON") is the party as written: the Chinese
  words before it say only its country and what kind of body it is.
- "《X》签署仪式1日上午在香港举行。" holds the day and place of the signing of X the sentences after it tell.
"""
from __future__ import annotations

from scrapers import lazy_re as re

from pactwatch.gazetteer import gazetteer
from scrapers.extract.venues import venue_cities
from scrapers.extract.entities import Entity, find_entities


# a name in Latin script (words, digits, & . -), perhaps with a company's tail, after the country it is of
LATIN_PARTY = re.compile(r"(?P<country>[\u4e00-\u9fff]{1,10}?)?(?P<name>[A-Z][A-Za-z0-9&.\-]*(?:\s[A-Za-z0-9&.\-]+){0,4}"
                         r"(?:(?:股份)?(?:集团|公司|有限公司)(?:公司)?)?)")


def latin_name(core: str) -> str | None:
    """The Latin-script name a list item holds whole ("ACWA Power", "沙特ACWA Power公司" -> "ACWA Power公司",
    "德国能源公司E.ON" -> "E.ON"), or None: a foreign company's own name, kept as written; the Chinese words before
    it may only say its country and what kind of body it is."""
    m = LATIN_PARTY.fullmatch(core)
    if not m or len(re.sub(r"[^A-Za-z]", "", m.group("name"))) < 2 or PERSON.fullmatch(m.group("name")):
        return None
    if before := m.group("country"):
        kind = DESCRIPTOR.search(before)
        country = before[:kind.start()] if kind else before
        place = gazetteer().find_zh(country) if country else None
        if country and (place is None or place.kind != "country"):
            return None
    return m.group("name")


# a person's name in Latin script ("John Kerry", "Gino Van Begin"): title-case words, none a company's word
PERSON = re.compile(r"(?!.*\b(?:Energy|Energies|Power|Group|Solar|Wind|Electric|Motors?|Holdings?|Capital|Partners|"
                    r"Corp|Corporation|Inc|Ltd|Limited|Company|Bank|Fund|Foundation|Institute|Council|Authority|Port|"
                    r"Hydro|Renewables|Grid|Utilities|Gas|Oil|Petroleum|Airways?|Systems|Technologies|Tech)\b)"
                    r"[A-Z][a-z]+(?:\s(?:van|von|de|der|da|del|Van|Von|De|Der|Da|Del|[A-Z][a-z]+)){1,3}")
# what kind of body a name is, said before it ("德国能源公司E.ON", "法国能源巨头TotalEnergies")
DESCRIPTOR = re.compile(r"(?:[\u4e00-\u9fff]{0,4}(?:公司|企业|集团|巨头|制造商|开发商|运营商|银行|基金|机构))$")


# a place, then the post of who heads its government, then (perhaps) the holder's name
HEAD_OF_GOVERNMENT = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,12}?)(?:行政长官|特首|省长|市长|州长|区长|县长)"
                                r"[\u4e00-\u9fff·]{0,6}$")


def government(place: str) -> str | None:
    """The name the tables give the government of a place ("香港特别行政区" -> its SAR government, "广东省" -> Guangdong
    Province), or None where "<place>政府" is no name they know."""
    whole = place + "政府"
    found = [e for e in find_entities(whole, {}) if e.start == 0 and e.end == len(whole)]
    return found[0].name if found and found[0].kind in {"org", "city", "province", "state"} else None


# "25日，博览会能源合作签约活动在长春…举行", "项目集中签约仪式8日在西安举行": a signing session held, whose
# signings the next sentences list one by one, undated ("A与B签署了…。C与D签署了…")
# "…代表团在B市政厅出席两市缔结友好城市关系签字仪式": a signing ceremony attended on that day is held then too
# "…召开协调会议，并举行《X》签约仪式": the ceremony held, told verb first
SESSION_HELD = re.compile(r"(?:签约|签署|签字)(?:活动|仪式|大会|会)(?P<rest>[^，。；]{0,30}?)(?:举行|举办)|"
                          r"出席[^，。；]{0,30}?(?:签约|签署|签字)仪式|"
                          r"(?:举行|举办)了?(?:《[^》]{2,60}》)?(?:签约|签署|签字)仪式|"
                          # "…在北京签署三项能源合作文件": several instruments signed at one place, listed after
                          r"在[^，。；]{1,12}?(?:签署|签订)了?(?:[两三四五六七八九十多]|\d+)(?:项|份)[^，。；]{0,10}?"
                          r"(?:文件|协议|备忘录)|"
                          # "…专场活动在银川…举行，现场集中签约项目15个": a gathering held, its signings counted on site
                          r"(?:举行|举办)[，,]\s*(?:现场|活动现场|会上)(?:共)?(?:集中)?签约(?:项目)?[\d一二三四五六七八九十]+个")
# a signing the text recalls or tells as done before ("此前，双方已签署…", "早在…", "回顾合作历程"): not the session's
ZH_BEFORE = re.compile(r"此前|之前|曾经?|早在|早前|已于|去年|前期|回顾|首次|以来|先后")


def held_session(sentence: str, entities: list[Entity]) -> tuple[str | None, str | None] | None:
    """(city, country) of a signing session (签约活动, 签约仪式) the sentence says was held, or None: the undated
    signings the next sentences list were signed there, on its day."""
    m = SESSION_HELD.search(sentence)
    if not m or CEREMONY_OF.search(sentence):
        return None
    city = _held_in(sentence, venue_cities(entities), 0, m.end())  # 在长春东北亚国际博览中心: Changchun
    return (city.name, city.country) if city else (None, None)


def _held_in(sentence: str, entities: list[Entity], lo: int, hi: int) -> Entity | None:
    """The city a holding phrase names between `lo` and `hi` ("…在香港举行", "于北京举办")."""
    return next((e for e in entities if lo <= e.start < hi and e.kind == "city" and
                 sentence[max(0, e.start - 1):e.start] in {"在", "于"}), None)


# "《深化粤港澳合作 推进大湾区建设框架协议》签署仪式1日上午在香港举行": the ceremony of a named instrument, held
CEREMONY_OF = re.compile(r"《(?P<title>[^》]{2,60})》(?:签署|签约)仪式(?P<rest>[^，。；]{0,30}?)(?:举行|举办)")


def held_ceremony(sentence: str, entities: list[Entity]) -> tuple[str, str | None, str | None] | None:
    """(title, city, country) of a named instrument's signing ceremony a sentence says was held, or None: the
    sentence after it that signs that title ("A、B共同签署了《…》") tells the same signing, on that day and there."""
    m = CEREMONY_OF.search(sentence)
    if not m:
        return None
    city = _held_in(sentence, entities, m.start("rest"), m.end())
    return m.group("title"), (city.name if city else None), (city.country if city else None)
