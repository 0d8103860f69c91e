from django.core.management.base import BaseCommand
from django.db import transaction

from deals.models import Deal
from deals.services.sectors import classify_deals


class Command(BaseCommand):
    help = (
        "Decide the AI flag of every deal again from its parties' sectors, its object and its sources (after editors "
        "refiled companies, say); flags set by editors are kept."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            changed = classify_deals(deal_ids=Deal.objects.values("pk"))
        total = Deal.objects.filter(ai_set_by_editor=False).count()
        self.stdout.write(self.style.SUCCESS(f"{changed} of {total} deals changed their AI flag; editors' flags kept."))
