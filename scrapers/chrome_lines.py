"""General rules for what is not article text (chrome): the text stage, after trafilatura has read the page.

`clean_lines` works on the extracted text, one paragraph per line: it drops labels ("Skip to Main Content",
"返回顶部", "打印"), contact/footer lines (e-mail, phone, postcode, address, copyright), breadcrumb lines, runs of dated
headlines, and cuts the text at a trailing "相关推荐"-style marker or a release's end mark. The tree stage is
`scrapers.chrome`; the Chinese page furniture is `scrapers.furniture`.
"""
from __future__ import annotations

import re

from scrapers import furniture
from scrapers.chrome import BLOCK_MARKERS
from scrapers.forward_looking import forward_looking
from scrapers.header_lines import drop_header_block
from scrapers.newsletter_chrome import is_newsletter_line
from scrapers.prefilter import quick
from scrapers.stamp_lines import stamp_line
from scrapers.published_lines import published_line
from scrapers.wire_signoffs import wire_signoff
from scrapers.board_meta_rows import board_meta_row, table_rule


_LABEL_LINES = re.compile(
    r"^(\s*[\[【(（]?\s*("
    r"skip to (main )?content|search|close this search box|search for:?|menu|print|close|print this (?:page|release|press release|news release|article|story)|"
    r"share( this)?|share on (facebook|twitter|linkedin)|tweet|email|follow us|back to top|top|"
    r"read more|read next|read also|also read|see also|related|topics|tags|"
    r"advertisement|story continues below( the)? advertisement|(article|story) continues (below|after( the)? (advertisement|ad))|"
    r"continue reading (below|after( the)? (advertisement|ad))|(estimated )?reading time[:：]?\s*\d+\s*min(ute)?s?|"
    r"\d+\s*min(ute)?s? read|纠错|我要纠错|收藏本页|加入收藏|视频加载中.{0,12}|"
    r"打印|关闭|打印本页|关闭窗口|返回顶部|回到顶部|返回首页|阅读全文|展开全文|点击查看全文|查看原文|阅读原文|分享到|分享|"
    r"收藏|点赞|举报|字号|字体[:：]?(\s*[大中小]){0,3}|大|中|小|扫一扫|扫码|微信扫一扫|手机看|二维码|[^\s]{0,10}二维码[^\s]{0,10}|"
    r"(?:扫码|扫一扫|扫描二维码|手机扫码|微信扫码)?\s*(?:阅读|浏览|查看|访问)?\s*手机版|"  # "扫码阅读手机版"
    r"责任编辑[:：].{0,20}|编辑[:：].{0,20}|来源[:：].{0,30}|"
    r"editors?[:：]\s*[\w.'’-]+(?:\s+[\w.'’-]+){0,3}"  # a wire's "Editor: Li Na" credit (not an "Editor's note: ...")
    r")\s*[\]】)）]?\s*[|｜]?)+\s*$",
    re.I,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z][\w.-]*")
_PHONE = re.compile(
    r"(?<![\w.])(?:\+\d{1,3}[\s-]?)?\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}(?!\d)"  # 303-908-3250, (510) 555-1234
    r"|(?<!\d)0\d{1,3}-\d{3,4}-?\d{4}(?!\d)"  # 010-12345678, 02-751-1500
    r"|(?<!\d)(?:400|800)-?\d{3}-?\d{4}(?!\d)|(?<![\d.])1[3-9]\d{9}(?!\d)"  # 400 hotline, CN mobile
    r"|\+\d{1,3}[\s-]\(?\d{1,4}\)?[\s-]\d{3,4}[\s-]?\d{3,4}(?!\d)"  # +86 10 1234 5678
)
_THREE_DIGITS = re.compile(r"\d{3}")  # every shape of _PHONE holds one: a line without skips its costlier search
_CONTACT_LABEL = re.compile(
    r"^\s*[\[【(（]?\s*(contacts?|media contacts?|press contacts?|for more information|tel|telephone|phone|fax|e-?mail|"
    r"address|电\s*话|传\s*真|联系人|联系电话|联系方式|联系我们|地\s*址|通讯地址|邮\s*编|邮政编码|电子邮箱|邮箱|客服热线|热线)\s*[:：]",
    re.I,
)
_FOOTER_WORDS = re.compile(
    r"^\s*(copyright|©|\(c\)|ⓒ)|all rights reserved|版权所有|icp备|icp证|公网安备|违法和不良信息|不良信息举报|禁止转载|"
    r"未经(授权|许可).{0,12}(转载|使用|复制)|무단전재",
    re.I,
)
_US_POSTCODE = re.compile(r",\s*[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\b")
_BREADCRUMB = re.compile(r"^\s*[您你]?(当前|现在|所在的?)?位置\s*[:：]|^\s*(首页|主页|home)\s*[>»/›>]", re.I)
_DATED_HEADLINE = re.compile(
    r"(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[-/]\d{1,2}\s*$|\d{1,2}月\d{1,2}日\s*$|\(\d{1,2}/\d{1,2}\)\s*$)"
)
# lines that open a comment region: disclaimers, counters, input boxes
_COMMENT_OPENERS = re.compile(
    r"^\s*(网友评论仅供|评论仅代表|.{0,12}评论.{0,6}(仅供|不代表).{0,20}(观点|看法|立场)|目前没有.{0,4}跟[贴帖]|我要跟[贴帖]|"
    r"[\d,]+\s*人参与\s*[\d,]*\s*评论|[\d,]+\s*条评论|评论\s*[（(]\s*\d+\s*[)）]|已输入\s*\d+\s*字|查看更多评论|"
    r"最热评论|最新评论|热评论|新评论|免责声明|版权声明|disclaimer\s*:|\d+\s*comments?|view comments|show comments|leave a comment)",
    re.I,
)
# follow-us / app / QR promos and keyword rows
_PROMO = re.compile(
    r"(扫描?.{0,12}二维码|扫一扫|二维码.{0,10}关注|关注.{0,12}(公众号|微信|微博|客户端)|^\s*点击(?:上方|下方|顶部)?.{0,6}关注|(安装|下载).{0,10}(客户端|app)|"
    r"感谢您的反馈|减少此类.{0,6}推荐|^\s*(关键词|关键字|标签|tags?|topics?)\s*[:：>»]|^\s*分享到|加载更多|点击加载|"
    r"follow us on|sign up for (our|the) .{0,40}newsletter|subscribe to our newsletter)",
    re.I,
)
_LIST_META = re.compile(
    r"^\s*[-•·]?\s*([\d,]{1,9}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}:\d{2}(:\d{2})?|"
    r"(评论|阅读|点击|浏览)\s*[\d,]+|[\d,]+\s*(评论|阅读|人阅读|次阅读))\s*$"
)
# the end mark of a press release ("###", "-30-", "– 30 –"; a Hong Kong government release's "完" line or its English
# "Ends/Tuesday, February 27, 2024"): what follows
# is boilerplate, contacts and the release's timestamp
_END_MARK = re.compile(r"^\s*(?:#{3}|[-–—]\s*30\s*[-–—]|完|Ends\s*/\s*[A-Z][a-z]+day,\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4})\s*$")
# the release's issue stamp under that mark ("Issued at HKT 20:05", "香港時間20時05分"): a line of its own, never text
# a rule of asterisks or equals signs under a headline (Hong Kong government releases print "*****...")
_RULE_LINE = re.compile(r"^\s*[*=~_]{5,}\s*$")
_ISSUE_STAMP = re.compile(r"^\s*(?:Issued\s+at\s+HKT\s+\d{1,2}:\d{2}|香港時間\s*\d{1,2}\s*時\s*\d{1,2}\s*分)\s*$")
# notes for journalists ending an article: an "Editor's notes" box heading, "Notes to editors" (heading or label), a
# "Media contact" or "Inquiries:" heading, "To reach the researcher, ..." (what follows is contacts, credits and
# boilerplate). A single "Editor's note: ..." line is the article's own (a syndicated story's "republished by ..." note:
# the gold keeps it)
_NOTES_OPENER = re.compile(
    r"^\s*(?:editors?['’]?s?\s+notes?\s*[:：.]?\s*$|notes?\s+(?:to|for)\s+(?:the\s+)?editors?\s*(?:[:：.]|$)"
    r"|(?:media|press)\s+(?:contacts?|inquiries|enquiries|relations)\s*[:：.]?\s*$"
    r"|for\s+(?:media|press)\s+(?:inquiries|enquiries|contacts?)\s*[:：.,]?\s*$"
    r"|(?:inquiries|enquiries)\s*[:：]?\s*$"  # a government release's contact box ("Inquiries:", お問い合わせ)
    r"|to\s+(?:reach|contact)\s+the\s+(?:researchers?|authors?|scientists?|scholars?)\b)",
    re.I,
)
# a CMS's field row read as two lines: a bare label ("Date:", "Release type:") and its short value
_FIELD_LABEL = re.compile(r"^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}\s*:$")
_DATE_FIELD = re.compile(r"^(?:[A-Za-z]+\s+)?date\s*:$", re.I)  # a date row stands alone too ("Date:" / "May 14, 2024")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_NEXT_PREV = re.compile(r"^\s*(上一篇|下一篇|上一条|下一条|previous( post| article)?|next( post| article)?)\s*[:：]", re.I)


def _is_contact_line(line: str) -> bool:
    """Contact and footer lines: e-mail, phone, postcode addresses, 'Contact:' labels, copyright notices."""
    if len(line) > 250:
        return False
    if quick(_EMAIL).search(line) or (_THREE_DIGITS.search(line) and _PHONE.search(line)) or \
            _CONTACT_LABEL.match(line) or _FOOTER_WORDS.search(line):
        return True
    return len(line) < 150 and bool(_US_POSTCODE.search(line))


def _before_end_mark(lines: list[str]) -> list[str]:
    """The lines before a press release's end mark ("###", "– 30 –") met past the first 40% of the text."""
    if not any(quick(_END_MARK).match(ln) for ln in lines):
        return lines
    total, seen = sum(len(ln) for ln in lines), 0
    for k, ln in enumerate(lines):
        if _END_MARK.match(ln) and seen > 0.4 * total:
            return lines[:k]
        seen += len(ln)
    return lines


def clean_lines(text: str, headline: str | None = None) -> str:
    """Drop chrome lines from extracted text (one paragraph per line) and return the rest.

    With the headline, the page top printed before it and the headline itself are dropped too.
    """
    lines = _before_end_mark([furniture.strip_glued(ln.strip()) for ln in text.splitlines()])
    lines = furniture.after_headline(furniture.normalise([ln for ln in lines if ln]), headline)
    total = sum(len(ln) for ln in lines) or 1
    out: list[str] = []
    seen = 0
    cut_after = min(0.4 * total, 300)
    board = False  # the line before was a board's post-information row (board_meta_rows): its "|---|" rule too
    for ln in lines:
        if board_meta_row(ln) or (board and table_rule(ln)):
            board = True
            continue
        board = False
        opener = BLOCK_MARKERS.match(ln) or _COMMENT_OPENERS.match(ln) or quick(furniture.TAIL_OPENERS).search(ln) \
            or (len(ln) < 250 and _NOTES_OPENER.match(ln)) or forward_looking(ln)
        if opener and seen > cut_after:
            break  # a trailing "相关推荐"/comments block or a disclaimer: the rest is not the article
        seen += len(ln)
        if opener or (len(ln) < 60 and _LABEL_LINES.match(ln)) or _BREADCRUMB.search(ln) or _NEXT_PREV.match(ln) \
                or stamp_line(ln) or published_line(ln) or (len(ln) < 30 and _ISSUE_STAMP.match(ln)) \
                or _RULE_LINE.match(ln) or wire_signoff(ln):
            continue  # "Date modified:", "Published: 10.06.2026", "Issued at HKT 20:05", "(By ...)", "Enditem/ls"
        if _is_contact_line(ln) or (len(ln) < 80 and quick(_PROMO).search(ln)) or is_newsletter_line(ln):
            continue
        if furniture.is_furniture(ln) or furniture.is_credit(ln) or furniture.is_notice(ln):
            continue
        out.append(ln)
    out = _drop_list_runs(_drop_dated_runs(_drop_field_rows(out)))
    out = furniture.drop_top_byline(drop_header_block(furniture.drop_headline_tail(out)))  # (header_lines)
    return "" if furniture.no_article(out) else "\n".join(out)


def _drop_field_rows(lines: list[str]) -> list[str]:
    """Remove runs of two or more field rows a CMS prints as a bare label line and a short value line ("Date:" /
    "09/05/2024", "Release type:" / "News release"), or a lone date row; one label before a short line may be the
    body's own ("Senate resolves to:")."""
    def pair(k: int) -> bool:
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        return (len(lines[k]) <= 30 and bool(_FIELD_LABEL.match(lines[k])) and 0 < len(nxt) <= 60
                and not nxt.rstrip().endswith((".", "!", "?", '"', ":")))
    drop: set[int] = set()
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and pair(j):
            j += 2
        if j - k >= 4 or (j - k == 2 and _DATE_FIELD.match(lines[k]) and _YEAR.search(lines[k + 1])):
            drop.update(range(k, j))
        k = max(j, k + 1)
    return [ln for i, ln in enumerate(lines) if i not in drop]


def _drop_dated_runs(lines: list[str]) -> list[str]:
    """Remove runs of 3+ short lines that each carry a date: lists of headlines, not prose."""
    flags = [len(ln) < 90 and bool(_DATED_HEADLINE.search(ln)) for ln in lines]
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        if flags[i]:
            j = i
            while j < len(lines) and flags[j]:
                j += 1
            if j - i >= 3:
                for k in range(i, j):
                    keep[k] = False
            i = j
        else:
            i += 1
    return [ln for ln, k in zip(lines, keep) if k]


def _drop_list_runs(lines: list[str]) -> list[str]:
    """Remove ranking/recommendation lists: runs of short lines interleaved with bare numbers, dates or counts."""
    keep = [True] * len(lines)
    i = 0
    while i < len(lines):
        j, metas = i, 0
        while j < len(lines) and (len(lines[j]) < 30 or _LIST_META.match(lines[j])
                                  or len(lines[j]) < 50 and not lines[j].endswith(("。", "！", "？", ".", "!", "?"))):
            metas += bool(_LIST_META.match(lines[j]))
            j += 1
        if j - i >= 4 and metas >= 2 and metas * 3 >= j - i:
            for k in range(i, j):
                keep[k] = False
        i = max(j, i + 1)
    return [ln for ln, k in zip(lines, keep) if k]
