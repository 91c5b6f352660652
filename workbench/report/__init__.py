"""Evaluation reports: a parameterised notebook (notebooks/07_evaluation_report.ipynb) run
headless and rendered by nbconvert to one self-contained HTML file.

- `sections`: what each part of the report computes, checks and draws;
- `provenance`: input data hash, code version, parameters, output-check (gate) status;
- `build`: run the notebook with parameters and render it.
"""
