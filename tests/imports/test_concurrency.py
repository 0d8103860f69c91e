"""Eight editors importing the same article at once end with one Article and one set of events."""

import datetime as dt
import threading

import pytest
from django.db import connection, connections

from deals.models import Article, Company, Deal, Event, Mention
from deals.services.imports import article_import

from .builders import event, result, usd

TEXT = "SoftBank Group agreed to invest $1.5 billion in Brand New Robotics Ltd, the company said on Monday."


def build(text):
    return result(event(text, TEXT, counterparties=("Brand New Robotics Ltd",), amounts=(usd("1500000000"),)))


@pytest.mark.django_db(transaction=True)
def test_eight_concurrent_imports_of_one_article_converge(softbank, extractor):
    if connection.vendor != "postgresql":
        pytest.skip(
            "SQLite serialises whole-database writes, so it cannot show a race: run with DATABASE_URL=postgres://..."
        )
    extractor.by_text["Brand New"] = build
    barrier = threading.Barrier(8)
    reports, errors = [], []

    def worker():
        try:
            barrier.wait()
            reports.append(article_import(text=TEXT, published=dt.date(2024, 11, 18), language="en"))
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert len(reports) == 8 and sum(r.article_created for r in reports) == 1
    assert len({r.article.pk for r in reports}) == 1
    assert Article.objects.count() == 1 and Event.objects.count() == 1 and Deal.objects.count() == 1
    assert Mention.objects.count() == 1 and Company.objects.filter(name="Brand New Robotics Ltd").count() == 1
    assert sum(r.events_created for r in reports) == 1
