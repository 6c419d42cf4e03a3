"""Modification stamps printed as lines of their own (scrapers/stamp_lines.py) and duty-editor credits
(scrapers/furniture.py) are not the article; body sentences that mention an update stay."""
from __future__ import annotations

from scrapers.chrome_lines import clean_lines
from scrapers.stamp_lines import stamp_line

BODY = ("The two ministers met in Lisbon on Tuesday and agreed to expand cooperation on offshore wind power, grid "
        "links and green hydrogen over the next five years.")


def test_a_stamp_with_or_without_its_date_is_dropped():
    assert stamp_line("Date modified:")
    assert stamp_line("Last updated: March 3, 2024")
    assert stamp_line("Page last reviewed: 12 May 2024")
    assert clean_lines(f"{BODY}\nDate modified:\n2024-05-21") .startswith(BODY)
    assert "Date modified" not in clean_lines(f"{BODY}\nDate modified:\n2024-05-21")


def test_sentences_about_updates_are_kept():
    assert not stamp_line("The plan was updated in 2023.")
    assert not stamp_line("Modified vehicles will be exempt from the fee.")
    kept = "The ministry updated its methane rules last year."
    assert kept in clean_lines(f"{BODY}\n{kept}")


def test_a_duty_editor_credit_is_dropped():
    body = "中国和葡萄牙在里斯本举行会谈，双方同意扩大海上风电、电网互联和绿色氢能等领域的合作，并商定每年举行一次部长级会议。"
    for credit in ("【值班编辑：林晓】", "值班编辑：王一鸣"):
        got = clean_lines(f"{body}\n{credit}")
        assert body in got and "值班编辑" not in got


def test_a_page_number_before_the_stamp_is_dropped_with_it():
    # Japanese municipal CMSs print the page's number beside its update stamp (ページ番号 / 更新日), in English too
    assert stamp_line("Page ID 1004417 \u00a0 Last updated: June 2, 2025")
    assert stamp_line("Page number 208 Updated 2 June 2025")
    assert "Page ID" not in clean_lines(f"{BODY}\nPage ID 1004417 Last updated: June 2, 2025")
    assert not stamp_line("Page ID 1004417")  # no stamp: the line is not this one
    assert not stamp_line("Page ID 1004417 was updated after the city council met in June 2025.")
