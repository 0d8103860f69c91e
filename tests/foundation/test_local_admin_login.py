"""What `make run` promises: the password ensure_local_admin prints opens the admin, which shows the companies."""

import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils.html import escape

from deals.models import Company

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.7"  # the lockout counts failures per username and address: one fixed address


def printed_password() -> str:
    out = io.StringIO()
    call_command("ensure_local_admin", stdout=out)
    found = re.search(r"password: (\S+)", out.getvalue())
    assert found, out.getvalue()
    return found.group(1)


def log_in(client, password: str):
    return client.post(
        reverse("admin:login"),
        {"username": "admin", "password": password, "next": reverse("admin:index")},
        follow=True,
        REMOTE_ADDR=ADDRESS,
    )


def test_the_printed_password_logs_in_through_the_form_and_the_companies_are_listed(client):
    call_command("load_companies", stdout=io.StringIO())
    loaded = Company.objects.count()
    assert loaded >= 80
    password = printed_password()
    changelist = reverse("admin:deals_company_changelist")
    assert client.get(changelist, REMOTE_ADDR=ADDRESS).status_code == 302  # not before logging in

    page = log_in(client, password)
    assert page.redirect_chain and page.redirect_chain[-1][0] == reverse("admin:index")
    assert page.context["user"].username == "admin" and page.context["user"].is_superuser

    response = client.get(changelist, REMOTE_ADDR=ADDRESS)
    html = response.content.decode()
    assert response.status_code == 200
    assert f"{loaded} companies" in html
    shown = list(response.context["cl"].result_list)
    assert len(shown) == min(loaded, response.context["cl"].list_per_page)
    for company in shown:
        assert f">{escape(company.name)}</a>" in html

    found = client.get(changelist, {"q": "softbank-group"}, REMOTE_ADDR=ADDRESS).content.decode()
    assert f">{escape(Company.objects.get(slug='softbank-group').name)}</a>" in found


def test_a_wrong_password_does_not_open_the_admin(client):
    password = printed_password()
    page = log_in(client, password + "x")
    assert not page.context["user"].is_authenticated
    assert "Please enter the correct username and password" in page.content.decode()
    assert client.get(reverse("admin:deals_company_changelist"), REMOTE_ADDR=ADDRESS).status_code == 302
