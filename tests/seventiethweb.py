"""A seventieth test web, written apart from the other webs for issue 17 (an honest held-out estimate of SIGNINGS
WITH WITNESSES, ATTENDEES AND HOSTS, English and Chinese): an English trade-association newsroom and a Chinese city
招商/外办 portal served on 127.0.0.1, each page telling one or two agreements crowded with people and bodies who are not
parties (witnesses, attendees, hosts, co-organisers, a moderator, a sponsor, a program of auspices; 在...的见证下,
出席签约仪式, 主持, 主办/承办/协办, 见证了签约, 代表双方签约).

Sites live under tests/data/seventiethweb/sites/<site>/ as UTF-8 files (written by tests/data/seventiethweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* hpta - an English trade-association newsroom: "Member Login" bar, "Download the PDF", an "Association Bulletin" rail
* bdzs - a Chinese city 招商/外办 portal: "【收藏本页】", a "相关链接" rail, a "主办单位：" footer

    with SeventiethWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "seventiethweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "hpta": {"encoding": "utf-8", "charset": "utf-8"},
    "bdzs": {"encoding": "utf-8", "charset": "utf-8"},
}


class SeventiethWeb(GoldWeb):
    """Context manager serving every site of the seventieth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SeventiethWeb)
