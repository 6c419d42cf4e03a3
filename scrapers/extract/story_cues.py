"""The cues `extract_mentions` reads across a story's sentences: a gathering's head word, "the next day" and "the
final day" of days just told, "The agreement was signed in ..." of the agreement just reported, a Chinese event told
with yesterday or today, and an agreement recalled from another time. Patterns only; split from extract/__init__.py.
"""
from __future__ import annotations

from scrapers import lazy_re as re
from scrapers.lead_chars import with_lead

EN_HEAD_WORD = re.compile(r"(Summit|Conference|Forum|Meeting|Dialogue|Congress|Symposium|Expo|Roundtable|Convention)$",
                          re.I)
FINAL_DAY = with_lead(re.compile(r"\b(?:on\s+)?(?:the|its)\s+(?:final|last|closing)\s+day\b|最后一天", re.I))
NEXT_DAY = re.compile(r"\b(?:on\s+)?(?:the|its)\s+(?:second|next|following)\s+day\b|第二天|次日|翌日", re.I)  # ("its": the
# gathering's just told)
SIGNED_IN = re.compile(r"^(?:The|This|That)\s+(?:\w+\s+){0,2}(?:agreement|MOU|memorandum(?:\s+of\s+understanding)?|"
                       r"partnership|declaration|accord)\s+(?:was|were|had been)\s+signed\s+(?:on\s+[^,;]{3,25}?\s+)?"
                       # "... was signed on 24 October on the sidelines of the X Week": at that gathering
                       r"(?:in|at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+|"
                       r"^(?:该|此|上述)?(?:协议|备忘录|合作备忘录|谅解备忘录)(?:于|在)", re.I)
# a Chinese event's name, then yesterday or today and where or how it was held ("论坛昨日在苏州揭幕")
ZH_TOLD_AFTER_NAME = re.compile(r"[」”》]?\s*(?:已于|于)?(?:昨日|昨天|今日|今天|[昨今]\s*[（(]\s*\d{1,2}\s*[)）]\s*日)(?:上午|下午|晚间)?\s*(?:在|于|举行|召开|开幕|揭幕|闭幕)")
ZH_HEAD_WORD = re.compile(r"(峰会|大会|论坛|年会|博览会|研讨会|会议|对话)$")
# an agreement the story recalls from another time: "signed memorandums then with", "previously signed"
RECALLED = re.compile(r"\b(?:then|earlier|previously|last\s+year|ago|in\s+(?:19|20)\d\d)\b", re.I)
