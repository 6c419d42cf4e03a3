"""The HTML report: one self-contained file (inline CSS, inline SVG charts, the glyphs it uses embedded as a
`data:` font, no script, no remote style or font) that opens offline and reads the same on any machine.

Scraped text is untrusted: Jinja2 autoescapes every value, the SVG builders escape what they write, links are
emitted only for http(s) URLs, and a Content-Security-Policy forbids scripts and remote loads, so hostile markup
in a title or quote shows as text.
"""
from __future__ import annotations

import os
import string
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from reports import charts, data, fonts, mapsvg
from reports.network import network_svg
from reports.names import zh_name
from reports.opening import open_read_only

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("reports", "templates"),
    autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
)


def safe_href(url: str | None) -> str | None:
    """The URL if it is a plain http(s) link (never `javascript:`, `data:` ...), else None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def fmt_date(d: date | datetime | None, precision: str | None = None) -> str:
    """ISO date cut to its precision (`2015-09`, `2015`); empty when unknown."""
    if d is None:
        return ""
    if isinstance(d, datetime):
        return d.strftime("%Y-%m-%d %H:%M")
    return {"year": d.strftime("%Y"), "month": d.strftime("%Y-%m")}.get(precision or "", d.isoformat())


def _num(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


def describe_commitment(c: dict) -> str:
    """`80-95% below 1990 by 2050`, `peak by 2020`, `2 t/person by 2050` ..."""
    kind, year = c["commitment_type"], c.get("target_year")
    by = f" by {year}" if year else ""
    if kind == "emissions_peak":
        return f"emissions peak{by}"
    if kind == "carbon_neutrality":
        return f"carbon neutrality{by}"
    if kind == "per_capita_limit":
        return f"{_num(c['per_capita_t'])} t CO2/person{by}"
    if kind == "renewable_share":
        return f"{_num(c['share_pct'])}% renewable{by}" if c.get("share_pct") is not None else f"renewable share{by}"
    if kind == "emissions_reduction":
        lo, hi = c.get("reduction_pct_min"), c.get("reduction_pct_max")
        pct = (f"{_num(lo)}-{_num(hi)}%" if lo is not None and hi is not None and lo != hi
               else f"{_num(lo if lo is not None else hi)}%" if (lo, hi) != (None, None) else "")
        base = f" below {c['base_year']}" if c.get("base_year") else ""
        return f"{pct} reduction{base}{by}".strip()
    return f"{kind}{by}"


_ENV.filters.update(href=safe_href, d=fmt_date, zh=zh_name, commitment=describe_commitment)


# Filled once the page's text is known; scraped text is escaped, so it can never contain a `<` that matches these.
FONT_SLOT = '<style id="font-face"></style>'
FONT_KB_SLOT = '<span id="font-kb"></span>'


def _chart(spec: dict | None) -> Markup | None:
    return Markup(charts.render_svg(spec)) if spec else None


def network_nodes(nodes: list[dict]) -> list[dict]:
    """The network's parties with a label in both languages and whether they are a place."""
    return [{**n, "label": charts.both_names(n["party"]),
             "kind": "place" if charts.place_coords(n["party"]) else "organisation"} for n in nodes]


def render(d: data.ReportData) -> str:
    """The report page for the data read from a warehouse, with the glyphs it uses embedded."""
    points = charts.map_points(d.places)
    panels = mapsvg.map_panels(points)
    net = network_svg(network_nodes(d.nodes), d.edges)
    page = _ENV.get_template("report.html.j2").render(
        d=d, font_slot=Markup(FONT_SLOT), font_kb_slot=Markup(FONT_KB_SLOT), page_font=fonts.PAGE_STACK,
        timeline=_chart(charts.timeline_spec(d.agreements, d.events, data.MAX_TIMELINE)),
        network=Markup(net) if net else None,
        panels=[(p, Markup(p.svg)) for p in panels], roles=mapsvg.ROLE_COLOURS,
        mapped=points, unmapped=[p["name"] for p in d.places
                  if (p["signed_here"] or p["held_here"]) and p["name"] not in {q["name"] for q in points}],
        timeline_max=data.MAX_TIMELINE, max_rows=data.MAX_ROWS, font_source=fonts.SOURCE,
    )
    css, size = fonts.font_face_css(set(page) | set(string.printable))
    page = page.replace(FONT_KB_SLOT, f'<span id="font-kb">{size / 1024:.0f} KB</span>', 1)
    return page.replace(FONT_SLOT, f'<style id="font-face">{css}</style>', 1)


def build_report(db: str | os.PathLike, out: str | os.PathLike) -> tuple[Path, data.ReportData]:
    """Read `db` (read-only, never blocking a load) and write the report to `out`; returns its path and data."""
    opened = open_read_only(db)
    try:
        report_data = data.load(opened.con, Path(db).name,
                                datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0))
    finally:
        opened.close()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    tmp.write_text(render(report_data), encoding="utf-8")
    os.replace(tmp, out)
    return out, report_data
