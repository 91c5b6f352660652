"""lexicon.zipf reads a plain lower-case word from wordfreq's table directly (its tokenizer is
the cost); the figure must be wordfreq's own for every word the gold sets hold and for words
wordfreq has never seen."""

import re

from wordfreq import zipf_frequency

from deidentify.lexicon import zipf
from workbench.evaluation_sets import project_gold_sets


def test_zipf_is_wordfreqs_figure_for_every_word_of_the_gold_sets():
    words = {w.lower() for notes in project_gold_sets().values() for n in notes
             for w in re.findall(r"[^\W\d_]+", n.text)}
    words |= {"qqqzzxq", "ollerbridge", "the", "a", "i", "naïve", "ștefania", "o'neill"}
    differ = [w for w in words if zipf(w) != zipf_frequency(w, "en")]
    assert len(words) > 10_000 and differ == []
