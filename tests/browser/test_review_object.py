"""An editor in the system Chromium turns "to acquire Nvidia" into "to buy Nvidia GPUs" on the review page; the
preview follows each change, and once published the public deal page and the API say the same."""

from __future__ import annotations

import datetime as dt

import pytest

from deals.models import Event
from deals.services import imports
from deals.services.imports import article_import
from tests.imports.builders import event, result
from tests.imports.editor_helpers import editor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]  # fixtures: tests/browser/conftest.py

TEXT = "SoftBank Group will secure Nvidia's latest chips for its new AI data centre, the company said on Monday."


def test_editor_turns_an_acquisition_of_nvidia_into_a_purchase_of_its_gpus(
    live_url, page, softbank, monkeypatch, screenshot
):
    from tests.factories import CompanyFactory

    nvidia = CompanyFactory(name="Nvidia", slug="nvidia")
    monkeypatch.setattr(
        imports,
        "run_extraction",
        lambda text, *, published, language: result(
            event(
                text,
                TEXT,
                kind="acquisition",
                counterparties=("Nvidia",),
                object_type="company",
                roles=(("Nvidia", "target"),),
                date=dt.date(2024, 11, 11),
                date_text="on Monday",
            )
        ),
    )
    article = article_import(text=TEXT, published=dt.date(2024, 11, 14), language="en").article
    draft = Event.objects.get()
    user = editor("object-editor")
    user.set_password("correct-horse-battery")
    user.save()
    page.goto(f"{live_url}/admin/login/")
    page.fill("#id_username", "object-editor")
    page.fill("#id_password", "correct-horse-battery")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_url}/admin/")

    page.goto(f"{live_url}/admin/deals/article/{article.pk}/review/")
    preview = page.locator(f"#headline-{draft.pk}")
    assert preview.inner_text() == "SoftBank Group to acquire Nvidia"
    prefix = f"#id_e{draft.pk}"
    page.select_option(f"{prefix}-object_type", "goods")
    page.fill(f"{prefix}-object_label", "GPUs")
    page.select_option(f"{prefix}-role_{nvidia.pk}", "seller")
    page.wait_for_function(
        "([id, text]) => document.getElementById(id).textContent === text",
        arg=[f"headline-{draft.pk}", "SoftBank Group to buy Nvidia GPUs"],
    )
    screenshot(page, "admin-review-object-and-roles")
    page.locator(f"#event-{draft.pk}").get_by_role("button", name="Accept and publish").click()
    page.wait_for_selector(f"#event-{draft.pk}.state-published")

    page.goto(f"{live_url}/deals/{draft.deal_id}/")
    assert page.locator(f"#event-{draft.pk}-headline").inner_text() == "SoftBank Group to buy Nvidia GPUs"
    assert page.locator("h1").inner_text() == "SoftBank Group's purchase of Nvidia GPUs"
    screenshot(page, "deal-page-nvidia-gpus")
    body = page.request.get(f"{live_url}/api/v1/events/{draft.pk}/").json()
    assert body["headline"] == "SoftBank Group to buy Nvidia GPUs"
    assert (body["deal"]["object_type"], body["deal"]["object_label"]) == ("goods", "GPUs")
    assert {(p["company"]["name"], p["role"]) for p in body["parties"]} == {
        ("SoftBank Group", "actor"),
        ("Nvidia", "seller"),
    }
