"""The command line starts quickly: parsing arguments and the researcher's `verify` load
neither statsmodels nor the de-identification stack (Presidio, spaCy)."""

import subprocess
import sys

import pytest

HEAVY = ("statsmodels", "spacy", "presidio_analyzer")
SCRIPT = """
import sys
import {module}
print(" ".join(sorted({{name.split(".")[0] for name in sys.modules}} & set({heavy!r}))))
"""


@pytest.mark.parametrize("module", ["workbench.cli", "ethics.package", "deidentify"])
def test_importing_loads_no_heavy_library(module):
    out = subprocess.run([sys.executable, "-c", SCRIPT.format(module=module, heavy=HEAVY)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [], f"importing {module} loaded {out.stdout.strip()}"


def test_the_package_still_offers_its_names():
    import deidentify
    from deidentify.api import deidentify_file, deidentify_project
    from deidentify.config import load_config
    from deidentify.engine import Deidentifier

    assert (deidentify.Deidentifier, deidentify.deidentify_file, deidentify.deidentify_project,
            deidentify.load_config) == (Deidentifier, deidentify_file, deidentify_project,
                                        load_config)
    with pytest.raises(AttributeError):
        deidentify.no_such_name  # noqa: B018
