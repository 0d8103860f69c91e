"""The extraction package is plain Python: importing and running it must not pull in Django."""

from __future__ import annotations

import subprocess
import sys

from tests.extraction.helpers import ROOT

SCRIPT = """
import datetime, sys
import deals.extraction
from deals.extraction.pipeline import extract
from deals.extraction.gazetteer import gazetteer_from_file
from deals.extraction.serialize import result_to_eval
gaz = gazetteer_from_file("fixtures/companies.yaml")
r = extract("SoftBank agreed to buy Graphcore for $500 million.", published=datetime.date(2024, 7, 11), gazetteer=gaz)
assert result_to_eval(r)["events"], r
print("django" in sys.modules or any(m.startswith("django.") for m in sys.modules))
"""


def test_extraction_runs_without_importing_django():
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"
