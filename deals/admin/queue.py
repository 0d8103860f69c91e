"""The review queue: articles that still have draft events, the least sure extraction first."""

from __future__ import annotations

from django.db.models import Count, Min, Q, QuerySet

from deals.models import Article, ReviewState

_DRAFT = Q(mentions__event__review_state=ReviewState.DRAFT)


def review_queue() -> QuerySet[Article]:
    """Articles with drafts, annotated with `drafts` (count) and `lowest` (least confidence), lowest first."""
    return (
        Article.objects.filter(_DRAFT)
        .annotate(
            drafts=Count("mentions__event", filter=_DRAFT, distinct=True),
            lowest=Min("mentions__event__confidence", filter=_DRAFT),
        )
        .defer("text")
        .order_by("lowest", "-published_on", "pk")
    )


def next_in_queue(*, after: Article) -> Article | None:
    """The article an editor should open once `after` has no drafts left."""
    return review_queue().exclude(pk=after.pk).first()
