"""Many uploads or a zip from the admin import page become a batch whose page shows each file's result."""

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from deals.models import Article, ImportBatch, ImportItem
from tests.factories import UserFactory

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"
pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    from django.contrib.auth.models import Group

    call_command("load_companies", stdout=io.StringIO())
    user = UserFactory(username="editor", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def zipped(files: dict[str, bytes]) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return SimpleUploadedFile("archive.zip", buffer.getvalue(), content_type="application/zip")


def test_a_zip_becomes_a_batch_with_a_result_per_file(editor_client, django_capture_on_commit_callbacks):
    seed = (ARTICLES / "001_d38a6fc719d6b211.txt").read_bytes()  # states its own publication date
    archive = zipped({"news/one.txt": seed, "news/two.md": seed.replace(b"SoftBank", b"SoftBank Group")})
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("admin:deals_article_import"), {"files": [archive]})

    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "admin:deals_importbatch_change", args=[batch.pk]
    )
    assert list(batch.items.values_list("status", flat=True)) == ["done", "done"]
    assert Article.objects.count() == 2

    page = editor_client.get(response["Location"]).content.decode()
    assert "archive.zip/news/one.txt" in page and "events created" in page
    listing = editor_client.get(reverse("admin:deals_importbatch_changelist")).content.decode()
    assert "2 of 2 finished" in listing


def test_a_zip_with_a_bad_member_queues_the_good_ones_and_names_the_bad(editor_client):
    archive = zipped(
        {"good.txt": (ARTICLES / "001_d38a6fc719d6b211.txt").read_bytes(), "bad.txt": b"\x00\x01\x02" * 50}
    )
    response = editor_client.post(reverse("admin:deals_article_import"), {"files": [archive]}, follow=True)
    assert "archive.zip/bad.txt" in response.content.decode()
    assert list(ImportItem.objects.values_list("file_name", flat=True)) == ["archive.zip/good.txt"]


def test_a_zip_where_every_member_is_bad_queues_nothing(editor_client):
    archive = zipped({"bad.txt": b"\x00\x01\x02" * 50, "empty.md": b""})
    response = editor_client.post(reverse("admin:deals_article_import"), {"files": [archive]})
    assert response.status_code == 400
    assert "archive.zip/bad.txt" in response.content.decode() and "archive.zip/empty.md" in response.content.decode()
    assert not ImportBatch.objects.exists() and not ImportItem.objects.exists()


def test_a_file_that_is_not_a_zip_is_refused_by_name(editor_client):
    fake = SimpleUploadedFile("broken.zip", b"PK not really a zip")
    response = editor_client.post(reverse("admin:deals_article_import"), {"files": [fake]})
    assert response.status_code == 400
    assert "broken.zip: this is not a readable zip archive." in response.content.decode()


def test_background_checkbox_queues_plain_uploads(editor_client, django_capture_on_commit_callbacks):
    upload = SimpleUploadedFile("seed.txt", (ARTICLES / "001_d38a6fc719d6b211.txt").read_bytes())
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("admin:deals_article_import"), {"files": [upload], "background": "on"})
    assert ImportBatch.objects.get().items.get().status == "done"
