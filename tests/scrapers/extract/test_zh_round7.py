"""Chinese round 7 (issue 17): the instrument words in one place, and the rules of the thirteenth web's failures.
Each rule on two texts of its own."""
from __future__ import annotations

from scrapers.extract import agreements_zh as az


def test_every_head_of_a_named_instrument_is_an_instrument_word():
    words = {w for ws in az.INSTRUMENT_WORDS.values() for w in ws}
    assert set(az.HELD_HEADS) <= words and set(az.CEREMONY_HEADS) <= set(az.HELD_HEADS)
    assert [kind for _, kind in az.ZH_INSTRUMENTS] == list(az.INSTRUMENT_WORDS)
