"""The JSON API's endpoints: companies, deals, events, articles and amounts, read by anyone, patched by editors.

Anonymous clients see published data only: published events, deals with a published event, articles that
source one, and companies that are verified or party to a published deal. Editors see drafts too.
"""

from django.db.models import Exists, Max, OuterRef, Prefetch, Q
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from deals.models import (
    Amount,
    Article,
    Company,
    CompanyAlias,
    Deal,
    DealParty,
    Mention,
)
from deals.scope import parties_with_sectors

from . import serializers as s
from . import writes
from .cache import cached_response, serialized_events
from .exceptions import PreconditionRequired
from .filters import AmountFilter, ArticleFilter, CompanyFilter, DealFilter, EventFilter
from .pagination import EventCursorPagination, PagePagination
from .permissions import (
    ReadAnyoneWriteWithModelPermission,
    request_is_editor,
    visible_events,
)

FIELDS_PARAM = "fields"


def event_queryset(request, *, fields=None, prefetch: bool = True):
    """Events with what the serializer prints, in a fixed number of queries (one per prefetch).

    Like EventQuerySet.with_details(), but the articles come without their text (a source needs only the
    metadata), and with `fields=` the prefetches nobody asked for are skipped. Without `prefetch` the
    caller applies event_prefetches() itself, to the events that need them.
    """
    wanted = set(fields or s.EVENT_FIELDS)
    queryset = visible_events(request)
    if wanted & {"deal", "parties", "headline", "is_ai", "sectors"}:
        queryset = queryset.select_related("deal")
    return queryset.prefetch_related(*event_prefetches(fields)) if prefetch else queryset


def event_prefetches(fields=None) -> list:
    wanted = set(fields or s.EVENT_FIELDS)
    prefetches = []
    if wanted & {"amounts", "headline"}:
        prefetches.append(Prefetch("amounts", queryset=Amount.objects.order_by("role", "pk")))
    if wanted & {"parties", "headline", "deal", "sectors"}:
        prefetches.append(Prefetch("deal__parties", queryset=parties_with_sectors()))
    # A headline and a date label read the reports' days, to tell a plan from a done move.
    if wanted & {"sources", "headline", "date_label", "planned"}:
        mentions = Mention.objects.select_related("article").defer(
            "article__text", "article__extraction_warnings", "article__sentences"
        )
        prefetches.append(
            Prefetch(
                "mentions",
                queryset=mentions.order_by("article__published_on", "article_id", "start"),
            )
        )
    return prefetches


def requested_fields(request) -> list[str] | None:
    """`?fields=id,date,headline`: the event fields to print (None when absent); an unknown or empty name is a 400."""
    raw = request.query_params.getlist(FIELDS_PARAM)
    if not raw:
        return None
    names = [name for value in raw for name in value.split(",")]
    unknown = sorted({repr(name) if not name else name for name in names} - set(s.EVENT_FIELDS))
    if unknown:
        raise ValidationError(
            {FIELDS_PARAM: [f"Unknown field(s): {', '.join(unknown)}. Known: {', '.join(s.EVENT_FIELDS)}."]}
        )
    return names


FIELDS_PARAMETER = OpenApiParameter(
    FIELDS_PARAM,
    {"type": "array", "minItems": 1, "items": {"type": "string", "enum": list(s.EVENT_FIELDS)}},
    OpenApiParameter.QUERY,
    description="Comma-separated event fields to return (`id` always comes); all when absent.",
    style="form",
    explode=False,
)


class ApiViewMixin:
    permission_classes = [ReadAnyoneWriteWithModelPermission]
    http_method_names = ["get", "patch", "head", "options"]

    def filter_queryset(self, queryset):
        # Filters select lists; a detail address names one object whatever the query string says.
        if getattr(self, "action", None) == "list":
            return super().filter_queryset(queryset)
        return queryset

    def get_serializer_class(self):
        if self.action == "partial_update":
            return self.patch_serializer_class
        return super().get_serializer_class()

    def current_version(self, instance) -> int | None:
        """The version a write must name (optimistic locking), or None where the model keeps none."""
        return None

    def partial_update(self, request, *args, **kwargs):
        instance = self.get_object()
        version = self.current_version(instance)
        if version is not None and not (isinstance(request.data, dict) and "version" in request.data):
            raise PreconditionRequired(
                f'Send "version" (it is {version}, from a GET): without it an edit could overwrite a newer one unseen.'
            )
        serializer = self.get_serializer(instance, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        saved = serializer.save()
        return self.patched_response(saved)

    def update(self, request, *args, **kwargs):  # PATCH only: partial_update above
        return self.http_method_not_allowed(request, *args, **kwargs)


@extend_schema_view(
    list=extend_schema(
        summary="List events (cursor-paginated, filterable)",
        parameters=[FIELDS_PARAMETER],
    ),
    retrieve=extend_schema(
        summary="One event with its deal, parties, amounts and sources",
        parameters=[FIELDS_PARAMETER],
    ),
    partial_update=extend_schema(
        summary="Correct an event (editors)",
        request=writes.EventPatchSerializer,
        responses=s.EventSerializer,
    ),
)
class EventViewSet(
    ApiViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Dated milestones of deals, newest first, each with the sources that support it."""

    serializer_class = s.EventSerializer
    patch_serializer_class = writes.EventPatchSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = EventFilter
    pagination_class = EventCursorPagination
    conflict_codes = ["409", "428"]

    def current_version(self, instance) -> int:
        return instance.version

    def get_queryset(self):
        fields = requested_fields(self.request) if self.action in ("list", "retrieve") else None
        return event_queryset(self.request, fields=fields).chronological()

    def list(self, request, *args, **kwargs):
        return cached_response(request, lambda: self._list(request))

    def _list(self, request):
        """ListModelMixin.list, with each event's dict reused per data version (see serialized_events)."""
        fields = requested_fields(request)
        events = self.filter_queryset(event_queryset(request, fields=fields, prefetch=False).chronological())
        page = self.paginate_queryset(events)
        data = serialized_events(
            request,
            page,
            fields=fields,
            prefetches=lambda: event_prefetches(fields),
            serialize=lambda rows: self.get_serializer(rows, many=True).data,
        )
        return self.get_paginated_response(data)

    def retrieve(self, request, *args, **kwargs):
        return cached_response(request, lambda: super(EventViewSet, self).retrieve(request, *args, **kwargs))

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if self.action in ("list", "retrieve"):
            context["fields"] = requested_fields(self.request)
        return context

    def patched_response(self, event):
        fresh = event_queryset(self.request).get(pk=event.pk)
        return Response(s.EventSerializer(fresh, context=self.get_serializer_context()).data)


@extend_schema_view(
    list=extend_schema(summary="List deals with their parties and events"),
    retrieve=extend_schema(summary="One deal"),
)
class DealViewSet(
    ApiViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """One transaction or relationship followed over time, with its parties and dated events."""

    serializer_class = s.DealSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = DealFilter
    pagination_class = PagePagination
    http_method_names = ["get", "head", "options"]

    def get_queryset(self):
        events = visible_events(self.request)
        deals = Deal.objects.annotate(latest_date=Max("events__date", filter=Q(events__in=events)))
        if not request_is_editor(self.request):
            deals = deals.filter(Exists(events.filter(deal=OuterRef("pk"))))
        return deals.order_by("-latest_date", "-pk").prefetch_related(
            Prefetch("parties", queryset=parties_with_sectors()),
            Prefetch(
                "events",
                queryset=events.chronological(newest_first=False),
                to_attr="visible_events",
            ),
        )


@extend_schema_view(
    list=extend_schema(summary="List companies with their units and aliases"),
    retrieve=extend_schema(summary="One company, by slug"),
    partial_update=extend_schema(
        summary="Correct a company (editors)",
        request=writes.CompanyPatchSerializer,
        responses=s.CompanySerializer,
    ),
)
class CompanyViewSet(
    ApiViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Companies, funds and public bodies; a tracked company's chronology includes its units."""

    serializer_class = s.CompanySerializer
    patch_serializer_class = writes.CompanyPatchSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = CompanyFilter
    pagination_class = PagePagination
    conflict_codes = ["409", "428"]
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"

    def visible_companies(self):
        companies = Company.objects.all()
        if request_is_editor(self.request):
            return companies
        published_parties = DealParty.objects.filter(company=OuterRef("pk"), deal__events__review_state="published")
        return companies.filter(Q(verified=True) | Q(is_tracked=True) | Exists(published_parties))

    def get_queryset(self):
        return (
            self.visible_companies()
            .select_related("parent")
            .prefetch_related(
                Prefetch("units", queryset=self.visible_companies().order_by("name")),
                Prefetch(
                    "aliases",
                    queryset=CompanyAlias.objects.order_by("language", "alias"),
                ),
                "sectors",
            )
            .order_by("name")
        )

    def current_version(self, company) -> int:
        return company.version

    def patched_response(self, company):
        fresh = self.get_queryset().get(pk=company.pk)
        return Response(s.CompanySerializer(fresh, context=self.get_serializer_context()).data)


@extend_schema_view(
    list=extend_schema(summary="List articles: metadata and the quotes taken from them"),
    retrieve=extend_schema(summary="One article; the full text for editors only"),
)
class ArticleViewSet(
    ApiViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """The news articles events are sourced from."""

    filter_backends = [DjangoFilterBackend]
    filterset_class = ArticleFilter
    pagination_class = PagePagination
    http_method_names = ["get", "head", "options"]

    def get_serializer_class(self):
        return s.ArticleDetailSerializer if self.action == "retrieve" else s.ArticleSerializer

    def get_queryset(self):
        editor = request_is_editor(self.request)
        mentions = Mention.objects.all() if editor else Mention.objects.filter(event__review_state="published")
        articles = Article.objects.all()
        if not editor:
            articles = articles.filter(Exists(mentions.filter(article=OuterRef("pk"))))
        if self.action != "retrieve":
            articles = articles.defer("text", "extraction_warnings", "sentences")
        return articles.order_by("-published_on", "-pk").prefetch_related(
            Prefetch(
                "mentions",
                queryset=mentions.order_by("start", "pk"),
                to_attr="visible_mentions",
            )
        )


@extend_schema_view(
    list=extend_schema(summary="List amounts (filter by event)"),
    retrieve=extend_schema(summary="One amount"),
    partial_update=extend_schema(
        summary="Correct an amount (editors)",
        request=writes.AmountPatchSerializer,
        responses=s.AmountSerializer,
    ),
)
class AmountViewSet(
    ApiViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Money and stake figures of events, in the original currency and in US dollars."""

    serializer_class = s.AmountSerializer
    patch_serializer_class = writes.AmountPatchSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = AmountFilter
    pagination_class = PagePagination
    conflict_codes = ["409", "428"]

    def current_version(self, amount) -> int:
        return amount.event.version  # an event's version covers its amounts, as on the review page

    def get_queryset(self):
        amounts = Amount.objects.order_by("event_id", "role", "pk")
        if request_is_editor(self.request):
            return amounts
        return amounts.filter(event__review_state="published")

    def patched_response(self, amount):
        return Response(s.AmountSerializer(amount, context=self.get_serializer_context()).data)
