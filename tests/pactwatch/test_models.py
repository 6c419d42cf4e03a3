"""The plain data models: a mention's key is its stored identity, so its value must never drift."""
from datetime import date

from pactwatch.models import Mention


def test_mention_keys_keep_their_stored_values():
    # Values computed by the first released key(); a change here would orphan every stored mention's record id.
    en = Mention("agreement", "http://a.test/1", "Oakland and Shenzhen signed an MOU.",
                 {"parties": ["Oakland", "Shenzhen"], "signed_on": date(2013, 6, 4), "agreement_type": "mou",
                  "title": None}, {"key": "x"})
    zh = Mention("commitment", "http://a.test/2", "碳排放 2020 达峰",
                 {"target_year": 2020, "reduction_pct_min": 80.0, "actor": "北京"})
    assert en.key() == "24440398e9628f3f8dc0"
    assert zh.key() == "da55873610daea20410e"


def test_mention_key_ignores_hints_and_field_order_but_not_values():
    a = Mention("event", "http://a.test/e", "q", {"name": "Summit", "city": "Los Angeles"}, {"key": "summit"})
    b = Mention("event", "http://a.test/e", "q", {"city": "Los Angeles", "name": "Summit"}, {})
    c = Mention("event", "http://a.test/e", "q", {"city": "Beijing", "name": "Summit"}, {})
    assert a.key() == b.key() != c.key()
