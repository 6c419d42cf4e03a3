"""The legal forms a company's name may end with ("First Solar, Inc.", "X Co., Ltd.", "Siemens AG"): one list, which
the extractor (where a company's name ends) and resolution (which names are one) both read.

Each form says two more things, and each use takes the forms it needs:

- whether the form, after a name and its comma, says by itself that the name is a company's ("First Solar, Inc.").
  Not so for "SA" and "NV" (also a state's or region's abbreviation: "Adelaide, SA", "Reno, NV"), "AG" (an attorney
  general), "LP" (a record, a liquefied petroleum), nor "Co" (the head noun of a longer form, "Co., Ltd.", which the
  name's run already holds);
- whether it is a shortened word (Incorporated, Limited, Company, Corporation), written with a full stop that stays
  with the name at a sentence's end ("... with Foo Co."); initialisms (LLC, AG) are written without one.
"""
from __future__ import annotations

# form, says "company" after a name's comma, a shortened word written with a full stop
_FORMS: tuple[tuple[str, bool, bool], ...] = (
    ("Inc", True, True),
    ("Ltd", True, True),
    ("LLC", True, False),
    ("Corp", True, True),
    ("Co", False, True),
    ("Limited", True, False),
    ("PLC", True, False),
    ("plc", True, False),
    ("LLP", True, False),
    ("LP", False, False),
    ("AG", False, False),
    ("GmbH", True, False),
    ("SA", False, False),
    ("NV", False, False),
)

LEGAL_FORMS: tuple[str, ...] = tuple(f for f, _, _ in _FORMS)
"""Every form, in one order: resolution drops the comma and full stops before any of them."""

COMPANY_FORMS: tuple[str, ...] = tuple(f for f, company, _ in _FORMS if company)
"""The forms that after a name's comma say by themselves that the name is a company's."""

ABBREVIATED_FORMS: tuple[str, ...] = tuple(f for f, _, short in _FORMS if short)
"""The forms written with a full stop of their own ("Co.", "Inc.")."""


def alternation(forms: tuple[str, ...]) -> str:
    """A regular expression's group matching any of `forms` as a whole word ("(?:Inc|Ltd)\\b"), for the uses to build
    their own patterns from the one list."""
    return "(?:" + "|".join(forms) + r")\b"


# "(Group)" / "(Holdings)" between a company's name and its legal form ("... Petroleum (Group) Co., Ltd."): optional
GROUP_MARK = r"(?:\s?\((?:Group|Holdings?)\)(?:\s(?:Co|Corp)\.)?)?"
