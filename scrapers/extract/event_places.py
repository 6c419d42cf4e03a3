"""Where a gathering the story names was held, where its own sentence gives no city: the dateline's city for the
story's event in the lede, "hosted by the city", a venue in a city the story names, a Chinese gathering's main venue
(主会场). Split from extract/__init__.py, which calls `place_event` for each event a sentence names."""
from __future__ import annotations

from datetime import date

from scrapers.extract.online_gatherings import main_venue_zh
from scrapers.extract.place_references import hosted_by_the_city
from scrapers.extract.venues import venue_city_en


def place_event(ev, analysed: list, position: int, line: tuple, elsewhere: int | None, online: bool,
                page_date: date | None) -> None:
    """Give the event `ev` named in sentence `position` of `analysed` ((quote, sentence, entities) each) the city and
    country the story says it was held in, where its sentence did not; `line` is the dateline (city, country, day),
    `elsewhere` the first sentence that names another place, `online` whether it was held online."""
    _, s, ents = analysed[position]
    if ev.city is None and ev.month is None and line[0] and position <= 3 and not online and \
            (elsewhere is None or position <= elsewhere) and \
            not any(e.kind == "city" for e in ents) and \
            (ev.start_on is None or page_date is None or abs((page_date - ev.start_on).days) <= 31):
        # "CHICAGO — ... the summit" in the lede: the story's event, held where the news is filed
        ev.city, ev.country = line[0], line[1]
    before = analysed[position - 1][2] if position else []
    if ev.city is None and not online and (host := hosted_by_the_city(s, ents, before)):
        ev.city, ev.country = host  # "The ... Summit, hosted by the city, ran ..." (place_references)
    if ev.city is None and not online and (venue := venue_city_en(s, ev.span[1], analysed)) is not None:
        ev.city, ev.country = venue  # "took place at the Galway Racecourse", Galway named in the story
    if "主会场" in s or position + 1 < len(analysed) and "主会场" in analysed[position + 1][1]:
        if (main := main_venue_zh(analysed[position:position + 2])) is not None:
            ev.city, ev.country = main  # "大会主会场设在南京，分会场设在…": the main venue (online_gatherings)
