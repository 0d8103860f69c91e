"""A visible warning when queued imports wait and no worker takes them."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from deals.models import ImportBatch, ImportItem
from tests.imports.editor_helpers import editor


@pytest.fixture
def batch(db):
    batch = ImportBatch.objects.create(label="two files", source="upload")
    for name in ("a.txt", "b.txt"):
        ImportItem.objects.create(batch=batch, file_name=name, text="SoftBank news.")
    return batch


def _age(minutes):
    ImportItem.objects.update(updated_at=timezone.now() - dt.timedelta(minutes=minutes))


def test_no_warning_while_files_are_fresh_then_one_on_home_and_batch_pages(client, batch):
    client.force_login(editor())
    pages = [reverse("admin:index"), reverse("admin:deals_importbatch_change", args=[batch.pk])]
    for url in pages:
        assert "no worker has taken a task" not in client.get(url).content.decode()
    _age(2)
    for url in pages:
        html = client.get(url).content.decode()
        assert "2 files queued since 2" in html and "no worker has taken a task for over a minute" in html
    assert '<meta http-equiv="refresh"' in client.get(pages[1]).content.decode()


def test_no_warning_when_a_worker_took_a_file_within_the_minute(client, batch):
    _age(5)
    other = ImportItem.objects.create(batch=batch, file_name="c.txt", text="x", status="running")
    ImportItem.objects.filter(pk=other.pk).update(updated_at=timezone.now())
    client.force_login(editor())
    assert "no worker has taken a task" not in client.get(reverse("admin:index")).content.decode()
