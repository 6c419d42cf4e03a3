"""A story's sentences as the record rules read them, each with its actors: the dateline set apart, Traditional
characters read as Simplified, a listed item or table row read as the signing or pledge it stands for, a person
read as the place or body the story says he or she stands for, an interview's "we" as the interviewee's place.

Split from `extract_mentions`, which reads the records from them. A story none of whose sentences can tell a
record is not read further (story_gate): its actors are read only where some sentence can.
"""
from __future__ import annotations

from dataclasses import dataclass

from pactwatch.gazetteer import CJK
from scrapers.extract.clauses_en import WIRE_DATELINE
from scrapers.extract.capital_states_en import capital_states
from scrapers.extract.coalition_pledges import coalition_names
from scrapers.extract.company_short_zh import company_short_names
from scrapers.extract.said_companies_en import said_companies
from scrapers.extract.dates import DateContext, find_dates
from scrapers.extract.datelines import DATELINE, dateline_city
from scrapers.extract.disclosure_terms import defined_terms_en, issuer_subject, without_company_organs, zh_issuer
from scrapers.extract.described_places_en import described_entities, described_places
from scrapers.extract.entities import find_entities
from scrapers.extract.formed_bodies_en import formed_body_sentence
from scrapers.extract.issuers_en import issuer_names
from scrapers.extract.home_ministries_en import home_country, qualified
from scrapers.extract.named_roles_en import story_role_names, with_role_names
from scrapers.extract.unit_possessives_en import with_parent_companies
from scrapers.extract.legal_forms import bracketed_place_companies
from scrapers.extract.compound_names_zh import bracketed_known_bodies, compound_names
from scrapers.extract.tier_names_zh import tier_short_names
from scrapers.extract.listed_pledges_en import follow as follow_pledge_list
from scrapers.extract.names_en import local_regions, short_forms
from scrapers.extract.network_declarations import network_sentence, owned_instruments
from scrapers.extract.network_gatherings_en import network_gathering, story_network
from scrapers.extract.officials_zh import officials, stand_ins
from scrapers.extract.person_surnames_en import person_surnames, surnames_as_officials
from scrapers.extract.pledge_tables import follow_pledge_table
from scrapers.extract.short_names import zh_short_names
from scrapers.extract.pair_lists import counted_opening
from scrapers.extract.signing_tables import follow_en as follow_list, follow_zh as follow_zh_list
from scrapers.extract.spoken_for import Speech, page_speaker
from scrapers.extract.story_context import local_acronyms
from scrapers.extract.story_gate import may_yield
from scrapers.extract.story_initials_en import story_initials
from scrapers.extract.text import Sentence, simplified
from scrapers.extract.town_shapes_en import story_towns
from scrapers.extract.trade_heads_zh import trade_heads_zh
from scrapers.extract.trip_leaders_zh import trip_leader_subject
from scrapers.extract.trip_principal import principal_stand_ins
from scrapers.extract.university_names_en import board_as_university, state_university_names
from scrapers.extract.visits_zh import introduced_states


@dataclass
class Told:
    """The story as read: (quote, sentence as the rules read it, its actors) per sentence; the sentences whose
    dateline gives a day (position -> the sentence with it); those that pledge nothing (a question, a hope); the
    names the story defines for itself."""

    analysed: list[tuple[str, str, list]]
    dated_lede: dict[int, str]
    unpledged: set[int]
    local: dict[str, str]


def tell_sentences(sentences: list[Sentence], text: str, ctx: DateContext, trip) -> Told | None:
    """The story's sentences as the rules read them (see the module), or None for a story that can tell no record."""
    # a Chinese official named in one sentence stands for his place in the next (officials_zh): read as they come
    eager = any(CJK.search(sent.text) for sent in sentences)
    local, described = _story_names(text) if eager else ({}, {})
    analysed = []
    dated_lede: dict[int, str] = {}  # sentence position -> the sentence with its dateline, where that gives a day
    listing = None  # an open list of signed agreements (listed_en)
    zh_listing = None  # an open numbered list of Chinese signings (listed_zh)
    pledge_listing = None  # an open list of targets under "... announced the following commitments:" (listed_pledges_en)
    pledge_table = None  # an open targets table or Chinese list of targets (pledge_tables)
    zh_people: dict[str, str] = {}  # an official's name -> the place a Chinese sentence said he heads (officials_zh)
    speech, unpledged = Speech(page_speaker(text)), set()  # who answers on an interview page (spoken_for)
    told_sentences: list[tuple[str, str]] = []  # (quote, the sentence as the rules read it)
    people = person_surnames(text)  # surnames of people named in full (person_surnames_en)
    network = story_network(text) if "annual " in text else None  # what "the network's annual conference" is
    home = None if eager else home_country(text)  # the one country an English story names, with a city of it
    role_names = {} if eager else story_role_names(text)  # "Denmark's energy agency": the Danish Energy Agency
    issuer = zh_issuer(text) if eager else None  # a Chinese disclosure's issuer, its 公司 (disclosure_terms)
    for sent in sentences:
        quote = sent.text
        before_quote, before = told_sentences[-1] if told_sentences else ("", "")
        # a dateline ("SACRAMENTO, CA — June 8, 2016 —") says where the release was issued, not who acted
        dl = (DATELINE.match(quote) or WIRE_DATELINE.match(quote)) if sent.paragraph < 8 else None
        s = quote[dl.end():] if dl and dateline_city(dl) else quote
        if s is not quote and any(dm.start < dl.end() for dm in find_dates(quote[:dl.end()])):
            dated_lede[len(told_sentences)] = simplified(quote)  # "BEIJING, July 16 -- ... at the Summit": its day
        s = simplified(s)  # 簽署/備忘錄 read as 签署/备忘录; the quote stays as the page wrote it
        # an item or table row under "Among the agreements signed ... were:": read as the signing it stands for
        listing, told = follow_list(listing, s, before)
        if listing is None and s.endswith(":"):  # "The new EcoPartnerships are:" after their count (pair_lists)
            listing = counted_opening(s, [t for _, t in told_sentences[-3:]])
        # "论坛期间，…签署合作文件：" + "一、A与B签署…；"
        zh_listing, zh_told = follow_zh_list(zh_listing, s, before)
        # "Japan: 46% below 2013 levels by 2030" under "... the national targets they will deliver:"
        pledge_listing, pledged = follow_pledge_list(pledge_listing, s, before)
        pledge_table, tabled = follow_pledge_table(pledge_table, s)  # a targets table's row as its pledge
        s = told or zh_told or pledged or s
        s = with_role_names(s, role_names) if role_names else s  # its own name, told later (named_roles_en)
        s = s if eager else with_parent_companies(s)  # "Toyota Motor Corp's China unit": Toyota (unit_possessives_en)
        s = qualified(s, home)  # a bare "the Ministry of Energy signed": its home country's (home_ministries_en)
        s = s if tabled is None else tabled
        s = issuer_subject(s, issuer)  # "公司与…签订" in a listed company's 公告: the issuer signs (disclosure_terms)
        s = trip_leader_subject(s) if CJK.search(s) else s  # "A市长率团赴…访问，10日在…与B签署": A signs
        if zh_people and CJK.search(s):
            s = stand_ins(s, zh_people)  # "当天，纽森还与江苏省签署…" after "加州州长纽森…": California signs
        s = board_as_university(s)  # "Ohio State's Board of Trustees reaffirmed ...": the university
        s = formed_body_sentence(s, before)  # "announced the formation of the X Coalition" + its founders
        s = network_sentence(s)  # "The X Declaration was endorsed ... by 14 cities including A, B and C": A, B, C sign
        s = network_gathering(s, network)  # "the network's annual conference": "<Network> Annual Conference"
        s = principal_stand_ins(s, trip, before_quote)  # "Wardlow and Z signed": her state
        s = surnames_as_officials(s, people)  # "Newsom signed" of a "Gov. Gavin Newsom" not read as a place: no party
        s, may_pledge = speech.read(s, sent.paragraph)  # "A: ... our city ...": the interviewee's (spoken_for)
        if not may_pledge:  # a question, or a hope told in someone's words
            unpledged.add(len(told_sentences))
        told_sentences.append((quote, s))
        if eager:
            analysed.append((quote, s, _actors_of(s, local, described)))
            if CJK.search(s) and (named := officials(s, analysed[-1][2])):
                zh_people.update(named)
    if not eager:
        if not any(may_yield(s, ctx) for _, s in told_sentences):
            return None  # no gathering, instrument or target named anywhere: no record, whoever the actors are
        local, described = _story_names(text)
        analysed = [(quote, s, _actors_of(s, local, described)) for quote, s in told_sentences]
    return Told(analysed, dated_lede, unpledged, local)


def _story_names(text: str) -> tuple[dict[str, str], dict]:
    """The names a story defines for itself (short names, acronyms, a wire story's company, regions introduced) and
    the places it describes ("the Midwestern state of Indiana"): what its sentences' actors are read with."""
    local = {**company_short_names(text), **introduced_states(text), **zh_short_names(text), **local_acronyms(text),
             **local_regions(text), **capital_states(text)}  # "the State of São Paulo": the state, not its capital
    local.update(issuer_names(text, local))  # "Cemex, S.A.B. de C.V. (NYSE: CX)": a wire story's company
    local.update(said_companies(text))  # "A and B signed ..., the two companies said" (said_companies_en)
    local.update(defined_terms_en(text))  # '... Limited (the "Company")': the issuer (disclosure_terms)
    local.update(bracketed_place_companies(text))  # "Shell (China) Limited": one name (legal_forms)
    local.update(compound_names(text))  # "中韩（长春）国际合作示范区", "国家电投集团氢能公司": one name (compound_names_zh)
    local.update(state_university_names(text))  # "Ohio State": the university, not the state
    local.update(short_forms(text, local))
    local.update(story_initials(text, local))  # "The University of Michigan ..." + "U-M will ..." (story_initials_en)
    local.update(coalition_names(text))  # "members of the X Compact", "联盟各成员城市" (coalition_pledges)
    local.update(trade_heads_zh(text))  # "遠傳電信…" + "遠傳表示，…": the company by its head alone
    local.update(tier_short_names(text))  # "福建省发展和改革委员会…" + "省发改委…": that body (level_bodies_zh)
    local.update(bracketed_known_bodies(local))  # "丰田中国" for "丰田汽车（中国）投资有限公司": Toyota (compound_names_zh)
    # "the Midwestern state of Indiana": what "the Midwestern state" is; "the City of Ithaca": what a bare "Ithaca" is
    return local, {**story_towns(text), **described_places(text)}


def _actors_of(s: str, local: dict[str, str], described: dict) -> list:
    """A sentence's actors, described places read as the places they describe, instruments' owners marked."""
    ents = described_entities(s, find_entities(s, local), described)  # "the Midwestern state": Indiana
    ents = without_company_organs(ents)  # "the Board of Management decided": the company's organ (disclosure_terms)
    return owned_instruments(s, ents)
