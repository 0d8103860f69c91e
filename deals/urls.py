from django.urls import path

from deals import views
from deals.feeds import EventFeed

# These names are stable: models, the API and the admin link to them.
urlpatterns = [
    path("", views.home, name="home"),
    path("deals/<int:pk>/", views.deal_detail, name="deal-detail"),
    path("companies/<slug:slug>/", views.company_detail, name="company-detail"),
    path("feed/", EventFeed(), name="feed"),
]
