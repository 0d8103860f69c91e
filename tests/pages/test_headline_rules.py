"""The headline rules as a pure function: every kind x object x status, with role-bearing parties, reads as
plain English and states only the facts it is given (no database)."""

import itertools
import re
from decimal import Decimal

import pytest

from deals.headlines import Facts, Money, deal_title, headline
from deals.models.choices import DealKind, EventStatus, ObjectType

SBG = ("SoftBank Group", "actor")


def usd(role, low, high=None, qualifier="exact", currency="USD", usd_low=None):
    low, high = Decimal(low), Decimal(high or low)
    in_usd = Decimal(usd_low) if usd_low else (low if currency == "USD" else None)
    return Money(role, low, high, currency, qualifier, in_usd, in_usd and in_usd * high / low)


# Which companies stand on the other side of each kind, in the roles the sources give them.
ROLES = {
    "investment": (("OpenAI", "target"), ("Microsoft", "co_investor")),
    "acquisition": (("Arm", "target"), ("Sharp", "seller")),
    "divestment": (("Alibaba", "target"), ("Nvidia", "buyer")),
    "partnership": (("Nvidia", "partner"),),
    "joint_venture": (("OpenAI", "partner"), ("Oracle", "partner")),
    "commitment": (("OpenAI", "partner"),),
    "financing": (("Mizuho", "lender"),),
    "launch": (("Nvidia", "partner"),),
    "other": (("Sharp", "other"),),
}
LABELS = {"asset": "Sakai plant", "goods": "GPUs", "unit": "robotics division", "venture": "Stargate", "fund": ""}
AMOUNT_SETS = {
    "none": (),
    "value": (usd("value", "15e9", "25e9", "range"),),
    "qualified": (usd("value", "2e10", qualifier="up_to"), usd("valuation", "3e11", qualifier="about")),
    "value_total_valuation": (usd("value", "3e10"), usd("total", "4e10"), usd("valuation", "3e11")),
    "total_only": (usd("total", "1e11", qualifier="about"),),
    "yen": (usd("value", "1e11", currency="JPY", usd_low="677e6"),),
}
BROKEN = [
    r"\s{2}",
    r"\s[,.]",
    r"\ba (about|up to|at least)\b",
    r"\ban? (a|an|the)\b",
    r"\bNone\b",
    r"\b(of|in|to|with|for|from|at|on|a)$",
    r"\bto to\b",
    r"\bof of\b",
    r",$",
]
# The same with only the party that is not the object's owner: who sells, buys, lends or partners.
ONE_SIDE = {
    "investment": (("Microsoft", "co_investor"),),
    "acquisition": (("Sharp", "seller"),),
    "divestment": (("Nvidia", "buyer"),),
    "financing": (("Mizuho", "borrower"),),
}
CASES = list(itertools.product(DealKind.values, ObjectType.values, EventStatus.values, AMOUNT_SETS, (True, False)))


@pytest.mark.parametrize(("kind", "object_type", "status", "amounts", "both_sides"), CASES)
def test_every_kind_object_and_status_reads_as_plain_english(kind, object_type, status, amounts, both_sides):
    roles = ROLES[kind] if both_sides else ONE_SIDE.get(kind, ROLES[kind])
    facts = Facts(
        kind=kind,
        status=status,
        object_type=object_type,
        object_label=LABELS.get(object_type, "") if both_sides else "",
        parties=(SBG, *roles),
        amounts=AMOUNT_SETS[amounts],
    )
    text = headline(facts)

    assert text.startswith("SoftBank Group"), text
    assert text == text.strip()
    for pattern in BROKEN:
        assert not re.search(pattern, text), (pattern, text)
    assert any(name in text for name, _ in roles) or kind == "launch", text
    if status == "announced":
        assert text.startswith("SoftBank Group to "), text
    if status == "rumored":
        assert "in talks to " in text or "reportedly plans to " in text, text
    if status == "cancelled":
        assert text.endswith(" did not go ahead"), text
    if status == "completed":
        assert not text.startswith("SoftBank Group to ") and "in talks" not in text, text
    # The SoftBank side's own money is stated as such; the whole and the valuation only in words.
    if status != "cancelled" and amounts in ("value", "qualified", "yen", "value_total_valuation"):
        figure = {"value": "$15-25B", "qualified": "up to $20B", "yen": "¥100B (≈ $677M)"}.get(amounts, "$30B")
        assert figure in text, text
    for total in re.findall(r"(\S*\$40B|about \$100B)", text):
        assert re.search(
            rf"(of a {re.escape(total)}|of {re.escape(total)}|worth {re.escape(total)}|"
            rf"a {re.escape(total)} \w+|of {re.escape(total)} in all|of {re.escape(total)})",
            text,
        ), text
    if "$300B" in text:
        assert "at a $300B valuation" in text or "at a valuation of about $300B" in text, text
    title = deal_title(facts)
    assert title.startswith("SoftBank Group's ") and not any(re.search(p, title) for p in BROKEN), title


def test_a_plan_is_never_shown_as_done():
    facts = Facts(
        kind="launch",
        status="completed",
        object_type="venture",
        object_label="data centre",
        parties=(("SoftBank Corp", "actor"),),
        planned=True,
    )
    assert headline(facts) == "SoftBank Corp to launch a data centre"


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (
            Facts("acquisition", "announced", "goods", "GPUs", (("SoftBank Corp", "actor"), ("Nvidia", "seller"))),
            "SoftBank Corp to buy Nvidia GPUs",
        ),
        (
            Facts("acquisition", "announced", "company", "", (SBG, ("Nvidia", "target"))),
            "SoftBank Group to acquire Nvidia",
        ),
        (
            Facts(
                "acquisition",
                "announced",
                "asset",
                "Sakai plant",
                (SBG, ("Sharp", "seller")),
                (usd("value", "1e11", currency="JPY", usd_low="677e6"),),
            ),
            "SoftBank Group to buy Sharp's Sakai plant for ¥100B (≈ $677M)",
        ),
        (
            Facts(
                "divestment",
                "announced",
                "company",
                "",
                (SBG, ("Arm", "target"), ("Nvidia", "buyer")),
                (usd("value", "4e10", qualifier="up_to"),),
            ),
            "SoftBank Group to sell Arm to Nvidia for up to $40B",
        ),
        (
            Facts(
                "investment",
                "rumored",
                "stake",
                "stake",
                (SBG, ("OpenAI", "target")),
                (usd("value", "15e9", "25e9", "range"), usd("valuation", "3e11")),
            ),
            "SoftBank Group in talks to invest $15-25B in OpenAI at a $300B valuation",
        ),
        (
            Facts(
                "investment",
                "rumored",
                "stake",
                "stake",
                (SBG, ("OpenAI", "target")),
                (usd("value", "25e9", qualifier="up_to"), usd("valuation", "3e11", qualifier="about")),
            ),
            "SoftBank Group in talks to invest up to $25B in OpenAI at a valuation of about $300B",
        ),
        (
            Facts(
                "commitment",
                "announced",
                "venture",
                "Stargate",
                (SBG, ("OpenAI", "partner"), ("Oracle", "partner")),
                (usd("value", "15e9"), usd("total", "1e11")),
            ),
            "SoftBank Group to join Stargate with OpenAI and Oracle, committing $15B of $100B",
        ),
        (
            Facts(
                "investment",
                "completed",
                "stake",
                "stake",
                (SBG, ("OpenAI", "target")),
                (usd("value", "3e10"), usd("total", "4e10")),
            ),
            "SoftBank Group invested $30B of a $40B round in OpenAI",
        ),
        (
            Facts("joint_venture", "announced", "venture", "SB OpenAI Japan", (SBG, ("OpenAI", "partner"))),
            "SoftBank Group to form SB OpenAI Japan with OpenAI",
        ),
        (
            Facts("divestment", "announced", "stake", "stake", (SBG, ("Alibaba", "target")), (usd("other", "72e9"),)),
            "SoftBank Group to sell its stake in Alibaba",
        ),
        (
            Facts("acquisition", "completed", "unit", "robotics division", (SBG, ("ABB", "seller"))),
            "SoftBank Group acquired ABB's robotics division",
        ),
        (
            Facts("financing", "rumored", "debt", "loan", (SBG,), (usd("value", "1e10", qualifier="up_to"),)),
            "SoftBank Group in talks to borrow up to $10B",
        ),
        (
            Facts("investment", "cancelled", "stake", "stake", (SBG, ("OpenAI", "target")), (usd("value", "1e9"),)),
            "SoftBank Group's $1B offer to OpenAI did not go ahead",
        ),
    ],
)
def test_headlines_say_what_the_sources_say(facts, expected):
    assert headline(facts) == expected
