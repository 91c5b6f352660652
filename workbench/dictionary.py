"""Render the data dictionary (Markdown) from the schema, so the document cannot drift."""

from __future__ import annotations

from workbench.core.schema import TABLES, Column, Role, Table

_HEADER = """# Data dictionary

Generated from `workbench/core/schema.py` by `workbench dictionary` (or `make dictionary`).
Do not edit by hand: a test fails when this file and the schema disagree.

Disclosure roles:
- **direct identifier**: identifies a person on its own. Dropped or pseudonymised before
  anything leaves the identifiable zone.
- **quasi-identifier**: identifies in combination with others (age, nationality, site, dates).
  Generalised, and checked for k-anonymity before export.
- **sensitive**: special category data (health, sex life; UK GDPR Art. 9) or criminal offence
  data (Art. 10, DPA 2018 s11(2)); kept only under the lawful basis recorded in the checklist.
- **safe**: neither identifying nor sensitive.
"""


def _allowed(col: Column) -> str:
    parts = []
    if col.allowed:
        parts.append(", ".join(f"`{v}`" for v in col.allowed))
    if col.minimum is not None or col.maximum is not None:
        lo = "" if col.minimum is None else f"{col.minimum:g}"
        hi = "" if col.maximum is None else f"{col.maximum:g}"
        parts.append(f"{lo}..{hi}")
    if col.references:
        parts.append(f"key of `{col.references}`")
    return "; ".join(parts)


def _table_section(table: Table) -> str:
    lines = [f"## `{table.name}`", "", table.description, ""]
    if table.synthetic_only:
        lines += ["Written only by the synthetic generator.", ""]
    lines += [
        f"Primary key: `{table.primary_key}`.",
        "",
        "| column | type | required | role | allowed values | description |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for c in table.columns:
        lines.append(
            f"| `{c.name}` | {c.dtype} | {'yes' if c.required else 'no'} | {c.role.value} "
            f"| {_allowed(c)} | {c.description} |"
        )
    return "\n".join(lines) + "\n"


def render_dictionary() -> str:
    counts = {r: sum(len(t.by_role(r)) for t in TABLES.values()) for r in Role}
    summary = ", ".join(f"{n} {r.value}" for r, n in counts.items())
    body = "\n".join(_table_section(t) for t in TABLES.values())
    return f"{_HEADER}\nColumns by role: {summary}.\n\n{body}"
