"""A forty-third test web, written apart from the other webs for issue 17 (an honest held-out estimate in Traditional
Chinese of agreements, pledges and events): a Taiwanese city government's press releases and Hong Kong government
press releases served on 127.0.0.1, about memoranda with a Japanese city, an Australian university and a German firm's
Hong Kong arm, a sister-city tie told with a 民國 date, a forum and a summit where a firm and a bus company pledged,
a city's net-zero, cut, renewable-share and electric-bus targets, and results, forecasts and plans only being studied.

Sites live under tests/data/fortythirdweb/sites/<site>/ as UTF-8 files (written by tests/data/fortythirdweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* tycg  - a Taiwanese city government's 新聞稿 page: 發布機關 and 發布日期 (民國 years) under the title, 相關新聞 traps
* hkgov - Hong Kong government press releases: 完 and a 香港時間 timestamp under the text, 相關新聞公報 traps

    with FortythirdWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fortythirdweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "tycg": {"encoding": "utf-8", "charset": "utf-8"},
    "hkgov": {"encoding": "utf-8", "charset": "utf-8"},
}


class FortythirdWeb(GoldWeb):
    """Context manager serving every site of the forty-third web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FortythirdWeb)
