"""A sixtieth test web, written apart from the other webs for issue 17 (an honest held-out estimate on DIGEST and
ROUNDUP pages, English and Chinese): an NGO newsletter archive and a Chinese portal's 简讯 column served on 127.0.0.1,
each page holding three or four short items, each its own story with its own dateline, date, place and actors; some
with a signing or a pledge, some with none. Items are headed by <h3>, by a bold lead-in or a bold 【place】, or parted
only by "•", "■" or "——". Traps: an item's "the two sides", "the city", "a similar agreement", "双方", "该市", "两市"
or dateline must not reach the next item.

Sites live under tests/data/sixtiethweb/sites/<site>/ as UTF-8 files (written by tests/data/sixtiethweb/build.py from
articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* pplex - an NGO newsletter archive: "View this issue in your browser", "Forward to a colleague", an unsubscribe footer
* dhnet - a Chinese portal's 简讯 column: 【字号 大 中 小】, 责任编辑, 分享到, 扫一扫在手机打开当前页

    with SixtiethWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "sixtiethweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "pplex": {"encoding": "utf-8", "charset": "utf-8"},
    "dhnet": {"encoding": "utf-8", "charset": "utf-8"},
}


class SixtiethWeb(GoldWeb):
    """Context manager serving every site of the sixtieth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SixtiethWeb)
