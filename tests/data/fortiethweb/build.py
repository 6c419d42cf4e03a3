"""Write the fortieth test web (tests/fortiethweb.py) from articles.py: sites/, gold.json and the listings.

Two sites: `zzwsb` (a city 外事办 portal: 信息来源 and 发布时间 under the title, 【字体：大 中 小】, 【打印本页】
【关闭窗口】, a 相关信息 box of trap headlines, a 主办单位 footer) and `hqny` (a state-media style energy news page:
来源 and 时间 in one line, 编辑 and 责编 under the text, 相关新闻 traps, a 扫一扫 box). The gold was written from the texts
before the extractor was run on them; run `python tests/data/fortiethweb/build.py`.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from articles import ARTICLES  # noqa: E402
from webbuild import listings, paras as _paras, traps, write_web  # noqa: E402

TRAPS = {
    "zzwsb": ["我市与某国友好城市签署绿色发展合作备忘录", "某省与外国州政府续签新能源合作协议"],
    "hqny": ["中企与中东国家签署光伏电站购电协议", "三方共同签署海上风电开发框架协议"],
}
CHROME = {
    "zzwsb": ["【字体：大 中 小】", "打印本页", "主办单位：郑州市人民政府外事办公室"],
    "hqny": ["相关新闻", "扫一扫", "责编："],
}


def zzwsb(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}_郑州市人民政府外事办公室</title>
<meta name="ArticleTitle" content="{a['title']}"><meta name="PubDate" content="{a['date']} 16:30"></head>
<body><div class="top"><a href="/">首页</a> <a href="/wsdt/">外事动态</a> <a href="/yhcs/">友好城市</a> <a href="/hzfw/">护照服务</a></div>
<div class="location">您现在的位置：首页 &gt; 外事动态</div>
<div class="article"><h1 class="title">{a['title']}</h1>
<div class="info"><span>信息来源：郑州市人民政府外事办公室</span><span>发布时间：{a['date']}</span>
<span class="font">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content" id="zoom">{_paras(a)}</div>
<div class="tools"><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>
<div class="related"><h4>相关信息</h4><ul>{traps(TRAPS['zzwsb'], 'html')}</ul></div></div>
<div class="footer">主办单位：郑州市人民政府外事办公室 地址：郑州市中原路233号 豫ICP备05001234号</div>
</body></html>"""


def hqny(a) -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a['title']}-环球能源网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/gn/">国内</a> <a href="/gj/">国际</a> <a href="/sp/">视频</a> <a href="/pl/">评论</a></div>
<div class="con"><h1>{a['title']}</h1>
<div class="source">{a['date']} 09:41　来源：环球能源网</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div>
<div id="text">{_paras(a)}</div>
<div class="editor">（编辑：刘思远　责编：赵晓红）</div>
<div class="xgxw"><h3>相关新闻</h3><ul>{traps(TRAPS['hqny'], 'htm')}</ul></div>
<div class="ewm">扫一扫，用手机看新闻！</div></div>
<div class="foot">环球能源网版权所有 未经书面授权禁止转载</div>
</body></html>"""


PAGES = {"zzwsb": zzwsb, "hqny": hqny}
LISTINGS = {"zzwsb": "wsdt/index.html", "hqny": "gj/index.html"}


def build() -> None:
    from gold import gold

    write_web(HERE, ARTICLES, PAGES, listings(ARTICLES, LISTINGS), gold(ARTICLES, TRAPS, CHROME))


if __name__ == "__main__":
    build()
