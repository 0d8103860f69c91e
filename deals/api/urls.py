"""Routes under /api/: the v1 resources and exports, the OpenAPI schema and its Swagger UI."""

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from .exceptions import api_not_found
from .exports import EventsCsvView, TimelineView
from .views import (
    AmountViewSet,
    ArticleViewSet,
    CompanyViewSet,
    DealViewSet,
    EventViewSet,
)

router = SimpleRouter()
router.register("companies", CompanyViewSet, basename="api-company")
router.register("deals", DealViewSet, basename="api-deal")
router.register("events", EventViewSet, basename="api-event")
router.register("articles", ArticleViewSet, basename="api-article")
router.register("amounts", AmountViewSet, basename="api-amount")

v1 = [
    path("timeline.json", TimelineView.as_view(), name="api-timeline"),
    path("events.csv", EventsCsvView.as_view(), name="api-events-csv"),
    path("", include(router.urls)),
]

urlpatterns = [
    path("v1/", include(v1)),
    # The schema and its docs page are documents about the API, not its data: served like the public pages,
    # without the data throttle (and without a database round trip).
    path("schema/", SpectacularAPIView.as_view(throttle_classes=[]), name="api-schema"),
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api-schema", throttle_classes=[]),
        name="api-docs",
    ),
    re_path(r"^[\s\S]*$", api_not_found),  # [\s\S]: a path may hold a newline, which "." skips
]
