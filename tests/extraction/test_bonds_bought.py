"""Money the tracked side puts into another company's bonds or loans is lent, not invested: the move is a
financing of debt, the issuer its borrower. A loan told apart from the investment, after a comma ("...,
financed by a bridge loan"), does not turn the investment into a loan."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run

# (language, article, the issuer)
BONDS_BOUGHT = [
    ("en", "SoftBank will invest $900 million in WeWork bonds.", "WeWork"),
    ("fr", "SoftBank va investir 900 millions de dollars dans des obligations de WeWork.", "WeWork"),
    ("es", "SoftBank invertirá 900 millones de dólares en bonos de WeWork.", "WeWork"),
    ("de", "Softbank will 900 Millionen Dollar in eine WeWork-Anleihe investieren.", "WeWork"),
    ("ar", "ستستثمر سوفت بنك 900 مليون دولار في سندات أوبر.", "Uber"),
    ("zh", "软银将投资9亿美元购买WeWork的债券。", "WeWork"),
    ("ja", "ソフトバンクグループはウィーワークの社債に9億ドルを投資する。", "WeWork"),
    ("ko", "소프트뱅크는 위워크 회사채에 9억 달러를 투자한다.", "WeWork"),
]


@pytest.mark.parametrize(("language", "text", "issuer"), BONDS_BOUGHT)
def test_buying_bonds_lends_to_the_issuer(language, text, issuer):
    events = run(text, language=language)["events"]
    assert len(events) == 1, (text, events)
    event = events[0]
    assert (event["kind"], event["object"]["type"]) == ("financing", "debt"), (text, event)
    assert event["roles"] == {issuer: "borrower"}, (text, event["roles"])


def test_a_loan_told_after_a_comma_leaves_the_investment():
    text = "SoftBank invested $500 million in Mistral AI, and later took a loan from Mizuho."
    kinds = sorted(e["kind"] for e in run(text, language="en")["events"])
    assert "investment" in kinds, kinds
