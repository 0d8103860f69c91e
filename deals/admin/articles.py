from django import forms
from django.contrib import admin
from django.db.models import Count
from django.urls import path, reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from deals.languages import LanguageField
from deals.models import Article, Mention

from . import actions
from .importing import import_view
from .preview import headline_preview_view
from .review import company_search_view, review_view
from .url_import import url_import_view


class MentionInline(admin.TabularInline):
    model = Mention
    fields = ["event", "quote", "start", "end"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("event__deal")


class ArticleForm(forms.ModelForm):
    language = LanguageField()

    class Meta:
        model = Article
        fields = ["title", "outlet", "url", "language", "published_on", "text"]


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    actions = [actions.reextract_articles]
    form = ArticleForm

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("import/", wrap(lambda request: import_view(request, self)), name="deals_article_import"),
            path("import/url/", wrap(lambda request: url_import_view(request, self)), name="deals_article_import_url"),
            path(
                "review/companies/",
                wrap(lambda request: company_search_view(request, self)),
                name="deals_article_company_search",
            ),
            path(
                "<int:pk>/review/",
                wrap(lambda request, pk: review_view(request, self, pk)),
                name="deals_article_review",
            ),
            path(
                "<int:pk>/review/preview/",
                wrap(lambda request, pk: headline_preview_view(request, self, pk)),
                name="deals_article_review_preview",
            ),
            *super().get_urls(),
        ]

    list_display = [
        "title",
        "review_link",
        "outlet",
        "language",
        "published_on",
        "mention_count",
        "importer",
        "imported_at",
    ]
    list_filter = ["language", "outlet", "published_on"]
    list_select_related = ["importer"]
    search_fields = ["title", "outlet", "url", "content_hash"]
    date_hierarchy = "published_on"
    readonly_fields = [
        "content_hash",
        "source_file",
        "importer",
        "imported_at",
        "extracted_at",
        "extraction_warnings",
        "updated_at",
    ]
    inlines = [MentionInline]
    fieldsets = [
        (None, {"fields": ["title", "outlet", "url", "language", "published_on"]}),
        ("Text", {"fields": ["text"]}),
        ("Provenance", {"fields": readonly_fields}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_mention_count=Count("mentions"))

    def get_readonly_fields(self, request, obj=None):
        # The text is the article's identity (content hash) and mentions point into it by offset.
        if obj is not None:
            return [*self.readonly_fields, "text"]
        return self.readonly_fields

    @admin.display(description="mentions", ordering="_mention_count")
    def mention_count(self, obj):
        return obj._mention_count

    @admin.display(description="review")
    def review_link(self, obj):
        return format_html('<a href="{}">Review</a>', reverse("admin:deals_article_review", args=[obj.pk]))
