"""A forty-fifth test web, written apart from the other webs for issue 17 (an honest held-out estimate of Chinese summit
results and joint statements): a ministry-style 新闻发布 portal and a city news site served on 127.0.0.1, about what
city gatherings adopted (a 宣言, an 倡议, a 联合声明 of several named cities), the 成果清单 of agreements signed at a
closing, pledges made at the gathering, a 分论坛 of a congress, a 云端 session and an online forum: actors no other
web uses, with a 筹备会, a press conference announcing a summit to come, previous editions recalled and results achieved.

Sites live under tests/data/fortyfifthweb/sites/<site>/ as UTF-8 files (written by
tests/data/fortyfifthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* hjfb - a ministry-style 新闻发布 portal: 索引号 table, 【字体：大 中 小】, 【打印】【关闭】, 相关稿件
* lzxw - a city news site: date and 来源 under the title, 编辑 and 相关新闻 under the text

    with FortyfifthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fortyfifthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "hjfb": {"encoding": "utf-8", "charset": "utf-8"},
    "lzxw": {"encoding": "utf-8", "charset": "utf-8"},
}


class FortyfifthWeb(GoldWeb):
    """Context manager serving every site of the forty-fifth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES
    TYPES = {**GoldWeb.TYPES, ".shtml": "text/html", ".htm": "text/html"}


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FortyfifthWeb)
