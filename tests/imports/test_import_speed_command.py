"""import_articles --jobs: parallel workers give the same articles and events as one process, and stay
idempotent; SQLite and callers inside a transaction import in one process."""

import json

import pytest
from django.core.management import call_command
from django.db import connection

from deals.models import Article, Deal, Event, Mention

from .builders import event, result

MOVES = [
    ("SoftBank Group will invest in Nvidia, it said.", ("Nvidia",)),
    ("SoftBank Group agreed to buy Graphcore, the companies said.", ("Graphcore",)),
    ("SoftBank Group completed its investment in Nvidia.", ("Nvidia",)),
    ("SoftBank Group formed a venture with OpenAI.", ("OpenAI",)),
    ("Nvidia gets money from SoftBank Group, people said.", ("Nvidia",)),
    ("SoftBank Group lent Graphcore money, a filing showed.", ("Graphcore",)),
]


def _folder(tmp_path, extractor):
    from tests.factories import CompanyFactory

    for name in ("Nvidia", "Graphcore", "OpenAI"):
        CompanyFactory(name=name, slug=name.lower())
    entries = []
    for n, (sentence, counterparties) in enumerate(MOVES):
        (tmp_path / f"{n}.txt").write_text(f"{sentence} (ref {n})\n", encoding="utf-8")
        entries.append({"file": f"{n}.txt", "language": "en", "published": "2024-11-14"})
        status = "completed" if "completed" in sentence else "announced"
        extractor.by_text[sentence] = lambda t, s=sentence, c=counterparties, st=status: result(
            event(t, s, counterparties=c, status=st)
        )
    metadata = tmp_path / "articles.json"
    metadata.write_text(json.dumps(entries), encoding="utf-8")
    return metadata


def _state():
    return (
        Article.objects.count(),
        Deal.objects.count(),
        Event.objects.count(),
        Mention.objects.count(),
        sorted(Event.objects.values_list("deal__kind", "status")),
    )


@pytest.mark.django_db(transaction=True)
def test_parallel_import_matches_one_process_and_is_idempotent(tmp_path, softbank, extractor, capsys):
    if connection.vendor != "postgresql":
        pytest.skip("parallel workers need PostgreSQL: run with DATABASE_URL=postgres://...")
    metadata = _folder(tmp_path, extractor)

    call_command("import_articles", "--metadata", str(metadata), "--jobs", "1")
    one_process = _state()
    Article.objects.all().delete()
    Deal.objects.all().delete()
    capsys.readouterr()

    call_command("import_articles", "--metadata", str(metadata), "--jobs", "3")
    out = capsys.readouterr().out
    assert "Articles: 6 created" in out
    assert _state() == one_process
    # The second report of the Nvidia investment joined the first deal whichever worker wrote first.
    assert Deal.objects.filter(parties__company__name="Nvidia").distinct().count() == 1

    call_command("import_articles", "--metadata", str(metadata), "--jobs", "3")
    again = capsys.readouterr().out
    assert "Articles: 0 created, 6 already there" in again and "Events: 0 created" in again
    assert _state() == one_process


@pytest.mark.django_db
def test_jobs_fall_back_to_one_process_where_workers_could_not_see_the_data(tmp_path, softbank, extractor, capsys):
    """SQLite has one writer, and a caller's open transaction (here the test's) is invisible to other
    processes: both import in this process, and the rows are there."""
    metadata = _folder(tmp_path, extractor)
    call_command("import_articles", "--metadata", str(metadata), "--jobs", "4")
    captured = capsys.readouterr()
    assert "Articles: 6 created" in captured.out and "--jobs ignored" in captured.err
    assert Article.objects.count() == 6 and Event.objects.filter(deal__parties__company__name="Nvidia").exists()


@pytest.mark.django_db
def test_jobs_must_be_positive(tmp_path, softbank, extractor):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="at least 1"):
        call_command("import_articles", "--metadata", str(_folder(tmp_path, extractor)), "--jobs", "0")
