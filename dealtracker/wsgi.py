import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dealtracker.settings")
application = get_wsgi_application()
# The objects loaded so far (Django, the apps, their modules) live as long as the process: frozen, they leave
# the collector's full passes, which otherwise walk all of them every few cold renders (tens of ms each).
gc.freeze()
