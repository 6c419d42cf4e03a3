"""A forty-sixth test web, written apart from the other webs for issue 17 (a held-out estimate on RESOLUTION: one fact
told by several sites in two languages): a city-network newsroom, a provincial government portal and an English wire
served on 127.0.0.1, telling the same forum, memoranda and pledges of Minneapolis and Xining, Milwaukee and Golmud,
Minnesota and Qinghai with and without the day, a day apart, under other names (full name, acronym, Chinese name,
the place for its government) and other instrument names, with traps to keep apart (a renewal, a second memorandum
of the same month, two signings at two summits, a province's and its capital's pledges).

Sites live under tests/data/fortysixthweb/sites/<site>/ as UTF-8 files (written by
tests/data/fortysixthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* ccnet  - a city-network newsroom: "Posted ... by the Network Secretariat", "Member Cities", "Network News"
* qhgov  - a provincial government portal: 信息来源 and 发布时间 under the title, 【我要纠错】【收藏本页】
* nswire - an English wire: a dateline, "Filed by ... | Desk: ...", "Related Coverage", "Licensing"

    with FortysixthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fortysixthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "ccnet": {"encoding": "utf-8", "charset": "utf-8"},
    "qhgov": {"encoding": "utf-8", "charset": "utf-8"},
    "nswire": {"encoding": "utf-8", "charset": "utf-8"},
}


class FortysixthWeb(GoldWeb):
    """Context manager serving every site of the forty-sixth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FortysixthWeb)
