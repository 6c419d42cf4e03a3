"""The pure parts of the map and the network: the projection's fit, label placement, wrapping and stacking."""
from __future__ import annotations

from reports import geo
from reports.fonts import text_width
from reports.labels import place_labels, spread, wrap
from reports.network import network_svg


def test_central_meridian_faces_us_and_china_across_the_pacific():
    lon0 = geo.central_meridian([114.3, 121.5, -118.2, -122.4])
    assert 170 <= abs(lon0) <= 180
    assert abs(geo.central_meridian([2.35, 13.4])) < 10          # Paris and Berlin: centred on Europe


def test_fit_keeps_every_point_inside_with_a_margin():
    pts = [(114.3, 30.6), (121.5, 31.2), (-118.2, 34.1), (-122.4, 37.8), (2.35, 48.9)]
    view = geo.fit(pts, 1000, 300, 560)
    for lon, lat in pts:
        x, y = view.xy(lon, lat)
        assert 20 < x < 980 and 10 < y < view.height - 10


def test_place_labels_never_overlaps_and_reports_what_it_left_off():
    items = [{"key": f"k{i}", "text": f"Place number {i} 地点", "x": 200 + (i % 4) * 6, "y": 150 + (i // 4) * 5,
              "r": 4} for i in range(24)]
    placed, left = place_labels(items, 400, 300, 11)
    assert placed and left and len(placed) + len(left) == 24
    for i, a in enumerate(placed):
        for b in placed[i + 1:]:
            assert not a.box.hits(b.box)
        assert 0 <= a.box.x0 and a.box.x1 <= 400 and 0 <= a.box.y0 and a.box.y1 <= 300
    assert place_labels(items, 400, 300, 11) == (placed, left)                     # deterministic


def test_wrap_and_shorten_long_names():
    name = "The Global Alliance of Subnational Governments for Ambitious Climate Action and Clean Energy"
    lines = wrap(name, 11, 200)
    assert len(lines) == 2 and lines[1].endswith("…") and all(text_width(t, 11) <= 200 for t in lines)
    assert wrap("深圳市低碳发展基金会深圳市低碳发展基金会深圳市低碳发展基金会", 11, 100)[0].startswith("深圳市")
    assert wrap("Wuhan 武汉", 11, 200) == ["Wuhan 武汉"]


def test_spread_stacks_boxes_without_overlap_near_where_they_want_to_be():
    tops = spread([10, 12, 14, 100], [16, 16, 16, 16], 0, 400)
    assert tops[0] == 10 and all(b >= a + 16 for a, b in zip(tops, tops[1:])) and tops[3] == 100


def test_network_is_the_same_picture_twice():
    nodes = [{"party": f"P{i}", "label": f"Party {i}", "kind": "organisation", "agreements": 10 - i % 7}
             for i in range(30)]
    edges = [{"party_a": f"P{i}", "party_b": f"P{(i * 7) % 30}", "agreements": 1 + i % 3} for i in range(30)
             if i != (i * 7) % 30]
    assert network_svg(nodes, edges) == network_svg(list(nodes), list(edges))
    assert network_svg([], []) is None
