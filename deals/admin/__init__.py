"""Admin registrations, one module per area; importing them registers the ModelAdmins."""

from django.contrib import admin

from . import articles, batches, companies, deals, events, sectors  # noqa: F401

__all__ = ["articles", "batches", "companies", "deals", "events", "sectors"]

admin.site.site_header = "DealTracker editors"
admin.site.site_title = "DealTracker admin"
admin.site.index_title = "Articles, deals and companies"
