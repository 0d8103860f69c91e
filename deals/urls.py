from django.urls import path
from django.views.generic import TemplateView

# Public pages and the API are added by their own issues; these names are the stable ones.
urlpatterns = [
    path("", TemplateView.as_view(template_name="deals/placeholder.html"), name="home"),
    path("deals/<int:pk>/", TemplateView.as_view(template_name="deals/placeholder.html"), name="deal-detail"),
    path("companies/<slug:slug>/", TemplateView.as_view(template_name="deals/placeholder.html"), name="company-detail"),
]
