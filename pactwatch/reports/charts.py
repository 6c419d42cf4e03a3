"""The report's charts as Vega-Lite specs, rendered offline to SVG by vl-convert (no charting code of our own).

Vega-Lite has no force layout, so the partner network puts its parties on a circle (deterministic: most
agreements first) and Vega-Lite draws nodes, edges and labels. The map is an equirectangular projection fitted to
the cities, with a graticule and no tiles (vl-convert ships no country outlines). Charts embed as `data:` images, so nothing in
them can run or fetch, whatever the scraped labels say; vega escapes the labels it writes into the SVG.
"""
from __future__ import annotations

import base64
import math
from datetime import date

import vl_convert as vlc

from pactwatch.reports.names import place_coords, zh_name

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
# The same first font for vl-convert (which measures labels) and the browser (which draws them).
FONT = "'Liberation Sans', Arial, Helvetica, 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', sans-serif"
CONFIG = {"font": FONT, "view": {"stroke": None}, "axis": {"labelFontSize": 11}, "legend": {"labelFontSize": 11}}


def both_names(name: str) -> str:
    """`Wuhan 武汉`: the English name and, when known, the Chinese one."""
    zh = zh_name(name)
    return f"{name} {zh}" if zh else name


def render_svg(spec: dict) -> str:
    """SVG text of a Vega-Lite spec; no data may be loaded from any URL."""
    return vlc.vegalite_to_svg({"$schema": SCHEMA, "config": CONFIG, **spec}, allowed_base_urls=[])


def data_uri(svg: str) -> str:
    """The SVG as a `data:` URI for an <img> (the page stays one self-contained file)."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def timeline_spec(agreements: list[dict], events: list[dict], limit: int) -> dict | None:
    """Dated events (a bar when they last several days) and agreements (dated by signing, else by their
    event), one row each, newest `limit` of them."""
    items = []
    for e in events:
        if e["start_on"]:
            items.append({"label": e["name"], "kind": "event", "start": _iso(e["start_on"]),
                          "end": _iso(e["end_on"] or e["start_on"])})
    for a in agreements:
        day = a["signed_on"] or a["event_on"]
        if day:
            what = a["title"] or f"{a['agreement_type']}: " + ", ".join(a["parties"] or [])
            kind = "agreement" if a["signed_on"] else "agreement (date of its event)"
            items.append({"label": what, "kind": kind, "start": _iso(day), "end": _iso(day)})
    if not items:
        return None
    items.sort(key=lambda i: (i["start"], i["label"]), reverse=True)
    items = items[:limit]
    x = {"field": "start", "type": "temporal", "title": None, "axis": {"format": "%Y-%m", "labelAngle": 0}}
    return {
        "width": 520, "height": max(60, 22 * len({i["label"] for i in items})),
        "data": {"values": items},
        "encoding": {
            "y": {"field": "label", "type": "nominal", "title": None, "sort": {"field": "start", "order": "descending"},
                  "axis": {"labelLimit": 420}},
            "color": {"field": "kind", "type": "nominal", "title": None, "legend": {"orient": "top", "labelLimit": 300}},
        },
        "layer": [
            {"mark": {"type": "rule", "strokeWidth": 5}, "encoding": {"x": x, "x2": {"field": "end"}}},
            {"mark": {"type": "point", "filled": True, "size": 90, "opacity": 1}, "encoding": {"x": x}},
        ],
    }


def circle_layout(names: list[str]) -> dict[str, tuple[float, float]]:
    """Positions on the unit circle in the given order, starting at the top and going clockwise."""
    n = len(names)
    return {name: (math.sin(2 * math.pi * i / n), math.cos(2 * math.pi * i / n)) if n > 1 else (0.0, 0.0)
            for i, name in enumerate(names)}


def network_spec(nodes: list[dict], edges: list[dict]) -> dict | None:
    """Parties on a circle, sized by their agreements, joined by a line per pair that signed together."""
    if not nodes:
        return None
    pos = circle_layout([n["party"] for n in nodes])
    node_rows = [{"x": pos[n["party"]][0], "y": pos[n["party"]][1], "agreements": n["agreements"],
                  "label": both_names(n["party"]),
                  "kind": "place" if place_coords(n["party"]) else "organisation"} for n in nodes]
    edge_rows = [{"x": pos[e["party_a"]][0], "y": pos[e["party_a"]][1], "x2": pos[e["party_b"]][0],
                  "y2": pos[e["party_b"]][1], "agreements": e["agreements"]} for e in edges]
    scale = {"domain": [-2.1, 2.1], "nice": False}
    xy = {"x": {"field": "x", "type": "quantitative", "scale": scale, "axis": None},
          "y": {"field": "y", "type": "quantitative", "scale": {"domain": [-1.25, 1.25], "nice": False},
                "axis": None}}
    label = {"field": "label", "type": "nominal"}
    return {
        "width": 760, "height": 420,
        "layer": [
            {"data": {"values": edge_rows}, "mark": {"type": "rule", "color": "#9aa5b1", "opacity": 0.7},
             "encoding": {**xy, "x2": {"field": "x2"}, "y2": {"field": "y2"},
                          "strokeWidth": {"field": "agreements", "type": "quantitative", "legend": None,
                                          "scale": {"range": [1, 5]}}}},
            {"data": {"values": node_rows}, "mark": {"type": "circle", "opacity": 1, "stroke": "white"},
             "encoding": {**xy, "size": {"field": "agreements", "type": "quantitative",
                                         "title": "agreements", "scale": {"range": [60, 400], "zero": False},
                                         "legend": {"values": sorted({n["agreements"] for n in nodes})[-4:], "format": "d"}},
                          "color": {"field": "kind", "type": "nominal", "title": None,
                                    "scale": {"domain": ["place", "organisation"],
                                              "range": ["#1f77b4", "#e07b39"]}}}},
            {"data": {"values": node_rows}, "transform": [{"filter": "datum.x >= -0.001"}],
             "mark": {"type": "text", "align": "left", "dx": 10, "fontSize": 11, "limit": 260},
             "encoding": {**xy, "text": label}},
            {"data": {"values": node_rows}, "transform": [{"filter": "datum.x < -0.001"}],
             "mark": {"type": "text", "align": "right", "dx": -10, "fontSize": 11, "limit": 260},
             "encoding": {**xy, "text": label}},
        ],
    }


def map_points(places: list[dict]) -> list[dict]:
    """Places with gazetteer coordinates, with what happened there and a label in both languages."""
    out = []
    for p in places:
        ll = place_coords(p["name"])
        if ll is None:
            continue
        role = ("where agreements were signed or events held" if p["signed_here"] or p["held_here"]
                else "party to an agreement")
        out.append({"name": p["name"], "label": both_names(p["name"]), "lat": ll[0], "lon": ll[1],
                    "records": int(p["signed_here"] + p["held_here"] + p["as_party"]), "role": role})
    return out


def _extent(points: list[dict]) -> tuple[list[list[float]], int]:
    """The points' box padded by 10 degrees, on 10-degree lines, and a longitude step that suits it."""
    lo_lon = max(-180, math.floor(min(p["lon"] for p in points) / 10) * 10 - 10)
    hi_lon = min(180, math.ceil(max(p["lon"] for p in points) / 10) * 10 + 10)
    lo_lat = max(-90, math.floor(min(p["lat"] for p in points) / 10) * 10 - 10)
    hi_lat = min(90, math.ceil(max(p["lat"] for p in points) / 10) * 10 + 10)
    return [[lo_lon, lo_lat], [hi_lon, hi_lat]], 10 if hi_lon - lo_lon <= 120 else 30


def map_spec(points: list[dict]) -> dict | None:
    """Cities on an equirectangular projection fitted to them, with a graticule (no tiles, no outlines), sized
    by how many records name them."""
    if not points:
        return None
    extent, step = _extent(points)
    width = 760
    height = max(200, min(520, round(width * (extent[1][1] - extent[0][1]) / (extent[1][0] - extent[0][0]))))
    ll = {"longitude": {"field": "lon", "type": "quantitative"}, "latitude": {"field": "lat", "type": "quantitative"}}
    return {
        "width": width, "height": height, "projection": {"type": "equirectangular"},
        "layer": [
            {"data": {"graticule": {"extent": extent, "step": [step, 10]}},
             "mark": {"type": "geoshape", "stroke": "#c9d6e0", "strokeWidth": 0.6, "filled": False}},
            {"data": {"values": points}, "mark": {"type": "circle", "opacity": 0.85, "stroke": "white"},
             "encoding": {**ll, "size": {"field": "records", "type": "quantitative", "title": "records",
                                         "scale": {"range": [40, 400], "zero": False},
                                         "legend": {"format": "d", "tickMinStep": 1}},
                          "color": {"field": "role", "type": "nominal", "title": None,
                                    "legend": {"orient": "top", "labelLimit": 300}}}},
            {"data": {"values": points}, "mark": {"type": "text", "align": "left", "dx": 7, "dy": -6,
                                                  "fontSize": 10},
             "encoding": {**ll, "text": {"field": "label", "type": "nominal"}}},
        ],
    }
