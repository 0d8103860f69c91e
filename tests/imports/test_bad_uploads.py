"""Bad uploads get a message naming the problem, change nothing and never cause a server error."""

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from deals.models import Article, Company, Event

from .editor_helpers import editor

GOOD = b"SoftBank Group agreed to invest in Nvidia on Monday, the company said."


def upload(name, data, content_type="text/plain"):
    return SimpleUploadedFile(name, data, content_type=content_type)


@pytest.fixture
def editor_client(client, db, extractor):
    client.force_login(editor())
    return client


def post(client, files, **fields):
    return client.post(reverse("admin:deals_article_import"), {"files": files, "published": "2024-11-14", **fields})


def assert_nothing_saved():
    assert not Article.objects.exists() and not Event.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ([("empty.txt", b"")], "empty.txt: the file is empty"),
        ([("blank.md", b"  \n\n \t")], "blank.md: the file is empty"),
        (
            [("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)],
            "photo.txt: this is a binary file",
        ),
        ([("report.pdf", b"%PDF-1.7 ...")], "report.pdf: only .txt, .md, .html, .htm files"),
        (
            [("broken.txt", "Société Générale a investi 5 millions € ".encode() + b"\xff\xfe\xc3(" + b" dans OpenAI.")],
            "broken.txt: this file is UTF-8 but has an invalid byte",
        ),
    ],
)
def test_bad_files_are_refused_by_name(editor_client, files, expected):
    response = post(editor_client, [upload(name, data) for name, data in files])
    assert response.status_code == 400
    assert expected in response.content.decode()
    assert "Nothing was saved" in response.content.decode()
    assert_nothing_saved()


@pytest.mark.django_db
def test_one_bad_file_among_good_ones_is_named_and_the_good_one_imported(editor_client):
    response = post(editor_client, [upload("good.txt", GOOD), upload("empty.txt", b"")])
    html = response.content.decode()
    assert response.status_code == 200
    assert "empty.txt: the file is empty" in html and 'class="outcome-refused"' in html
    assert 'class="outcome-imported"' in html
    assert Article.objects.get().source_file == "good.txt"


@pytest.mark.django_db
def test_a_50_mb_file_is_refused_with_the_limit(editor_client):
    response = post(editor_client, [upload("huge.txt", b"a" * (50 * 1024 * 1024))])
    assert response.status_code == 400
    assert f"over the limit of {settings.IMPORT_MAX_FILE_BYTES / 1_048_576:.0f} MB" in response.content.decode()
    assert_nothing_saved()


@pytest.mark.django_db
def test_200_files_are_refused_with_the_limit(editor_client):
    response = post(editor_client, [upload(f"a{i}.txt", GOOD + str(i).encode()) for i in range(200)])
    assert response.status_code == 400
    assert f"At most {settings.IMPORT_MAX_FILES} files" in response.content.decode()
    assert_nothing_saved()


@pytest.mark.django_db
def test_html_is_reduced_to_its_text_without_scripts_or_handlers(editor_client):
    html = (
        "<html><head><title>SoftBank news</title><script>alert('head')</script></head>"
        "<body onload=\"alert('body')\"><nav>Home | World</nav><article><h1>SoftBank invests</h1>"
        '<p onclick="steal()">SoftBank Group agreed to invest $500 million in Nvidia, the company said on Monday. '
        "The deal is expected to close next year, according to people familiar with the matter.</p>"
        "<script>document.write('<p>injected</p>')</script><img src=x onerror=\"alert(1)\"></article></body></html>"
    )
    response = post(editor_client, [upload("news.html", html.encode(), "text/html")])
    assert response.status_code == 302
    article = Article.objects.get()
    assert "agreed to invest $500 million in Nvidia" in article.text
    for bad in ("alert", "steal", "injected", "onerror", "<"):
        assert bad not in article.text
    assert article.title in ("SoftBank news", "SoftBank invests") and article.source_file == "news.html"


@pytest.mark.django_db
def test_legacy_encodings_are_detected(editor_client):
    text = "ソフトバンクグループは、エヌビディアに5億ドルを投資すると発表した。同社は月曜日に明らかにした。"
    response = post(editor_client, [upload("jp.txt", text.encode("shift_jis"))], language="ja")
    assert response.status_code == 302
    assert Article.objects.get().text == text


@pytest.mark.django_db
def test_missing_date_and_empty_form_get_messages(editor_client, monkeypatch):
    from deals.services import imports

    monkeypatch.setattr(imports, "stated_publication_date", lambda text: None)
    response = editor_client.post(reverse("admin:deals_article_import"), {"text": GOOD.decode()})
    assert response.status_code == 400 and "give the publication date" in response.content.decode()
    response = editor_client.post(reverse("admin:deals_article_import"), {"text": "   "})
    assert response.status_code == 400 and "Paste the article text or choose" in response.content.decode()
    assert_nothing_saved()
    assert not Company.objects.filter(verified=False).exists()
