"""A bulk upload: every file's outcome, good ones imported with their own dates, bad ones named with a reason."""

import datetime as dt
import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from deals.models import Article
from tests.imports.editor_helpers import editor

from .pages_server import ARTICLE_HTML


def _upload(name, data):
    return SimpleUploadedFile(name, data if isinstance(data, bytes) else data.encode())


def _zip(name, members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/zip")


def _good(n):
    return f"SoftBank note {n}\n\nSoftBank Group said on Monday it would study deal number {n} with a partner."


@pytest.mark.django_db
def test_five_files_import_the_good_and_the_dated_html_and_name_the_two_refused(
    client, softbank, extractor, django_capture_on_commit_callbacks
):
    client.force_login(editor())
    files = [
        _upload("empty.txt", b""),
        _zip("scans.zip", {"report.pdf": b"%PDF-1.7 binary"}),
        _upload("one.txt", _good(1)),
        _upload("two.md", _good(2)),
        _upload("three.txt", _good(3)),
        _upload("page.html", ARTICLE_HTML),
    ]
    with django_capture_on_commit_callbacks(execute=True):  # the zip sends the files to the workers
        response = client.post(
            reverse("admin:deals_article_import"), {"files": files, "published": "2024-11-14"}, follow=True
        )
    html = response.content.decode()
    assert "empty.txt: the file is empty" in html
    assert "scans.zip: the archive holds no" in html and "report.pdf" in html
    dates = dict(Article.objects.values_list("source_file", "published_on"))
    assert dates == {
        "one.txt": dt.date(2024, 11, 14),
        "two.md": dt.date(2024, 11, 14),
        "three.txt": dt.date(2024, 11, 14),
        "page.html": dt.date(2024, 6, 11),  # its own metadata, not the date typed for the batch
    }


@pytest.mark.django_db
def test_a_zip_lists_the_members_it_skips(client, softbank, extractor, django_capture_on_commit_callbacks):
    client.force_login(editor())
    archive = _zip("mixed.zip", {"one.txt": _good(1), "scan.pdf": b"%PDF-1.7", "photo.jpg": b"\xff\xd8"})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:deals_article_import"), {"files": [archive], "published": "2024-11-14"}, follow=True
        )
    html = response.content.decode()
    assert "mixed.zip/scan.pdf: skipped" in html and "mixed.zip/photo.jpg: skipped" in html
    assert Article.objects.get().source_file == "mixed.zip/one.txt"


@pytest.mark.django_db
def test_several_plain_files_list_each_outcome_with_links_to_review(client, softbank, extractor):
    client.force_login(editor())
    client.post(
        reverse("admin:deals_article_import"), {"files": [_upload("one.txt", _good(1))], "published": "2024-11-14"}
    )
    files = [_upload("one.txt", _good(1)), _upload("two.txt", _good(2)), _upload("bad.pdf", b"%PDF")]
    response = client.post(reverse("admin:deals_article_import"), {"files": files, "published": "2024-11-14"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="outcome-already-there"') == 1 and html.count('class="outcome-imported"') == 1
    assert "bad.pdf: only .txt" in html
    two = Article.objects.get(source_file="two.txt")
    assert reverse("admin:deals_article_review", args=[two.pk]) in html
