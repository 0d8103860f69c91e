import os

from django.contrib import admin
from django.http import HttpResponse
from django.urls import include, path

from deals.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("api/", include("deals.api.urls")),
    path("", include("deals.urls")),
]

# Benchmarks only (bench/serve.sh sets it): the cheapest Django response, through the same middleware,
# measures this machine's ceiling, the figure every page's throughput is compared with. Absent otherwise.
if os.environ.get("DEALTRACKER_BENCH") == "1":
    urlpatterns.insert(0, path("bench/ping", lambda request: HttpResponse("pong", content_type="text/plain")))
