"""English agreements of provinces, laboratories and joinings (round 13, the thirty-ninth web's classes), each rule on
two sentences written for it (none copied from a test web): a Chinese province's "Provincial People's Government" by
its English name, a place before a hyphenated title ("Shaanxi Vice-Governor"), a body's instrument named before the
body ("the declaration of the X Alliance") and "acceded to" / "became the Nth signatory of", a signing ceremony its
principals attended followed by "The two sides agreed to cooperate on ...", and a forum one is admitted to (membership,
no gathering)."""
from __future__ import annotations

from datetime import date, datetime

from pactwatch.models import Article
from scrapers.extract import extract_mentions


def _mentions(text: str, page: date):
    return extract_mentions(Article(url="https://fresh.example/r13", source="fresh", title=None, published_on=page,
                                    language="en", text=text, fetched_at=datetime(2025, 1, 1)))


def agreements(text: str, page: date) -> list[tuple]:
    return [(tuple(m.fields["parties"]), m.fields["signed_on"], m.fields["city"])
            for m in _mentions(text, page) if m.record_type == "agreement"]


def events(text: str, page: date) -> list[str]:
    return [m.fields["name"] for m in _mentions(text, page) if m.record_type == "event"]


# --- "the X Provincial People's Government": the province ----------------------------------------------------------
def test_a_provincial_peoples_government_is_its_province():
    text = ("Saskatchewan signed a memorandum of understanding with the Jilin Provincial People's Government in "
            "Changchun on Thursday.")
    assert agreements(text, date(2024, 6, 14)) == [(("Saskatchewan", "Jilin Province"), date(2024, 6, 13),
                                                    "Changchun")]


def test_a_provincial_government_after_a_state_is_its_province():
    text = "Oregon signed a research agreement with the Hunan Provincial Government on Monday."
    assert agreements(text, date(2024, 3, 6)) == [(("Oregon", "Hunan Province"), date(2024, 3, 4), None)]


# --- "<instrument> of the <body>" signed by one joiner: the body is the other party -----------------------------------
def test_acceded_to_the_declaration_of_an_alliance():
    text = "Oregon acceded to the declaration of the Under2 Coalition on Friday."
    assert agreements(text, date(2025, 11, 7)) == [(("Oregon", "Under2 Coalition"), date(2025, 11, 7), None)]


def test_signed_the_memorandum_of_an_alliance():
    text = "Scotland signed the memorandum of understanding of the Beyond Oil and Gas Alliance on Tuesday."
    assert agreements(text, date(2025, 11, 7)) == [(("Scotland", "Beyond Oil and Gas Alliance"), date(2025, 11, 4),
                                                    None)]


def test_a_lone_new_signatory_of_a_declaration_no_body_owns_is_no_record():
    assert agreements("The City of Regina became the 9th signatory of the Halifax Declaration on Monday.",
                      date(2025, 3, 5)) == []
    assert agreements("Hawaii acceded to the Paris Agreement in spirit.", date(2025, 3, 5)) == []


# --- "A and B attended a signing ceremony ..." + "The two sides agreed to cooperate on ...": that signing -----------
def test_a_ceremony_then_the_two_sides_agreed_to_cooperate():
    text = ("Ohio Governor Dana Pruitt and Hunan Vice-Governor Qiao Lin attended a signing ceremony in Changsha on "
            "Monday. The two sides agreed to cooperate on battery recycling and grid storage.")
    assert agreements(text, date(2024, 9, 11)) == [(("Ohio", "Hunan Province"), date(2024, 9, 9), "Changsha")]


def test_a_ceremony_held_by_two_places_then_they_agreed_to_collaborate():
    text = ("Victoria and Jiangxi held a signing ceremony in Nanchang on Tuesday. The two governments agreed to "
            "collaborate on solar manufacturing.")
    assert agreements(text, date(2024, 5, 16)) == [(("Victoria", "Jiangxi Province"), date(2024, 5, 14),
                                                    "Nanchang")]


def test_agreeing_to_cooperate_after_talks_or_a_ceremony_alone_is_none():
    assert agreements("Ohio and Hunan held talks in Changsha on Monday. The two sides agreed to cooperate on "
                      "battery recycling.", date(2024, 9, 11)) == []
    assert agreements("Ohio Governor Dana Pruitt and Hunan Vice-Governor Qiao Lin attended a signing ceremony in "
                      "Changsha on Monday.", date(2024, 9, 11)) == []


# --- membership: a forum one is admitted to is a body, not a gathering ------------------------------------------------
def test_a_forum_a_town_was_admitted_to_is_no_event():
    text = ("Oregon signed an agreement with Hubei Province on Monday. The Town of Bend was admitted to the Pacific "
            "Mountain Towns Forum as an observer last month.")
    assert events(text, date(2024, 2, 7)) == []


def test_a_forum_a_city_formally_joined_is_no_event():
    text = ("Oregon signed an agreement with Hubei Province on Monday. Eugene formally joined the Cascadia Climate "
            "Forum in January.")
    assert events(text, date(2024, 2, 7)) == []


# --- national laboratories and the institutes of an academy ---------------------------------------------------------
def test_national_laboratories_plural_is_a_name():
    text = "Sandia National Laboratories signed a letter of intent with Zhejiang University on Monday."
    assert agreements(text, date(2025, 4, 9)) == [(("Sandia National Laboratories", "Zhejiang University"),
                                                   date(2025, 4, 7), None)]


def test_an_institute_of_the_academy_is_the_party_not_the_academy():
    text = ("Oak Ridge National Laboratory and the Institute of Process Engineering of the Chinese Academy of "
            "Sciences signed a letter of intent on Monday to cooperate on battery materials.")
    assert agreements(text, date(2025, 4, 9)) == [(("Oak Ridge National Laboratory", "Institute of Process "
                                                    "Engineering"), date(2025, 4, 7), None)]


def test_a_known_institute_of_the_academy_is_the_party_not_the_academy():
    text = ("The University of Calgary signed an agreement with the Dalian Institute of Chemical Physics of the "
            "Chinese Academy of Sciences on Monday.")
    assert agreements(text, date(2025, 4, 9)) == [(("University of Calgary", "Dalian Institute of Chemical Physics"),
                                                   date(2025, 4, 7), None)]


def test_the_academy_itself_still_signs():
    text = "The Chinese Academy of Sciences and Stanford University signed an agreement on Monday."
    assert agreements(text, date(2025, 4, 9)) == [(("Chinese Academy of Sciences", "Stanford University"),
                                                   date(2025, 4, 7), None)]


def test_an_institute_with_its_academy_after_a_comma_is_the_institute():
    text = ("Sandia National Laboratories signed a letter of intent with the Institute of Electrical Engineering, "
            "Chinese Academy of Sciences, on Monday.")
    assert agreements(text, date(2025, 4, 9)) == [(("Sandia National Laboratories", "Institute of Electrical "
                                                    "Engineering"), date(2025, 4, 7), None)]
    text = ("The Institute of Atmospheric Physics, Chinese Academy of Sciences signed a research agreement with the "
            "University of Colorado on Monday.")
    assert agreements(text, date(2025, 4, 9)) == [(("Institute of Atmospheric Physics", "University of Colorado"),
                                                   date(2025, 4, 7), None)]


def test_an_academy_that_a_list_goes_on_after_is_a_party_of_its_own():
    text = ("The University of Colorado signed agreements with the Institute of Atmospheric Physics, Chinese Academy "
            "of Sciences and Tsinghua University on Monday.")
    assert [p for p, _, _ in agreements(text, date(2025, 4, 9))] == [
        ("University of Colorado", "Institute of Atmospheric Physics"),
        ("University of Colorado", "Chinese Academy of Sciences"), ("University of Colorado", "Tsinghua University")]


def test_signers_named_after_a_ceremony_are_the_parties_not_its_principals():
    text = ("Ohio Governor Dana Pruitt and Hunan Vice-Governor Qiao Lin attended a signing ceremony in Changsha on "
            "Monday. The memorandum was signed by Ohio State University and Central South University.")
    assert agreements(text, date(2024, 9, 11)) == [(("Ohio State University", "Central South University"),
                                                    date(2024, 9, 9), "Changsha")]
    assert [m.fields["agreement_type"] for m in _mentions(text, date(2024, 9, 11))] == ["mou"]


# --- names: national laboratories and CAS institutes (organisations.yaml) -------------------------------------------
def test_a_national_laboratory_by_its_short_name_and_a_cas_institute_by_its_chinese_name():
    text = "美国阿贡国家实验室与中国科学院青岛生物能源与过程研究所7日签署合作意向书。"
    assert agreements(text, date(2025, 4, 9)) == [(("Argonne National Laboratory",
                                                    "Qingdao Institute of Bioenergy and Bioprocess Technology"),
                                                   date(2025, 4, 7), None)]
    text = ("Argonne and the Dalian Institute of Chemical Physics of the Chinese Academy of Sciences signed a research "
            "agreement on Monday.")
    assert agreements(text, date(2025, 4, 9)) == [(("Argonne National Laboratory", "Dalian Institute of Chemical "
                                                    "Physics"), date(2025, 4, 7), None)]
