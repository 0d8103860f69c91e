"""Exports of the filtered events: a TimelineJS document and a CSV file.

Both take exactly the events list's filters (company, counterparty, kind, status, dates, amounts, q, ...)
and show what that client may read (published events only for anonymous clients).

TimelineJS (https://timeline.knightlab.com/docs/json-format.html): `start_date` carries only the parts the
precision supports: a day-precision event has year, month and day; a month-precision one year and month; a
year-precision one only the year. TimelineJS has no quarters, so a quarter gives the year and the quarter's
first month (which places it in the right spot) and a `display_date` ("Q3 2024") so it never reads as a month.

CSV: UTF-8 without a byte-order mark, RFC 4180 quoting (a quote inside a cell is doubled), one event per row,
several values in a cell separated by newlines. A text cell starting with = + - @ gets a leading apostrophe
so spreadsheets do not run it as a formula.
"""

import csv
import itertools

from django.http import StreamingHttpResponse
from django.utils.html import escape
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.response import Response

from deals.eventdates import event_date_label, event_is_planned
from deals.extraction.periods import period_end, period_start
from deals.headlines import amount_compact, deal_headline, event_headline
from deals.models import Company, DatePrecision, Event
from deals.money import amount_in_words
from deals.scope import deal_sector_slugs

from .filters import EventFilter
from .permissions import ReadAnyoneWriteWithModelPermission
from .views import event_queryset

CHUNK = 500  # events fetched (with their prefetches) per database round trip while streaming


# --- TimelineJS -------------------------------------------------------------------------------------------


def timeline_date(event: Event) -> dict:
    date, precision = event.date, event.date_precision
    parts: dict = {"year": date.year}
    if precision in (DatePrecision.MONTH, DatePrecision.DAY, DatePrecision.QUARTER):
        parts["month"] = date.month
    if precision == DatePrecision.DAY:
        parts["day"] = date.day
    label = event_date_label(event)
    if precision == DatePrecision.QUARTER or label != event.date_display:
        # TimelineJS would print "14 November 2024" as if stated: say it was the report's day, or a plan.
        parts["display_date"] = label
    return parts


def _sources_html(event: Event) -> str:
    items = []
    for mention in event.mentions.all():
        article = mention.article
        name = escape(article.outlet or article.title or f"Article {article.pk}")
        label = f'<a href="{escape(article.url)}">{name}</a>' if article.url else name
        items.append(
            f"<li>{label} ({escape(article.language)}, {article.published_on.isoformat()}): "
            f"<q>{escape(mention.quote)}</q></li>"
        )
    return f'<ul class="sources">{"".join(items)}</ul>' if items else ""


def timeline_event(event: Event) -> dict:
    amounts = [amount_in_words(a, object_type=event.deal.object_type) for a in event.amounts.all()]
    paragraphs = [
        f"<p>{escape(event.summary)}</p>" if event.summary else "",
        f"<p>{escape(' · '.join(amounts))}</p>" if amounts else "",
        f"<p>Status: {escape('Planned' if event_is_planned(event) else event.get_status_display())}. "
        f"Date: {escape(event_date_label(event))}"
        + (f" (“{escape(event.date_text)}”)" if event.date_text else "")
        + ".</p>",
        _sources_html(event),
    ]
    return {
        "start_date": timeline_date(event),
        "text": {
            "headline": escape(event_headline(event)),
            "text": "".join(paragraphs),
        },
        "group": event.deal.kind,
        "unique_id": f"event-{event.pk}",
    }


class TimelineDateSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    month = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=12,
        help_text="Absent for year precision.",
    )
    day = serializers.IntegerField(required=False, min_value=1, max_value=31, help_text="Only for day precision.")
    display_date = serializers.CharField(
        required=False,
        help_text="For quarters ('Q3 2024'), dates the sources do not state ('reported 14 Nov 2024') and plans "
        "('planned for 2026').",
    )


class TimelineTextSerializer(serializers.Serializer):
    headline = serializers.CharField()
    text = serializers.CharField(help_text="HTML: summary, amounts, status and the sources with their quotes.")


class TimelineEventSerializer(serializers.Serializer):
    start_date = TimelineDateSerializer()
    text = TimelineTextSerializer()
    group = serializers.CharField(help_text="The deal kind.")
    unique_id = serializers.CharField()


class TimelineTitleSerializer(serializers.Serializer):
    text = TimelineTextSerializer()


class TimelineSerializer(serializers.Serializer):
    title = TimelineTitleSerializer()
    events = TimelineEventSerializer(many=True)


class ExportView(generics.GenericAPIView):
    permission_classes = [ReadAnyoneWriteWithModelPermission]
    filter_backends = [DjangoFilterBackend]
    filterset_class = EventFilter
    filters_in_schema = True
    pagination_class = None
    http_method_names = ["get", "head", "options"]

    def get_queryset(self):
        return event_queryset(self.request).chronological()


class TimelineView(ExportView):
    """The filtered events as a TimelineJS document, `group` being the deal kind."""

    @extend_schema(
        summary="TimelineJS document of the filtered events",
        operation_id="events_timeline",
        responses=TimelineSerializer,
    )
    def get(self, request):
        events = self.filter_queryset(self.get_queryset())
        slug = request.query_params.get("company")
        company = Company.objects.filter(slug=slug).only("name").first() if slug else None
        subject = company.name if company else "Investment deals"
        title = {
            "text": {
                "headline": escape(f"{subject}: a sourced chronology"),
                "text": "<p>Every event links to the articles it comes from.</p>",
            }
        }
        return Response(
            {
                "title": title,
                "events": [timeline_event(event) for event in events.iterator(chunk_size=CHUNK)],
            }
        )


# --- CSV ----------------------------------------------------------------------------------------------------

CSV_COLUMNS = [
    "id",
    "date",
    "date_precision",
    "date_display",
    "date_text",
    "period_start",
    "period_end",
    "date_basis",
    "date_approximate",
    "date_label",
    "kind",
    "object_type",
    "object_label",
    "status",
    "planned",
    "review_state",
    "headline",
    "deal_id",
    "deal_headline",
    "parties",
    "value",
    "value_currency",
    "value_low",
    "value_high",
    "value_usd_low",
    "value_usd_high",
    "usd_rate",
    "usd_rate_date",
    "amounts",
    "summary",
    "source_urls",
    "source_outlets",
    "source_languages",
    "quotes",
    "updated_at",
    "is_ai",
    "sectors",
]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def csv_row(event: Event) -> list:
    amounts = list(event.amounts.all())
    value = next((a for a in amounts if a.role == "value"), None)
    mentions = list(event.mentions.all())
    parties = [f"{p.company.name} ({p.role})" for p in event.deal.parties.all()]
    return [
        event.pk,
        event.date.isoformat(),
        event.date_precision,
        event.date_display,
        _text(event.date_text),
        period_start(event.date, event.date_precision).isoformat(),
        period_end(event.date, event.date_precision).isoformat(),
        event.date_basis,
        event.date_approximate,
        event_date_label(event),
        event.deal.kind,
        event.deal.object_type,
        _text(event.deal.object_label),
        event.status,
        "yes" if event_is_planned(event) else "no",
        event.review_state,
        _text(event_headline(event)),
        event.deal_id,
        _text(deal_headline(event.deal)),
        _text("\n".join(parties)),
        _text(amount_compact(value)) if value else "",
        value.currency if value else "",
        value.low if value else "",
        value.high if value else "",
        value.usd_low if value and value.usd_low is not None else "",
        value.usd_high if value and value.usd_high is not None else "",
        value.usd_rate if value and value.usd_rate is not None else "",
        value.usd_rate_date.isoformat() if value and value.usd_rate_date else "",
        _text("\n".join(f"{a.role}: {amount_compact(a)}" + (f" ({a.text})" if a.text else "") for a in amounts)),
        _text(event.summary),
        "\n".join(m.article.url for m in mentions if m.article.url),
        _text("\n".join(m.article.outlet or m.article.title for m in mentions)),
        "\n".join(m.article.language for m in mentions),
        _text("\n\n".join(m.quote for m in mentions)),
        event.updated_at.isoformat(),
        "true" if event.deal.is_ai else "false",
        "\n".join(deal_sector_slugs(event.deal)),
    ]


class _Echo:
    """A write-only buffer for csv.writer: each row comes back as a string to stream."""

    def write(self, value):
        return value


def csv_lines(events):
    writer = csv.writer(_Echo())
    yield writer.writerow(CSV_COLUMNS)
    for event in events:
        yield writer.writerow(csv_row(event))


class IgnoreAcceptHeader(BaseContentNegotiation):
    """The CSV answer is CSV whatever Accept says; errors still come as JSON."""

    def select_parser(self, request, parsers):
        return parsers[0]

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class EventsCsvView(ExportView):
    """The filtered events as CSV, one row per event."""

    content_negotiation_class = IgnoreAcceptHeader

    @extend_schema(
        summary="CSV of the filtered events",
        operation_id="events_csv",
        responses={(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="UTF-8 CSV, header row first.")},
    )
    def get(self, request):
        events = self.filter_queryset(self.get_queryset()).iterator(chunk_size=CHUNK)
        # The first chunk is read before the answer starts: a database that is down is then a 503 with a
        # JSON body, not a 200 whose header row is followed by nothing.
        first = list(itertools.islice(events, 1))
        response = StreamingHttpResponse(
            csv_lines(itertools.chain(first, events)),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="events.csv"'
        return response
