"""English commitments, eleventh round ("Commitments, round 4" in docs/english-unseen-grammar.md; the thirty-fifth
web: cities, states, utilities and companies): a target adopted in the passive takes the passive's agent, several actors
paired with their own years after one pledge, a national goal told as the frame of others' work (no pledge), RE100 by a
year, a clean share delivered to customers, "coal-free by" a year, "sets an interim standard of", and "the state's"
meaning the state the sentence named. Every sentence is written for the test; each rule is shown on two phrasings,
with what it must leave alone."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def pledges(text: str) -> list[tuple]:
    art = Article("http://127.0.0.1/p", "test", None, date(2024, 5, 17), "en", text, datetime(2024, 5, 18))
    return sorted((m.fields["actor"], m.fields["commitment_type"], m.fields["target_year"], m.fields["base_year"],
                   m.fields["reduction_pct_min"], m.fields["reduction_pct_max"])
                  for m in extract_mentions(art) if m.record_type == "commitment")


def test_a_target_adopted_in_the_passive_is_the_agents():
    assert pledges("A target of cutting citywide emissions 45 percent below 2015 levels by 2030 was adopted by the "
                   "Minneapolis City Council on Friday.") == [("Minneapolis", "emissions_reduction", 2030, 2015, 45.0,
                                                               45.0)]
    assert pledges("A goal of net zero emissions by 2045 has been approved by the Seattle City Council.") == \
        [("Seattle", "carbon_neutrality", 2045, None, None, None)]


def test_actors_paired_with_their_own_years_each_pledge_for_their_year():
    assert pledges("The neighbouring cities have committed to carbon neutrality, Portland by 2050 and Eugene by "
                   "2040, their mayors said.") == [("Eugene", "carbon_neutrality", 2040, None, None, None),
                                                  ("Portland", "carbon_neutrality", 2050, None, None, None)]
    assert pledges("Toyota plans to reach net zero by 2050 and Hitachi by 2040.") == \
        [("Hitachi", "carbon_neutrality", 2040, None, None, None), ("Toyota Motor Corporation", "carbon_neutrality",
                                                                   2050, None, None, None)]


def test_a_national_goal_told_as_the_frame_of_others_work_is_no_pledge():
    assert pledges("The factories operate under Vietnam's national goals of peaking emissions before 2030 and net "
                   "zero by 2050.") == []
    assert pledges("The plan is in line with Canada's goal of net zero emissions by 2050, officials said.") == []
    # the goal's owner as the subject still pledges
    assert pledges("Canada's goal is net zero emissions by 2050.") == [("Canada", "carbon_neutrality", 2050, None,
                                                                        None, None)]


def test_re100_by_a_year_and_a_clean_share_delivered_to_customers_are_shares():
    assert pledges("Hyundai Motor has committed to RE100 by 2045.") == \
        [("Hyundai Motor Company", "renewable_share", 2045, None, None, None)]
    assert pledges("Duke Energy pledged to deliver 100% carbon-free electricity to customers by 2050.") == \
        [("Duke Energy", "renewable_share", 2050, None, None, None)]
    assert pledges("Duke Energy will supply 80 percent clean power to its customers by 2035.") == \
        [("Duke Energy", "renewable_share", 2035, None, None, None)]
    # joining the initiative with no year pledges no dated share
    assert pledges("Hyundai Motor joined RE100 in 2021.") == []


def test_coal_free_by_a_year_is_an_exit():
    assert pledges("Xcel Energy said it will be coal-free by 2034.") == [("Xcel Energy", "other", 2034, None, None,
                                                                         None)]
    assert pledges("Duke Energy set out a pledge to become coal free no later than 2042.") == \
        [("Duke Energy", "other", 2042, None, None, None)]


def test_a_law_setting_an_interim_standard_is_the_states_pledge():
    text = ("Oregon Governor Jane Doe signed a bill on Monday that requires utilities to supply 100 percent "
            "carbon-free electricity by 2040. The law also sets an interim standard of 80 percent renewable power by "
            "2030.")
    assert pledges(text) == [("Oregon", "renewable_share", 2030, None, None, None),
                             ("Oregon", "renewable_share", 2040, None, None, None)]


def test_the_states_utilities_are_the_state_this_sentence_named():
    text = ("Colorado passed a law requiring 100 percent clean electricity by 2040. In Richmond, Virginia lawmakers "
            "passed a measure that requires the state's utilities to cut carbon emissions 60 percent from 2005 levels "
            "by 2030.")
    assert ("Virginia", "emissions_reduction", 2030, 2005, 60.0, 60.0) in pledges(text)
    assert not [p for p in pledges(text) if p[0] == "Colorado" and p[1] == "emissions_reduction"]


def test_a_hedge_whose_only_pledge_word_is_in_a_condition_is_no_pledge():
    assert pledges("Duke Energy could be coal-free by 2031 if regulators agree.") == []
    assert pledges("The city could reach net zero by 2040 unless state funding is agreed.") == []
    # a pledge with a condition stays a pledge
    assert pledges("Duke Energy will be coal-free by 2031 if regulators agree.") == [("Duke Energy", "other", 2031,
                                                                                      None, None, None)]


def test_a_target_rejected_or_withdrawn_in_the_passive_is_no_pledge():
    assert pledges("A target of 100 percent renewable electricity by 2035 was rejected by the Denver City Council.") \
        == []
    assert pledges("A proposal to reach carbon neutrality by 2035 was withdrawn by the Madison City Council.") == []
    assert pledges("A target of net zero emissions by 2040 was adopted unanimously by the Madison City Council.") == \
        [("Madison", "carbon_neutrality", 2040, None, None, None)]
