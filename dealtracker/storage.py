"""Static files: hashed names from the manifest `collectstatic` writes, plain names before it has run.

The manifest storage answers a missing manifest entry with an error, so a server started with DEBUG=false
before `collectstatic` failed every page with a 500. Here a file not (yet) collected keeps its plain name:
the page renders, only that file is missing until `collectstatic` runs.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    manifest_strict = False

    def stored_name(self, name):
        try:
            return super().stored_name(name)
        except ValueError:  # neither in the manifest nor in STATIC_ROOT
            return name
