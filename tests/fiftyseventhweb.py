"""A fifty-seventh test web, written apart from the other webs for issue 17 (an honest held-out estimate on page
templates no other web has): an English news site built with a JavaScript framework and an old table-layout county
portal served on 127.0.0.1, each page carrying one agreement or one pledge told where a plain reader of the HTML does
not look: a `__NEXT_DATA__` JSON blob or a JSON-LD `articleBody` beside an empty mount point, `<td>` lines parted by
`<br>` with no `<p>`, a body split by `<!--nextpage-->`, a "Page 1 2 Next" pager whose page 2 is not served; actors
no other web uses.

Sites live under tests/data/fiftyseventhweb/sites/<site>/ as UTF-8 files (written by
tests/data/fiftyseventhweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* riverline - an English JS news site: empty `<div id="__next">` / `<div id="root">`, "This site requires
  JavaScript", "Share this dispatch", "Page 1 2 Next ›"
* exbei     - a table-layout county portal in GBK: 发布时间 "2026.11.03" / "03/11/2026", 点击数, 打印本页 关闭窗口, 共2页

    with FiftyseventhWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fiftyseventhweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "riverline": {"encoding": "utf-8", "charset": "utf-8"},
    "exbei": {"encoding": "gbk", "charset": None},  # a bare text/html: the page's <meta> names gb2312
}


class FiftyseventhWeb(GoldWeb):
    """Context manager serving every site of the fifty-seventh web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FiftyseventhWeb)
