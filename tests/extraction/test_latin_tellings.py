"""How the German, Spanish and French press tell SoftBank's moves: perfect tenses with a long middle field
("hat sich ... von X getrennt", "war ... eingestiegen", "ha entrado en el capital de"), a present tense that is
still a plan ("verkauft seine Beteiligung"), a rival named in a compound ("Uber-Konkurrent Ola"), money
abbreviations inside a sentence ("2 Mrd. Dollar"), a fund raised or founded, a list of holdings with articles,
capitalised German deal nouns, what a company does told after its name, a profit lifted by a holding, and a
purchase told in a relative clause after the company it bought."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extraction.helpers import tracked_moves

P = dt.date(2021, 6, 1)


softbank_moves = partial(tracked_moves, published=P)


# (language, article, kind, status, counterparties of the moves, one move per counterparty)
MOVES = [
    (
        "es",
        "Este año SoftBank ha entrado en el capital de Ola y Coupang.",
        "investment",
        "completed",
        ["Ola Cabs", "Coupang"],
    ),
    (
        "es",
        "SoftBank presentó sus resultados. En 2021 la entidad japonesa ha entrado en el capital de Coupang.",
        "investment",
        "completed",
        ["Coupang"],
    ),
    ("de", "Softbank hat sich im Mai von seinen Anteilen an Uber getrennt.", "divestment", "completed", ["Uber"]),
    ("de", "Softbank beteiligt sich am Uber-Konkurrenten Ola.", "investment", "announced", ["Ola Cabs"]),
    (
        "de",
        "Softbank verkauft seine Anteile an Coupang an eine Gruppe von Investoren.",
        "divestment",
        "announced",
        ["Coupang"],
    ),
    (
        "de",
        "Softbank hat seine Beteiligung an Flipkart an den Handelskonzern Walmart verkauft.",
        "divestment",
        "completed",
        ["Flipkart", "Walmart"],
    ),
    (
        "de",
        "Im Jahr 2019 war Softbank für 1 Mrd. Dollar bei Ola eingestiegen.",
        "investment",
        "completed",
        ["Ola Cabs"],
    ),
    ("de", "Softbank will bei Coupang einsteigen.", "investment", "announced", ["Coupang"]),
    (
        "de",
        "Der Vision Fund, der unter anderem an dem Fahrdienst Uber, dem Lieferdienst DoorDash und Grab beteiligt ist, "
        "investiert 1 Mrd. Dollar in Coupang.",
        "investment",
        "announced",
        ["Coupang"],
    ),
    ("de", "Softbank will 40 Mrd. Dollar für den Fonds einsammeln.", "launch", "announced", []),
    (
        "de",
        "Softbank hat Geld. Softbanks 2019 gegründeter Lateinamerika-Fonds verwaltet 5 Milliarden Dollar.",
        "launch",
        "completed",
        [],
    ),
]


@pytest.mark.parametrize(("language", "text", "kind", "status", "names"), MOVES)
def test_the_move_is_told_with_its_kind_status_and_companies(language, text, kind, status, names):
    events = softbank_moves(language, text)
    assert sorted(n for e in events for n in e["counterparties"]) == sorted(names), events
    assert {(e["kind"], e["status"]) for e in events} == {(kind, status)}, events


def test_a_rival_named_in_a_compound_is_no_party():
    events = softbank_moves("de", "Softbank verkauft seine Beteiligung am Amazon-Konkurrenten Flipkart.")
    assert [e["counterparties"] for e in events] == [["Flipkart"]], events


def test_a_german_money_abbreviation_does_not_end_the_sentence():
    (event,) = softbank_moves("de", "Im Mai kaufte Softbank Anteile an Grab für 2 Mrd. Dollar. Die Aktie stieg.")
    assert event["quote"].endswith("für 2 Mrd. Dollar."), event
    assert [a["low"] for a in event["amounts"]] == [2_000_000_000], event


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "SoftBank compró Boston Dynamics, fabricante de robots para fábricas, por 1.100 millones de dólares."),
        (
            "fr",
            "SoftBank a racheté Boston Dynamics, spécialiste des robots pour les usines, pour 1,1 milliard de dollars.",
        ),
        ("en", "SoftBank bought Boston Dynamics, a maker of robots for factories and warehouses, for $1.1 billion."),
    ],
)
def test_what_a_bought_company_makes_is_not_the_object(language, text):
    (event,) = softbank_moves(language, text)
    assert event["object"]["type"] == "company", event
    assert event["roles"] == {"Boston Dynamics": "target"}, event


def test_a_capitalised_german_deal_noun_is_no_company():
    text = (
        "Softbank legte Zahlen vor. Es gab Kritik an Investitionen aus dem Ausland. "
        "Softbanks 2019 gegründeter Lateinamerika-Fonds hatte 5 Milliarden Dollar für Investitionen zur Verfügung."
    )
    events = softbank_moves("de", text)
    assert events and all("Investitionen" not in e["counterparties"] for e in events), events


def test_a_profit_lifted_by_a_holding_is_no_move():
    text = "SoftBank informó un beneficio neto de 2,5 billones de yenes, impulsado por la valorización de su participación en OpenAI."
    assert softbank_moves("es", text) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "SoftBank envisage de vendre Boston Dynamics, que le groupe avait acquise en 2017 pour 165 millions de dollars.",
        ),
        (
            "es",
            "SoftBank estudia vender Boston Dynamics, que el grupo había comprado en 2017 por 165 millones de dólares.",
        ),
    ],
)
def test_a_purchase_told_in_a_relative_clause_is_its_own_move(language, text):
    moves = {e["kind"]: e for e in softbank_moves(language, text)}
    assert set(moves) == {"divestment", "acquisition"}, moves
    bought = moves["acquisition"]
    assert (bought["status"], bought["date"], bought["counterparties"]) == (
        "completed",
        "2017-01-01",
        ["Boston Dynamics"],
    )
    assert [a["low"] for a in bought["amounts"]] == [165_000_000], bought
    assert moves["divestment"]["amounts"] == [], moves


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "SoftBank, qui possède déjà 25% d'Arm, prendra une participation dans Nvidia."),
        ("es", "SoftBank, que ya posee el 25% de Arm, tomará una participación en Nvidia."),
    ],
)
def test_what_the_company_already_holds_does_not_complete_its_plan(language, text):
    (event,) = softbank_moves(language, text)
    assert (event["status"], event["counterparties"]) == ("announced", ["Nvidia"]), event


def test_others_refusing_to_give_something_up_does_not_cancel_the_move():
    text = (
        "Aunque algunos socios no querían renunciar a su derecho de compra, SoftBank acordó comprar acciones de Uber "
        "por 9.000 millones de dólares."
    )
    (event,) = softbank_moves("es", text)
    assert (event["kind"], event["status"]) == ("investment", "announced"), event
