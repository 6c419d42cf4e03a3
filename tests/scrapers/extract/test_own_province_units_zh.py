"""A provincial body a Chinese story names without its province ("省商务厅与…签署", scrapers/extract/own_province_units_zh.py,
hooked into scrapers/extract/__init__.py beside owned_by_place): read as the body of the province the story named
before. Negatives: no province named before, 省长 (a person), a name that holds its province already. Texts of our own,
a portal's and a provincial paper's style."""
from __future__ import annotations

from datetime import date

from story_records import records


def _parties(text: str) -> list[list[str]]:
    return [sorted(r["parties"]) for r in records(text, "agreement", date(2023, 5, 20))]


def test_a_portal_names_its_provinces_department_bare():
    text = ("5月18日，副省长率山西省代表团访问美国俄亥俄州。会谈后，在双方见证下，省商务厅与俄亥俄州发展署签署了"
            "《新能源合作谅解备忘录》。")
    assert any("Shanxi Provincial Department of Commerce" in p for p in _parties(text))


def test_a_paper_names_the_provinces_commission_bare():
    text = ("江西省与美国威斯康星州代表团举行会谈。会后，省发展改革委与威斯康星州能源办公室签署了节能合作备忘录。")
    assert any("Jiangxi Provincial Development and Reform Commission" in p for p in _parties(text))


def test_no_province_before_or_a_person_or_a_full_name():
    assert not any(p for p in _parties("省商务厅与俄亥俄州发展署签署了新能源合作谅解备忘录。") if "Provincial" in " ".join(p))
    text = "山西省代表团访问俄亥俄州。省长与俄亥俄州州长举行会谈。"
    assert _parties(text) == []
    text = "江西省代表团访问美国。江西省商务厅与威斯康星州经济发展公司签署了清洁能源合作备忘录。"
    assert ["Jiangxi Provincial Department of Commerce"] == [x for p in _parties(text) for x in p if "Jiangxi" in x]
