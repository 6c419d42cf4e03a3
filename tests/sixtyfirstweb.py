"""A sixty-first test web, written apart from the other webs for issue 17 (an honest held-out estimate of NEGATION,
MODALITY and ENDINGS of agreements and pledges, English and Chinese): an English regional paper and a Chinese energy
portal served on 127.0.0.1, where real signings and pledges stand beside sentences that conclude nothing (a signing
postponed, a draft MOU, "agreed in principle", "expected to sign", "failed to reach an agreement", an MOU withdrawn
from, suspended, expired or never signed; 推迟签署, 暂缓签署, 有望签署, 未能签署, 退出, 到期, 终止) and a target dropped.

Sites live under tests/data/sixtyfirstweb/sites/<site>/ as UTF-8 files (written by tests/data/sixtyfirstweb/build.py
from articles.py; gold.json beside them); `{{base}}` is the site's own base URL.

* vtledger - an English regional paper: e-Edition and Subscribe bar, weather line, "Staff Writer" byline,
  obituaries and "More Local News" boxes
* nyzx - a Chinese energy portal: 来源 and 作者 under the title, 分享到, 责任编辑, 热点排行 and 免责声明

    with SixtyFirstWeb() as web:
        web.write_sources(tmp_path / "sources.yaml")
"""
from __future__ import annotations

from pathlib import Path

from gold_web import GoldWeb, serve

HERE = Path(__file__).resolve().parent / "data" / "sixtyfirstweb"
GOLD_PATH = HERE / "gold.json"

SITES = {
    "vtledger": {"encoding": "utf-8", "charset": "utf-8"},
    "nyzx": {"encoding": "utf-8", "charset": "utf-8"},
}


class SixtyFirstWeb(GoldWeb):
    """Context manager serving every site of the sixty-first web on its own ephemeral 127.0.0.1 port."""

    ROOT = HERE
    SITES = SITES


if __name__ == "__main__":  # serve until Ctrl-C and print the sources file
    serve(SixtyFirstWeb)
