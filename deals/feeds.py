"""The Atom feed of published events, newest first: the chronology for feed readers."""

import datetime as dt

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape

from deals.eventdates import event_date_label
from deals.forms import scope_filters
from deals.headlines import event_headline
from deals.money import amount_in_words
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
        return f"{event_date_label(event)}: {event_headline(event)}"

    def item_description(self, event):
        # Atom declares the summary type="html": a reader unescapes the XML once and renders the result as
        # HTML, so the stored text (summaries, outlet names) is escaped here as HTML first, line breaks kept.
        lines = [event.summary] if event.summary else []
        for amount in event.amounts.all():
            words = amount_in_words(amount, object_type=event.deal.object_type)
            lines.append(f"Amount: {words}" + (f" (as written: {amount.text})" if amount.text else ""))
        articles = {m.article_id: m.article for m in event.mentions.all()}
        lines.append(
            f"{len(articles)} source{'s' if len(articles) != 1 else ''}: "
            + "; ".join(a.outlet or a.title for a in articles.values())
        )
        return "<br>\n".join(escape(line) for line in lines)

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
