"""Upload limits keep one request's time and memory bounded: per file, per zip member, members per zip and
total uncompressed size; over-limit uploads are refused at once with the limit named and nothing saved."""

import io
import time
import zipfile

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from deals.models import Article, Event, ImportBatch

from .editor_helpers import editor

pytestmark = pytest.mark.django_db
LINE = b"SoftBank Group agreed to invest $500 million in Example Robotics on Monday, the company said.\n"


@pytest.fixture
def editor_client(client, extractor):
    client.force_login(editor())
    return client


def post(client, *files):
    return client.post(
        reverse("admin:deals_article_import"),
        {"files": [SimpleUploadedFile(name, data) for name, data in files], "published": "2024-11-14"},
    )


def archive(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, data in members.items():
            zipped.writestr(name, data)
    return buffer.getvalue()


def refused(response, *expected: str) -> None:
    page = response.content.decode()
    assert response.status_code == 400
    for text in expected:
        assert text in page
    assert "Nothing was saved" in page
    assert not Article.objects.exists() and not Event.objects.exists() and not ImportBatch.objects.exists()


def test_a_file_over_one_megabyte_is_refused(editor_client):
    big = LINE * (int(1.5 * 1024 * 1024) // len(LINE))
    refused(post(editor_client, ("long.txt", big)), "long.txt: 1.5 MB is over the limit of 1 MB per file")


def test_a_zip_member_over_the_file_limit_is_refused_and_named_and_the_others_imported(editor_client):
    big = LINE * (int(1.5 * 1024 * 1024) // len(LINE))
    response = post(editor_client, ("news.zip", archive({"a.txt": LINE, "long.txt": big})))
    assert response.status_code == 302
    said = [str(m) for m in response.wsgi_request._messages]
    assert any("news.zip/long.txt: 1.5 MB is over the limit of 1 MB per file" in m for m in said), said
    # Only a.txt goes on: the member over the limit was never read, and nothing of it is kept anywhere.
    assert [item.file_name for item in ImportBatch.objects.get().items.all()] == ["news.zip/a.txt"]
    assert not any(len(a.text) > 1024 * 1024 for a in Article.objects.all())


def test_a_zip_with_too_many_members_is_refused_before_any_is_read(editor_client):
    members = {f"a{i}.txt": LINE + str(i).encode() for i in range(settings.IMPORT_MAX_ZIP_MEMBERS + 1)}
    refused(post(editor_client, ("many.zip", archive(members))), f"at most {settings.IMPORT_MAX_ZIP_MEMBERS} can")


def test_a_small_zip_of_many_megabytes_uncompressed_is_refused_unpacked(editor_client):
    member = LINE * (1000 * 1024 // len(LINE))  # just under the limit per file, compresses to almost nothing
    count = settings.IMPORT_MAX_TOTAL_BYTES // len(member) + 1
    data = archive({f"a{i}.txt": member + str(i).encode() for i in range(count)})
    assert len(data) < 1024 * 1024
    refused(post(editor_client, ("bomb.zip", data)), "MB uncompressed, over the limit of")


def test_files_together_over_the_total_are_refused(editor_client):
    member = LINE * (1000 * 1024 // len(LINE))
    count = settings.IMPORT_MAX_TOTAL_BYTES // len(member) + 1
    files = [(f"a{i}.txt", member + str(i).encode()) for i in range(count)]
    refused(post(editor_client, *files), "MB together")


def test_an_upload_far_over_the_limits_is_refused_within_a_second(editor_client):
    huge = b"a" * (20 * 1024 * 1024)
    started = time.perf_counter()
    response = post(editor_client, ("huge.txt", huge))
    elapsed = time.perf_counter() - started
    refused(response, "The upload is 20.0 MB: over the limit of 1 MB per file")
    assert elapsed < 1.0
    # The length is read from the request's header: the body is not even read.
    response = editor_client.post(
        reverse("admin:deals_article_import"),
        b"--x--",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(4 * 1024**3),
    )
    refused(response, "The upload is 4096.0 MB")


def test_much_text_in_one_request_goes_to_the_background_workers(editor_client):
    member = LINE * (600 * 1024 // len(LINE))
    response = post(editor_client, ("a.txt", member + b"a"), ("b.txt", member + b"b"))
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:deals_importbatch_change", args=[ImportBatch.objects.get().pk])
    assert ImportBatch.objects.get().items.count() == 2
