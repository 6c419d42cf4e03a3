"""The equal-size cross-language gloss join (warehouse.crosslang.pair_reports) needs the gloss to cover the part of
the English name that says WHICH body it is (its place or proper word), not only what kind (port, group, exchange):
天津港集团 is no "Qingdao Port Group", though the gloss covers two of its three words."""
from __future__ import annotations

from warehouse.crosslang import own_part_glossed, pair_reports, side_score
from warehouse.resolve_common import jurisdiction


def _pairs(zh: list[str], en: list[str]) -> list[tuple[int, int]]:
    return pair_reports([(0, zh)], [(1, en)], lambda p, q: jurisdiction(p) == jurisdiction(q))


def test_generic_words_alone_do_not_match_another_place_s_body():
    assert not own_part_glossed("天津港集团", "Qingdao Port Group")
    assert side_score("天津港集团", "Qingdao Port Group")[0] == 0.0
    assert side_score("北京环境交易所", "Shanghai Environment Exchange")[0] == 0.0
    assert _pairs(["天津港集团", "Port of Long Beach"], ["Qingdao Port Group", "Port of Long Beach"]) == []


def test_a_gloss_covering_the_proper_part_still_matches_loosely():
    assert side_score("武汉市交通局", "Wuhan Transit Authority") == (2 / 3, "loose")
    assert side_score("成都市环保局", "Chengdu Environmental Agency") == (2 / 3, "loose")
    assert _pairs(["成都市环保局", "Port of Long Beach"], ["Chengdu Environmental Agency", "Port of Long Beach"]) == \
        [(0, 1)]


def test_a_name_of_generic_words_only_is_matched_on_them():
    assert own_part_glossed("国际能源集团", "International Energy Group")
    assert side_score("天津港集团", "Tianjin Port Group") == (1.0, "firm")
