"""Chinese instruments of another field: trade and finance (and culture, health, the digital economy) signed beside
climate and energy ones.

A list of signings at an investment conference mixes them ("…签署《跨境电商贸易合作协议》", "…签署《跨境人民币结算
合作协议》", "與泰國商會簽署經貿合作協議", "簽署跨境支付合作備忘錄"; an expo's list: "签署药材采购协议", "签署阿拉伯语人才
培养合作协议"). The story is on topic, so the article-wide gate
(topic.keep_records) keeps them; the instrument's own words say they are not: its qualifier names trade, commerce,
logistics, payments, settlement, banking or lending (a loan contract: "…签署3亿元项目贷款合同"), and no word of climate, energy or the environment stands beside it
("绿色金融合作备忘录" is kept). Read on the Simplified text (Traditional pages are converted before).
"""
from __future__ import annotations

from scrapers import lazy_re as re

from scrapers.extract.topic import about_the_tracker

# the qualifier of an instrument of another field, up to its head noun
# (health care and language teaching too: "…签署药材采购协议", "…签署医学教育合作协议", "…签署阿拉伯语人才培养合作协议";
# the digital economy and talent: "…签署数字经济合作协议"; a bank's loan or credit line to a borrower: "…签署3亿元项目贷款合同",
# "…签订流动资金借款合同", "…签署授信协议" are lending, not cooperation, unless climate words stand in them:
# "碳汇质押贷款合作协议" is kept)
OTHER_FIELD = re.compile(r"(?:贸易|经贸|商贸|电商|物流|结算|支付|清算|货币互换|金融|银行|贷款|借款|授信|保险|证券|旅游|农产品|文化|教育|体育|商业综合体|房地产|地产|"
                         r"数字经济|人才|医学|医疗|医药|药材|卫生|健康|语言|[\u4e00-\u9fff]语(?:人才|教学|培训|师资))"
                         r"[^，。；]{0,8}?(?:协议|协定|备忘录|合同|意向书)")


def other_field(instrument: str) -> bool:
    """Whether the words naming what was signed ("《跨境人民币结算合作协议》", "经贸合作协议") make it an instrument
    of trade or finance with no word of the tracker's topics."""
    return bool(OTHER_FIELD.search(instrument)) and not about_the_tracker(instrument)


def other_field_venue(sentence: str, name: str) -> bool:
    """Whether a Chinese sentence names a gathering only as where an instrument of another field was signed
    ("在布达佩斯举行的中匈地方合作推介会上，某文化和旅游厅与某旅游局签署了《文化旅游交流合作协议》"): neither the
    gathering's name nor the sentence speaks of the tracker's topics, so the gathering is none of its records."""
    return bool(OTHER_FIELD.search(sentence)) and not about_the_tracker(sentence) and not about_the_tracker(name)
