"""Settings for DealTracker, read from the environment with safe local defaults.

DATABASE_URL unset means the embedded SQLite file in the project folder; postgres://... means PostgreSQL
through psycopg 3. DEBUG defaults to on only for local use; DEBUG=false (or DJANGO_PRODUCTION=1) is the one
production switch: it turns on the hardened profile and requires a SECRET_KEY.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


# Anything not in debug mode is production: no debug, secure cookies, HSTS, a required SECRET_KEY. Tying the
# hardened profile to DEBUG leaves no second switch to forget; DJANGO_PRODUCTION=1 still turns DEBUG off.
DEBUG = env_bool("DEBUG", not env_bool("DJANGO_PRODUCTION", False))
PRODUCTION = not DEBUG
if PRODUCTION and not os.environ.get("SECRET_KEY"):
    raise RuntimeError("Production settings (DEBUG=false or DJANGO_PRODUCTION=1) need a SECRET_KEY in the environment.")
# The fallback key is only ever used for local development.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-insecure-key-change-me-for-anything-public-0123456789")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver", "[::1]"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "axes",
    "django_tasks_db",
    "deals",
]

MIDDLEWARE = [
    "deals.middleware.DatabaseUnavailableMiddleware",
    "deals.middleware.RejectNullBytesMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "deals.auth.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "dealtracker.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
            ],
        },
    },
]

WSGI_APPLICATION = "dealtracker.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers run while an import writes; the timeout waits for a lock instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )

# "pages" holds the page and API caches (deals.views.cache), local memory by default: one per process, which
# tests rely on. Under gunicorn each worker then renders every page for itself, so CACHE_BACKEND=file (a
# directory, CACHE_LOCATION required) or database (a table made by `manage.py createcachetable`) shares it
# between the workers with no other service to run. API throttle counts are not cached: they live in a
# database table every worker shares (deals.api.throttling).
_CACHE_BACKENDS = {
    "locmem": ("django.core.cache.backends.locmem.LocMemCache", "dealtracker-pages"),
    # No cache at all, the per-event fragments included: what a render costs (bench/results.md measures it).
    "none": ("django.core.cache.backends.dummy.DummyCache", ""),
    "file": ("django.core.cache.backends.filebased.FileBasedCache", None),
    "database": ("django.core.cache.backends.db.DatabaseCache", "dealtracker_cache"),
}
_cache_backend = os.environ.get("CACHE_BACKEND", "locmem")
if _cache_backend not in _CACHE_BACKENDS:
    raise RuntimeError(f"CACHE_BACKEND must be one of {', '.join(_CACHE_BACKENDS)}, not {_cache_backend!r}.")
_cache_location = os.environ.get("CACHE_LOCATION") or _CACHE_BACKENDS[_cache_backend][1]
if _cache_location is None:
    # No default directory: cache files are unpickled, so they must live where only this app can write.
    raise RuntimeError("CACHE_BACKEND=file needs CACHE_LOCATION, a directory only this app can write to.")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": _CACHE_BACKENDS[_cache_backend][0],
        "LOCATION": _cache_location,
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_MAX_ENTRIES", "300"))},
    },
    # Per-event fragments (each move's card, its API dict, a deal's or company's rows), many per page: in
    # local memory whatever CACHE_BACKEND says, so they never push whole pages out of "pages", and because
    # fifty reads from a file or database cache would cost more than rendering the fifty cards again.
    "fragments": {
        "BACKEND": _CACHE_BACKENDS["none"][0]
        if _cache_backend == "none"
        else "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "dealtracker-fragments",
        "OPTIONS": {"MAX_ENTRIES": int(os.environ.get("CACHE_FRAGMENT_ENTRIES", "5000"))},
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
# One storage whatever DEBUG says, so `collectstatic` (run by `make setup`) always writes the hashed files and
# their manifest that a DEBUG=false server needs; see dealtracker/storage.py.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "dealtracker.storage.StaticStorage"},
}

FIXTURES_DIR = BASE_DIR / "fixtures"
FIXTURE_DIRS = [FIXTURES_DIR]

# Import limits: an editor sees these in the error messages. They bound one request's time and memory: the
# extractor reads at most 400,000 characters of an article, so a file over 1 MB is not an article; every
# file of a request (zip members included) is decoded in memory before anything is saved, so their total is
# bounded too, and so is the request body, refused from its Content-Length before it is read.
IMPORT_MAX_FILE_BYTES = int(os.environ.get("IMPORT_MAX_FILE_BYTES", str(1024 * 1024)))
IMPORT_MAX_FILES = int(os.environ.get("IMPORT_MAX_FILES", "50"))
# Decoding is the slow part of a request (about 2.5 s for 1 MB of HTML): 8 MB keep it well inside a worker's
# 30 s timeout, the zip members' uncompressed sizes counted.
IMPORT_MAX_TOTAL_BYTES = int(os.environ.get("IMPORT_MAX_TOTAL_BYTES", str(8 * 1024 * 1024)))
IMPORT_MAX_ZIP_BYTES = int(os.environ.get("IMPORT_MAX_ZIP_BYTES", str(IMPORT_MAX_TOTAL_BYTES)))
IMPORT_MAX_ZIP_MEMBERS = int(os.environ.get("IMPORT_MAX_ZIP_MEMBERS", "200"))
# More text than this in one request is imported by the background workers, not in the request.
IMPORT_SYNC_MAX_CHARS = int(os.environ.get("IMPORT_SYNC_MAX_CHARS", "1000000"))
# The sentences one article gives one move that are kept as its quotes, the first in text order (the
# extractor's own quote always among them); the review page says how many more there were. A repetitive
# text (one sentence 10,000 times) otherwise stored thousands of quotes and took 15 s to review.
IMPORT_MAX_QUOTES_PER_EVENT = int(os.environ.get("IMPORT_MAX_QUOTES_PER_EVENT", "20"))
# A queued import running longer than this is taken for a worker that died: it is queued again.
IMPORT_ITEM_LEASE_SECONDS = int(os.environ.get("IMPORT_ITEM_LEASE_SECONDS", "600"))
# Uploads above this size are streamed to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = IMPORT_MAX_FILES + 1

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "deals.api.schema.DealTrackerAutoSchema",
    # Token first: an anonymous write is answered 401 with a WWW-Authenticate header rather than a bare 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    # JSON in and out only: the documented media types are the only ones served (docs live at /api/docs/).
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["deals.api.parsers.BoundedJSONParser"],
    "URL_FORMAT_OVERRIDE": None,
    "EXCEPTION_HANDLER": "deals.api.exceptions.api_exception_handler",
    "DEFAULT_THROTTLE_CLASSES": ["deals.api.throttling.AnonymousRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("API_ANON_THROTTLE_RATE", "120/minute")},
    # Proxies in front of the app that append the client's address to X-Forwarded-For: the client is that many
    # hops back. 0 (no proxy) ignores the header, which any client can write.
    "NUM_PROXIES": int(os.environ.get("NUM_PROXIES", "0")),
}

SPECTACULAR_SETTINGS = {
    "TITLE": "DealTracker API",
    "DESCRIPTION": (
        "Sourced, dated chronology of investment deals extracted from news articles. Anonymous clients read "
        "published data; editors (token or session) also see drafts and may PATCH events, amounts and companies. "
        "Errors are JSON: {detail, code, errors}."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "ENUM_NAME_OVERRIDES": {
        "DealKindEnum": "deals.models.choices.DealKind",
        "EventStatusEnum": "deals.models.choices.EventStatus",
        "DatePrecisionEnum": "deals.models.choices.DatePrecision",
        "ReviewStateEnum": "deals.models.choices.ReviewState",
        "PartyRoleEnum": "deals.models.choices.PartyRole",
        "AmountRoleEnum": "deals.models.choices.AmountRole",
        "QualifierEnum": "deals.models.choices.Qualifier",
        "CompanyKindEnum": "deals.models.choices.CompanyKind",
    },
}

# Structured logs: one JSON object a line, easy to ship and query.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "dealtracker.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {"deals": {"level": os.environ.get("LOG_LEVEL", "INFO"), "propagate": True}},
}

# Content-Security-Policy on every page (Django's built-in support); inline scripts need the request's nonce.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True

# Admin login lockout (django-axes): a few failures per user and address, then a cool-off.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "lockout.html"

# Background imports: Django's tasks framework with the database queue of django-tasks-db.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# The editors' desk: pasted text and imports by URL. An editor sees these limits in the messages.
IMPORT_MAX_PASTE_CHARS = int(os.environ.get("IMPORT_MAX_PASTE_CHARS", str(1024 * 1024)))
IMPORT_MAX_URLS = int(os.environ.get("IMPORT_MAX_URLS", "20"))
IMPORT_URL_TIMEOUT = float(os.environ.get("IMPORT_URL_TIMEOUT", "10"))
IMPORT_URL_MAX_BYTES = int(os.environ.get("IMPORT_URL_MAX_BYTES", str(5 * 1024 * 1024)))
# Fetching a page on the server's own network (loopback, 10.x, 169.254.x...) is refused unless this is set.
IMPORT_URL_ALLOW_PRIVATE = env_bool("IMPORT_URL_ALLOW_PRIVATE", False)
