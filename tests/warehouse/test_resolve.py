"""Resolution: mentions from many sentences, pages and two languages become one record per fact, with stable ids."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article, Mention
from scrapers.extract import extract_mentions
from scrapers.extract.events import name_key
from warehouse.resolve import resolve

FOUR_PARTIES = ["China Beijing Environment Exchange", "Innovation Center for Energy and Transportation",
                "The Climate Registry", "Climate Action Reserve"]


def read(url: str, text: str, page: date, language: str = "en") -> list[Mention]:
    return extract_mentions(Article(url=url, source="test", title=None, published_on=page, language=language,
                                    text=text, fetched_at=datetime(2024, 1, 1)))


def of(records, record_type: str):
    return [r for r in records if r.record_type == record_type]


def event(url: str, name: str, start_on: date | None = None, city: str | None = None, page: date | None = None,
          quote: str | None = None) -> Mention:
    return Mention("event", url, quote or f"{name} was held.", {
        "name": name, "start_on": start_on, "end_on": None, "city": city, "country": None},
        {"page_date": page.isoformat() if page else None, "language": "en", "key": name_key(name), "aliases": [name]})


def agreement(url: str, parties: list[str], signed_on: date | None = None, kind: str = "mou",
              quote: str | None = None, event_keys=(), article_event_keys=()) -> Mention:
    return Mention("agreement", url, quote or f"{' and '.join(parties)} signed an {kind}.", {
        "agreement_type": kind, "title": None, "signed_on": signed_on,
        "signed_on_precision": "day" if signed_on else None, "city": None, "country": None, "parties": parties,
        "topics": []}, {"page_date": None, "language": "en", "event_keys": list(event_keys),
                        "article_event_keys": list(article_event_keys)})


def commitment(url: str, actor: str, kind: str, year: int, quote: str | None = None, **numbers) -> Mention:
    fields = {"actor": actor, "commitment_type": kind, "target_year": year, "base_year": None,
              "reduction_pct_min": None, "reduction_pct_max": None, "per_capita_t": None, "share_pct": None}
    fields.update(numbers)
    return Mention("commitment", url, quote or f"{actor} pledges {kind} by {year}.", fields,
                   {"page_date": None, "language": "en", "event_keys": [], "article_event_keys": []})


# --- agreements ------------------------------------------------------------------------------------------------

EN_MOU = "Shenzhen and Los Angeles signed a memorandum of understanding on electric buses on June 7, 2016."
ZH_MOU = "2016年6月7日,深圳市政府与洛杉矶市政府签署了谅解备忘录。"


def test_english_and_chinese_reports_of_one_agreement_make_one_record():
    ms = read("https://en.example/a", EN_MOU, date(2016, 6, 10)) + \
        read("https://zh.example/b", ZH_MOU, date(2016, 6, 12), "zh")
    assert len(of(ms, "agreement")) == 2
    ags = of(resolve(ms, {}), "agreement")
    assert len(ags) == 1
    r = ags[0]
    assert sorted(r.fields["parties"]) == ["Los Angeles", "Shenzhen"]
    assert (r.fields["agreement_type"], r.fields["signed_on"]) == ("mou", date(2016, 6, 7))
    assert r.evidence == [("https://en.example/a", EN_MOU), ("https://zh.example/b", ZH_MOU)]
    assert r.source_urls == ["https://en.example/a", "https://zh.example/b"]
    assert len(r.mention_keys) == 2


def test_party_subset_merges_into_the_fuller_record():
    headline = "News I iCET signed an MOU with Beijing Environmental Exchange Center (BEEC) in LA amid Xi's visit."
    body = ("A memorandum of understanding between the China Beijing Environment Exchange, iCET, the Climate Registry, "
            "and the Climate Action Reserve, was signed on September 15 in LA.")
    ms = read("https://icet.example/news", headline, date(2015, 9, 22)) + \
        read("https://tcr.example/news", body, date(2015, 9, 22))
    assert sorted(len(m.fields["parties"]) for m in of(ms, "agreement")) == [2, 4]
    ags = of(resolve(ms, {}), "agreement")
    assert len(ags) == 1
    assert set(ags[0].fields["parties"]) == set(FOUR_PARTIES)
    assert ags[0].fields["signed_on"] == date(2015, 9, 15)
    assert ags[0].source_urls == ["https://icet.example/news", "https://tcr.example/news"]


def test_agreements_sharing_one_party_stay_apart():
    ms = [agreement("https://a.example/1", ["BYD", "Los Angeles"], kind="agreement"),
          agreement("https://a.example/2", ["Los Angeles", "Zhenjiang"])]
    ags = of(resolve(ms, {}), "agreement")
    assert sorted(tuple(sorted(r.fields["parties"])) for r in ags) == [("BYD", "Los Angeles"),
                                                                      ("Los Angeles", "Zhenjiang")]


def test_same_parties_years_apart_are_two_agreements_with_distinct_ids():
    ms = [agreement("https://a.example/1", ["Seattle", "Shenzhen"], date(2016, 6, 7)),
          agreement("https://a.example/2", ["Seattle", "Shenzhen"], date(2018, 5, 2))]
    ags = of(resolve(ms, {}), "agreement")
    assert len(ags) == 2
    assert len({r.record_id for r in ags}) == 2


def test_undated_mention_joins_a_dated_one_and_the_specific_type_wins():
    ms = [agreement("https://a.example/1", ["Seattle", "Shenzhen"], date(2016, 6, 7)),
          agreement("https://a.example/2", ["Shenzhen", "Seattle"], kind="agreement")]
    ags = of(resolve(ms, {}), "agreement")
    assert len(ags) == 1
    assert (ags[0].fields["agreement_type"], ags[0].fields["signed_on"]) == ("mou", date(2016, 6, 7))


# --- events ----------------------------------------------------------------------------------------------------

def test_close_variants_of_a_summit_name_merge():
    ms = [event("https://icet.example/1", "US-China Climate Leaders Summit", date(2015, 9, 15), "Los Angeles"),
          event("https://iclei.example/2", "U.S.-China Climate Cities Summit", None, None),
          event("https://zh.example/3", "U.S.-China Climate Leaders Summit", date(2015, 9, 16), "Los Angeles")]
    evs = of(resolve(ms, {}), "event")
    assert len(evs) == 1
    f = evs[0].fields
    assert f["name"] == "U.S.-China Climate Leaders Summit"
    assert (f["start_on"], f["city"]) == (date(2015, 9, 15), "Los Angeles")
    assert len(evs[0].source_urls) == 3


def test_same_name_summit_a_year_later_is_another_event():
    ms = [event("https://a.example/1", "U.S.-China Climate Leaders Summit", date(2015, 9, 15), "Los Angeles"),
          event("https://a.example/2", "U.S.-China Climate Leaders Summit", date(2016, 9, 15), "Los Angeles"),
          # an undated mention belongs to the latest edition before its page
          event("https://a.example/3", "U.S.-China Climate Leaders Summit", page=date(2016, 10, 1)),
          event("https://a.example/4", "U.S.-China Climate Leaders Summit", page=date(2015, 12, 8))]
    evs = sorted(of(resolve(ms, {}), "event"), key=lambda r: r.fields["start_on"])
    assert [r.fields["start_on"] for r in evs] == [date(2015, 9, 15), date(2016, 9, 15)]
    assert evs[0].source_urls == ["https://a.example/1", "https://a.example/4"]
    assert evs[1].source_urls == ["https://a.example/2", "https://a.example/3"]
    assert evs[0].record_id != evs[1].record_id


def test_different_summits_do_not_merge():
    ms = [event("https://a.example/1", "U.S.-China Climate Leaders Summit", date(2015, 9, 15), "Los Angeles"),
          event("https://a.example/2", "Pacific Coast Collaborative Forum", date(2015, 9, 15), "Los Angeles"),
          event("https://a.example/3", "U.S.-China Climate Cities Summit", date(2015, 9, 15), "Beijing")]
    assert len(of(resolve(ms, {}), "event")) == 3


# --- commitments -----------------------------------------------------------------------------------------------

def test_one_pledge_in_two_languages_is_one_commitment():
    ms = read("https://en.example/p", "Notably, Beijing and Guangzhou have committed to peak their carbon dioxide "
              "emissions by the end of or around 2020.", date(2015, 9, 22)) + \
        read("https://zh.example/p", "位居中国最大的城市之列的北京和广州,均承诺在2020年左右碳排放达到峰值。", date(2021, 4, 8), "zh")
    cms = of(resolve(ms, {}), "commitment")
    assert sorted(r.fields["actor"] for r in cms) == ["Beijing", "Guangzhou"]
    for r in cms:
        assert (r.fields["commitment_type"], r.fields["target_year"]) == ("emissions_peak", 2020)
        assert r.source_urls == ["https://en.example/p", "https://zh.example/p"]


def test_same_actor_and_year_with_other_numbers_is_another_pledge():
    ms = [commitment("https://a.example/1", "Seattle", "emissions_reduction", 2030, base_year=2005,
                     reduction_pct_min=40.0, reduction_pct_max=40.0),
          commitment("https://a.example/2", "Seattle", "emissions_reduction", 2030, base_year=1990,
                     reduction_pct_min=30.0, reduction_pct_max=30.0),
          commitment("https://a.example/3", "Seattle", "emissions_reduction", 2030)]  # no numbers: joins one
    cms = of(resolve(ms, {}), "commitment")
    assert sorted(r.fields["base_year"] for r in cms) == [1990, 2005]
    assert sum(len(r.evidence) for r in cms) == 3
    assert len({r.record_id for r in cms}) == 2


def test_different_target_years_stay_apart():
    ms = [commitment("https://a.example/1", "Beijing", "emissions_peak", 2020),
          commitment("https://a.example/2", "Beijing", "emissions_peak", 2025)]
    assert len(of(resolve(ms, {}), "commitment")) == 2


# --- linking records to events ---------------------------------------------------------------------------------

SUMMIT_PAGE = ("The U.S.-China Climate Leaders Summit was held in Los Angeles on September 15-16, 2015.\n"
               "Seattle and Shenzhen signed a memorandum of understanding.\n"
               "Boston and Wuhan signed a memorandum of understanding at COP20 in Lima.\n"
               "Mayors praised the summit, and the summit closed with a dinner.")


def test_record_links_to_its_sentence_event_else_the_article_main_event():
    recs = resolve(read("https://a.example/summit", SUMMIT_PAGE, date(2015, 9, 20)), {})
    ags = {tuple(sorted(r.fields["parties"])): r for r in of(recs, "agreement")}
    assert ags[("Seattle", "Shenzhen")].fields["event_name"] == "U.S.-China Climate Leaders Summit"
    # (COP20, held before the page: a listed conference opening after it is no event of the story)
    assert ags[("Boston", "Wuhan")].fields["event_name"] == "COP20"


def test_record_signed_far_from_the_main_event_is_not_linked():
    text = ("The U.S.-China Climate Leaders Summit was held in Los Angeles on September 15-16, 2015.\n"
            "Seattle and Shenzhen signed a memorandum of understanding on June 7, 2016.\n"
            "The summit was a success.")
    recs = resolve(read("https://a.example/later", text, date(2016, 6, 10)), {})
    (ag,) = of(recs, "agreement")
    assert ag.fields["signed_on"] == date(2016, 6, 7)
    assert ag.fields["event_name"] is None


def test_no_event_no_link():
    recs = resolve(read("https://a.example/plain", EN_MOU, date(2016, 6, 10)), {})
    (ag,) = of(recs, "agreement")
    assert ag.fields["event_name"] is None


def test_commitment_links_to_the_article_event():
    text = ("The U.S.-China Climate Leaders Summit was held in Los Angeles on September 15-16, 2015.\n"
            "Beijing and Guangzhou have committed to peak their carbon dioxide emissions around 2020.")
    recs = resolve(read("https://a.example/p", text, date(2015, 9, 20)), {})
    assert {r.fields["event_name"] for r in of(recs, "commitment")} == {"U.S.-China Climate Leaders Summit"}


# --- ids -------------------------------------------------------------------------------------------------------

def _corpus() -> list[Mention]:
    return (read("https://a.example/summit", SUMMIT_PAGE, date(2015, 9, 20))
            + read("https://en.example/a", EN_MOU, date(2016, 6, 10))
            + read("https://zh.example/b", ZH_MOU, date(2016, 6, 12), "zh")
            + [commitment("https://a.example/c", "Beijing", "emissions_peak", 2020)])


def _ids(records) -> dict[str, str]:
    return {k: r.record_id for r in records for k in r.mention_keys}


def test_ids_have_type_prefixes_and_are_unique():
    recs = resolve(_corpus(), {})
    assert len({r.record_id for r in recs}) == len(recs)
    prefix = {"event": "ev_", "agreement": "ag_", "commitment": "cm_"}
    for r in recs:
        assert r.record_id.startswith(prefix[r.record_type])


def test_resolving_twice_from_scratch_gives_the_same_ids():
    assert _ids(resolve(_corpus(), {})) == _ids(resolve(_corpus(), {}))


def test_ids_do_not_depend_on_mention_order():
    assert _ids(resolve(_corpus(), {})) == _ids(resolve(list(reversed(_corpus())), {}))


def test_previous_ids_are_kept():
    first = resolve(_corpus(), {})
    previous = _ids(first)
    again = resolve(_corpus(), previous)
    assert _ids(again) == previous
    assert sorted(r.record_id for r in again) == sorted(r.record_id for r in first)


def test_previous_id_kept_when_a_new_report_widens_the_record():
    headline = read("https://icet.example/news", "News I iCET signed an MOU with Beijing Environmental Exchange "
                    "Center (BEEC) in LA amid Xi's visit.", date(2015, 9, 22))
    (first,) = of(resolve(headline, {}), "agreement")
    body = read("https://tcr.example/news", "A memorandum of understanding between the China Beijing Environment "
                "Exchange, iCET, the Climate Registry, and the Climate Action Reserve, was signed on September 15 "
                "in LA.", date(2015, 9, 22))
    fresh = of(resolve(headline + body, {}), "agreement")
    kept = of(resolve(headline + body, _ids([first])), "agreement")
    assert len(fresh) == len(kept) == 1
    assert kept[0].record_id == first.record_id
    assert fresh[0].fields == kept[0].fields


def test_a_new_fact_gets_a_new_id_without_disturbing_old_ones():
    first = resolve(_corpus(), {})
    extra = [agreement("https://a.example/new", ["Portland", "Kunming"], date(2016, 6, 7))]
    again = resolve(_corpus() + extra, _ids(first))
    assert {r.record_id for r in first} < {r.record_id for r in again}
    assert len(again) == len(first) + 1


def test_empty_input():
    assert resolve([], {}) == []
