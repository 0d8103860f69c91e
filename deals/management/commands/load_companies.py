from django.core.management.base import BaseCommand

from deals.services.company_file import load_companies


class Command(BaseCommand):
    help = (
        "Add the sectors of fixtures/sectors.yaml, and the companies, aliases and companies' sectors of "
        "fixtures/companies.yaml, that the database lacks (by slug and spelling); editors' changes and deletions "
        "are kept."
    )

    def handle(self, *args, **options):
        result = load_companies()
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {result.companies} new companies and {result.aliases} new aliases; "
                f"{result.kept} companies already present kept as they are; "
                f"{result.sectors} new sectors and {result.filings} companies' sectors added."
            )
        )
