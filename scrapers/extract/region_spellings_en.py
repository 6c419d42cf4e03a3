"""Foreign regions' names written without their accents ("Baden-Wurttemberg", "Baden-Wuerttemberg"), as English news
often spells them: each read as the region's canonical name."""
from __future__ import annotations


def unaccented_names(names: dict[str, str]) -> dict[str, str]:
    """The regions' names written without their accents, each -> the region's canonical name ("Baden-Wurttemberg",
    "Baden-Wuerttemberg" -> "Baden-Württemberg"); a name with no accent gives none."""
    from pactwatch.gazetteer import unaccented

    out: dict[str, str] = {}
    for surface, name in names.items():
        if surface.isascii():
            continue
        for spelled in (unaccented(surface), unaccented(surface.replace("ü", "ue").replace("ö", "oe")
                                                         .replace("ä", "ae"))):
            out.setdefault(spelled, name)
    return out
