"""A hundred-and-eighth test web, written apart from the other webs for issue 17 (a held-out estimate on US-CHINA
SUBNATIONAL CLIMATE COOPERATION SINCE THE 2023 SUNNYLANDS STATEMENT): a California state agency's English newsroom,
a Chinese provincial foreign-affairs office portal (广东省人民政府外事办公室, UTF-8, TRS-style) and an English university
climate centre's news site, served on 127.0.0.1, about the memoranda signed at the 2024 U.S.-China High-Level Event on
Subnational Climate Action in Berkeley, a city-to-city port letter, a state-province memorandum signed at a Track II
dialogue, a centre's memorandum with a Chinese academy, the pledges told beside them, and pages that conclude nothing
(a trip that only discussed cooperation, a dialogue at COP29, a delegation, a webinar, a report launch, a visit).

Sites live under tests/data/hundredeighthweb/sites/<site>/ as UTF-8 files (written by
tests/data/hundredeighthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* calepa - the California Environmental Protection Agency newsroom: "NEWS RELEASE", a release number, "Contact:",
  "More News" traps, "###"; its listing paged by "Next"
* gdfao - 广东省人民政府外事办公室: "当前位置：首页 > 外事动态", "发布时间：... 来源：...", 【字体：大 中 小】, 外事要闻 traps,
  粤ICP footer; its sitemap
* cgs - the Center for Global Sustainability news site: a "News" kicker, a byline, "Related stories" traps, a
  newsletter box; its RSS feed

    with HundredEighthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "hundredeighthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "calepa": {"encoding": "utf-8", "charset": "utf-8"},
    "gdfao": {"encoding": "utf-8", "charset": "UTF-8"},
    "cgs": {"encoding": "utf-8", "charset": "utf-8"},
}


class HundredEighthWeb(GoldWeb):
    """Context manager serving every site of the hundred-and-eighth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(HundredEighthWeb)
