"""A sixty-fourth test web, written apart from the other webs for issue 17 (an honest held-out estimate in Chinese of
FOREIGN GOVERNORS' and MAYORS' VISITS): a provincial 外事办公室 portal and a city government portal in GBK, served on
127.0.0.1: a US governor's visit with a memorandum the state and the province sign after a meeting, the governor
signing for his state with a city (还与A市签署), one governor signing with two cities (先后与B、C签署), two bodies signing
before the leaders (在W和Y的共同见证下), a US mayor's visit, days as 10月23日至25日 and 24日上午; as negatives a courtesy
call with talks only, 双方表示将…签署 and a delegation that 出席 a forum: actors no other web uses.

Sites live under tests/data/sixtyfourthweb/sites/<site>/ as UTF-8 files (written by
tests/data/sixtyfourthweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* lnfao - a provincial 外事办公室 portal: 外事动态 crumb, 发布时间/来源, 打印本页/关闭窗口, 扫一扫, 相关链接 traps
* qqhr  - a city government portal in GBK with its charset only in <meta http-equiv>: 信息来源/浏览次数, 【我要打印】,
          责任编辑, 热点推荐 traps

    with SixtyfourthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "sixtyfourthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "lnfao": {"encoding": "utf-8", "charset": "utf-8"},
    "qqhr": {"encoding": "gbk", "charset": None},
}


class SixtyfourthWeb(GoldWeb):
    """Context manager serving every site of the sixty-fourth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SixtyfourthWeb)
