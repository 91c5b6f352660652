"""Staff, interpreters and establishments: the project's registry of known names."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from workbench.core.schema import ESTABLISHMENT_KINDS, SITES, STAFF_ROLES
from workbench.generate import identifiers as ids
from workbench.generate.context import Context

_REGISTRY_STREAM = 1


@dataclass(frozen=True)
class Registry:
    staff: pa.Table
    interpreters: pa.Table
    establishments: pa.Table

    def staff_at(self, site: str) -> np.ndarray:
        return np.asarray(self.staff["staff_id"].filter(pa.compute.equal(self.staff["site"], site)))

    def establishments_at(self, site: str) -> np.ndarray:
        e = self.establishments
        return np.asarray(e["establishment_id"].filter(pa.compute.equal(e["site"], site)))


def build_registry(ctx: Context) -> Registry:
    rng = ctx.rng(_REGISTRY_STREAM)
    n = ctx.names
    users = ctx.config.users

    n_staff = max(6, users // 120)
    staff_names = [f"{ids.pick(rng, n['staff_given'])} {ids.pick(rng, n['staff_family'])}"
                   for _ in range(n_staff)]
    staff = pa.table({
        "staff_id": [f"S{i + 1:04d}" for i in range(n_staff)],
        "name": staff_names,
        "role": [STAFF_ROLES[i % len(STAFF_ROLES)] for i in range(n_staff)],
        "site": [SITES[i % len(SITES)] for i in range(n_staff)],
    })

    languages = sorted({lang for g in n["nationalities"].values()
                        for lang in np.atleast_1d(g["language"]) if lang != "English"})
    rows = []
    for lang in languages:
        for kind in ("professional_face_to_face", "telephone"):
            pool = n["given_names"]["english"] + n["given_names"]["polish"]
            fam = n["family_names"]["english"] + n["family_names"]["romanian"]
            rows.append((f"{ids.pick(rng, pool)} {ids.pick(rng, fam)}", kind, lang))
    interpreters = pa.table({
        "interpreter_id": [f"I{i + 1:03d}" for i in range(len(rows))],
        "name": [r[0] for r in rows],
        "interpreter_type": [r[1] for r in rows],
        "language": [r[2] for r in rows],
    })

    n_est = max(8, users // 10)
    words = n["establishment_words"]
    names, kinds, addresses, postcodes, sites = [], [], [], [], []
    for i in range(n_est):
        kind = ESTABLISHMENT_KINDS[int(rng.choice(4, p=[0.55, 0.2, 0.2, 0.05]))]
        street = ids.pick(rng, n["streets"])
        if kind == "flat":
            name = f"{street} flat"
        else:
            name = f"{ids.pick(rng, words['first'])} {words['kind'][kind]}"
        names.append(name)
        kinds.append(kind)
        addresses.append(f"{int(rng.integers(1, 240))} {street}")
        postcodes.append(ids.postcode(rng).upper())
        sites.append(SITES[i % len(SITES)])
    establishments = pa.table({
        "establishment_id": [f"E{i + 1:04d}" for i in range(n_est)],
        "name": names, "kind": kinds, "address": addresses, "postcode": postcodes, "site": sites,
    })
    return Registry(staff, interpreters, establishments)
