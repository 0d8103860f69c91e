import hashlib

from django.conf import settings
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import Exact, GreaterThan
from simple_history.models import HistoricalRecords


def content_hash(text: str) -> str:
    """The identity of an article: the SHA-256 of its normalised text (see services.text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Article(models.Model):
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True, help_text="The publication or news site.")
    url = models.URLField(max_length=1000, blank=True)
    language = models.CharField(max_length=10, help_text="ISO 639-1 code of the text, e.g. en, fr, ar, zh, ja.")
    published_on = models.DateField(help_text="Relative dates in the text ('Friday', 'last month') resolve from it.")
    text = models.TextField(help_text="The cleaned article text; mentions point into it by character offsets.")
    content_hash = models.CharField(
        max_length=64, unique=True, editable=False, help_text="SHA-256 of the text: the same text is one article."
    )
    source_file = models.CharField(max_length=300, blank=True, help_text="File name it was imported from.")
    importer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="imported_articles"
    )
    imported_at = models.DateTimeField(auto_now_add=True)
    extracted_at = models.DateTimeField(null=True, blank=True)
    extraction_warnings = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    # [[start, end], ...] of the text's sentences, split once at import: the review page reads them whatever
    # the article's length.
    sentences = models.JSONField(null=True, blank=True, editable=False)
    history = HistoricalRecords(excluded_fields=["text", "sentences"])

    class Meta:
        ordering = ["-published_on", "-pk"]
        constraints = [
            models.CheckConstraint(condition=GreaterThan(Length("text"), 0), name="article_text_not_empty"),
            models.CheckConstraint(condition=Exact(Length("content_hash"), 64), name="article_hash_is_sha256"),
        ]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    def save(self, *args, **kwargs):
        self.content_hash = content_hash(self.text)
        super().save(*args, **kwargs)
