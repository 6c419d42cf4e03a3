"""A sixty-sixth test web, written apart from the other webs for issue 17 (an honest held-out estimate of NUMBERS
WRITTEN IN WORDS, FRACTIONS AND CHINESE NUMERALS in commitments, English and Chinese): an English city newsroom and a
Chinese provincial portal in 公文 style served on 127.0.0.1, with pledges whose figures carry no digits ("by half",
"eighty to ninety percent", "a quarter of its power", "two-thirds below 2005 levels", "二〇三〇年前达峰",
"百分之六十五以上", "三成", 全角 "６５％") and one trap per page (a past fall, a population, a budget).

Sites live under tests/data/sixtysixthweb/sites/<site>/ as UTF-8 files (written by tests/data/sixtysixthweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* cityhall - an English city newsroom: "City Hall Newsroom" logo, "Read the plan" link, "Sign up for city alerts"
  box, an "Around City Hall" rail
* shengfu - a Chinese provincial portal: "发文机关：" line, "【收藏】", a "相关文件" rail, "信息公开目录" link

    with SixtySixthWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "sixtysixthweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "cityhall": {"encoding": "utf-8", "charset": "utf-8"},
    "shengfu": {"encoding": "utf-8", "charset": "utf-8"},
}


class SixtySixthWeb(GoldWeb):
    """Context manager serving every site of the sixty-sixth web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SixtySixthWeb)
