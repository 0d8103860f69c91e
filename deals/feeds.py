"""The Atom feed of published events, newest first: the chronology for feed readers."""

import datetime as dt

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from deals.forms import scope_filters
from deals.headlines import amount_compact, amount_usd, event_headline
from deals.selectors import filter_events, published_events, tracked_company, with_page_details

FEED_SIZE = 50


class EventFeed(Feed):
    feed_type = Atom1Feed
    subtitle = "Published, sourced events: who invested in, bought or partnered with whom, and when."

    def link(self, obj):
        return reverse("home") + ("" if obj[1].ai_only else "?scope=all")

    def get_object(self, request, *args, **kwargs):
        # The same choice as the chronology's: AI moves unless ?scope=all, and ?sector=...
        return tracked_company(), scope_filters(request.GET)

    def title(self, obj):
        return "DealTracker: the latest AI moves" if obj[1].ai_only else "DealTracker: the latest moves"

    def items(self, obj):
        company, filters = obj
        family_ids = company.family_ids() if company else None
        events = filter_events(queryset=published_events(family_ids=family_ids), filters=filters)
        events = events.chronological(newest_first=True)
        return list(with_page_details(events)[:FEED_SIZE])

    def item_title(self, event):
        return f"{event.date_display}: {event_headline(event)}"

    def item_description(self, event):
        # Plain text: the syndication framework escapes it inside the Atom XML.
        lines = [event.summary] if event.summary else []
        for amount in event.amounts.all():
            usd = amount_usd(amount)
            lines.append(
                f"Amount: {amount.text or amount_compact(amount)} ({amount_compact(amount)}{', ' + usd if usd else ''})"
            )
        mentions = list(event.mentions.all())
        lines.append(
            f"{len(mentions)} source{'s' if len(mentions) != 1 else ''}: "
            + "; ".join(m.article.outlet or m.article.title for m in mentions)
        )
        return "\n".join(lines)

    def item_link(self, event):
        return event.get_absolute_url()

    def item_guid(self, event):
        return f"dealtracker-event-{event.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, event):
        return event.published_at or event.created_at

    def item_updateddate(self, event):
        return event.updated_at or timezone.make_aware(dt.datetime.combine(event.date, dt.time()))

    def item_categories(self, event):
        return [event.deal.get_kind_display(), event.get_status_display()]
