"""Write the sixtieth test web (tests/sixtiethweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `pplex` (an NGO newsletter archive: "View this issue in your browser", "Forward to a colleague", an
"Unsubscribe from Exchange Notes" footer, "You are receiving this because you joined the Exchange") and `dhnet` (a
Chinese portal's 简讯 column: 【字号 大 中 小】, 扫一扫在手机打开当前页, 责任编辑, 分享到). Each page holds 3-4 items rendered
in its own style: <h3> headers, a bold lead-in, "•" bullets, "■" squares, bold 【place】 headers, "——" openers. The gold
was written from the texts before the extractor was run on them; run `python tests/data/sixtiethweb/build.py`.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, traps, write_web  # noqa: E402

TRAPS = {
    "pplex": ["Three prairie towns sign river MOU", "County pledges zero waste by 2030"],
    "dhnet": ["两市签署低碳交通合作协议", "我市承诺2030年前碳达峰"],
}
CHROME = {
    "pplex": ["View this issue in your browser", "Forward to a colleague", "Unsubscribe from Exchange Notes",
              "You are receiving this because you joined the Exchange."],
    "dhnet": ["【字号 大 中 小】", "扫一扫在手机打开当前页", "责任编辑：周晓岚", "分享到："],
}
_BULLET = {"bullet": "• ", "square": "■ ", "dash": "——"}


def _items(a) -> str:
    """The page's items in its style: <h3> headers, a bold lead-in, bracketed bold headers or bullets only."""
    out = []
    for head, paras in a["items"]:
        ps = [html.escape(p) for p in paras]
        if a["style"] == "h3":
            out.append(f"<h3>{html.escape(head)}</h3>" + "".join(f"<p>{p}</p>" for p in ps))
        elif a["style"] in ("bold", "bracket"):
            sep = " " if a["style"] == "bold" else ""
            out.append(f"<p><strong>{html.escape(head)}</strong>{sep}{ps[0]}</p>"
                       + "".join(f"<p>{p}</p>" for p in ps[1:]))
        else:
            out.append(f"<p>{_BULLET[a['style']]}{ps[0]}</p>" + "".join(f"<p>{p}</p>" for p in ps[1:]))
    return "\n".join(out)


def pplex(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(a['title'])} · Prairie &amp; Pacific Climate Exchange</title></head>
<body><p class="preheader">View this issue in your browser · Forward to a colleague</p>
<div class="issue"><h1>{html.escape(a['title'])}</h1>
<p class="sent">Sent {a['date']} by the Prairie &amp; Pacific Climate Exchange</p>
{_items(a)}
</div>
<aside><h4>From the archive</h4><ul>{traps(TRAPS['pplex'], 'html')}</ul></aside>
<footer><p>You are receiving this because you joined the Exchange.</p><p><a href="/unsub">Unsubscribe from Exchange Notes</a></p></footer>
</body></html>"""


def dhnet(a) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(a['title'])}_简讯_东湖网</title></head>
<body><div class="nav"><a href="/">东湖网首页</a> &gt; <a href="/jianxun/">简讯</a></div>
<div class="detail"><h1>{html.escape(a['title'])}</h1>
<div class="info">发布时间：{a['date']} 来源：东湖网 【字号 大 中 小】</div>
<div class="TRS_Editor">
{_items(a)}
</div>
<div class="editor">责任编辑：周晓岚</div>
<div class="share">分享到：微信 微博</div><div class="qr">扫一扫在手机打开当前页</div></div>
<div class="related"><h4>相关新闻</h4><ul>{traps(TRAPS['dhnet'], 'html')}</ul></div>
</body></html>"""


PAGES = {"pplex": pplex, "dhnet": dhnet}
LISTINGS = {"pplex": "notes/index.html", "dhnet": "jianxun/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
