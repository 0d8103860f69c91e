"""Tags of the editors' admin home: the review queue."""

from django import template

from deals.admin.queue import review_queue as queue
from deals.admin.workers import stalled_queue

register = template.Library()


@register.inclusion_tag("admin/deals/_review_queue.html")
def review_queue(limit: int = 25) -> dict:
    articles = queue()
    total = articles.count()
    return {"articles": list(articles[:limit]), "total": total, "shown": min(total, limit)}


@register.inclusion_tag("admin/deals/_stalled_queue.html")
def worker_warning(batch=None) -> dict:
    return {"stalled": stalled_queue(batch=batch)}


@register.simple_tag
def batch_unfinished(batch) -> bool:
    """True while some file of the batch waits or runs: its page then refreshes itself."""
    return batch.items.filter(status__in=["queued", "running"]).exists()
