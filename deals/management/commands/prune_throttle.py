from django.core.management.base import BaseCommand

from deals.api.throttling import prune_counters


class Command(BaseCommand):
    help = "Forget API throttle windows that have ended (run it from cron, e.g. hourly)."

    def handle(self, *args, **options):
        self.stdout.write(f"Removed {prune_counters()} ended throttle windows.")
