"""Reading pages the way a reader does: visible text of chosen elements, in document order."""

from lxml import html as lxml_html


def tree(response):
    assert response.status_code == 200, response.status_code
    return lxml_html.fromstring(response.content.decode())


def has_class(name: str) -> str:
    """An XPath test for one class among several: has_class('event') -> [contains(concat(...))]."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def texts(doc, xpath: str) -> list[str]:
    return [" ".join(el.text_content().split()) for el in doc.xpath(xpath)]


def event_ids(doc) -> list[int]:
    """The ids of the moves listed on a page, in order."""
    return [int(el.get("id").removeprefix("event-")) for el in doc.xpath(f"//li[{has_class('event')}]")]


class BulkMoves:
    """Many published one-event deals of one actor, each quoted once, written in bulk so 1,000 stays quick."""

    def __init__(self, actor):
        self.actor = actor
        self.day = 0

    def add(self, n: int, *, sentence: str, targets=()) -> list:
        """n moves; the i-th deal's target is targets[i] while there are targets."""
        import datetime as dt

        from deals.models import Deal, DealParty, Event, Mention
        from tests.factories import ArticleFactory

        article = ArticleFactory(text=sentence + " More text follows here.")
        deals = Deal.objects.bulk_create([Deal(kind="investment", is_ai=True) for _ in range(n)])
        DealParty.objects.bulk_create(
            [DealParty(deal=d, company=self.actor, role="actor") for d in deals]
            + [DealParty(deal=d, company=company, role="target") for d, company in zip(deals, targets, strict=False)]
        )
        start = dt.date(2000, 1, 1)
        events = Event.objects.bulk_create(
            [
                Event(
                    deal=d,
                    date=start + dt.timedelta(days=self.day + i),
                    date_precision="day",
                    status="completed",
                    review_state="published",
                )
                for i, d in enumerate(deals)
            ]
        )
        self.day += n
        Mention.objects.bulk_create(
            [Mention(event=e, article=article, quote=sentence, start=0, end=len(sentence)) for e in events]
        )
        return events
