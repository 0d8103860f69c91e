from django.contrib import admin
from django.urls import include, path

from deals.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", include("deals.api.urls")),
    path("", include("deals.urls")),
]
