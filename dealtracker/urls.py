from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", include("deals.api.urls")),
    path("", include("deals.urls")),
]
