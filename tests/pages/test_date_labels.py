"""How a date reads on every page: as stated, as the report's day, as a plan, as an estimate."""

import pytest

from deals.eventdates import date_label


@pytest.mark.parametrize(
    ("basis", "planned", "approximate", "expected"),
    [
        ("stated", False, False, "May 2024"),
        ("stated", False, True, "about May 2024"),
        ("publication", False, False, "reported May 2024"),
        # The report's own day is exact even when the text hedged something else.
        ("publication", False, True, "reported May 2024"),
        ("stated", True, False, "planned for May 2024"),
        ("stated", True, True, "planned for about May 2024"),
    ],
)
def test_date_label(basis, planned, approximate, expected):
    assert date_label(display="May 2024", basis=basis, planned=planned, approximate=approximate) == expected
