"""The sector vocabulary and the companies' sectors: checked, loaded without undoing editors' work, and never
guessed for a company first met in an article."""

import copy
import datetime as dt

import pytest

from deals.models import Company, CompanySector, Deal, Sector
from deals.services.company_file import CompanyFileError, check_sector_entries, load_companies, read_checked_sector_file
from tests.imports.builders import event, result

pytestmark = pytest.mark.django_db

SECTORS = [
    {"slug": "ai-models", "name": "AI models", "ai": True, "description": "Models."},
    {"slug": "telecom", "name": "Telecom", "ai": False, "description": "Networks."},
]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda e: e[0].update(colour="red"), "ai-models: unknown key 'colour'"),
        (lambda e: e[0].pop("description"), "ai-models: missing 'description'"),
        (lambda e: e[0].update(ai="yes"), "ai-models: ai must be true or false"),
        (lambda e: e[1].update(slug="ai-models"), "ai-models: slug listed 2 times"),
        (lambda e: e[1].update(slug="Tele Com"), "slug must be lower-case ASCII"),
    ],
)
def test_a_mistake_in_the_sector_file_fails_loudly(change, message):
    entries = copy.deepcopy(SECTORS)
    change(entries)
    with pytest.raises(CompanyFileError, match=message):
        check_sector_entries(entries)


def test_the_sector_file_holds_the_documented_vocabulary():
    entries = {entry["slug"]: entry for entry in read_checked_sector_file()}
    assert set(entries) == {
        "ai-models",
        "ai-compute",
        "ai-data-centres",
        "robotics",
        "telecom",
        "internet",
        "mobility",
        "real-estate",
        "financial-services",
        "other",
    }
    assert {slug for slug, entry in entries.items() if entry["ai"]} == {
        "ai-models",
        "ai-compute",
        "ai-data-centres",
        "robotics",
    }
    assert all(entry["description"].endswith(".") for entry in entries.values())


def sectors_of(slug: str) -> set[str]:
    return set(Company.objects.get(slug=slug).sectors.values_list("slug", flat=True))


def test_loading_files_companies_and_keeps_an_editor_s_refiling(db):
    first = load_companies()
    assert first.sectors == Sector.objects.count() == 10
    assert Sector.objects.get(slug="ai-compute").is_ai and not Sector.objects.get(slug="telecom").is_ai
    assert sectors_of("nvidia") == {"ai-compute"} and sectors_of("softbank-corp") == {"telecom"}
    assert sectors_of("softbank-group") == set()

    # An editor moves Nvidia from chips to robotics: a later load neither brings chips back nor drops robotics.
    CompanySector.objects.get(company__slug="nvidia").delete()
    CompanySector.objects.create(company=Company.objects.get(slug="nvidia"), sector=Sector.objects.get(slug="robotics"))
    again = load_companies()
    assert (again.companies, again.aliases, again.sectors, again.filings) == (0, 0, 0, 0)
    assert sectors_of("nvidia") == {"robotics"}


def test_a_company_first_met_in_an_article_stays_unclassified(softbank, monkeypatch):
    from deals.services import imports

    text = "SoftBank Group agreed to invest $10 million in Zorblax Robotics, a start-up."
    monkeypatch.setattr(
        imports, "run_extraction", lambda t, **kw: result(event(t, text, counterparties=("Zorblax Robotics",)))
    )
    imports.article_import(text=text, published=dt.date(2025, 1, 2), language="en")
    newcomer = Company.objects.get(name="Zorblax Robotics")
    assert not newcomer.sectors.exists() and not newcomer.verified
    deal = Deal.objects.get()
    assert deal.is_ai and deal.ai_reason == "a source says 'Robotics'"
