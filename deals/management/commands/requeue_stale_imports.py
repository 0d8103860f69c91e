from django.core.management.base import BaseCommand

from deals.services.batches import requeue_stale_items


class Command(BaseCommand):
    help = "Queue again the import items whose worker died mid-item (running past their lease); run it from cron."

    def handle(self, *args, **options):
        queued, failed = requeue_stale_items()
        self.stdout.write(f"{len(queued)} stale items queued again, {len(failed)} failed after their last attempt.")
