import io

import pytest
from django.core.management import call_command
from django.core.serializers import serialize

from deals.models import Amount, Article, Company, CompanyAlias, Deal, DealParty, Event, Mention
from tests.factories import CompanyAliasFactory, UserFactory, make_published_event

pytestmark = pytest.mark.django_db(transaction=True)

MODELS = [Company, CompanyAlias, Article, Deal, DealParty, Event, Amount, Mention]


def snapshot() -> dict[str, str]:
    """Every row and every history record, serialised in a stable order."""
    state = {}
    for model in MODELS:
        state[model.__name__] = serialize("json", model.objects.order_by("pk"))
        history = model.history.model.objects.order_by("history_id")
        state[f"history:{model.__name__}"] = serialize("json", history, use_natural_foreign_keys=True)
    return state


def test_json_backup_round_trips_every_row_and_history_record(softbank, tmp_path):
    editor = UserFactory(username="editor")
    CompanyAliasFactory(company=softbank, alias="ソフトバンクグループ", language="ja")
    for _ in range(3):
        event = make_published_event(actor=softbank)
        event._history_user = editor
        event.status = "completed"
        event.save()
    before = snapshot()
    assert Event.history.filter(history_user=editor).count() == 3

    out = io.StringIO()
    call_command("backup", "--json", "--dir", str(tmp_path), stdout=out)
    backup_file = out.getvalue().split("Backup written to ")[1].strip()

    call_command("flush", interactive=False, verbosity=0)
    assert not Event.objects.exists() and not Event.history.exists()

    call_command("restore", backup_file, stdout=io.StringIO())
    assert snapshot() == before
    assert Event.history.filter(history_user__username="editor").count() == 3
