"""The gold sets de-identification is measured on, and a run over all of them.

- generated: notes from the synthetic generator with their planted spans, scored with the
  project's registry (as the workbench runs on a project) and without it (names found only
  from the text). The generator's name lists are independent of the detector's.
- handwritten: notes written by hand for this project (datasets/gold_notes/), no registry.
- any gold file an evaluator brings (gold_files.py), e.g. WNUT17's CoNLL dev set.
Each can be scored beside stock Presidio on the same notes.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from deidentify.config import DeidConfig, load_config
from deidentify.engine import Deidentifier
from deidentify.evaluate import GoldNote, evaluate, gold_from_project, sample_indices
from deidentify.gold_files import load_gold
from deidentify.gold_notes import load_handwritten
from deidentify.known_from_zone import build_known_identifiers
from deidentify.stock import StockPresidio
from workbench.core.resources import datasets_dir
from workbench.core.tables import read_table
from workbench.core.zones import open_data_dir
from workbench.generate.context import GenConfig
from workbench.generate.project import generate_project

_WORD = re.compile(r"\w+")  # a token, as evaluate.py scores them
EVALUATION_SEED = 99  # not the demo's seed: the evaluation project is one the tuning never saw


def generated_gold(data_dir: str | Path, sample: int) -> tuple[list[GoldNote], list]:
    data = open_data_dir(data_dir)
    notes = read_table(data, "notes", "identifiable")
    spans = read_table(data, "note_spans", "identifiable")
    notes = notes.iloc[sample_indices(len(notes), sample)]
    known = build_known_identifiers(data)
    records = [known.record_for(u, s) for u, s in zip(notes.user_id, notes.staff_id)]
    gold = gold_from_project(notes, spans[spans.note_id.isin(notes.note_id)])
    return gold, records, known


def project_gold_sets() -> dict[str, list[GoldNote]]:
    """The project's own hand-written sets: datasets/gold_notes/*.txt (handwritten.txt was
    written with the recognizers; unseen.txt by a colleague before they were tuned; heldout,
    clinical, informal, final, mixed, fresh and sealed to sealed34.txt each blind, by someone
    who had read neither the recognizers nor the other sets, and measured once before any
    change for it; sealed33 and sealed34.txt have not been studied since)."""
    folder = datasets_dir() / "gold_notes"
    return {f"{path.stem}, text only": load_handwritten(path)
            for path in sorted(folder.glob("*.txt"))}


def run_evaluation(data_dir: str | Path | None = None, sample: int = 2000,
                   config: DeidConfig | None = None,
                   progress: Callable[[str], None] | None = None,
                   gold_files: list[str] | tuple[str, ...] = (), generated: bool = True,
                   compare_stock: bool = False) -> dict[str, dict]:
    """Score every gold set: generated notes (unless `generated` is False), the project's
    hand-written sets and any `gold_files` (CoNLL, span JSONL, [[value|TYPE]] notes).
    Returns {set name: {"per_type": DataFrame, "overall": dict}}, with "stock_per_type"
    and "stock_overall" too when `compare_stock` (stock Presidio on the same notes)."""
    config = config or load_config()
    say = progress or (lambda _msg: None)
    sets = {**project_gold_sets(), **{Path(f).name: load_gold(f) for f in gold_files}}
    stock = None
    if compare_stock:
        say("loading stock Presidio (its default recognizers, the same spaCy model)")
        stock = StockPresidio()
    results = {}
    plain = Deidentifier(config)
    with tempfile.TemporaryDirectory() as tmp:
        if generated:
            if data_dir is None:
                say("generating an evaluation project")
                data_dir = Path(tmp) / "evaluation"
                generate_project(data_dir, GenConfig(users=1500, seed=EVALUATION_SEED))
            gold, records, known = generated_gold(data_dir, sample)
            say(f"scoring {len(gold)} generated notes with the project registry")
            engine = Deidentifier(config, known=known)
            per, overall, _ = evaluate(gold, lambda texts: engine.find(texts, records))
            results["generated, with registry"] = {"per_type": per, "overall": overall}
            sets = {"generated, text only": gold, **sets}
    for name, notes in sets.items():
        say(f"scoring {len(notes)} notes of {name}")
        per, overall, leaks = evaluate(notes, plain.find)
        kept = kept_mask(plain, leaks, notes)
        overall["kept_on_purpose"] = int(kept.sum())
        overall["recall_not_kept"] = recall_not_kept(overall, int(kept.sum()))
        per["kept_on_purpose"] = per.entity_type.map(
            leaks[kept].groupby("gold").size()).fillna(0).astype(int)
        results[name] = {"per_type": per, "overall": overall}
        if stock is not None:
            per_s, overall_s, stock_leaks = evaluate(notes, stock.find)
            # the target: never below stock except for words kept on purpose
            behind = leaks[~kept & ~leaks.index.isin(stock_leaks.index)]
            overall["stock_removes_project_leaks"] = len(behind)
            per["stock_removes_project_leaks"] = per.entity_type.map(
                behind.groupby("gold").size()).fillna(0).astype(int)
            results[name].update(stock_per_type=per_s, stock_overall=overall_s)
    return results


def kept_on_purpose(engine: Deidentifier, leaks: pd.DataFrame,
                    notes: list[GoldNote] | None = None) -> int:
    """Identifier tokens left because the configuration keeps them on purpose, where stock
    Presidio would remove them: part of the leaks, said separately (kept_mask)."""
    return int(kept_mask(engine, leaks, notes).sum())


def kept_mask(engine: Deidentifier, leaks: pd.DataFrame,
              notes: list[GoldNote] | None = None) -> pd.Series:
    """Which leaked tokens were kept on purpose: allow-listed (support services, countries,
    harmless places), alone or as the whole gold span they belong to ("United" of "the United
    States"), or a nationality or group the model tags as such (NORP: "Canadian", "French";
    the recognizers keep them, person_names.py), read again in the leaked notes only."""
    kept_words: dict[str, set[str]] = {}
    texts = {}
    for note in notes or ():
        texts[note.note_id] = note.text
        for start, end, _ in note.spans:
            phrase = note.text[start:end]
            if engine.allow.covers(phrase):
                kept_words.setdefault(note.note_id, set()).update(_WORD.findall(phrase))
    leaked_notes = [n for n in dict.fromkeys(leaks.note_id) if n in texts]
    nlp = engine.nlp_engine.nlp["en"]
    for note_id, doc in zip(leaked_notes, nlp.pipe(texts[n] for n in leaked_notes)):
        for ent in doc.ents:
            if ent.label_ == "NORP" and not any(t.ent_type_ == "PERSON" for t in ent):
                kept_words.setdefault(note_id, set()).update(_WORD.findall(ent.text))
    return pd.Series([engine.allow.covers_word(t) or t in kept_words.get(n, ())
                      for n, t in zip(leaks.note_id, leaks.token)], index=leaks.index, dtype=bool)


def recall_not_kept(overall: dict, kept: int) -> float:
    """Recall over the identifier tokens the configuration does not keep on purpose: the
    misses that are not decisions. Reported beside the plain recall, which counts them."""
    ident = overall["identifier_tokens"]
    if ident - kept <= 0:
        return 1.0
    return (ident - overall["leaked_tokens"]) / (ident - kept)


def summary_table(results: dict[str, dict]) -> pd.DataFrame:
    table = pd.DataFrame([r["overall"] for r in results.values()], index=list(results))
    table = table.astype({"notes": int, "identifier_tokens": int, "leaked_tokens": int})
    if "kept_on_purpose" in table:
        table["kept_on_purpose"] = table.kept_on_purpose.fillna(0).astype(int)
    if "stock_removes_project_leaks" in table:
        table["stock_removes_project_leaks"] = \
            table.stock_removes_project_leaks.fillna(0).astype(int)
    if any("stock_overall" in r for r in results.values()):
        for key in ("recall", "precision", "other_words_kept"):
            table[f"stock_{key}"] = [r.get("stock_overall", {}).get(key, float("nan"))
                                     for r in results.values()]
    return table


def by_type_table(result: dict) -> pd.DataFrame:
    """One set's figures by gold entity type, with stock Presidio's beside them if measured:
    kept_on_purpose counts the leaked tokens kept by decision (kept_mask), stock_only the
    leaked tokens stock Presidio removes that are not kept on purpose (the target is none)."""
    per = result["per_type"].set_index("entity_type")
    table = per[["tokens", "recall", "leaked", "precision"]].copy()
    if "kept_on_purpose" in per:
        table["kept_on_purpose"] = per.kept_on_purpose
    if "stock_per_type" in result:
        stock = result["stock_per_type"].set_index("entity_type")
        table["stock_recall"] = stock.recall.reindex(table.index)
        table["stock_leaked"] = stock.leaked.reindex(table.index)
    if "stock_removes_project_leaks" in per:
        table["stock_only"] = per.stock_removes_project_leaks
    return table.sort_values("recall").reset_index()
