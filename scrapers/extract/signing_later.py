"""A gathering whose story puts any signing off to a later day (issue 17, the hundred-first web): "Governor X said
... that no agreements are planned for the day", "No signing is scheduled"; "双方同意保持沟通，待条件成熟时再商签合作文件",
"择机签署合作备忘录", "适时商签友好合作协议". Such a story tells that nothing was signed at the gathering it reports, as
"No agreements were signed" does (topic.NOTHING_SIGNED): a forum announced or a video exchange with no record of
its own is then no event. A gathering where something WAS signed keeps its event through that record.

Not: "the agreement is expected to be signed in May" (no "no"), "待协议签署后再启动" (a later step after a signing,
not the signing put off), "适时召开" (a meeting, not a signing). Pattern text only (joined into topic.NOTHING_SIGNED)."""
from __future__ import annotations

SIGNING_LATER = (
    r"\bno\s+(?:new\s+|formal\s+)?(?:agreements?|deals?|MOUs?|memorand\w+|documents?|signings?|accords?)\s+"
    r"(?:are|is)\s+(?:planned|expected|scheduled|foreseen)\b|"
    r"待[^，。；,]{1,12}?(?:时|后)?再(?:商[签簽]|[签簽](?:署|订|訂|约|約))|"
    r"(?:择机|擇機|适时|適時)(?:商[签簽]|[签簽](?:署|订|訂))")
