from django.core.management import call_command
from django.core.management.base import BaseCommand

from deals.models import Company


class Command(BaseCommand):
    help = "Load the company gazetteer (fixtures/companies.json) into an empty database; never overwrite edits."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Load even when companies exist (overwrites them).")

    def handle(self, *args, force: bool = False, **options):
        if Company.objects.exists() and not force:
            self.stdout.write("Companies already loaded; editors' changes kept (use --force to reload the fixture).")
            return
        call_command("loaddata", "companies", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Loaded {Company.objects.count()} companies."))
