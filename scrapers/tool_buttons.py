"""A byline's trailing reading-tool buttons: "2025-06-20 10:20 来源：某某网 【纠错】【打印】【关闭】".

A Chinese portal prints its article tools as bracketed buttons after the date and source line. `without_tools` cuts
that run of buttons off a short line, so what is left is read as the byline it is (scrapers/furniture.py); a line of
buttons only is left empty. Only a run of two or more known tool words, or one at the end of a byline, is cut: never
a bracketed headline tag ("【专访】", "【权威发布】") or a bracket inside a sentence.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# one button: 纠错, 打印, 关闭, 收藏, 分享, 返回顶部, 字号 大 中 小, ...
_BUTTON = (r"[【\[]\s*(?:我要)?(?:纠错|报错|打印(?:本[页文]|此[页文])?|关闭(?:本?窗口|本?页面?)?|收藏(?:本[页文])?|分享(?:到)?|"
           r"推荐(?:给朋友)?|返回(?:顶部|首页|列表)?|顶部|(?:字号|字体)[:：]?(?:\s*[大中小]){0,3}|[大中小])\s*[】\]]")
_TOOLS = re.compile(rf"(?:\s*{_BUTTON}){{1,8}}\s*$")


def without_tools(line: str) -> str:
    """The line without the run of tool buttons that ends it ("" for a line of buttons only); the line itself where
    it is long, ends in no button, or tells a sentence."""
    if len(line) > 80 or not line.rstrip().endswith(("】", "]")) or "。" in line:
        return line
    m = _TOOLS.search(line)
    return line[:m.start()].rstrip() if m else line
