#!/usr/bin/env python3
"""How fast does the admin import page refuse over-limit uploads, and is nothing saved?

Starts gunicorn (4 sync workers, DEBUG=false) on 127.0.0.1 against a PostgreSQL database, signs in as a
bench editor it creates, posts each upload once, and stops the server. Loopback only, 60 s timeout each.

    .venv/bin/python bench/upload_limits.py --db dt_throttle

Prints per upload: size sent, status, seconds to the answer, the first error line, and the article count
before and after.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import time
import zipfile

import requests
from throttle_load import PY, ROOT, server_env, start_server, stop_server

LINE = b"SoftBank Group agreed to invest $500 million in Example Robotics on Monday, the company said.\n"
PASSWORD = "bench-editor-password-0123456789"
SETUP = f"""
from django.contrib.auth import get_user_model
user, _ = get_user_model().objects.get_or_create(username="bench-editor", defaults={{"is_staff": True}})
user.is_staff = user.is_superuser = True
user.set_password("{PASSWORD}")
user.save()
"""


def zipped(count: int, size: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i in range(count):
            archive.writestr(f"a{i}.txt", (LINE * (size // len(LINE) + 1))[:size] + str(i).encode())
    return buffer.getvalue()


def uploads() -> list[tuple[str, str, bytes]]:
    mb = 1024 * 1024
    return [
        ("1.5 MB text file", "long.txt", (LINE * (int(1.5 * mb) // len(LINE)))),
        ("4.9 MB text file", "long.txt", (LINE * (int(4.9 * mb) // len(LINE)))),
        ("50 MB text file", "huge.txt", b"a" * (50 * mb)),
        ("zip of 100 x 4.9 MB members", "bomb.zip", zipped(100, int(4.9 * mb))),
        ("zip of 300 small members", "many.zip", zipped(300, 2000)),
    ]


def articles(env: dict[str, str]) -> str:
    script = "from deals.models import Article; print(Article.objects.count())"
    run = subprocess.run(
        [PY, "manage.py", "shell", "--no-imports", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    return run.stdout.strip().splitlines()[-1]


def https_headers(session: requests.Session, base: str, path: str) -> dict[str, str]:
    """Production cookies are Secure and the server sits behind a TLS proxy: say so, and send them by hand."""
    cookies = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    referer = base.replace("http://", "https://") + path
    return {"Cookie": cookies, "X-Forwarded-Proto": "https", "Referer": referer}


def sign_in(base: str) -> requests.Session:
    session = requests.Session()
    session.get(f"{base}/admin/login/", headers={"X-Forwarded-Proto": "https"}, timeout=30)
    response = session.post(
        f"{base}/admin/login/",
        data={"username": "bench-editor", "password": PASSWORD, "next": "/admin/"},
        headers={"X-CSRFToken": session.cookies["csrftoken"], **https_headers(session, base, "/admin/login/")},
        timeout=30,
        allow_redirects=False,
    )
    if response.status_code != 302:
        raise SystemExit(f"sign-in failed: {response.status_code}")
    return session


def post(session: requests.Session, base: str, name: str, data: bytes) -> tuple[int, float, str]:
    url = f"{base}/admin/deals/article/import/"
    started = time.perf_counter()
    response = session.post(
        url,
        data={"published": "2024-11-14", "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        files={"files": (name, data)},
        headers=https_headers(session, base, "/admin/deals/article/import/"),
        timeout=60,
        allow_redirects=False,
    )
    seconds = time.perf_counter() - started
    errors = re.findall(r"<li>([^<]*(?:limit|at most|over)[^<]*)</li>", response.text)
    return response.status_code, seconds, (errors[0] if errors else response.text[:80].replace("\n", " "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--port", type=int, default=8133)
    args = parser.parse_args()
    env = server_env(args.db, "120/minute")
    server = start_server(env, args.port, 4)
    base = f"http://127.0.0.1:{args.port}"
    try:
        subprocess.run([PY, "manage.py", "shell", "--no-imports", "-c", SETUP], cwd=ROOT, env=env, check=True)
        session = sign_in(base)
        for label, name, data in uploads():
            before = articles(env)
            status, seconds, message = post(session, base, name, data)
            print(
                f"{label:30} {len(data) / 1048576:7.2f} MB sent  {status}  {seconds:6.2f} s  "
                f"articles {before} -> {articles(env)}  {message[:150]}",
                flush=True,
            )
    finally:
        stop_server(server)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "bench"))
    main()
