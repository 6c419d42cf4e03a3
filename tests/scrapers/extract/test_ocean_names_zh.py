"""An ocean's name holds no place (scrapers/extract/entities.py): 太平洋 (the Pacific) is no 太平 (Taiping), 印度洋 (the
Indian Ocean) no India; the gathering named after the Pacific is held where its sentence says."""
from __future__ import annotations

import pytest

from scrapers.extract.entities import find_entities


@pytest.mark.parametrize("sentence, places", [
    # a portal's event line: the ocean in the gathering's name is no city (太平洋 had read as Taiping)
    ("10月14日至15日，2024太平洋气候对话会在檀香山举行。", ["Honolulu"]),
    # a ministry's release: 太平洋岛国 (Pacific island countries), 印度洋 no India
    ("中国与太平洋岛国、印度洋沿岸国家签署了气候合作文件。", ["China"]),
])
def test_an_oceans_name_holds_no_place(sentence, places):
    assert [e.name for e in find_entities(sentence) if e.kind != "org"] == places
