from django.core.management.base import BaseCommand

from deals.services.company_file import load_companies


class Command(BaseCommand):
    help = (
        "Add the companies and aliases of fixtures/companies.yaml that the database lacks (by slug and spelling); "
        "editors' changes and deletions are kept."
    )

    def handle(self, *args, **options):
        result = load_companies()
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {result.companies} new companies and {result.aliases} new aliases; "
                f"{result.kept} companies already present kept as they are."
            )
        )
