"""A fortieth test web, written apart from the other webs for issue 17 (an honest held-out estimate of Chinese
agreements): a city foreign affairs office portal and a state-media style energy news site served on 127.0.0.1, about
Zhengzhou and Henan signing with São Paulo State, South Australia, AFD and the EIB, and Chinese companies signing
solar, storage, hydrogen and wind agreements (a PPA among them) in Morocco and Serbia, with talks, planned signings
and trade or tourism agreements as negatives.

Sites live under tests/data/fortiethweb/sites/<site>/ as UTF-8 files (written by
tests/data/fortiethweb/build.py from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* zzwsb - a city 外事办 portal: 信息来源 and 发布时间 under the title, 【字体：大 中 小】, 【打印本页】, 相关信息
* hqny  - a state-media style news page: 来源 and 时间 in one line, 编辑/责编, 相关新闻 and 扫一扫 chrome

    with FortiethWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "fortiethweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "zzwsb": {"encoding": "utf-8", "charset": "utf-8"},
    "hqny": {"encoding": "utf-8", "charset": "utf-8"},
}


class FortiethWeb(GoldWeb):
    """Context manager serving every site of the fortieth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(FortiethWeb)
