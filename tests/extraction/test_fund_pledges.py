"""A pledge told with no company right after a fund's launch ("launched a $5 billion fund … It has committed an
initial $2 billion") is the money put into that fund: one event, the launch, with both figures."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2019, 3, 8)

# (language, the launch and then the pledge)
LAUNCH_AND_PLEDGE = [
    (
        "en",
        "SoftBank launched a $5 billion fund for Latin American start-ups on Thursday. The Japanese group has "
        "committed an initial $2 billion to it.",
    ),
    (
        "es",
        "SoftBank lanzó el jueves un fondo de 5.000 millones de dólares para startups de América Latina. El grupo "
        "japonés ya ha comprometido 2.000 millones de dólares.",
    ),
]


@pytest.mark.parametrize(("language", "text"), LAUNCH_AND_PLEDGE)
def test_a_pledge_right_after_a_launch_is_the_launchs_money(language, text):
    events = run(text, language=language, published=P)["events"]
    assert [e["kind"] for e in events] == ["launch"], events
    assert len([a for a in events[0]["amounts"] if a["currency"] == "USD"]) == 2, events
