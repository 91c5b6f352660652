"""De-identify free text: find identifiers with Presidio and replace them.

Fail closed: a note that cannot be processed is withheld (no text passed on) with a reason.
Overlapping detections are merged into their union, so a disagreement between recognizers
removes more, never less. Each result counts what was removed by type, never the values.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from presidio_analyzer import RecognizerRegistry, RecognizerResult
from threadpoolctl import ThreadpoolController

from deidentify.address_lines import house_names, towns_by_postcode
from deidentify.allow_list import AllowList
from deidentify.analyzer import DirectAnalyzer
from deidentify.config import DeidConfig, load_config
from deidentify.known_model import KnownIdentifiers, Record
from deidentify.found_words import names_nobody
from deidentify.lexicon import countries, fold
from deidentify.lowercase_pass import LowerCaseNames, extend_names, premises_in_lower_case
from deidentify.nlp import load_nlp_engine
from deidentify.normalise import Normalised, normalise, quiet_marks
from deidentify.operators import replace
from deidentify.recognizers.registry import build, registered
from deidentify.recognizers.establishment import premises_in_capitals
from deidentify.recognizers.named_services import named_services_in_capitals
from deidentify.recognizers.street_address import streets_in_capitals
from deidentify.recognizers.known_identifiers import KnownIdentifierRecognizer
from deidentify.record_match import record_results
from deidentify.listed_names import listed_names
from deidentify.place_heads import join_before, join_heads
from deidentify.repeated_names import repeat_names
from deidentify.batch_initials import carry_initials
from deidentify.batch_names import carry_names, carry_phrases
from deidentify.span_edges import join_edges, join_services
from deidentify.spans import Span
from deidentify.truecase import CaseRestorer
from workbench.core.keys import random_key

OK, WITHHELD = "ok", "withheld"


@dataclass
class NoteResult:
    text: str | None  # None when withheld
    status: str
    reason: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


def merge(results: list[RecognizerResult]) -> list[Span]:
    """Union of overlapping or touching detections. The type is that of the longest part (an
    address that contains a name is an address), then of the best-scoring one."""
    merged: list[Span] = []
    longest: tuple[int, float, bool] = (0, 0.0, False)
    for r in sorted(results, key=lambda r: (r.start, -r.end)):
        # on a tie a person wins: the model often calls a name at a sentence's start a place
        rank = (r.end - r.start, r.score, r.entity_type == "PERSON")
        if merged and r.start <= merged[-1].end:
            last = merged[-1]
            entity = r.entity_type if rank > longest else last.entity
            longest = max(longest, rank)
            merged[-1] = Span(last.start, max(last.end, r.end), entity, max(last.score, r.score))
        else:
            merged.append(Span(r.start, r.end, r.entity_type, r.score))
            longest = rank
    return merged


def merge_spans(spans: list[Span]) -> list[Span]:
    """Join spans that an extension made overlap (they stay in order)."""
    out: list[Span] = []
    for sp in spans:
        if out and sp.start <= out[-1].end:
            last = out[-1]
            out[-1] = Span(last.start, max(last.end, sp.end), last.entity,
                           max(last.score, sp.score))
        else:
            out.append(sp)
    return out


_NAME_KINDS = frozenset(("PERSON", "ORGANIZATION", "LOCATION", "ESTABLISHMENT"))
_BY_CASE = frozenset(("NerEntityRecognizer", "PersonNameRecognizer", "LowerCaseNames"))


def _by_case_alone(result: RecognizerResult) -> bool:
    """Read as a name from its case and place alone: by the model, the capitalised-word rules or
    the lower-case pass (no recognizer: engine.find adds its results)."""
    return (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY,
                                                   "LowerCaseNames") in _BY_CASE




def _to_original(norm: Normalised, spans: list[Span]) -> list[Span]:
    """Spans of the normalised copy as spans of the original text (touching ones joined)."""
    if norm.starts is None:
        return spans
    out: list[Span] = []
    for sp in spans:
        start, end = norm.to_original(sp.start, sp.end)
        if out and start <= out[-1].end:
            last = out[-1]
            out[-1] = Span(last.start, max(last.end, end), last.entity, max(last.score, sp.score))
        else:
            out.append(Span(start, end, sp.entity, sp.score))
    return out


def _one_blas_thread(method):
    """Run with BLAS held to one thread. The model's matrix products are small: spare BLAS
    threads only spin beside the one doing the work, and a process that let them used twice
    the CPU time per note (2 cores, 27-word notes); the runner's workers were already held."""

    @functools.wraps(method)
    def held(self, *args, **kwargs):
        with self.blas.limit(limits=1):
            return method(self, *args, **kwargs)
    return held


def _lone_surrogate(text: str) -> int | None:
    """Where a note holds half of a UTF-16 pair (a file decoded with "surrogateescape", say),
    which no encoding can write and the language model cannot read, or None: such a note is
    withheld alone, not its whole batch."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None


class Deidentifier:
    """Load once (the spaCy model takes a second or two), then call `deidentify` on batches."""

    def __init__(self, config: DeidConfig | None = None, key: bytes | None = None,
                 known: KnownIdentifiers | None = None):
        self.config = config or load_config()
        self.key = key or random_key()
        self.known = known
        self.nlp_engine = load_nlp_engine()
        self.blas = ThreadpoolController()  # made once: a limit is then cheap (see find)
        places = frozenset(fold(p) for p in self.config.keep_places) | (
            countries() if self.config.keep_places_from_faker_countries else frozenset())
        self.allow = AllowList.build(self.config.allow_list, places)
        self.truecase = CaseRestorer(self.allow.acronyms)
        self.lowercase = LowerCaseNames(self.allow)
        registry = RecognizerRegistry(supported_languages=["en"])
        for recognizer in build(self.allow):
            registry.add_recognizer(recognizer)
        if known is not None:
            registry.add_recognizer(registered(KnownIdentifierRecognizer(known)))
        self.analyzer = DirectAnalyzer(registry=registry, nlp_engine=self.nlp_engine,
                                       supported_languages=["en"])

    @_one_blas_thread
    def find(self, texts: list[str], records: list[Record | None] | None = None
             ) -> list[list[Span]]:
        """Detected identifier spans per text (merged, allow-list applied), in the original
        text's offsets. Detection reads each text's normalised copy (normalise.py), with its
        case restored (truecase.py) for the model and the recognizers; the allow-list and the
        note's own record are matched on the normalised copy as written."""
        records = records or [None] * len(texts)
        copies = [normalise(t) for t in texts]
        nlp = self.nlp_engine.nlp["en"]
        out = []
        restored = [self.truecase.restore(c.text) for c in copies]
        titled = [self.lowercase.titled(c) for c in restored]
        second = iter(nlp.pipe([quiet_marks(t) for t in titled if t is not None], batch_size=64))
        for norm, cased, record, doc, title in zip(copies, restored, records,
                                                   nlp.pipe(map(quiet_marks, restored),
                                                            batch_size=64), titled):
            text = norm.text
            # Presidio private API, checked against presidio-analyzer 2.2.366 (see nlp.py)
            artifacts = self.nlp_engine._doc_to_nlp_artifact(doc, "en")
            artifacts.as_written = text  # recognizers may check a word's case as written
            results = self.analyzer.analyze(cased, language="en", nlp_artifacts=artifacts,
                                            score_threshold=self.config.score_threshold)
            results += premises_in_capitals(text) + named_services_in_capitals(text) \
                + streets_in_capitals(text) + premises_in_lower_case(text, self.allow)
            if title is not None:
                results += self.lowercase.results(next(second), text)
            if record is not None:
                results += record_results(text, record)
            spans = extend_names(self.lowercase, text, merge(self._drop_allowed(text, results)))
            spans = join_edges(text, join_before(text, join_heads(text, spans), self.allow),
                               self.allow)
            spans = house_names(text, towns_by_postcode(text, spans))
            spans = listed_names(text, spans, self.allow)
            groups = frozenset(fold(e.text) for e in doc.ents if e.label_ in ("NORP", "LANGUAGE"))
            spans = join_services(text, repeat_names(text, spans, groups), self.allow)
            spans = join_before(text, spans, self.allow)  # ("Skelderby and | Wenlow Police")
            out.append(merge_spans(spans))
        # (names carried between a batch's notes are read on the normalised copies too: an
        # invisible character inside a name's second mention hid it from the carry)
        normal = [c.text for c in copies]
        carried = carry_initials(normal, carry_phrases(normal, carry_names(normal, out, self.allow),
                                                       self.allow), self.allow)
        return [merge_spans(_to_original(norm, merge_spans(spans))) for norm, spans in zip(copies, carried)]

    def _drop_allowed(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        # a lone word the model or a capitalised word's rules read as a name that names nobody
        # (lexicon.NAMES_NOBODY), unless it goes on a name found before it ("Ruby Tuesday"); a
        # name a cue found stays ("May姐": sister May)
        ends = {r.end for r in results if r.entity_type == "PERSON"}
        results = [r for r in results
                   if r.entity_type not in _NAME_KINDS or not _by_case_alone(r)
                   or not names_nobody(text, r.start, r.end) or r.start - 1 in ends]
        protected = self.allow.spans(text)
        if not protected:
            return results
        return [r for r in results
                if not any(s <= r.start and r.end <= e for s, e in protected)
                or r.score >= 1.0]  # the note's own record always wins

    def apply(self, text: str, spans: list[Span]) -> tuple[str, dict[str, int]]:
        parts, pos, counts = [], 0, Counter()
        for s in spans:
            parts.append(text[pos:s.start])
            parts.append(replace(self.config.operator_for(s.entity), self.key, s.entity,
                                 text[s.start:s.end]))
            counts[s.entity] += 1
            pos = s.end
        parts.append(text[pos:])
        return "".join(parts), dict(counts)

    def deidentify(self, texts: list, records: list[Record | None] | None = None
                   ) -> list[NoteResult]:
        """De-identify a batch. Bad input is withheld note by note; a failure of the whole
        batch withholds every note in it."""
        records = records or [None] * len(texts)
        results: list[NoteResult | None] = [None] * len(texts)
        todo = []
        for i, text in enumerate(texts):
            if text is None or (isinstance(text, float) and text != text):
                results[i] = NoteResult("", OK, None, {})  # an empty note discloses nothing
            elif not isinstance(text, str):
                results[i] = NoteResult(None, WITHHELD, f"not text ({type(text).__name__})")
            elif len(text) > self.config.max_note_chars:
                results[i] = NoteResult(None, WITHHELD, f"note too long ({len(text):,} characters;"
                                        f" limit {self.config.max_note_chars:,})")
            elif (bad := _lone_surrogate(text)) is not None:
                results[i] = NoteResult(None, WITHHELD, f"not valid text (half a character pair at "
                                        f"character {bad:,}: a file read with the wrong encoding?)")
            else:
                todo.append(i)
        try:
            found = self.find([texts[i] for i in todo], [records[i] for i in todo])
        except Exception as exc:  # noqa: BLE001 - fail closed on anything
            return [r or NoteResult(None, WITHHELD, f"analysis failed ({type(exc).__name__})")
                    for r in results]
        for i, spans in zip(todo, found):
            try:
                new, counts = self.apply(texts[i], spans)
                results[i] = NoteResult(new, OK, None, counts)
            except Exception as exc:  # noqa: BLE001 - fail closed on anything
                results[i] = NoteResult(None, WITHHELD, f"replacement failed ({type(exc).__name__})")
        return results
