"""Evaluation reports: a parameterised notebook (notebooks/07_evaluation_report.ipynb) run
headless and rendered by nbconvert to one self-contained HTML file, with a one-page summary.

- `*_section`: what each part of the report computes, checks, draws and says (`context`:
  what they share; `Answer`: one question answered in plain words);
- `coarsen`: tables grouped up (quarter, year, "Other") until they can be shown;
- `labels`, `plain`: words for codes and for numbers;
- `page`: the HTML pieces (tables with captions, figures, contents, glossary);
- `summary`: the one-page summary for service users;
- `provenance`: input data hash, code version, parameters, output-check (gate) status;
- `files`: the files beside the report (outputs.json, summary.html, provenance.json), written
  in one place for `workbench report` and the notebook run by hand;
- `build`: run the notebook with parameters and render it (and print it to PDF);
- `lab`: JupyterLab without letting outputs into git.
"""
