from django.conf import settings
from django.db import models
from django.db.models import Q

from .articles import Article


class ImportBatch(models.Model):
    """Many articles imported in the background: one task per item, progress visible in the admin."""

    class Source(models.TextChoices):
        ADMIN = "admin", "Admin upload"
        COMMAND = "command", "import_articles --background"

    label = models.CharField(max_length=200, blank=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.ADMIN)
    publish = models.BooleanField(default=False, help_text="Publish the extracted events at once (seed data only).")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="import_batches"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "import batches"

    def __str__(self) -> str:
        return self.label or f"Batch {self.pk}"


class ImportItem(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="items")
    file_name = models.CharField(max_length=300)
    # The decoded text travels with the item, so a worker on any machine can run it without the upload.
    text = models.TextField()
    published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=10, blank=True)
    title = models.CharField(max_length=500, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    message = models.TextField(blank=True, help_text="The result, or why it failed.")
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    events_created = models.PositiveIntegerField(default=0)
    events_attached = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["batch", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "file_name"], name="import_item_unique_file_per_batch"),
            models.CheckConstraint(
                condition=Q(status__in=["queued", "running", "done", "failed"]), name="import_item_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.file_name
