"""Country codes in the curated YAML data stay strings: YAML 1.1 reads a bare `NO` (Norway) as the boolean false,
which once gave Norway the country `False` and broke the loading of every agreement with Norway as a party."""
from __future__ import annotations

from importlib import resources

import yaml

from pactwatch.gazetteer import gazetteer


def _booleans(node, path=""):
    if isinstance(node, bool):
        yield path
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from (_booleans(v, f"{path}/{k}") if not isinstance(k, bool) else [f"{path}/<key {k}>"])
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _booleans(v, f"{path}[{i}]")


def test_no_value_of_the_curated_yaml_data_is_read_as_a_boolean():
    for name in ("places.yaml", "organisations.yaml", "known_events.yaml", "glossary_zh.yaml"):
        text = resources.files("pactwatch.data").joinpath(name).read_text(encoding="utf-8")
        assert list(_booleans(yaml.safe_load(text))) == [], name


def test_norway_is_a_country_coded_no():
    place = gazetteer().find_en("Norway")
    assert (place.name, place.kind, place.country) == ("Norway", "country", "NO")
