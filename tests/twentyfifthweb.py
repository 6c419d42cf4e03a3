"""A twenty-fifth test web, written apart from the other webs for issue 17 (an honest held-out estimate of Chinese
commitments and events): a city government portal and an energy news portal served on 127.0.0.1, about a city's, a
province's and an autonomous region's carbon-peaking plans, energy and internet groups' 双碳 targets and a forum where
some were announced: actors no other web uses, the same targets told by two sites, with results, forecasts, calls on
others, background goals and meetings that are no events.

Sites live under tests/data/twentyfifthweb/sites/<site>/ as UTF-8 files (written by
tests/data/twentyfifthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* lz   - a city government portal: 信息来源 and 发布时间 under the title, 热点推荐 chrome
* nyxw - an energy news portal: 来源 and 编辑 in one line, 相关新闻 and a 免责声明 under the text

    with TwentyfifthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "twentyfifthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "lz": {"encoding": "utf-8", "charset": "utf-8"},
    "nyxw": {"encoding": "utf-8", "charset": "utf-8"},
}


class TwentyfifthWeb(GoldWeb):
    """Context manager serving every site of the twenty-fifth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(TwentyfifthWeb)
