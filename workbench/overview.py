"""Overview plots of a project: who it works with, contacts over time, interpreting, notes."""

from __future__ import annotations

import json
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from workbench.core.tables import read_table
from workbench.core.zones import open_data_dir
from workbench.plots import apply_style, mark_month

INTERPRETER_KIND = {
    "professional_face_to_face": "professional", "telephone": "professional",
    "family": "family, friend or partner", "friend": "family, friend or partner",
    "partner": "family, friend or partner",
    "cultural_mediator": "mediator or sex worker", "sex_worker": "mediator or sex worker",
}


def _month(dates: pd.Series) -> pd.Series:
    return pd.to_datetime(dates).dt.to_period("M").dt.to_timestamp()


def migrant_share(ax, users: pd.DataFrame) -> None:
    share = users[users.gender == "female"].groupby(["setting", "site"]).migrant.mean().unstack()
    share.plot.barh(ax=ax, title="Female service users who are migrants")
    ax.set_xlabel("share migrant")
    ax.set_ylabel("")
    ax.set_xlim(0, 1)


def monthly_contacts(ax, contacts: pd.DataFrame, operation_month: str | None = None) -> None:
    monthly = contacts.groupby([_month(contacts.contact_date), "contact_type"]).size().unstack(
        fill_value=0)
    monthly.plot(ax=ax, title="Contacts per month by type")
    ax.set_xlabel("")
    ax.set_ylabel("contacts")
    if operation_month:
        mark_month(ax, operation_month, "policing operation")
    ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.0, 0.5))


def interpreter_kinds(ax, sessions: pd.DataFrame, change_month: str | None = None) -> None:
    kind = sessions.interpreter_type.map(INTERPRETER_KIND)
    counts = sessions.groupby([_month(sessions.session_date), kind]).size().unstack(fill_value=0)
    counts.div(counts.sum(axis=1), axis=0).plot(ax=ax, title="Who interpreted (share)")
    ax.set_ylim(0, 1)
    ax.set_xlabel("")
    if change_month:
        mark_month(ax, change_month, "telephone contract")
    ax.legend(fontsize=8, loc="center left", bbox_to_anchor=(1.0, 0.5))


def identifier_counts(ax, spans: pd.DataFrame) -> None:
    spans.entity_type.value_counts().sort_values().plot.barh(
        ax=ax, title="Identifiers planted in notes")
    ax.set_xlabel("spans")


def overview_figure(data_dir: str | Path):
    """A four-panel picture of a generated project (the README's figure)."""
    apply_style()
    data = open_data_dir(data_dir)
    manifest = json.loads((data.identifiable / "manifest.json").read_text())
    effects = manifest["planted_effects"]
    fig, axes = plt.subplots(2, 2, figsize=(15, 8.5))
    migrant_share(axes[0, 0], read_table(data, "service_users", "identifiable"))
    monthly_contacts(axes[0, 1], read_table(data, "contacts", "identifiable"),
                     effects["policing_operation"]["start_month"])
    interpreter_kinds(axes[1, 0], read_table(data, "interpreter_sessions", "identifiable"),
                      effects["interpreter_change"]["start_month"])
    identifier_counts(axes[1, 1], read_table(data, "note_spans", "identifiable"))
    p = manifest["parameters"]
    fig.suptitle(f"Synthetic project: {p['users']:,} people over {p['months']} months "
                 f"(seed {p['seed']}); no real person is in it", fontsize=14)
    fig.tight_layout()
    return fig
