import datetime as dt

import pytest
from django.urls import reverse

from deals.models import Event
from tests.factories import EventFactory, UserFactory


def make(date, precision):
    return EventFactory(date=date, date_precision=precision, date_text=f"{precision} {date}")


@pytest.mark.django_db
def test_coarse_dates_never_land_inside_the_wrong_period():
    """Newest first: a month-only event closes its month, a year-only event closes its year."""
    dec_2024 = make(dt.date(2024, 12, 1), "month")
    day_dec_3 = make(dt.date(2024, 12, 3), "day")
    day_nov_30 = make(dt.date(2024, 11, 30), "day")
    year_2024 = make(dt.date(2024, 1, 1), "year")
    q3_2024 = make(dt.date(2024, 7, 1), "quarter")
    day_jan_1 = make(dt.date(2024, 1, 1), "day")
    jan_2024 = make(dt.date(2024, 1, 1), "month")
    day_2023 = make(dt.date(2023, 12, 31), "day")

    newest_first = list(Event.objects.chronological(newest_first=True))
    assert newest_first == [day_dec_3, dec_2024, day_nov_30, q3_2024, day_jan_1, jan_2024, year_2024, day_2023]
    assert list(Event.objects.chronological(newest_first=False)) == newest_first[::-1]


@pytest.mark.django_db
def test_default_ordering_is_newest_first():
    older = make(dt.date(2019, 1, 1), "year")
    newer = make(dt.date(2024, 11, 13), "day")
    assert list(Event.objects.all()) == [newer, older]


@pytest.mark.parametrize(
    "date, precision, shown",
    [
        (dt.date(2024, 11, 13), "day", "13 Nov 2024"),
        (dt.date(2024, 12, 1), "month", "Dec 2024"),
        (dt.date(2024, 7, 1), "quarter", "Q3 2024"),
        (dt.date(2019, 1, 1), "year", "2019"),
    ],
)
def test_date_is_displayed_at_its_precision(date, precision, shown):
    assert EventFactory.build(date=date, date_precision=precision).date_display == shown


@pytest.mark.django_db
def test_editing_an_event_in_the_admin_leaves_a_history_record(client):
    editor = UserFactory(username="editor", is_staff=True, is_superuser=True)
    client.force_login(editor)
    event = EventFactory(status="rumored", review_state="draft")
    url = reverse("admin:deals_event_change", args=[event.pk])
    form = {
        "deal": event.deal_id,
        "status": "announced",
        "review_state": "draft",
        "summary": "Corrected by an editor",
        "date": "2024-11-13",
        "date_precision": "day",
        "date_text": "November 13th",
        "date_basis": "stated",
        "edited_by_editor": "",
        "amounts-TOTAL_FORMS": "0",
        "amounts-INITIAL_FORMS": "0",
        "mentions-TOTAL_FORMS": "0",
        "mentions-INITIAL_FORMS": "0",
    }
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]

    event.refresh_from_db()
    assert event.status == "announced"
    assert event.edited_by_editor is True
    latest = event.history.first()
    assert latest.history_user == editor
    assert latest.status == "announced"
    assert event.history.count() == 2
    history_page = client.get(reverse("admin:deals_event_history", args=[event.pk]))
    assert history_page.status_code == 200
    assert "editor" in history_page.content.decode()
