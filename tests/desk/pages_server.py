"""A local web server of article pages for the import-by-URL tests (and the browser test)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_HTML = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>SoftBank investit dans Mistral AI | Le Journal</title>
<meta property="og:title" content="SoftBank investit dans Mistral AI">
<meta property="og:site_name" content="Le Journal">
<meta property="article:published_time" content="2024-06-11T08:00:00+02:00">
</head><body><nav>Accueil | Économie | Tech</nav>
<article><h1>SoftBank investit dans Mistral AI</h1>
<p>SoftBank Group a annoncé mardi un investissement de 500 millions d'euros dans la start-up française Mistral AI,
selon un communiqué publié à Paris. La jeune pousse, fondée en 2023, développe des modèles de langage.</p>
<p>Le groupe japonais rejoint ainsi plusieurs investisseurs américains au capital de l'entreprise, qui compte
accélérer son expansion en Europe et aux États-Unis au cours des prochains mois.</p>
</article><footer>Mentions légales</footer></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    routes: dict = {}
    seen: list = []

    def log_message(self, *args):  # quiet tests
        pass

    def do_GET(self):  # noqa: N802 - the http.server API
        self.seen.append(self.path)
        route = self.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        status, headers, body, delay = route
        if delay:
            time.sleep(delay)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a client that gave up (the timeout test) is expected


class PagesServer:
    def __init__(self):
        handler = type("Handler", (_Handler,), {"routes": {}, "seen": []})
        self.handler = handler
        self.httpd = _QuietServer(("127.0.0.1", 0), handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def add(self, path, body, *, status=200, content_type="text/html; charset=utf-8", headers=None, delay=0.0):
        data = body.encode() if isinstance(body, str) else body
        self.handler.routes[path] = (status, {"Content-Type": content_type, **(headers or {})}, data, delay)

    @property
    def seen(self) -> list[str]:
        return self.handler.seen

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
