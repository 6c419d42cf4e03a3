"""Germany's associations of local government named as they name themselves, in German, in English releases of a Land
or of the federal government: "the Städtetag Baden-Württemberg", "the Landkreistag Baden-Württemberg", "the
Gemeindetag Baden-Württemberg", "the Deutscher Städtetag", "the Städte- und Gemeindebund Nordrhein-Westfalen". They
sign climate pacts with their Land as parties of their own; their names hold no English head word ("Association"),
so the entity reader did not know them as bodies, and the Land in their name is part of the name, not a party.

The kinds of association are the general German ones (the umbrella bodies of cities, districts and municipalities in
every Land); the Land after the kind is any word run the story writes there, up to a word in lower case or a comma.
"""
from __future__ import annotations

from scrapers import lazy_re as re

# the kinds of association, optionally after "Deutscher" (the federal one), then the Land the association serves
ASSOCIATION = re.compile(r"(?<![\w-])((?:Deutscher\s+)?(?:Städtetag|Staedtetag|Landkreistag|Gemeindetag|"
                         r"Städte-\s+und\s+Gemeindebund|Gemeindebund|Landkreistag)"
                         r"(?:\s+(?!and\b|und\b)[A-Z][\w-]*(?:-[A-Z][\w-]*)*)?)(?![\w-])")


def municipal_associations(text: str) -> dict[str, str]:
    """Surface -> name of each German association of local government a story names ("Städtetag Baden-Württemberg"),
    so it is read as one body and a party of its own."""
    if "tag" not in text and "bund" not in text:
        return {}
    return {m.group(1): m.group(1) for m in ASSOCIATION.finditer(text)}
