"""Tags of the editors' admin home: the review queue."""

from django import template

from deals.admin.queue import review_queue as queue

register = template.Library()


@register.inclusion_tag("admin/deals/_review_queue.html")
def review_queue(limit: int = 25) -> dict:
    articles = queue()
    total = articles.count()
    return {"articles": list(articles[:limit]), "total": total, "shown": min(total, limit)}
