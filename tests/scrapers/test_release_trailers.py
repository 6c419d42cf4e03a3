"""A government release's trailer lines (first met on the ninety-third test web), shown on texts written for this
test: the English end mark of a Hong Kong government release ("Ends/Tuesday, February 27, 2024") ends the text like
"###" and "完", its issue stamp ("Issued at HKT 20:05", "香港時間20時05分") and a rule of asterisks under the headline
are no text. Negatives: sentences that mention an end or an issue."""
from __future__ import annotations

from scrapers.chrome_lines import clean_lines

_BODY = ("The Secretary for Transport and Logistics today (May 3) visited the Kwai Tsing Container Terminals and "
         "met representatives of the terminal operators to discuss the use of electric tractors.\n"
         "He said the Government would continue to support the trade in the use of new energy vehicles, and would "
         "review the progress with the operators later this year.")


def test_the_english_end_mark_ends_the_text():
    text = ("*************************************\n" + _BODY + "\nEnds/Friday, May 3, 2024\nIssued at HKT 18:45\n"
            "Today's Press Releases\nLegCo members visit Shenzhen")
    assert clean_lines(text) == _BODY


def test_the_chinese_issue_stamp_is_no_text():
    body = "運輸及物流局局長今日（五月三日）到訪葵青貨櫃碼頭，了解電動拖頭的使用情況，並與碼頭營運商代表會面交流意見。"
    assert clean_lines(body + "\n香港時間18時45分") == body


def test_lines_that_only_mention_an_end_or_an_issue_stay():
    text = (_BODY + "\nThe consultation ends on Friday, May 31, 2024, and the report will be issued at HKT noon on "
            "the day after.\nThe meeting was issued at HKT 10:00 a notice of the agenda, the Bureau said.")
    assert clean_lines(text) == text
