"""The gazetteer builds its Chinese table on first use: English lookups never load it, and it is built once."""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from pactwatch.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[2]


def test_english_lookups_do_not_load_the_chinese_names():
    code = ("import sys\n"
            "from pactwatch.gazetteer import Gazetteer\n"
            "g = Gazetteer()\n"
            "assert g.find_en('Wuhan').name == 'Wuhan' and g.place('Wuhan').country == 'CN'\n"
            "assert g._zh is None and 'pypinyin' not in sys.modules\n"
            "assert g.find_zh('武汉市').name == 'Wuhan' and 'pypinyin' in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert done.returncode == 0, done.stderr


def test_the_chinese_table_is_built_once_whatever_the_threads():
    g = Gazetteer()
    tables = []
    threads = [threading.Thread(target=lambda: tables.append(g.zh)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(tables) == 4 and all(t is tables[0] for t in tables)
    assert g.find_zh("武汉").name == "Wuhan" and g.find_zh("加利福尼亚州").name == "California"
    assert g.find_zh("尼日利亚").kind == "country"
