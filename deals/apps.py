from django.apps import AppConfig
from django.db.models.signals import post_migrate


class DealsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "deals"
    verbose_name = "Deals"

    def ready(self):
        from deals import deal_summary
        from deals.sqlite_version import ensure_after_migrate

        post_migrate.connect(ensure_after_migrate, sender=self, dispatch_uid="deals-sqlite-data-version")
        post_migrate.connect(
            deal_summary.ensure_after_migrate, sender=self, dispatch_uid="deals-sqlite-deal-summary-triggers"
        )
