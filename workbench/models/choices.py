"""The model families and kinds of standard error a user can choose (the `its` command's options).

Kept apart from `counts` so that the command line can offer them without loading statsmodels.
"""

FAMILIES = ("quasipoisson", "poisson", "negbin", "gaussian")
ERRORS = ("auto", "model", "hac")
