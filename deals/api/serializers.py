"""Serializers: what each endpoint prints, and what editors may change.

Read serializers only touch what the views prefetch (see views.event_queryset), so a page costs a fixed
number of queries. Write serializers validate like the admin's change forms: the model's full_clean()
(field rules, unique values, check constraints) runs before anything is saved.
"""

from django.urls import reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from deals.eventdates import event_date_label, event_is_planned
from deals.extraction.periods import period_end, period_start
from deals.headlines import amount_compact, deal_headline, event_headline
from deals.models import (
    Amount,
    Article,
    Company,
    Deal,
    DealParty,
    Event,
    Mention,
)
from deals.scope import deal_sector_slugs

from .event_dicts import EVENT_BUILDERS
from .permissions import request_is_editor


@extend_schema_field({"type": "string", "format": "uri", "nullable": True})
class OptionalURLField(serializers.CharField):
    """A URL that may be unknown: null rather than an empty string, which is no URI."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return value or None


# --- small shared shapes ------------------------------------------------------------------------------

SECTORS_HELP = "Slugs of the sectors of the deal's parties (the `sector` filter's values), sorted."
SECTORS_SCHEMA = {"type": "array", "items": {"type": "string"}}


class CompanyRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Company
        fields = ["id", "slug", "name"]
        read_only_fields = fields


class PartySerializer(serializers.ModelSerializer):
    company = CompanyRefSerializer(read_only=True)

    class Meta:
        model = DealParty
        fields = ["company", "role"]
        read_only_fields = fields


class AliasSerializer(serializers.Serializer):
    alias = serializers.CharField(read_only=True)
    language = serializers.CharField(read_only=True, help_text="ISO 639-1 code; empty if any language.")


class AmountSerializer(serializers.ModelSerializer):
    display = serializers.SerializerMethodField(help_text="Compact original figure, e.g. '¥100B', 'up to $10B'.")

    class Meta:
        model = Amount
        fields = [
            "id",
            "event",
            "role",
            "low",
            "high",
            "currency",
            "qualifier",
            "text",
            "display",
            "usd_low",
            "usd_high",
            "usd_rate",
            "usd_rate_date",
        ]
        read_only_fields = fields

    @extend_schema_field(OpenApiTypes.STR)
    def get_display(self, amount) -> str:
        return amount_compact(amount)


class SourceSerializer(serializers.ModelSerializer):
    """One mention: the article it comes from and the verbatim quote with its character offsets."""

    article = serializers.IntegerField(source="article_id", read_only=True, help_text="Article id.")
    title = serializers.CharField(source="article.title", read_only=True)
    outlet = serializers.CharField(source="article.outlet", read_only=True)
    url = OptionalURLField(source="article.url", help_text="The article's address; null when unknown.")
    language = serializers.CharField(source="article.language", read_only=True)
    published_on = serializers.DateField(source="article.published_on", read_only=True)

    class Meta:
        model = Mention
        fields = [
            "article",
            "title",
            "outlet",
            "url",
            "language",
            "published_on",
            "quote",
            "start",
            "end",
        ]
        read_only_fields = fields


class DealRefSerializer(serializers.ModelSerializer):
    headline = serializers.SerializerMethodField()

    class Meta:
        model = Deal
        fields = ["id", "kind", "object_type", "object_label", "headline"]
        read_only_fields = fields

    @extend_schema_field(OpenApiTypes.STR)
    def get_headline(self, deal) -> str:
        return deal_headline(deal)


# --- events ---------------------------------------------------------------------------------------------


class SparseFieldsMixin:
    """`?fields=a,b` keeps only those fields; the view validates the names (see views.requested_fields)."""

    always_present = ("id",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        wanted = self.context.get("fields")
        if wanted:
            for name in set(self.fields) - set(wanted) - set(self.always_present):
                self.fields.pop(name)


class EventSerializer(SparseFieldsMixin, serializers.ModelSerializer):
    """A dated milestone of a deal with its parties, amounts and sources; `fields=` trims it."""

    headline = serializers.SerializerMethodField(help_text="Plain-English line: who did what to whom, with the amount.")
    deal = DealRefSerializer(read_only=True)
    parties = PartySerializer(source="deal.parties", many=True, read_only=True)
    amounts = AmountSerializer(many=True, read_only=True)
    date_display = serializers.CharField(
        read_only=True,
        help_text="The date at its precision: '13 Nov 2024', 'Jun 2024', 'Q3 2024', '2019'.",
    )
    date_label = serializers.SerializerMethodField(
        help_text="The date as pages show it: 'reported 14 Nov 2024' when the sources give none (date_basis "
        "'publication'), 'planned for 2026' when it lies after every report stating it, else date_display."
    )
    planned = serializers.SerializerMethodField(
        help_text="True when the date lies after every article stating the move: a plan, not done yet."
    )
    period_start = serializers.SerializerMethodField(help_text="First day of the period the date stands for.")
    period_end = serializers.SerializerMethodField(help_text="Last day of the period the date stands for.")
    sources = SourceSerializer(source="mentions", many=True, read_only=True)
    page_url = serializers.SerializerMethodField(help_text="The event on the public deal page.")
    is_ai = serializers.BooleanField(source="deal.is_ai", read_only=True, help_text="Its deal is an AI move.")
    sectors = serializers.SerializerMethodField(help_text=SECTORS_HELP)

    class Meta:
        model = Event
        fields = [
            "id",
            "headline",
            "deal",
            "parties",
            "amounts",
            "date",
            "date_precision",
            "date_text",
            "date_basis",
            "date_approximate",
            "date_display",
            "date_label",
            "planned",
            "period_start",
            "period_end",
            "status",
            "summary",
            "review_state",
            "confidence",
            "edited_by_editor",
            "version",
            "sources",
            "page_url",
            "published_at",
            "created_at",
            "updated_at",
            "is_ai",
            "sectors",
        ]
        read_only_fields = fields

    @extend_schema_field(OpenApiTypes.STR)
    def get_headline(self, event) -> str:
        return event_headline(event)

    @extend_schema_field(OpenApiTypes.STR)
    def get_date_label(self, event) -> str:
        return event_date_label(event)

    @extend_schema_field(OpenApiTypes.BOOL)
    def get_planned(self, event) -> bool:
        return event_is_planned(event)

    @extend_schema_field(SECTORS_SCHEMA)
    def get_sectors(self, event) -> list[str]:
        return deal_sector_slugs(event.deal)

    @extend_schema_field(OpenApiTypes.DATE)
    def get_period_start(self, event) -> str:
        return period_start(event.date, event.date_precision).isoformat()

    @extend_schema_field(OpenApiTypes.DATE)
    def get_period_end(self, event) -> str:
        return period_end(event.date, event.date_precision).isoformat()

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, event) -> str:
        return self._page_url(event)

    def _page_url(self, event) -> str:
        # reverse() costs more than the rest of an event together: resolve the address once per page.
        template = self.context.get("_event_url_template")
        if template is None:
            path = reverse("deal-detail", kwargs={"pk": _URL_SENTINEL})
            request = self.context.get("request")
            template = request.build_absolute_uri(path) if request else path
            self.context["_event_url_template"] = template
        return template.replace(str(_URL_SENTINEL), str(event.deal_id)) + f"#event-{event.pk}"

    def to_representation(self, event):
        """The same dict DRF's field-by-field walk builds (tests/api/test_serializers.py holds them equal),
        written out by hand: DRF's generic path takes several times longer for a page of nested events."""
        self._tz = timezone.get_current_timezone()
        return {name: EVENT_BUILDERS[name](self, event) for name in self.fields}


_URL_SENTINEL = 987654321987


EVENT_FIELDS = tuple(EventSerializer.Meta.fields)


# --- deals ----------------------------------------------------------------------------------------------


class EventBriefSerializer(serializers.ModelSerializer):
    date_display = serializers.CharField(read_only=True)

    class Meta:
        model = Event
        fields = [
            "id",
            "date",
            "date_precision",
            "date_basis",
            "date_display",
            "status",
            "review_state",
        ]
        read_only_fields = fields


class DealSerializer(serializers.ModelSerializer):
    headline = serializers.SerializerMethodField()
    parties = PartySerializer(many=True, read_only=True)
    events = EventBriefSerializer(source="visible_events", many=True, read_only=True, help_text="Oldest first.")
    page_url = serializers.SerializerMethodField()
    sectors = serializers.SerializerMethodField(help_text=SECTORS_HELP)

    class Meta:
        model = Deal
        fields = [
            "id",
            "kind",
            "object_type",
            "object_label",
            "headline",
            "summary",
            "parties",
            "events",
            "page_url",
            "created_at",
            "updated_at",
            "is_ai",
            "ai_reason",
            "ai_set_by_editor",
            "sectors",
        ]
        read_only_fields = fields

    @extend_schema_field(SECTORS_SCHEMA)
    def get_sectors(self, deal) -> list[str]:
        return deal_sector_slugs(deal)

    @extend_schema_field(OpenApiTypes.STR)
    def get_headline(self, deal) -> str:
        return deal_headline(deal)

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, deal) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(deal.get_absolute_url()) if request else deal.get_absolute_url()


# --- companies ------------------------------------------------------------------------------------------


class CompanySerializer(serializers.ModelSerializer):
    parent = CompanyRefSerializer(read_only=True, allow_null=True)
    website = OptionalURLField(help_text="Null when unknown.")
    units = CompanyRefSerializer(many=True, read_only=True, help_text="Units and funds directly below.")
    aliases = AliasSerializer(many=True, read_only=True)
    page_url = serializers.SerializerMethodField()
    sectors = serializers.SlugRelatedField(
        slug_field="slug", many=True, read_only=True, help_text="Slugs of the sectors it is filed under."
    )

    class Meta:
        model = Company
        fields = [
            "id",
            "slug",
            "name",
            "kind",
            "parent",
            "units",
            "country",
            "website",
            "description",
            "is_tracked",
            "verified",
            "aliases",
            "page_url",
            "created_at",
            "updated_at",
            "version",
            "sectors",
        ]
        read_only_fields = fields

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, company) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(company.get_absolute_url()) if request else company.get_absolute_url()


# --- articles -------------------------------------------------------------------------------------------


class ArticleMentionSerializer(serializers.ModelSerializer):
    event = serializers.IntegerField(source="event_id", read_only=True)

    class Meta:
        model = Mention
        fields = ["id", "event", "quote", "start", "end"]
        read_only_fields = fields


class ArticleSerializer(serializers.ModelSerializer):
    url = OptionalURLField(help_text="Null when unknown.")
    mentions = ArticleMentionSerializer(source="visible_mentions", many=True, read_only=True)

    class Meta:
        model = Article
        fields = [
            "id",
            "title",
            "outlet",
            "url",
            "language",
            "published_on",
            "mentions",
            "imported_at",
            "updated_at",
        ]
        read_only_fields = fields


class ArticleDetailSerializer(ArticleSerializer):
    text = serializers.SerializerMethodField(help_text="The full cleaned text: editors only, null for everyone else.")

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "text"]
        read_only_fields = fields

    @extend_schema_field({"type": "string", "nullable": True})
    def get_text(self, article):
        return article.text if request_is_editor(self.context.get("request")) else None
