from django.db import models


class ThrottleCounter(models.Model):
    """Requests one anonymous client made in its current window, shared by every worker process.

    Incremented by one upsert per request (deals.api.throttling), so concurrent workers never lose a count.
    """

    key = models.CharField(max_length=200, primary_key=True)
    hits = models.PositiveIntegerField(default=0)
    expires = models.FloatField(db_index=True, help_text="Epoch seconds when this window ends.")

    def __str__(self) -> str:
        return f"{self.key}: {self.hits}"
