"""Traditional Chinese news grammar: a renewal (完成續約) with no instrument named concludes an agreement; a
foreign person's name in Latin letters leaves the sentence Chinese; "昨（6）日" is yesterday, the 6th; a council's
speaker (議長) is no meeting. Sentences of our own, two phrasings."""
from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def records(text: str, day: date) -> list[tuple]:
    art = Article(url="http://127.0.0.1/r.html", source="t", title="", published_on=day, language="zh", text=text,
                  fetched_at=datetime(2024, 1, 1))
    return [(m.record_type, m.fields.get("parties") or m.fields.get("name"), m.fields.get("signed_on"))
            for m in extract_mentions(art)]


def test_renewal_with_a_latin_name_in_it():
    got = records("台中市長林佳龍與世界資源研究所所長Andrew Steer Smith昨（14）日在台中市政府完成續約，"
                  "在市議會議長見證下，雙方簽署第二期合約，推動低碳交通。", date(2017, 5, 15))
    assert got == [("agreement", ["Taichung", "World Resources Institute"], date(2017, 5, 14))]


def test_renewal_today_in_simplified_script():
    got = records("台南市与地方政府永续发展理事会（ICLEI）今（3）日完成续约，继续推动城市减碳合作。", date(2018, 10, 3))
    assert got == [("agreement", ["Tainan", "ICLEI – Local Governments for Sustainability"], date(2018, 10, 3))]
