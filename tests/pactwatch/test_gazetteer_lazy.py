"""The gazetteer builds its Chinese table on first use: English lookups never load it, and it is built once."""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from pactwatch.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[2]


def _fresh_process(code: str) -> None:
    """Run `code` in a new interpreter (what a module loads shows in its sys.modules); fail with its error."""
    done = subprocess.run([sys.executable, "-c", "import sys\nfrom pactwatch.gazetteer import Gazetteer\n" + code],
                          cwd=ROOT, capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert done.returncode == 0, done.stderr


def test_english_lookups_do_not_load_the_chinese_names():
    _fresh_process("g = Gazetteer()\n"
                   "assert g.find_en('Wuhan').name == 'Wuhan' and g.place('Wuhan').country == 'CN'\n"
                   "assert g._zh is None and 'pypinyin' not in sys.modules\n"
                   "assert g.find_zh('武汉市').name == 'Wuhan' and 'pypinyin' in sys.modules\n")


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


def test_a_name_looked_up_before_the_table_is_built_gets_what_the_table_holds():
    early = Gazetteer()
    names = list(Gazetteer().zh)
    probes = names + [n + "市" for n in names[:2000]] + ["改造", "男性", "東京", "北京市政府", "Wuhan", ""]
    looked = {n: early.find_zh(n) for n in probes}
    assert early._zh is None  # each name resolved from its own steps
    table = early.zh
    assert all(looked[n] == table.get(n) for n in probes)


def test_japanese_words_load_no_romanisation_tables():
    _fresh_process("g = Gazetteer()\n"
                   "assert [g.find_zh(w) for w in ('改造', '販売', '男性', '逮捕', '書籍')] == [None] * 5\n"
                   "assert 'pypinyin' not in sys.modules\n")
