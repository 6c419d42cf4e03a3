"""The report's timeline as a Vega-Lite spec rendered offline to SVG by vl-convert, and the rows the map draws.

The map and the partner network need label placement Vega-Lite does not do; they are drawn by mapsvg.py and
network.py. vl-convert measures the timeline's labels in the report's embedded font (Noto Sans CJK SC, registered
with it here), which the page names first for charts, so what vega measured is what the browser draws. The SVG
is inlined in the page (vega escapes the labels it writes) so the page's embedded font applies to it.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache

import vl_convert as vlc

from reports.fonts import CHART_STACK, font_path
from reports.names import place_coords, zh_name

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
CONFIG = {"font": CHART_STACK, "view": {"stroke": None}, "axis": {"labelFontSize": 11}, "legend": {"labelFontSize": 11}}


def both_names(name: str) -> str:
    """`Wuhan 武汉`: the English name and, when known, the Chinese one."""
    zh = zh_name(name)
    return f"{name} {zh}" if zh else name


@lru_cache(maxsize=1)
def _register_font() -> None:
    vlc.register_font_directory(str(font_path().parent))


def render_svg(spec: dict) -> str:
    """SVG text of a Vega-Lite spec; no data may be loaded from any URL."""
    _register_font()
    return vlc.vegalite_to_svg({"$schema": SCHEMA, "config": CONFIG, **spec}, allowed_base_urls=[])


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
    x = {"field": "start", "type": "temporal", "title": None,
         "axis": {"format": "%Y-%m", "labelAngle": 0, "orient": "top"}}
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
