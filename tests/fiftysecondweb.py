"""A fifty-second test web, written apart from the other webs for issue 17 (an honest held-out estimate on EVENTS whose
place and days are told indirectly): an English regional news site and a Chinese city portal served on 127.0.0.1,
about gatherings held in "the Chinese capital", "the Guangdong provincial capital", "the Bay Area city of Oakland",
"Beijing's Chaoyang district", a summit "hosted by the city" named before, 在穗/在京/在蓉/在沪/在渝 and 贵州省会, over
days told as ranges ("from 30 November to 2 December", "4th-6th June", "Nov 30 - Dec 2", 11月30日至12月2日), by
weekday ("Tuesday through Thursday", "the two-day meeting that ended on Friday") and by length (为期三天); with
officials "from the Chinese capital", a 赴京 trip and a meeting by video link as negatives: actors no other web uses.

Sites live under tests/data/fiftysecondweb/sites/<site>/ as UTF-8 files (written by
tests/data/fiftysecondweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* valleywire - an English regional news site: byline, "Filed under:", "Trending now", "Reader services"
* xncs       - a Chinese city portal: 发布时间 and 阅读量, 【返回顶部】, 热点推荐, 本网声明

    with FiftysecondWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fiftysecondweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "valleywire": {"encoding": "utf-8", "charset": "utf-8"},
    "xncs": {"encoding": "utf-8", "charset": "utf-8"},
}


class FiftysecondWeb(GoldWeb):
    """Context manager serving every site of the fifty-second web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FiftysecondWeb)
