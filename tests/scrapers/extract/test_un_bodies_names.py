"""The UN environment body and China's ecology ministry by the names English news gives them ("the UN Environment
Programme", "China's ecology ministry", "China's environment ministry"): one canonical name each, so a headline and
its story's lede make one agreement (issue 17, the eighteenth web). Each on two sentences of our own."""
from scrapers.extract.entities import find_entities


def orgs(sentence: str) -> list[str]:
    return [e.name for e in find_entities(sentence) if e.kind == "org"]


def test_the_un_environment_body_by_its_long_and_short_names():
    a = orgs("The UN Environment Programme and the city of Lagos agreed to cut air pollution.")
    b = orgs("联合国环境署与两座城市签署了清洁空气合作备忘录。")
    assert "United Nations Environment Programme" in a and "United Nations Environment Programme" in b


def test_chinas_ecology_ministry_by_its_newsroom_names():
    a = orgs("China's ecology ministry and the World Bank signed a grant agreement on Tuesday.")
    b = orgs("China's environment ministry will host the meeting with African officials.")
    assert "Ministry of Ecology and Environment" in a and "Ministry of Ecology and Environment" in b
