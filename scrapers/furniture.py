"""Line rules for what a reader does not read as the article: page furniture, credits, notices, the page top.

Used by `chrome_lines.clean_lines` on the extracted text (one paragraph per line). Each rule names a class of chrome:
- layout-table rows ("| 现在位置：首页 >> 新闻 | 【打印本页】 |") are split into their cells first, list bullets
  ("- 责任编辑: 刘响") and lone punctuation lines are removed, so the other rules see the words;
- furniture: bookmark/print/close-window/reaction buttons, WeChat reading-tool labels and mini-program or QR
  prompts ("长按识别前往小程序"), reply-keyword menus ("回复【社保】查询…"), "返回…查看更多";
- credits: editor, proof-reader, source and reporter lines after or around the body ("编辑 刘晓阳 校对 李铭",
  "责编：Demi Xia", "医技药剂党支部供稿 摄影/张艳 编辑/苏芳", "新京报记者 陆一夫");
- notices: publisher disclaimers and reposting notes ("声明：…力求信息真实、准确…", "本文仅代表作者个人观点",
  "请支持独立网站，转发请注明本文链接…", a trailing "(本文来自澎湃新闻…)");
- the page top: nav, breadcrumbs and toolbars printed before the headline line are not the article.
"""
from __future__ import annotations

import re

from scrapers.lead_chars import with_lead
from scrapers.tool_buttons import without_tools
from scrapers.prefilter import quick

_SPACE = re.compile(r"\s+")
_BULLET = re.compile(r"^\s*[-•·*]\s+")
_PUNCT_ONLY = re.compile(r"^[^\w]{1,3}$")
# gallery counters "1 /10", list numbers "3、", lone section numerals
_COUNTER = re.compile(r"^\s*(\d{1,2}\s*/\s*\d{1,3}|/\s*\d{1,3}|\d{1,2}、?)\s*$")
# a byline of date, time, source and counters only: "2019-09-24 09:10", "发布日期：2019-03-06 责任编辑：龙慧",
# "来源: | 发布时间: 2018-05-17 | 浏览次数: 2168", relative dates ("昨天", "3小时前")
_DATE = r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
_META_LINE = re.compile(
    rf"^\s*(?:{_DATE}|昨天|前天|今天|刚刚|\d+\s*(?:秒|分钟|小时|天)前)(?:\s*(?:来源|稿源|作者)\s*[:：]?\s*\S{{0,20}})?"
    r"(?:\s*[【\[]\s*(?:字号|字体)[:：]?(?:\s*[大中小]){0,3}\s*[】\]])?\s*$"  # "稿源：… 【字号 大 中 小】"
    r"|^(?=.{0,80}$)(?=.*(?:发布(?:时间|日期)|浏览(?:次数|量)?|点击(?:数|量|率)?|阅读(?:数|量)?)\s*[:：])(?!.*[。！？])"
    r"|^(?=.{0,80}$)\s*(?:时间|日期)\s*[:：]\s*\d{4}[-/.年](?!.*[。！？])"
)

_FURNITURE = re.compile(
    r"^\s*[\[【(（]?\s*("
    r"添加收藏夹?|加入收藏|收藏本[页站文]|设为首页|关于我们|已收藏[!！]?|您可通过.{0,30}查看所有收藏.*|知道了|我知道了|"
    r"打印本[页文]|关闭本?(窗口|页面?)|[【\[]?(?:我要)?打印(?:此[页文]|本[页文])?[】\]]?\s*(?:[【\[]?关闭(?:本?窗口|本?页面?)?[】\]]?)?|"
    r"好文|钦佩|喜欢|泪奔|可爱|思考|愤怒|搞笑|难过|感动|"  # reaction buttons
    r"阅读|在看|点赞|留言|写留言|我的留言|正在加载|已留言|删除该留言吗[?？]?|取消|删除|允许|已发送|发送中|使用小程序|"
    r"看一看入口已关闭|在“设置”.{0,30}入口|前往“发现”.{0,30}|长按识别.{0,20}|长按(二维码|图片).{0,20}|"
    r"goback|forward|toggle navigation|举报文章问题|举报|关注|原创|EN|分享[:：]?|点击下载|图集|组图|"
    # reading tools: font size, eye-care colours, accessibility, error reports
    r"(?:字号|字体)[:：]?(?:\s*[|｜]?\s*(?:大|中|小|超大|默认|标准|T|A\+|A-))*|A\+\s*A-(?:\s*默认)?|视力保护色[:：]?\S{0,12}|"
    r"网站纠错|无障碍(?:浏览|阅读)?|适老化(?:服务|模式)?|长者模式|T"
    r")\s*[\]】)）]?\s*$",
    re.I,
)
_PROMPT = re.compile(
    r"回复【[^】]{1,12}】|点击菜单栏|点【在看】|点击.{0,6}“在看”|(长按识别|使用|打开|前往).{0,6}小程序|返回.{0,12}查看更多|"
    r"更多精彩.{0,6}(请|敬请)关注|相关资讯请关注|点击进入专题|【点击(投票|报名|参与|购买|查看详情)】"
)

_ROLE = (r"(?:图片来源|图源|文章来源|信息来源|新闻来源|稿件来源|稿源|责任编辑|值班编辑|执行编辑|编辑|责编|主编|校对|审核|审校|审读|监制|终审|初审|复审|美编|制图|摄影|摄像|视频|"
         r"采写|撰文|撰稿|供稿|作者|文字|图片|来源|资料来源|综合整理|整理|出品|策划|通讯员|实习生)")
# a role and a name: no clause punctuation in the name, so "作者认为，……" is never read as a credit
_CREDIT_PAIR = rf"{_ROLE}\s*[:：|｜/／]?\s*[\w·&、]{{1,20}}(?:\s+[A-Za-z\u4e00-\u9fff·]{{1,12}}){{0,3}}"
_CREDIT = re.compile(
    rf"^\s*[\[【(（]?\s*(?:[^\s]{{2,16}}供稿\s*)?(?:{_CREDIT_PAIR}\s*){{1,6}}[\]】)）]?\s*$"
    r"|^\s*[\[【(（]?\s*[\u4e00-\u9fff]{0,10}(?:见习|实习|特约)?记者\s+[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{2,5}){0,3}"
    r"\s*[\]】)）]?\s*$"
    r"|^\s*[（(](?:综合整理自|综合自|资料来源|来源|整理自)[:：]?[^)）]{1,40}[)）]\s*$"
)
# a credit glued to the end of the last paragraph: "…开始搓搓手了！！！编辑|禤志杰"
_GLUED_CREDIT = with_lead(re.compile(rf"(?<=[。！？!?…”」』）)])\s*{_CREDIT_PAIR}\s*$"))
_NOTICE = re.compile(
    r"^\s*[（(]?(信息|图片|内容|素材|文字|视频)?(均)?(来源|来自)于?网络[)）]?\s*$|^\s*(经过?|由).{1,10}(重新)?(编排|整理)\s*$|"
    r"(内容|信息|文章|资讯)均?(来源|来自)于?网络|^\s*原创\s*[:：]|"
    r"^\s*[\[【(（]?\s*(特别|免责|版权)?声明\s*(?:[\]】)）]\s*[:：]?|[:：]|$)|力求信息真实|仅供参考.{0,12}不构成|据此操作.{0,4}风险自担|"
    r"(本文|文章|以上内容)仅代表(作者|个人|该机构|发布者).{0,6}(观点|立场)|仅代表该机构观点|"
    r"(转载|转发)请注明|请支持独立网站|未经(允许|授权|许可)不得转载|如需转载请|本文(系|为).{0,20}原创.{0,10}(转载|授权)|"
    r"^\s*[（(]?\s*(本文来自|本文转自|转载自|原题为?)\S.*[)）]\s*$|^\s*[（(]?\s*(本文)?原(标)?题(为)?\s*[:：《]"
)
# a notice glued to the end of a paragraph: "…对疾控至关重要。(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)"
_GLUED_NOTICE = re.compile(r"(?<=[。！？!?…”」』])\s*[（(](?:本文来自|本文转自|转载自|原题为?)[^()（）]{2,80}[)）]\s*$")
# what ends an article for good when it follows the body: a disclaimer, "返回…查看更多"
TAIL_OPENERS = re.compile(
    r"^\s*[\[【(（]?\s*(特别|免责)?声明\s*(?:[\]】)）]\s*[:：]?|[:：]|$)|^\s*本文仅代表作者|返回.{0,12}查看更多|^\s*精华文章\s*$|"
    r"^\s*点击进入专题"
)
_PROSE_END = ("。", "！", "？", "…", ".", "!", "?", "”", "」")


def _cells(line: str) -> list[str]:
    """A layout-table row rendered as '| a | b |' becomes its non-empty cells; other lines stay whole.

    A layout row has empty cells or a single cell; a data-table row stays a row.
    """
    s = line.strip()
    if not (s.startswith("|") and s.endswith("|")) or len(s) < 2:
        return [line]
    cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", s[1:-1])]
    if not (len(cells) == 1 or any(not c for c in cells)):
        return [line]
    return [c for c in cells if c and not _PUNCT_ONLY.match(c)]


_FOLLOW = re.compile(r"^\s*[+＋]?\s*(关注|已关注|订阅|follow)\s*$", re.I)


def normalise(lines: list[str]) -> list[str]:
    """Split layout-table rows into cells, strip list bullets, drop lone punctuation and counters, and the
    account name printed before a follow button ("去驴行" / "关注")."""
    out: list[str] = []
    for line in lines:
        for cell in _cells(line):
            cell = _BULLET.sub("", cell).strip()
            if not cell or _PUNCT_ONLY.match(cell) or _COUNTER.match(cell):
                continue
            if _FOLLOW.match(cell) and out and len(out[-1]) <= 20 and not is_prose(out[-1]):
                out.pop()
            out.append(cell)
    return out


def strip_glued(line: str) -> str:
    """Cut a reposting note or a credit glued to the end of a paragraph; the paragraph stays."""
    line = quick(_GLUED_NOTICE).sub("", line)
    return _GLUED_CREDIT.sub("", line)


def is_furniture(line: str) -> bool:
    """Buttons, toolbars, bylines of dates and counters, WeChat tool labels and prompts: never article text."""
    if len(line) <= 80 and all(_FURNITURE.match(p) for p in re.split(r"\s*[|｜]\s*", line) if p.strip()):
        return True
    if _META_LINE.match(line) or is_doc_meta(line):
        return True
    if (bare := without_tools(line)) != line and (not bare or _META_LINE.match(bare)):
        return True  # "2025-06-20 10:20 来源：某某网 【纠错】【打印】" (tool_buttons)
    return len(line) < 80 and bool(_PROMPT.search(line))


# a government document's metadata row: 索引号 / 主题分类 / 发文机关 / 成文日期 ... (two labels or more)
_DOC_META = re.compile(r"(?:索引号|主题分类|发文机关|发布机构|成文日期|发文字号|文号|主题词|生效日期|废止日期|有效性|体裁分类|"
                       r"组配分类|服务对象|信息分类|公开方式|公开范围)\s*[:：]")


def is_doc_meta(line: str) -> bool:
    """A document metadata row (索引号、发文机关、成文日期 …), printed above a government notice: not its text."""
    return len(line) <= 200 and len(_DOC_META.findall(line)) >= 2


def is_credit(line: str) -> bool:
    """Editor / proof-reader / source / reporter lines ("编辑 刘晓阳 校对 李铭", "新京报记者 陆一夫")."""
    return len(line) <= 60 and bool(_CREDIT.match(line))


def is_notice(line: str) -> bool:
    """Publisher disclaimers and reposting notes."""
    return len(line) <= 300 and bool(quick(_NOTICE).search(line))


def _norm(text: str) -> str:
    return _SPACE.sub("", text).strip("【】[]")


def is_prose(line: str) -> bool:
    """A line that reads as a sentence of the article: it ends like one, or runs on over several clauses."""
    if len(line) < 20:
        return False
    return line.endswith(_PROSE_END) or sum(line.count(c) for c in "，。；,;") >= 2


_CJK = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE_END = ("，", "。", "；", "：", "、", ",", ";", ":", "…")


def drop_headline_tail(lines: list[str]) -> list[str]:
    """Drop a trailing list of headlines (4+ short Chinese lines, none ending a clause) after the body.

    The teasers of "时报观察"/"热门文章" boxes that survive the tree stage read like this; an article's own last
    lines end in punctuation.
    """
    i = len(lines)
    while i > 0 and len(lines[i - 1]) < 40 and (_CJK.search(lines[i - 1]) or lines[i - 1].isdigit()) \
            and not lines[i - 1].endswith(_CLAUSE_END):
        i -= 1
    if len(lines) - i >= 4 and any(is_prose(ln) for ln in lines[:i]):
        return lines[:i]
    # one short label left under the body ("观察员", "新媒体实验室"): a link or a box title, not a sentence
    if lines and len(lines[-1]) <= 6 and _CJK.search(lines[-1]) and not re.search(r"[\W_]", lines[-1]) \
            and len(lines) >= 2 and is_prose(lines[-2]):
        return lines[:-1]
    return lines


_OUTLET = re.compile(r"^[\u4e00-\u9fff·]{0,8}(?:/[\u4e00-\u9fff·]{2,10})?(?:社|报|网|台|新闻|客户端)$")


def drop_top_byline(lines: list[str]) -> list[str]:
    """An outlet or "author/outlet" line printed above the first paragraph ("新华社", "石佳/中国青年报"), and
    bare counters (views, likes) there."""
    while lines and lines[0].replace(",", "").isdigit():
        lines = lines[1:]
    if len(lines) >= 2 and len(lines[0]) <= 20 and _OUTLET.match(lines[0]) and any(map(is_prose, lines[1:4])):
        return lines[1:]
    return lines


def no_article(lines: list[str]) -> bool:
    """Only a few short labels and no sentence: the page holds no article a reader could read."""
    return not any(is_prose(ln) for ln in lines) and sum(len(ln) for ln in lines) < 60


# what a headline line may carry after the headline: its source, date or author
_HEADLINE_META = re.compile(r"(来源|发布|作者|日期|时间|(19|20)\d{2}[-/.年])")


def _is_headline_line(line: str, target: str) -> bool:
    return line == target or line.startswith(target) and bool(_HEADLINE_META.match(line[len(target):]))


def after_headline(lines: list[str], headline: str | None) -> list[str]:
    """Drop the page top (nav, breadcrumbs, toolbars) printed before the headline line, and the headline lines.

    The top is dropped only when nothing in it reads as prose: a lead paragraph placed above the headline stays.
    """
    if not headline:
        return lines
    target = _norm(headline)
    longest = 2 * len(headline) + 40  # a headline line with its source and date, at most
    at = [i for i, ln in enumerate(lines) if len(ln) <= longest and _is_headline_line(_norm(ln), target)]
    if not at:
        return lines
    first = at[0]
    keep_from = first + 1 if not any(is_prose(ln) for ln in lines[:first]) else 0
    # the headline printed again after the body (a share card, a footer) goes too; one inside the body stays
    last = at[-1]
    drop = set(at[:1]) if keep_from else set()
    if last >= keep_from and not any(is_prose(ln) or len(ln) >= 40 for ln in lines[last + 1:]):
        drop.add(last)
    return [ln for i, ln in enumerate(lines) if i >= keep_from and i not in drop]
