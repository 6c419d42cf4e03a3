"""A seventy-third test web, written apart from the other webs for issue 17 (an honest held-out estimate of
AGREEMENTS RENEWED, EXTENDED, EXPANDED, AMENDED OR UPGRADED, English and Chinese): an English state newsroom and a
Chinese provincial 外事 portal served on 127.0.0.1, each page telling one agreement's later life (renewed for five more
years, an amendment expanding it, an old agreement "renewed in 2023" only restated, a renewal under negotiation;
续签, 延期, 扩展合作范围, 签署补充协议, 升级).

Sites live under tests/data/seventythirdweb/sites/<site>/ as UTF-8 files (written by
tests/data/seventythirdweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* idgov - an English state newsroom: "Skip to main content", "Share this release", a "More from the Governor" rail
* jxwb - a Chinese provincial 外事 portal: "【字体：大 中 小】", "【打印本页】【关闭窗口】", a "推荐阅读" rail

    with SeventyThirdWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "seventythirdweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "idgov": {"encoding": "utf-8", "charset": "utf-8"},
    "jxwb": {"encoding": "utf-8", "charset": "utf-8"},
}


class SeventyThirdWeb(GoldWeb):
    """Context manager serving every site of the seventy-third web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SeventyThirdWeb)
