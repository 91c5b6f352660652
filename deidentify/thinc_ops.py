"""A thinc backend that does matrix products with numpy's BLAS instead of BLIS.

On the CPUs seen here BLIS reaches about a tenth of numpy's BLAS speed, and matrix products are
most of the spaCy model's time. thinc's own AppleOps swaps `gemm` the same way. The entities
the engine uses are the same (tests/deidentify/test_nlp.py).
"""

from __future__ import annotations

import numpy
from thinc.api import NumpyOps, set_current_ops


class NumpyBlasOps(NumpyOps):
    name = "numpy_blas"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


def use_numpy_blas() -> None:
    """Make models loaded after this call use NumpyBlasOps."""
    set_current_ops(NumpyBlasOps())
