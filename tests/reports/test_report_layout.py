"""The report over a warehouse of dense places and Chinese party names, laid out by a real headless Chromium that
sees no CJK font (a fontconfig listing DejaVu only): every Chinese character on the page is drawn from the
report's embedded font (measured in the page, against a character the font lacks), and no label of the map or the
network overlaps another (boxes read from the rendered SVG)."""
from __future__ import annotations

import json
import re

import lxml.html
import pytest
from browser import fontconfig_without_cjk, measuring_copy, run_chromium
from report_warehouse import HOSTILE, LONG_PARTIES, ZH_PARTIES, build_dense

from reports.fonts import EMBEDDED
from reports.html import build_report

HAN = re.compile(r"[\u3400-\u9fff]")

# Runs in a copy of the report (the report itself allows no script). Every Han character in the text of the page
# is drawn on a canvas in the computed font of its element, and compared, pixel for pixel, with the same font's
# drawing of a private-use character no font has (the missing-glyph box, "tofu"). Controls: a Han character the
# page does not use (the embedded subset lacks it) must come out as tofu, and so must a Han character in the
# system fonts alone, or this machine is not the one the test means.
PROBE = r"""
document.fonts.ready.then(() => {
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.canvas.width = ctx.canvas.height = 60;
  const draw = (family, ch) => {
    ctx.clearRect(0, 0, 60, 60); ctx.font = '40px ' + family; ctx.fillText(ch, 5, 45);
    let h = 0; for (const v of ctx.getImageData(0, 0, 60, 60).data) h = (Math.imul(h, 31) + v) | 0;
    return h; };
  const tofu = family => draw(family, '\ue000');
  const han = /[\u3400-\u9fff]/g, chars = {}, boxes = {map: [], network: []};
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement.closest('script, style, title')) continue;
    const family = getComputedStyle(n.parentElement).fontFamily;
    for (const ch of n.data.match(han) || []) chars[ch + '|' + family] = draw(family, ch) === tofu(family);
  }
  document.querySelectorAll('svg.map, svg.network').forEach((svg, i) => {
    const kind = svg.classList.contains('map') ? 'map' : 'network', frame = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('text.label, text.frame-label')].map(t => {
      const r = t.getBoundingClientRect();
      const shown = t.querySelector('tspan') ? [...t.querySelectorAll('tspan')].map(s => s.textContent).join(' ')
                                             : t.textContent;
      return {text: shown, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom}; });
    boxes[kind].push({frame: {x0: frame.left, y0: frame.top, x1: frame.right, y1: frame.bottom}, labels});
  });
  const family = getComputedStyle(document.querySelector('svg.network text')).fontFamily;
  document.body.dataset.probe = JSON.stringify({
    chars, boxes, unused_is_tofu: draw(family, '\u9f98') === tofu(family),
    system_is_tofu: draw('sans-serif', '\u6b66') === tofu('sans-serif')});
});
"""


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("layout")
    report, _ = build_report(build_dense(tmp / "dense.duckdb"), tmp / "report.html")
    page = measuring_copy(report, tmp / "probe.html", PROBE)
    dom, _ = run_chromium(page, "--dump-dom", "--virtual-time-budget=10000", env=fontconfig_without_cjk(tmp))
    tree = lxml.html.fromstring(dom)
    return tree, json.loads(tree.xpath("//body/@data-probe")[0])


def test_hostile_party_names_are_text_in_the_svg(probe):
    tree, _ = probe
    assert len(tree.xpath("//script")) == 1                     # the probe's own, nothing from the data
    assert not [e for e in tree.iter() if isinstance(e.tag, str)
                and any(a.lower().startswith("on") for a in e.attrib)]
    assert tree.xpath("//body/@data-pwned") == []
    titles = tree.xpath("//*[local-name()='svg']//*[local-name()='title']/text()")
    assert any(t.startswith(HOSTILE) for t in titles)


def test_the_rendered_page_holds_the_chinese_names(probe):
    tree, _ = probe
    svg_text = " ".join(t.text_content() for t in tree.xpath("//*[local-name()='svg']//*[local-name()='text']"))
    page_text = tree.text_content()
    for name in ZH_PARTIES:
        assert name in page_text
    assert sum(name in svg_text for name in ZH_PARTIES) >= 4     # network labels of parties named only in Chinese
    assert "武汉" in svg_text and "洛杉矶" in svg_text


def test_every_chinese_character_is_drawn_by_the_embedded_font_without_a_system_cjk_font(probe):
    _, got = probe
    assert got["system_is_tofu"]         # the system fonts have no Han glyph here: the machine we mean
    assert got["unused_is_tofu"]         # a Han glyph the subset lacks draws as tofu, so the check can tell
    assert len(got["chars"]) > 40
    assert [k for k, is_tofu in got["chars"].items() if is_tofu] == []
    families = {k.split("|", 1)[1] for k in got["chars"]}
    assert all(EMBEDDED in f for f in families)


def _overlaps(labels: list[dict]) -> list[tuple[str, str]]:
    out = []
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            if a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]:
                out.append((a["text"], b["text"]))
    return out


def _inside(panel: dict) -> bool:
    f = panel["frame"]
    return all(f["x0"] - 0.5 <= b["x0"] and b["x1"] <= f["x1"] + 0.5 and f["y0"] - 0.5 <= b["y0"]
               and b["y1"] <= f["y1"] + 0.5 for b in panel["labels"])


def test_map_labels_do_not_overlap(probe):
    _, got = probe
    panels = got["boxes"]["map"]
    assert len(panels) >= 2                          # the dense groups get a zoomed panel
    assert sum(len(p["labels"]) for p in panels) >= 25
    for panel in panels:
        assert _overlaps(panel["labels"]) == []
        assert _inside(panel)


def test_network_labels_do_not_overlap_and_long_names_are_shortened(probe):
    tree, got = probe
    (panel,) = got["boxes"]["network"]
    assert len(panel["labels"]) == 40
    assert _overlaps(panel["labels"]) == []
    assert _inside(panel)
    texts = [b["text"] for b in panel["labels"]]
    assert not any(LONG_PARTIES[0] in t for t in texts)          # too long: shortened on the picture ...
    titles = tree.xpath("//*[local-name()='svg'][contains(@class, 'network')]//*[local-name()='title']/text()")
    assert any(t.startswith(LONG_PARTIES[0]) for t in titles)     # ... and whole in the hover title
