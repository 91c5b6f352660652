"""De-identification of project records and free-text notes (see README.md).

The names most callers need: `Deidentifier` (notes in memory), `deidentify_file` and
`deidentify_project` (files and whole data directories), and `load_config`.
"""

from deidentify.api import deidentify_file, deidentify_project
from deidentify.config import load_config
from deidentify.engine import Deidentifier

__all__ = ["Deidentifier", "deidentify_file", "deidentify_project", "load_config"]
