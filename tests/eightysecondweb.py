"""An eighty-second test web, written apart from the other webs for issue 17 (a held-out estimate on NGOs,
foundations, think tanks and universities): a US university newsroom, a Chinese university news site and an
NGO/foundation blog served on 127.0.0.1, about a coalition of thirteen universities, a university's energy concession,
campus and city carbon goals, a renewed agreement with a UN agency, a four-university alliance, a joint research
centre, a think tank's memorandum, an NGO's renewed memorandum, a research network's charter, a foundation's grant
that is no agreement and lectures that conclude nothing: actors no other web uses.

Sites live under tests/data/eightysecondweb/sites/<site>/ as UTF-8 files (written by
tests/data/eightysecondweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* osunews - a US university newsroom: "Ohio State News", "By ..., Ohio State News", "Share:", "Related stories"
* tjnews - a Chinese university news site: "当前位置：首页 > 学校要闻", "发布时间：", "责任编辑：", "热点新闻";
  listing index.html -> index_1.html
* crosscur - an NGO/foundation blog: "Posted on ... by ...", "Filed under:", "Share this:", "More from the blog";
  found through feed.xml

    with EightySecondWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "eightysecondweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "osunews": {"encoding": "utf-8", "charset": "utf-8"},
    "tjnews": {"encoding": "utf-8", "charset": "utf-8"},
    "crosscur": {"encoding": "utf-8", "charset": "utf-8"},
}


class EightySecondWeb(GoldWeb):
    """Context manager serving every site of the eighty-second web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(EightySecondWeb)
