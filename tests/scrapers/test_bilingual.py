"""A page printing one article in two languages keeps one copy (scrapers/bilingual.py), checked on pages of two
kinds written for these tests: a Hong Kong government release (English above its Chinese copy) and a consulate news
page (Chinese above its English copy); and pages that must stay as they are (names glossed in brackets, a Chinese
quotation that is no copy, an English story under a Chinese headline)."""
from __future__ import annotations

from scrapers.bilingual import drop_translated_copy
from scrapers.reader import read_page

HK_RELEASE = """<html lang="en"><head><title>Press release</title></head><body>
<div class="lang">繁體 | 简体 | English</div>
<h1>Hong Kong and Foshan sign letter of intent on waste-to-energy</h1>
<div id="pressrelease">
<p>The Hong Kong Environmental Protection Department and the Foshan Municipal Bureau of Urban Management signed a
letter of intent on waste-to-energy plants in Hong Kong on 8 March 2023.</p>
<p>The two sides will exchange operating data of their 4 incineration plants and train 120 engineers over 3 years.</p>
<p>Officials of both cities attended the signing ceremony held at the Central Government Offices.</p>
<p>香港環境保護署與佛山市城市管理和綜合執法局於2023年3月8日在香港簽署轉廢為能合作意向書。</p>
<p>雙方將交流4座焚化廠的營運數據，並在3年內培訓120名工程人員。</p>
<p>兩地官員出席了在政府總部舉行的簽署儀式。</p>
</div><div class="foot">2023-03-09 Ends</div></body></html>"""

CONSULATE = """<html><head><meta charset="utf-8"><title>总领馆新闻</title></head><body>
<h1>驻休斯敦总领馆见证两地签署氢能合作谅解备忘录</h1>
<div class="content">
<p>2024年6月11日，宁夏回族自治区发展和改革委员会与得克萨斯州休斯敦市在休斯敦签署氢能合作谅解备忘录，双方将在未来5年内共建2个示范项目。</p>
<p>总领事出席签字仪式并致辞，表示愿为两地在清洁能源领域的合作提供支持。</p>
<p>On 11 June 2024, the Development and Reform Commission of the Ningxia Hui Autonomous Region and the City of Houston
signed a memorandum of understanding on hydrogen cooperation in Houston; the two sides will build 2 demonstration
projects over the next 5 years.</p>
<p>The Consul General attended the signing ceremony, pledging the consulate's support for clean-energy cooperation.</p>
</div></body></html>"""


def test_english_release_keeps_the_english_copy():
    page = read_page(HK_RELEASE, "https://www.info.gov.hk/gia/general/202303/09/P2023030900412.htm", "en")
    assert page.language == "en"
    assert "signed a\nletter" not in page.text and "signed a letter of intent on waste-to-energy" in page.text
    assert "香港環境保護署" not in page.text and "轉廢為能" not in page.text


def test_chinese_page_keeps_the_chinese_copy():
    page = read_page(CONSULATE, "http://houston.china-consulate.gov.cn/zlsgxw/202406/t20240612_1.htm", "zh")
    assert page.language == "zh"
    assert "宁夏回族自治区发展和改革委员会与得克萨斯州休斯敦市" in page.text
    assert "Ningxia" not in page.text and "Consul General" not in page.text


def test_names_glossed_in_brackets_are_one_run():
    text = ("The New Mexico Environment Department and the Hubei Provincial Department of Ecology and Environment "
            "(湖北省生态环境厅) signed a memorandum of understanding on methane monitoring on June 25, 2024.\n"
            "Researchers from Wuhan University (武汉大学) will provide technical support for the satellite data "
            "work from 2025.")
    assert drop_translated_copy(text, "Hubei and New Mexico sign methane pact") == text


def test_a_chinese_quotation_that_is_no_copy_stays():
    text = ("The mayor of Chengdu signed a climate pledge with three European cities on 4 May 2022 in Milan.\n"
            "The pledge covers public transport, building retrofits and a joint fund of 20 million euros.\n"
            "一位市民在微博上写道：希望成都的公交系统越来越好，空气也越来越清新，这是大家共同的愿望。")
    assert drop_translated_copy(text, "Chengdu joins European climate pledge") == text


def test_an_english_story_under_a_chinese_headline_stays():
    text = ("Lingnan University in Hong Kong pledged on October 8 to reach carbon neutrality on its campus by 2035.\n"
            "The university will install rooftop solar panels on eight buildings by 2027.")
    assert drop_translated_copy(text, "嶺南大學承諾2035年前實現校園碳中和") == text
