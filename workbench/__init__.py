"""Research and evaluation workbench for sex work support projects.

The library beneath the notebooks: data model, synthetic project generator, loading of case
system exports, and (in later layers) analysis and reports. See README.md.
"""

from workbench.core.errors import WorkbenchError

__version__ = "0.1.0"
__all__ = ["WorkbenchError", "__version__"]
