"""A ninety-fifth test web, written apart from the other webs for issue 17 (a held-out estimate on renewals, extensions
and anniversaries of cooperation between Chinese and foreign provinces, states and cities): Jiangsu's 外事 portal in
Simplified Chinese, a US governor's English newsroom found through its sitemap ("renews and expands a climate
partnership first signed in 2013", five memorandums named in one wrap-up) and an English-language Chinese news site
read through RSS (a renewal "on Tuesday", a 45th anniversary that concludes nothing, six signings at a sister-city
conference), served on 127.0.0.1: actors no other web uses.

Sites live under tests/data/ninetyfifthweb/sites/<site>/ as UTF-8 files (written by tests/data/ninetyfifthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* jsfao - 江苏省人民政府外事办公室: "您当前的位置：首页 > 外事动态", "信息来源：... 发布时间：...", "热点链接", "苏ICP备"
* cagov - a US governor's newsroom: "Home > Newsroom", "Press Release | Published: ...", "Share this:", "Recent News",
  "Back to Top"; its sitemap only
* cnprov - an English-language Chinese news site: "Updated: ... | By ...", "Editor: ...", "Related Stories"; its RSS
  feed only

    with NinetyFifthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "ninetyfifthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "jsfao": {"encoding": "utf-8", "charset": "utf-8"},
    "cagov": {"encoding": "utf-8", "charset": "utf-8"},
    "cnprov": {"encoding": "utf-8", "charset": "utf-8"},
}


class NinetyFifthWeb(GoldWeb):
    """Context manager serving every site of the ninety-fifth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(NinetyFifthWeb)
