"""Benchmark: de-identification quality on every gold set beside stock Presidio, throughput
beside stock Presidio's BatchAnalyzerEngine, and streaming memory, in one run.

Prints, beside the targets of issue 11:
1. quality on every set, the project beside stock Presidio (default recognizers, the same
   spaCy model) on the same notes: recall of identifier tokens, precision, other words kept,
   overall and by type. Sets: generated notes (with the project registry and from text
   alone), every hand-written set (datasets/gold_notes/*.txt), and WNUT17 dev (real
   social-media English, person and location spans; ../shared/corpora/wnut17/) if present;
2. throughput on the generated notes (27 words on average) with --workers processes,
   beside stock Presidio's BatchAnalyzerEngine on one core, same model, same notes, same run;
3. memory while streaming a long run of notes (flat means it does not grow);
4. seconds for one note at the length limit (max_note_chars) written to make patterns
   backtrack or scan the note again and again (runs of letters, emoji, hyphenated words,
   spaces after a label, "no.no.no"), beside ordinary prose of the same length and beside
   stock Presidio on the same notes: none should take much longer than the prose.

    python benchmarks/bench_deidentify.py [--notes 3000] [--rounds 3] [--stream 20000] [--workers 2]
        [--no-quality]

First look at datasets/gold_notes/unseen.txt (75 notes written by a colleague in the styles
of issue 11, measured before any recognizer was changed for it; commit "Second hand-written
gold set"), token recall / precision / other words kept:
    project 0.751 / 0.862 / 0.929      stock Presidio 0.622 / 0.769 / 0.890
    by type, project (stock): CLINIC_NUMBER 0.280 (0.520), PASSPORT_NUMBER 0.303 (0.545),
    POLICE_NUMBER 0.333 (0.576), DATE 0.400 (0.413), DATE_OF_BIRTH 0.640 (0.730),
    SOCIAL_HANDLE 0.684 (0.474), ESTABLISHMENT 0.721 (0.550), PHONE_NUMBER 0.769 (0.809),
    STREET_ADDRESS 0.770 (0.424), VEHICLE_REG 0.846 (0.308), PERSON 0.907 (0.707); NHS, NI,
    Home Office refs, postcodes, emails and URLs 1.000.
The same day, the first hand-written set: project 0.983 / 0.955 / 0.986, stock 0.669 /
0.705 / 0.913; WNUT17 dev person+location: project 0.658 / 0.504 / 0.964, stock 0.638 /
0.448 / 0.956.

First look at datasets/gold_notes/heldout.txt (65 notes by a helper who read neither the
recognizers nor the other gold notes, measured on the code of commit a119570 with no change;
`evaluate-deid --no-generated --compare-stock`), recall / precision / other words kept:
    as committed blind     0.906 / 0.857 / 0.943   (stock 0.642 / 0.719 / 0.905)
    after gold corrections 0.917 / 0.876 / 0.950   (stock 0.650 / 0.735 / 0.910); 81 tokens
                           leaked (stock removes 23 of them); lowest by type VEHICLE_REG
                           0.750, ESTABLISHMENT 0.754, POSTCODE 0.800, NI_NUMBER 0.800,
                           DATE 0.835, DATE_OF_BIRTH 0.864 (numbers and dates in words in
                           voice notes, odd spacing); phones, emails, URLs, NHS 1.000.
heldout.txt is no longer blind after commit "Dates, addresses, rooms and plates said in words"
(its leaks were read to find their causes): same command, 0.961 / 0.880 / 0.950, 38 tokens
leaked (stock removes 6 of them); DATE, DATE_OF_BIRTH, NI_NUMBER, POSTCODE 1.000, VEHICLE_REG
0.917; the other sets and the generated notes unchanged.

After the changes of issue 11 (run of commit "Addresses abroad with block..."), recall /
precision / other words kept, project (stock):
    generated, text only   0.995 / 0.959 / 0.977   (0.655 / 0.680 / 0.836)
    generated, registry    1.000 / 0.959 / 0.977
    handwritten            0.987 / 0.927 / 0.976   (0.669 / 0.705 / 0.913)
    unseen                 0.977 / 0.893 / 0.931   (0.622 / 0.769 / 0.890)
    WNUT17 dev             0.727 / 0.482 / 0.956   (0.638 / 0.448 / 0.956); PERSON 0.774
                           (0.630), LOCATION 0.467 (0.686): 21 location tokens are countries
                           and nationalities kept on purpose (defaults.yaml keep_places)
Throughput on this shared 2-core machine varies with the others' load: workbench with 2
workers once loaded / stock BatchAnalyzerEngine on one core was 2.29 (430 vs 188 notes/s)
in one run and 1.52 (262 vs 172) in another; end to end 1.87 and 1.17. One workbench
process spends about half its time in the model and half in the recognizers.

After the second reading of informal lower-case English and lower-case family names (commits
"Informal lower-case English read a second time", "A family name in lower case joins"; run
of `--notes 1500 --stock-notes 500 --stream 3000`), project (stock):
    generated, text only   0.995 / 0.959 / 0.977   (0.655 / 0.680 / 0.836)
    generated, registry    1.000 / 0.959 / 0.977
    handwritten            0.987 / 0.927 / 0.976   (0.669 / 0.705 / 0.913)
    unseen                 0.977 / 0.892 / 0.930   (0.622 / 0.769 / 0.890)
    WNUT17 dev             0.744 / 0.479 / 0.955   (0.638 / 0.448 / 0.956); PERSON 0.789
                           (0.630), LOCATION 0.495 (0.686). 21 of the 176 tokens left are
                           countries and nationalities kept on purpose (keep_places); recall
                           over the tokens not kept on purpose: 0.768 (22 and 0.769 once
                           every token of a place kept whole counts, commit "Kept on
                           purpose counts every token").
Throughput in that run: workbench 2 workers once loaded 211 notes/s, stock BatchAnalyzerEngine
one core 124 notes/s (1.71x; end to end 0.99x with 5.1 s of model loading on 1,500 notes).

After places from a gazetteer, names repeated in a note, and the other readings of issue 11's
third round (commits "Places from a gazetteer ..." to "A lower-case family name after a
lower-case given name ..."; run of `--notes 1500 --stock-notes 500 --stream 3000 --workers
2`), project (stock):
    generated, text only   0.997 / 0.958 / 0.977   (0.655 / 0.680 / 0.836)
    generated, registry    1.000 / 0.958 / 0.977
    handwritten            0.992 / 0.928 / 0.976   (0.669 / 0.705 / 0.913)
    unseen                 0.981 / 0.901 / 0.936   (0.622 / 0.769 / 0.890)
    WNUT17 dev             0.776 / 0.483 / 0.954   (0.638 / 0.448 / 0.956); PERSON 0.813
                           (0.630), LOCATION 0.571 (0.686). Of LOCATION's 45 tokens left, 24
                           are kept on purpose (countries, nationalities: keep_places and
                           the model's NORP) and 3 are tokens stock removes that are not kept
                           on purpose (the per-type columns kept_on_purpose and stock_only);
                           over all types 25 kept on purpose, recall without them 0.805, and
                           11 tokens stock removes and the project leaks (generated 7,
                           handwritten 1, unseen 7).
    WNUT17 train (held out from the tuning; scored the same way, not by this benchmark):
                           0.762 / 0.117 / 0.818 before the round, 0.785 / 0.120 / 0.818
                           after; LOCATION 0.640 -> 0.685, PERSON 0.860 -> 0.865.
Throughput in that run: workbench 2 workers once loaded 190 notes/s, stock BatchAnalyzerEngine
one core 100 notes/s (1.90x; end to end 1.18x with 4.9 s of model loading). One process, the
code before the round and this code alternately on the same 1,500 notes: CPU 10.2-10.6 s
against 11.4-11.6 s per run, of which about 0.3-0.7 s is loading the gazetteer at start-up; a
profile of 600 notes: 14.9 s against 15.0 s (the place recognizer 0.3 ms a note, repeated
names 0.25 ms). Wall-clock notes/s on this shared machine varied too much between pairs to
say more (1x to 1.35x). Memory: the gazetteer adds about 16 MiB a process, and the word lists
of other languages (read only for a note not in English) about 75 MiB.
These "once loaded" figures, and the ones above, counted the notes of the workers' first
batches, done before the clock started: about a fifth too high on 3,000 notes (fixed since).

Speed work of issue 11 (commits "DirectAnalyzer", "Presidio's URL recognizer is not run",
"One BLAS thread whenever the engine reads notes"); the de-identified text of every gold set
and of 3,000 generated notes, with and without the registry, is the same as before, note for
note. Where one worker's time went on 27-word notes (process CPU, stages timed one by one):
the spaCy NER about half (only the NER runs: tok2vec, tagger, parser, attribute_ruler and
lemmatizer are excluded, the recognizers reading tokens and entities only; two thirds of the
NER is its transition loop, in which spaCy's compiled code takes and drops the GIL several
times per token and label: nothing to change from here), the recognizers about 40%
(Presidio's phone matcher the largest, 0.4 ms a note; its URL patterns the costliest regular
expressions before they were skipped on notes without "x.y"), Presidio's per-note
bookkeeping (recognizer look-up, context hooks that changed nothing) a few per cent before
DirectAnalyzer, the rest (normalising, case restoration, merging, replacing) about 5%; the
parent process of the workers 0.02 CPU ms a note. Garbage collection and the model's batch
size (32-256) made no difference.
Stock's CPU time a note / the workbench's, alternated in 8 rounds of 256 notes, same
machine, minutes apart: before 1.29 (1.22-1.33), after 1.37 (1.26-1.44). A process running
the engine itself (--workers 1, evaluate-deid, the ethics scan) let BLAS start spare threads,
which spun beside the one working: 10.7 CPU seconds for 1,000 notes before, 5.1-5.4 after.
Run of `--no-quality --rounds 3 --stream 100000` (load average 3.1-3.4 during the rounds):
    stock one core 152-160 notes/s, 6.2-6.3 CPU ms a note; workbench one process 221-241
    notes/s, 4.1-4.4 CPU ms a note; 2 workers 229-258 notes/s once loaded.
    ratio, 2 workers / stock, once loaded 1.51 (1.47-1.65); end to end 1.44 (1.39-1.68);
    in CPU time a note 1.48 (1.41-1.52).
Two workers barely beat one process there: Linux shares the cores between sessions
(autogroups), and the other sessions on this machine left this run about one core. With a
free core each, two workers would be about 2 x 1.48 = 3.0x stock (an estimate from the CPU
times, not measured here); the 2x target is not shown in wall-clock time on this machine
(another run, at load 4.4-5.4: 2.00 once loaded, 1.41 in CPU time).
Streaming memory over 100,000 notes, 2 workers, RSS in MiB (parent / both workers):
    the same 3,000 notes over and over (as this script streamed before): 396 / 656 at 10,240,
    392 / 656 at 50,176, 396 / 664 at 100,000: flat (+13 MiB from 20,224 to 100,000);
    each note with a new name and number of its own (as streamed now): 359 / 609 at 20,224,
    368 / 681 at 50,176, 353 / 733 at 100,000: the workers grow by about 1.6 KB a note. spaCy
    keeps every new word in the pipeline's vocabulary, string store and tokenizer cache, and
    lexicon.py's fold and zipf caches keep up to 500,000 words each. Not fixed: reloading
    the pipeline every few thousand notes kept the vocabulary small but not the RSS in a
    first try (8,192 notes in one process); recycling workers is the other way to try.
Fixed by recycling (deidentify/runner.py: fresh workers after every 20,000 notes, the old
ones finishing their batches first). Final runs of this session, on the machine alone (load
0.4-1.4), same run for stock and the workbench:
    quality (`--rounds 3 --stream 20000`): generated text only 0.997 / 0.958 / 0.977 (stock
    0.655 / 0.680 / 0.836); handwritten 0.992 / 0.928 / 0.976 (0.669 / 0.705 / 0.913);
    heldout, after the fixes its leaks led to, 0.961 / 0.880 / 0.950 (0.650 / 0.735 /
    0.910), and 0.984 / 0.883 / 0.950 after the premises and short-name rules (evaluate-deid
    --compare-stock, same figures elsewhere); unseen 0.981 / 0.901 / 0.936 (0.622 / 0.769 / 0.890); WNUT17 dev 0.776 / 0.483 /
    0.954 (0.638 / 0.448 / 0.956).
    throughput: 2 workers 420-427 notes/s once loaded, stock on one core 159-166: 2.64x
    (2.58-2.65, 3 rounds), end to end 2.50x (2.45-2.53); CPU a note, stock / workbench 1.35.
    memory (`--no-quality --rounds 1 --stream 100000`, each note with a new name and number,
    workers recycled): parent 491 MiB at 10,240 notes, 478 at 100,000; both workers 884,
    845 at 50,176, 847 at 100,000 (831-884 throughout): flat; 337 notes/s over the run.

Three more blind sets, each by a helper who read neither the recognizers nor the other gold
sets, committed and measured once before any change for it (`evaluate-deid --no-generated
--compare-stock --gold FILE`); in brackets the code at the start of that session:
    clinical.txt (79)   0.896 / 0.718 / 0.897 (0.885)   stock 0.650 / 0.549 / 0.844
    informal.txt (80)   0.890 / 0.883 / 0.955 (0.887)   stock 0.595 / 0.804 / 0.945
    final.txt (81)      0.893 / 0.863 / 0.922 (0.875)   stock 0.646 / 0.750 / 0.882
final.txt was written after the fixes for clinical.txt and informal.txt: they moved it from
0.875 to 0.893. After fixing the causes of each set's leaks: clinical 0.982 / 0.748 / 0.903,
informal 0.954 / 0.890 / 0.955, final 0.942 / 0.864 / 0.919; the older sets and the
generated notes unchanged or better (README, "Benchmarks"). Throughput after them: 2 workers
282-298 notes/s once loaded, stock on one core 107-115: 2.65x (2.60-2.69); CPU a note,
stock / workbench 1.34 (1.19-1.36; 1.35 before them).

Two more blind sets, by two more helpers who read neither the recognizers nor the other sets
(they saw the first 40 lines of the set before theirs, for the format), committed and
measured before any change for them (`evaluate-deid --no-generated --compare-stock`):
    mixed.txt (88, 1,275 marks)   0.910 / 0.881 / 0.936 (0.910 on the code at the round's
                                  start)   stock 0.631 / 0.751 / 0.891
    fresh.txt (88, 1,693 marks)   0.907 / 0.889 / 0.948 on the code at the round's start;
                                  0.937 midway; 0.942 / 0.891 / 0.947 at the end (leaked
                                  words 314 -> 196)   stock 0.641 / 0.744 / 0.899
fresh.txt was kept blind: its notes and leaks were never read, only these totals, so the
0.907 -> 0.942 is what the round's general rules (made for mixed.txt, final.txt and
informal.txt) are worth on notes nobody studied. After them (run of `evaluate-deid
--compare-stock` with both WNUT17 files): mixed 0.961 / 0.882 / 0.933, final 0.958 / 0.863 /
0.916, informal 0.957 / 0.890 / 0.955, clinical 0.984 / 0.764 / 0.911, heldout 0.988,
unseen 0.986, handwritten 0.994, generated 0.997 (1.000 with the registry), WNUT17 dev 0.779
(0.808 without the tokens kept on purpose), train 0.791. Tokens stock removes that the
project leaks: fresh 35, mixed 14, final 9 (19 before the round), generated 6 (7), WNUT17
dev 10 (11).
Throughput after them (`--no-quality --rounds 3 --stream 3000`, load 1.1-1.4): 2 workers
300-320 notes/s once loaded, stock on one core 125-135: 2.35x (2.22-2.55), end to end 2.26x;
CPU a note, stock / workbench 1.16 (1.07-1.31); after the review's mends (load 1.2-1.4)
362-383 against 154-164 notes/s, 2.33x (2.31-2.35), CPU 1.14 (1.13-1.16). The code at the round's start and this code
on the same 1,500 notes in one process, in turn: 5.76 and 5.70-6.07 CPU ms a note. A run of
"12-" over 20,000 characters took 9 s with the first form of the listed-days date pattern
(quadratic: read again from each number); bounded to seven days, 1.5-1.8 s (prose 0.9-1 s).
A helper then attacked every new pattern and found five more, 3.6-16 s on 20,000 characters
(aligned-table heading lines, spaces after DOB, a closing name's open bracket, initials joined
by slashes over lines, repeated Chinese names); each is linear now, 0.7-1.1 s (prose 0.7 s),
and printed by section 4.

Two more blind sets (sealed.txt, 96 notes, 1,541 marks; sealed2.txt, 92 notes, 1,610 marks, a
third clinical), each by a helper who read only the first 60 lines of fresh.txt; both kept
blind to the end of the round (only their totals printed, no change chosen by them):
    sealed.txt    0.936 / 0.864 / 0.943 on the code at the round's start; 0.944 / 0.872 /
                  0.947 at the end (leaked 189 -> 166)   stock 0.674 / 0.736 / 0.907
    sealed2.txt   0.948 / 0.805 / 0.919 at the start; 0.957 / 0.816 / 0.923 at the end
                  (leaked 163 -> 134)   stock 0.660 / 0.636 / 0.866
The round's fixes came from fresh.txt's leaks (read this round: 0.942 -> 0.971, leaked 196 ->
97), the older sets' and two helpers' attacks. After them: clinical 0.985 / 0.808 / 0.931
(other words kept 0.911 before), final 0.961 / 0.873 / 0.923, mixed 0.968 / 0.888 / 0.936,
informal 0.960, heldout 0.989, unseen 0.988, handwritten 0.994, generated 0.997, WNUT17 dev
0.778 (0.807 without the tokens kept on purpose). Tokens stock removes that the project
leaks: fresh 14 (35), mixed 8 (14), generated 3 (6). Adding all of stock's finds to the
project's was tried: +0.5 points of recall, -8 to -17 points of precision; left out.
Throughput (`--no-quality --rounds 3 --stream 3000`, load 1.2-1.4): 2 workers 287-291 notes/s
once loaded, stock on one core 119-137: 2.33x (2.12-2.42), end to end 2.19x; CPU a note,
stock / workbench 1.16 (1.03-1.20); an earlier run at load 1.0-1.3, 2.18x and 1.13. The
helpers' attacks found four patterns of the round quadratic in a run of spaces or tabs
(1.9-20 s on 20,000 characters), each read once now (0.3 s), and spaCy's tokenizer
quadratic in a run of brackets or marks (82 s for stock on "(." x 10,000): the model reads
such runs as spaces now (0.3 s). All printed by section 4.

Two more blind sets (sealed3.txt, 96 notes, 2,062 marks, a third of them texts, chats, posts and
adverts; sealed4.txt, 96 notes, 2,690 marks, long clinical, legal and casework records and
migrant workers' documents), each by a helper who read only the first 75 lines of sealed2.txt;
both kept blind to the end of the round:
    sealed3.txt   0.932 / 0.873 / 0.937 on the code at the round's start; 0.945 / 0.876 /
                  0.938 at the end (leaked 260 -> 211)   stock 0.595 / 0.716 / 0.891
    sealed4.txt   0.952 / 0.824 / 0.923 at the start; 0.957 / 0.827 / 0.925 at the end
                  (leaked 274 -> 245)   stock 0.686 / 0.681 / 0.879
The round's fixes came from sealed.txt's and sealed2.txt's leaks (read this round: 0.944 ->
0.978 and 0.957 -> 0.988), a helper's attack on the rules that trim or drop finds (six of
nine broken, all mended, with tests) and another on the rules that add finds (words they
took that identify nobody: mended, with tests). After them: final 0.965 / 0.880 / 0.927, mixed 0.973 /
0.896 / 0.941, fresh 0.976 / 0.905 / 0.953, informal 0.960, clinical 0.985 / 0.806 / 0.930,
heldout 0.989, unseen 0.988, handwritten 0.994, generated 0.998, WNUT17 dev 0.778, train
0.794. Tokens stock removes that the project leaks: sealed 6 (27), sealed2 3 (10), fresh 10
(14), mixed 7 (8), final 4 (9), generated 3 (3).
Throughput (`--no-quality --rounds 3 --stream 3000`, load 0.9-1.3): 2 workers 256-277 notes/s
once loaded, stock on one core 121-125: 2.18x (2.04-2.28), end to end 2.07x; CPU a note,
stock / workbench 1.10 (1.09-1.11); at load 1.5-1.8, 2.11x and 1.07. The round's starting
code and this code on the same 1,500 notes in one process, in turn: 6.37-6.64 and 6.55-6.71
CPU ms a note. A chat of 20,000 characters in another language took 3.0 s (the note's text
rebuilt from its tokens for each name-like word, in a rule from an earlier round), 0.9 s now.

Two more blind sets (sealed5.txt, 96 notes, 2,026 marks, two thirds of them texts, chats, voice
notes, posts and adverts; sealed6.txt, 96 notes, 2,678 marks, letters, forms, minutes, pasted
tables, translated foreign documents, US records, OCR), each by a helper who read only the first
75 lines of sealed4.txt; both kept blind to the end of the round:
    sealed5.txt   0.944 / 0.886 / 0.950 on the code at the round's start; 0.953 / 0.889 /
                  0.951 at the end (leaked 189 -> 160)   stock 0.661 / 0.736 / 0.903
    sealed6.txt   0.922 / 0.820 / 0.916 at the start; 0.936 / 0.824 / 0.917 at the end
                  (leaked 451 -> 368)   stock 0.647 / 0.711 / 0.891
The round's fixes came from sealed3.txt's and sealed4.txt's leaks (read this round: 0.945 ->
0.964 and 0.957 -> 0.986), a helper's attack for leaks on variants of the round's families
(about 60 found, most mended, with tests) and another on the adding rules (about 60 words taken
that identify nobody, mended, with tests). After them: final 0.968 / 0.884 / 0.930, mixed 0.976
/ 0.898 / 0.942, fresh 0.980 / 0.907 / 0.954, sealed 0.978, sealed2 0.989, informal 0.960,
clinical 0.986 / 0.804 / 0.930, heldout 0.989, unseen 0.988, handwritten 0.994, generated 0.998,
WNUT17 dev 0.778, train 0.795; precision and other words kept up on every studied set but the
clinical one (0.806 -> 0.804, 0.931 -> 0.930). Tokens stock removes that the project leaks:
sealed3 10 (19), sealed4 11 (44), sealed5 21 and sealed6 65 (blind, not read), fresh 9.
Throughput (`--no-quality --rounds 3 --stream 3000`, load 0.9-1.3): 2 workers 321-336 notes/s
once loaded, stock on one core 155-159: 2.10x (2.07-2.11), end to end 2.02x; CPU a note, stock
/ workbench 1.10 (1.10-1.12); another run, the machine slower (stock 141-143 notes/s), 2.07x
(2.04-2.09) and 1.09. The round's starting code and this code on the same 1,500 notes in
one process: 6.16 and 6.15 CPU ms a note (6.4-6.6 before the foreign dates that start from a
month's name were read only with one in the note). The helper's attack found no catastrophic
pattern; a town before a ZIP code read a run of hyphenated capitals again from each of them
(2.5 s on 20,000 characters, 0.3 s now); Latin letters between Chinese ones, now read by the
model one token each, take 2.6 s (stock 0.03 s: it sees one word and finds nothing in it).

Two more blind sets (sealed7.txt, 96 notes, 2,014 marks, a UK project's everyday records, shift
logs, clinic and casework notes, texts and chats with clients; sealed8.txt, 96 notes, 2,529
marks, migrant workers' records in their own languages, US and UK clinical and criminal-justice
records), each by a helper who read only the first 75 lines of sealed6.txt; both kept blind to
the end of the round:
    sealed7.txt   0.938 / 0.879 / 0.967 on the code at the round's start; 0.939 / 0.884 /
                  0.969 at the end (leaked 207 -> 202)   stock 0.636 / 0.668 / 0.919
    sealed8.txt   0.939 / 0.804 / 0.925 at the start; 0.939 / 0.809 / 0.927 at the end
                  (leaked 283 -> 283)   stock 0.649 / 0.629 / 0.874
The round's fixes came from sealed5.txt's and sealed6.txt's leaks (read this round: 0.953 ->
0.968 and 0.936 -> 0.957), and two helpers' attacks on them (24 regressions and about 100
variants that leaked; words taken that identify nobody in 10 families; five inputs read in
quadratic time), mended with tests. They were worth almost nothing in recall on the new blind
pair: those families were the studied sets' own. Other words kept rose on every set (the
allow-list of national bodies and generic teams). After them: final 0.969 / 0.887 / 0.932,
mixed 0.976 / 0.902 / 0.945, fresh 0.980 / 0.911 / 0.956, sealed3 0.965, sealed4 0.985 / 0.840
/ 0.929, clinical 0.986 / 0.808 / 0.931, informal 0.960, heldout 0.989, unseen 0.988,
handwritten 0.994, generated 0.998, WNUT17 dev 0.778, train 0.795. Tokens stock removes that
the project leaks: sealed5 12 (21), sealed6 30 (65), sealed7 30 and sealed8 49 (blind, not read).
Throughput (`--no-quality --rounds 3 --stream 3000`, load 1.1-1.7, the machine slower this
session): 2 workers 242-245 notes/s once loaded, stock on one core 104-108: 2.30x (2.28-2.35),
end to end 2.17x; CPU a note, stock / workbench 1.05 (0.99-1.19). The round's starting code and
this code on the same 1,500 notes in one process, twice each: 7.69 and 8.31, 8.10 and 7.88 CPU
ms a note. The helpers found five inputs read in quadratic time (a line of spaces before a
letter's closing or after a US town and its state, a long word of 0s and 1s, a line repeating
a worker's initials): 18-140 s on 100,000 characters, now linear (0.2-1.1 s on 20,000).

Two more blind sets (sealed9.txt, 96 notes, 2,615 marks, projects in the four nations and
Ireland and the agencies beside them; sealed10.txt, 96 notes, 2,023 marks, research interviews
and diaries, forum posts, chats and voice notes), each by a helper who read only the first 75
lines of sealed6.txt; both kept blind to the end of the round:
    sealed9.txt   0.954 / 0.877 / 0.958 on the code at the round's start; 0.959 / 0.876 /
                  0.957 at the end (leaked 223 -> 200)   stock 0.679 / 0.720 / 0.918
    sealed10.txt  0.960 / 0.859 / 0.968 at the start; 0.962 / 0.859 / 0.968 at the end
                  (leaked 130 -> 125)   stock 0.653 / 0.702 / 0.944
The round's fixes came from sealed7.txt's and sealed8.txt's leaks (read this round: 0.939 ->
0.964 and 0.939 -> 0.966): a person called by one letter, initials in more places, family
names in capitals, everyday given names in headers and greetings, foreign house and flat
numbers and local bodies, and a rare full name found in one note removed where another note of
the batch writes it again. Three helpers' attacks (842 leaking fragments; 826 and 542 texts for
words taken that name nobody; two inputs read in quadratic time) were mended with tests. After
them: sealed5 0.970, sealed6 0.959, sealed3 0.969, sealed4 0.987, mixed 0.976, final 0.969,
fresh 0.980, WNUT17 dev 0.778, generated 0.998. Tokens stock removes that the project leaks:
sealed7 15 (30), sealed8 28 (49), sealed9 17 and sealed10 14 (blind, not read).
Throughput (`--no-quality --rounds 3 --stream 3000`, load 1.1-1.5, the machine faster this
session): 2 workers 270-285 notes/s once loaded, stock on one core 135-140: 2.03x (1.98-2.05),
end to end 1.96x; CPU a note, stock / workbench 0.99 (0.95-1.01). The round's starting code
and this code on the same 1,500 notes in one process, twice each: 7.50 and 7.37, 7.85 and 7.45
CPU ms a note. Streaming 3,000 notes: parent 500-505 MiB, workers 875-877 MiB, flat.

Two more blind sets (sealed11.txt, 96 notes, 2,195 marks, text out of systems: exports, audit
trails, SMS and helpline logs, OCR, voice-to-text, dictated letters; sealed12.txt, 96 notes,
2,706 marks, legal, immigration and exploitation casework), each by a helper who read only the
first 75 lines of sealed6.txt; both kept blind to the end of the round:
    sealed11.txt  0.935 / 0.854 / 0.934 on the code at the round's start; 0.934 / 0.853 /
                  0.934 at the end (leaked 274 -> 279)   stock 0.623 / 0.736 / 0.908
    sealed12.txt  0.964 / 0.869 / 0.961 at the start; 0.967 / 0.874 / 0.963 at the end
                  (leaked 167 -> 153)   stock 0.704 / 0.698 / 0.919
The round's fixes came from sealed9.txt's and sealed10.txt's leaks (read this round: 0.959 ->
0.976 and 0.962 -> 0.980): the model's entities read line by line, log lines' authors and
officers' letters, Welsh, Irish and Gaelic months, streets and name particles, days a year
names, letters for people in research writing, references, Eircodes, Irish and Northern Irish
plates, pubs by their sign, shops and chapels, health boards, names again in their own script,
nicknames others call people, and a word found alone as a name in two notes of a batch. Two
helpers' attacks (543 and 569 texts for words taken that name nobody; six inputs read in
quadratic or cubic time) were mended with tests. After them: sealed7 0.966, sealed5 0.972,
sealed3 0.970, sealed 0.980, final 0.971, WNUT17 dev 0.782. Tokens stock removes that the
project leaks: sealed9 9 (17), sealed10 7 (14), sealed11 44 and sealed12 28 (blind, not read).
Throughput (`--no-quality --rounds 3 --stream 3000`, load 1.0-1.4): 2 workers 261-265 notes/s
once loaded, stock on one core 123-133: 2.06x (1.99-2.16), end to end 1.96x; CPU a note, stock
/ workbench 1.01 (0.98-1.09). The round's starting code and this code on the same 1,500 notes
in one process, twice each: 7.09 and 7.20, 7.38 and 7.32 CPU ms a note. Streaming 3,000 notes:
parent 501-504 MiB, workers 873-882 MiB, flat.

Two more blind sets (sealed13.txt, 96 notes, 1,357 marks, fast field notes typed on phones:
van and patrol logs, sign-in sheets, needle-exchange and helpline logs, lower case, capitals,
misspellings, nicknames, code-switching; sealed14.txt, 96 notes, 1,488 marks, health and social
care records pasted in), each by a helper who read only the first 75 lines of sealed6.txt; both
kept blind to the end of the round:
    sealed13.txt  0.900 / 0.891 / 0.950 on the code at the round's start; 0.908 / 0.891 /
                  0.950 at the end (leaked 209 -> 192)   stock 0.596 / 0.758 / 0.914
    sealed14.txt  0.963 / 0.838 / 0.938 at the start; 0.967 / 0.837 / 0.938 at the end
                  (leaked 102 -> 93)   stock 0.713 / 0.693 / 0.895
The round's fixes came from sealed11.txt's and sealed12.txt's leaks (read this round: 0.934 ->
0.961 and 0.967 -> 0.979): a system's columns and fields (aka, user, agent, "... by", JSON,
key=value, XML, a calendar's attendees), initials and two-word names found in one note carried
to the batch's others, workers' letters in pairs, in lower case and as one letter, OCR'd
postcodes and phones, chronology years, own-script names in brackets, quoted nicknames, NOMIS
numbers, house numbers, user names in paths, a lower-case given name that is an everyday
word beside what only a person does. Three helpers' attacks were mended with tests
(one found the phrases' carry quadratic: 86 s on 1,200 notes, now 0.1 s). After them: sealed9
0.980, sealed10 0.981, sealed7 0.971, sealed3 0.976, mixed 0.978, WNUT17 dev 0.783. Tokens
stock removes that the project leaks: sealed11 33 (44), sealed12 23 (28), sealed13 16 and
sealed14 10 (blind, not read). Throughput (`--no-quality --rounds 3 --stream 3000`, load
1.0-1.3, the round's last code): 2 workers 332-344 notes/s once loaded, stock on one core
147-152: 2.26x (2.25-2.29), end to end 2.16x; CPU a note, stock / workbench 1.19 (1.16-1.19).
The round's starting code and this code on the same 1,500 hand-written notes in one process,
twice each in two sittings: 24.6, 23.7, 22.8, 21.9 (start) against 25.7, 25.0, 24.4, 23.2 (end)
CPU ms a note, 2-7% more. Streaming 3,000 notes: parent 497-502 MiB, workers 874-883 MiB, flat.

Two more blind sets (sealed15.txt, 96 notes, 1,407 marks, online and indoor work: adverts,
reviews, booking and screening chats, bad-date reports, doxxing, camming, payments, handles;
sealed16.txt, 96 notes, 1,419 marks, money, housing and everyday life in towns, seaside and
rural places), each by a helper who read only the first 75 lines of sealed6.txt; both kept
blind to the end of the round:
    sealed15.txt  0.969 / 0.892 / 0.968 on the code at the round's start; 0.969 / 0.893 /
                  0.969 at the end (leaked 80 -> 79)   stock 0.696 / 0.790 / 0.950
    sealed16.txt  0.966 / 0.884 / 0.955 at the start; 0.967 / 0.885 / 0.955 at the end
                  (leaked 92 -> 89)   stock 0.686 / 0.749 / 0.919
The round's fixes came from sealed13.txt's and sealed14.txt's leaks (read this round: 0.908 ->
0.949 and 0.967 -> 0.975): a person's word found in two notes of a batch or more carried to the
others, a street's own word carried alone, needle-exchange client codes, lower-case heads of
places (bypass, park, mags, crown ct, cabs, chemist), lower-case streets whose word is rare, a
family name in capitals after a given name, a house number beside a street however it was
read, a name alone on the last line, one-letter pseudonyms from a review's key, and a kin word
alone as no name (62 fewer words removed). Three helpers' attacks were mended with tests. After
them: sealed7 0.976, sealed5 0.978, sealed3 0.979, sealed9 0.982, sealed8 0.969 (other words
kept 0.928 -> 0.930), WNUT17 dev 0.788. Tokens stock removes that the project leaks: sealed13
11 (16), sealed14 9 (10), sealed15 12 and sealed16 13 (blind, not read). Throughput
(`--no-quality --rounds 3 --stream 3000`, load 0.6-1.2): 2 workers 319-351 notes/s once loaded,
stock on one core 144-156: 2.22x (2.20-2.26), end to end 2.09x; CPU a note, stock / workbench
1.17 (1.12-1.17). The round's starting code and this code on the same 1,500 hand-written notes
in one process, twice each in two sittings: 23.3, 22.1, 25.7, 24.0 (start) against 23.5, 22.4,
25.6, 22.2 (end) CPU ms a note. Streaming 3,000 notes: parent 497-506 MiB, workers 877-886 MiB,
flat.

Two more blind sets (sealed17.txt, 96 notes, 1,629 marks, violence, crime and the justice
system: police statements, crime numbers, court lists, orders, ugly-mug reports with cars and
plates, inquests; sealed18.txt, 96 notes, 1,606 marks, long histories and the project's own
paperwork: chronologies with dates in every form, care leavers, staff records, minutes, subject
access requests), each by a helper who read only the first 75 lines of sealed6.txt; both kept
blind to the end of the round:
    sealed17.txt  0.975 / 0.870 / 0.963 on the code at the round's start; 0.977 / 0.871 /
                  0.963 at the end (leaked 78 -> 71)   stock 0.678 / 0.690 / 0.922
    sealed18.txt  0.971 / 0.922 / 0.961 at the start; 0.971 / 0.921 / 0.961 at the end
                  (leaked 85 -> 84)   stock 0.724 / 0.818 / 0.923
The round's fixes came from sealed15.txt's and sealed16.txt's leaks (read this round: 0.969 ->
0.987 and 0.967 -> 0.985): crypto wallets of any chain whatever their checksum (new
crypto_wallet.py), codes of capitals and figures (gift cards, payments, bookings, licences),
vouchers, serials and sort codes, phone numbers spelled with digits run into words, premises'
endings (credit unions, building societies, church schools, drop-ins), a note's title naming
whom it is about, English short forms of names (the nicknames dataset, and British ones it
lacks: Gaz, Shaz, Bex), lists of user names,
rooms and caravans, a day alone; then two helpers' attacks, mended with tests (an everyday
thing before a verb or a modal, "Risk level - Amber", "on Facebook as agreed", doses run into
drug names; wallets and codes in groups, ID card series, Thai IDs, plates with "?"). After them:
sealed13 0.955, sealed14 0.980, sealed11 0.965, sealed12 0.981, sealed6 0.964, sealed8 0.971,
WNUT17 dev 0.788; no studied set's precision or other words kept lower by more than 0.003
(clinical.txt's other words kept 0.932 -> 0.929: beds removed with their word). Tokens stock
removes that the project leaks: sealed15 4 (12), sealed16 2 (13), sealed17 10 and sealed18 26
(blind, not read). Throughput (`--no-quality --rounds 3 --stream 3000`, load 0.5-1.2): 2
workers 322-333 notes/s once loaded, stock on one core 151-156: 2.13x (2.11-2.19), end to end
2.04x (1.94-2.10); CPU a note, stock / workbench 1.11 (1.05-1.14). The round's starting code
and this code on the same 1,500 hand-written notes in one process, twice each in two sittings:
23.1, 21.5, 22.8, 21.6 (start) against 22.7, 21.4, 24.2, 23.1 (end) CPU ms a note, within the
sittings' spread. Streaming 3,000 notes: parent 508-514 MiB, workers 897-905 MiB, flat.

Two more blind sets (sealed19.txt, 96 notes, 1,581 marks, community and peer work: peer
educators' notes, support groups, a newsletter and a zine, memorials and vigils, rotas and
registers, its people named by words that are everyday words too, Hope, Will, Summer, Star;
sealed20.txt, 96 notes, 1,426 marks, travel, borders and life abroad: foreign addresses,
phones, documents and bank details, journeys, remittances, embassies, a Traveller site), each
by a helper who read only the first 75 lines of sealed6.txt; both kept blind to the end of the
round:
    sealed19.txt  0.940 / 0.877 / 0.956 on the code at the round's start; 0.942 / 0.877 /
                  0.956 at the end (leaked 140 -> 134)   stock 0.640 / 0.790 / 0.944
    sealed20.txt  0.955 / 0.874 / 0.951 at the start; 0.959 / 0.874 / 0.951 at the end
                  (leaked 121 -> 109)   stock 0.642 / 0.700 / 0.902
The round's fixes came from sealed17.txt's and sealed18.txt's leaks (read this round: 0.977 ->
0.986 and 0.971 -> 0.989): a history's dates (decades, a season's year, 'YY opening a line,
Feb 96), given names Faker's locales lack from nomquamgender's registers (counted only
capitalised, not where they are everyday words of the notes' other languages), initials in
minutes with their roles, a staff code, a role's letters signing off, hospitals' letters, an
officer's number written out, ViSOR numbers, a log's numbering, a street with no street's word,
a house's name or floor before an address, a pub's name in two halves, firms' endings, wallets
with any letters; names that are words where only a person stands (Hope came, thank you Hope,
me + Summer, Spoke to Will, Dropped Star at the station, a rota's day); travel bookings and
addresses abroad by their numbers. Three helpers' attacks were mended with tests (one found the
ViSOR pattern quadratic: 507 s on 200 KB of whitespace, now linear; the invisible-characters
property test found a year of birth printed as "February 1938", mended in the operators). After
them: sealed13 0.956, sealed9 0.985, sealed10 0.984, final 0.973, WNUT17 dev 0.791; no studied
set's precision or other words kept lower by more than 0.001. Tokens stock removes that the
project leaks: sealed17 5 (10), sealed18 5 (26), sealed19 29 and sealed20 19 (blind, not
read). Throughput (`--no-quality --rounds 3 --stream 3000`, load 1.4-1.5): 2 workers 325-331
notes/s once loaded, stock on one core 152-155: 2.13x (2.09-2.18), end to end 2.00x
(1.84-2.00); CPU a note, stock / workbench 1.10 (1.08-1.10). The round's starting code and this
code on the same 1,500 hand-written notes in one process, twice each in two sittings: 23.9,
22.9, 24.0, 22.8 (start) against 24.0, 22.5, 24.5, 23.1 (end) CPU ms a note, within the
sittings' spread. Streaming 3,000 notes: parent 530-538 MiB, workers 943-951 MiB, flat.

Two more blind sets (sealed21.txt, 96 notes, 1,338 marks, the spoken word written down:
speech-to-text and dictation, voicemail and call transcripts, helpline notes typed while
listening, numbers, names, e-mails and postcodes said aloud, spelled and misheard; sealed22.txt,
96 notes, 1,581 marks, families and children: school letters, child protection, family court,
contact, foster and kinship care, genograms), each by a helper who read only the first 75 lines
of sealed6.txt; both kept blind to the end of the round:
    sealed21.txt  0.805 / 0.925 / 0.979 on the code at the round's start; 0.861 / 0.933 /
                  0.980 at the end (leaked 654 -> 467)   stock 0.369 / 0.694 / 0.948
    sealed22.txt  0.969 / 0.859 / 0.951 at the start; 0.969 / 0.859 / 0.951 at the end
                  (leaked 86 -> 85)   stock 0.702 / 0.711 / 0.913
Nearly all of sealed21.txt's gain came from rules for the forms of speech its writer's brief
named (letters spelled out, a month said by its number, a date of birth read as figures,
postcodes, references, web and e-mail addresses said aloud, misheard digits), written from the
brief, not from its notes. The round's other fixes came from sealed19.txt's and sealed20.txt's
leaks (read this round: 0.942 -> 0.979 and 0.959 -> 0.981): names that are everyday words
where only a person stands (a register written surname first, a two-word chat speaker, a name
in capitals heading its paragraph, whom a note tells or thanks, the note's last word, a name
spoken to before "?"), a rota's day numbers agreeing with one month's calendar, the days a
project marks, premises found by one word in two notes of a batch, research participants'
codes; addresses, cards, plates and case numbers abroad in their own forms, a family name in
capitals beside a given name, an airline's date and booking. Three helpers' attacks were mended
with tests (a tally's counts read as a rota's days by chance; "Will read it tomorrow"; labels'
own letters; three patterns quadratic on runs of bullets, dashes and "dot", now linear). After
them: sealed11 0.967, informal 0.967, final 0.975, fresh 0.986, sealed17 0.989, WNUT17 dev
0.791; no set's precision or other words kept lower by more than 0.001 (sealed20's other
words kept 0.951 -> 0.950). On the studied sets token by token,
from the round's start: 192 identifier tokens more removed, none fewer; 4 other words more
removed, 22 fewer. Tokens stock removes that the project leaks: sealed19 5 (29), sealed20 4
(19), sealed21 52 and sealed22 8 (blind, not read). Throughput (`--no-quality --rounds 3
--stream 3000`, load 0.8-1.2): 2 workers 314-340 notes/s once loaded, stock on one core
151-159: 2.12x (2.09-2.13), end to end 1.99x (1.77-2.05); CPU a note, stock / workbench 1.09
(1.07-1.13). The round's starting code and this code on the same 1,500 hand-written notes in
one process, twice each in two sittings: 24.0, 22.3, 24.1, 23.3 (start) against 25.3, 24.4
(before two patterns were kept to the notes that can hold them), 24.4, 22.4 (end) CPU ms a
note. Streaming 3,000 notes: parent 522-529 MiB, workers 926-933 MiB, flat.

Two more blind sets (sealed23.txt, 96 notes, 1,567 marks, one person written many ways: male,
trans and non-binary workers, chosen names and deadnames, deed poll and gender clinic letters,
drag and working names, handles, transliterations and names in their own scripts; sealed24.txt,
96 notes, 1,384 marks, work as a business and money: venues, licensing, payroll, HMRC and
Companies House, invoices, bank statements, cash seizure), each by a helper who read only the
first 75 lines of sealed6.txt; both kept blind to the end of the round:
    sealed23.txt  0.963 / 0.914 / 0.970 on the code at the round's start; 0.964 / 0.914 /
                  0.970 at the end (leaked 95 -> 93)   stock 0.661 / 0.785 / 0.939
    sealed24.txt  0.945 / 0.871 / 0.951 at the start; 0.946 / 0.871 / 0.951 at the end
                  (leaked 147 -> 143)   stock 0.600 / 0.747 / 0.929
The round's fixes came from sealed21.txt's and sealed22.txt's leaks (read this round: 0.861 ->
0.946 and 0.969 -> 0.983): years and days said aloud, references read out with their letters,
a police log's number "of today", collar numbers, postcodes, sort codes and dates of birth
answered on the next speaker's line, house numbers said and corrected, e-mails and handles said
aloud, a number said again in words, premises named in lower case; a child by a letter that
acts, two letters joined by a hyphen, an age in brackets, a kin word's name in brackets, "Little
Man", quoted nicknames that act, a family's table, initials before a role on a Present line, a
church school, a baby bank, a name after a title dictated in lower case, a name spelled with
the words that say its letters ("F for Frank, E, R"). Two helpers' attacks
were mended with tests (a long run of digits' words read again from each word, 27 s on 96,000
characters, now bounded; drug and platform letters read as children; countries with counts;
kin labels' answers; "Emergency Food Bank"); the tests caught a working name's pattern quadratic
on spaces, and the invisible-characters property test a name carried between mentions on the
original text, now on the normalised copy. After them: sealed 0.985, sealed10 0.986, fresh
0.987, mixed 0.981, sealed15 0.988, WNUT17 dev 0.791; no set's precision or other words kept
lower by more than 0.001 (final's precision 0.888 -> 0.887: a plate's letters said one by
one after "plate", "B, K, G", which its writer left unmarked; heldout's 0.887 -> 0.886: the
room's word said before its number, "room three one two", which most gold sets mark and that
writer did not). On the studied sets token by token, from the round's start: 348 identifier
tokens more removed, none fewer; 7 other words more removed, 22 fewer. Tokens stock removes that the
project leaks: sealed21 16 (52), sealed22 4 (8), sealed23 11 and sealed24 18 (blind, not read).
Throughput (`--no-quality --rounds 3 --stream 3000`, load 0.9-1.4, two sittings): 2 workers
303-324 notes/s once loaded, stock on one core 155-160: 1.97x and 1.99x (1.90-2.09), end to end
1.82x and 1.87x (1.70-2.00); CPU a note, stock / workbench 1.05 and 1.06 (0.99-1.09). The
round's starting code and this code on the same 1,500 hand-written notes in one process, twice
each in two sittings: 23.8, 22.7, 25.0, 21.9 (start) against 24.0, 23.1, 24.7, 23.6 (end) CPU ms
a note, within the sittings' spread. Streaming 3,000 notes: parent 525-537 MiB, workers 929-948
MiB, flat.

Two more blind sets (sealed25.txt, 96 notes, 1,466 marks, health records in clinical style:
capitals and clipped abbreviations, A&E, ambulance, discharge, pharmacy, drug services, mental
health, custody and prison healthcare, names as clinical systems mangle them; sealed26.txt, 96
notes, 1,457 marks, the street and the screen: ugly-mug reports, plates, places as workers give
them, e-mail headers, chat exports, OCR, URLs, IP and MAC addresses), each by a helper who read
only the first 75 lines of sealed6.txt; both kept blind to the end of the round:
    sealed25.txt  0.965 / 0.825 / 0.929 on the code at the round's start; 0.966 / 0.826 /
                  0.929 at the end (leaked 104 -> 99)   stock 0.643 / 0.628 / 0.867
    sealed26.txt  0.955 / 0.857 / 0.939 at the start; 0.955 / 0.857 / 0.939 at the end
                  (leaked 131 -> 131)   stock 0.670 / 0.717 / 0.900
The round's fixes came from sealed23.txt's and sealed24.txt's leaks (read this round: 0.964 ->
0.973 and 0.946 -> 0.972): a few words alone in a script without case (Arabic, Hebrew, the
scripts of India, Ethiopic), a Thai family name after a titled or Latin-spelled given name, a
Korean name before its title, a given name romanised in two syllables (Soo-yeon), digits of any script
read as digits, a short name before a full one in brackets, a name said to be another's ("Jade
= Yan Jia", "aka"), a person from a place found, names paired by a slash or a plus, a found
name's other words in its quotes; companies in capitals with LTD or LIMITED and a small firm's
trade, one-word streets after their number (17 Sheepgate), payroll and register columns (Emp,
NI, Passport), staff and payroll numbers, en-dashed sort codes, a postcode district a word
names ("the ZJ3 or ZJ5 areas"). Two helpers' attacks were mended with tests (a caseless run
read again from each word before a question mark, 16 s on 46,000 characters, now linear; Korean
words ending in 씨; counts, ages and days before a street's word; labels and scores before "=";
a document column's remarks; a bare sort-code pattern that took ratios and prices, dropped).
After them: sealed13 0.959, sealed20 0.983, sealed22 0.984, WNUT17 dev 0.791. On the studied
sets token by token, from the round's start: 134 identifier tokens more removed, none fewer;
10 other words more removed, 11 fewer. Tokens stock removes that the project leaks: sealed23 5
(11), sealed24 11 (18), sealed25 20 and sealed26 14 (blind, not read). Throughput (load
1.0-1.4, two sittings): 2 workers 248-282 notes/s once loaded, stock on one core 139-151:
1.81x and 1.87x (1.70-1.97), end to end 1.74x and 1.77x (1.50-1.90), and 1.88x (1.81-1.95)
in a third sitting on the round's last code; CPU a note, stock /
workbench 0.90 and 0.97 (0.90-1.04). Start and end of the round alternated in one sitting:
24.0-25.8 against 24.4-26.5 CPU ms a note on 1,500 hand-written notes, 2.67-2.99 against
2.76-3.01 on 1,000 WNUT17 posts (1-3% more). Streaming 3,000 notes: parent 517-531 MiB,
workers 906-939 MiB, flat.

Session 20 (3df857a -> 63ecc60): two new blind sets measured first, sealed27 (research and
evaluation material) 0.950 and sealed28 (forms, tables and structured text) 0.973, stock 0.646
and 0.675; this round's fixes moved them by nothing (leaked 109 -> 110, 88 -> 87). Read from
sealed25 (clinical records) and sealed26 (the street and the screen), now 0.983 and 0.974 (0.966
and 0.955 blind): custody, prison and emergency-department cells and areas, a handover's beds;
hospitals by their letters in lower case and in triage headings; "ED" the department only where
the words round it make it one; points on the map, what3words, EXIF dates; foreign and quoted
plates and VINs; bleeps; officers in lower case; possessive premises; lower-case family names,
"Mc" in capitals, staff letters, names spelt twice; devices named for owners; a sender's premises
before an e-mail address and the writer above "Sent from my iPhone"; streets in capitals read
as written; words that name no one ("Sent", "Hep", "neg", "EDD", "visa") and services kept. Two
helpers' attacks were mended with tests (a person called ed in texted notes, a family name
stripped as a heading word, shouted sentences read as streets, blood counts and spreadsheet
cells, escalation limits after "bleep"). On the studied sets token by token, from the round's
start: 145 identifier tokens more removed, none fewer; 406 other words fewer removed, 10 more.
Tokens stock removes that the project leaks: sealed25 5 (20), sealed26 10 (14), sealed27 9 and
sealed28 6 (blind, not read). Throughput (load 0.7-1.3, two sittings): 2 workers 296-312 notes/s
once loaded, stock on one core 154-162: 1.95x and 1.92x (1.86-1.97), end to end 1.87x and 1.85x
(1.61-1.90); CPU a note, stock / workbench 1.00 and 1.00 (0.96-1.05). Start and end of the
round alternated in one sitting: 22.8-24.0 against 23.6-24.7 CPU ms a note on 1,500 hand-written
notes (2-3% more), 2.54-2.69 against 2.54-2.71 on 1,000 WNUT17 posts (the same). Streaming 3,000
notes: parent 513-527 MiB, workers 904-924 MiB, flat.

Session 21 (685168c -> d2000e0): two new blind sets measured first, sealed29 (many hands in many
Englishes and languages) 0.974 and sealed30 (messages and posts in the wild) 0.959, stock 0.692
and 0.632; that round's fixes moved them +0.1 and 0 (leaked 67 -> 65, 106 -> 106). Read from
sealed27 (research material) and sealed28 (forms and tables), then 0.965 and 0.984 (0.950 and
0.973 blind): a study's columns, pseudonym keys and who interviewed, a table's cells the model
ran together, HL7 segments by position, XML elements, a system's user names, dotted initials, a
quote's attribution and a speaker named in brackets, dates with ordinals, a card's or a phone's
last digits, rooms by floor; a transcript's role labels and a record's field names kept. On the
studied sets token by token: +88 gains, none lost, 261 other words fewer removed, 8 more. CPU a
note, start and end alternated in one sitting: 21.7-22.5 against 22.0-23.3 ms (1-4% more).

Session 22 (d2000e0 -> 120ab26): two new blind sets measured first, sealed31 (the people around
a worker and the project's own staff side) 0.985 and sealed32 (numbers, codes and their near
misses) 0.977, stock 0.685 and 0.699; this round's fixes moved them by nothing, not a token
(leaked 47 -> 47, 43 -> 43). Read from sealed29 and sealed30, now 0.978 and 0.971: two phone
numbers written one after the other, NI numbers printed without a label, share codes, a house's
number after "no" or "número", rooms in a list, a name in its own script before its Latin
spelling, Bulgarian plates, names written with figures ("5teve"), a brand that is a given name
acting as a person ("Kia says"), a saint's premises in lower case; two helpers' attacks mended
with tests. On the studied sets token by token: +50 gains, none lost, 14 other words fewer
removed, 3 more. Tokens stock removes that the project leaks: sealed29 12 (18), sealed30 3 (7),
sealed31 10 and sealed32 7 (blind, not read). One sitting (load 0.9-1.4) on a machine running
both at half the last round's speed (stock 70-78 notes/s): 1.85x, 1.53x and 2.19x once loaded
(1.55x, 1.46x, 1.99x end to end), stock / workbench CPU a note 0.86, 0.76 and 1.15: too noisy to
say the ratio moved. Start and end alternated, one process: 41.5-47.5 against 45.1-52.3 CPU ms
a note on 1,500 hand-written notes (within the sitting's noise; the new passes cost 0.04 and
0.02 ms a note). Streaming 3,000 notes: parent 534-535 MiB, workers 919-937 MiB, flat.

Session 23 (654b10c -> 5beeecf): two new blind sets measured first, sealed33 (letters and e-mail
between agencies) 0.988 and sealed34 (places: where people live, work, meet and go) 0.960, stock
0.758 and 0.643; this round's fixes moved them by nothing, not a token (leaked 42 -> 42, 91 ->
91). Read from sealed31 and sealed32, now 0.993 and 0.987 (0.985 and 0.977 blind): a rota's days
in ranges checked against one month's calendar, a found number's ending and a found postcode's
halves written again alone, a UK number with 44 and no plus, police logs by their day or listed,
a sort code a few words on, a scanned postcode's O for 0, one letter for a person after a title
or a comma or signing a quote, a word of address used as a name (Madam, Uncle, Auntie), a day
after a title as a nickname, premises in lower case after a street, a firm's letters joined by
"&", a plate's remembered first half; two helpers' attacks mended with tests. A "…" written in a
phone pattern had been compiled by NFKC into three of any character. On the studied sets token
by token: +66 gains, none lost, 8 other words fewer removed, 18 more (words of address other
writers left unmarked). Tokens stock removes that the project leaks: sealed31 2 (10), sealed32
1 (7), sealed33 10 and sealed34 7 (blind, not read). One sitting (load 0.6-1.4), the machine
again at about half speed (stock 75-95 notes/s): 1.63x, 1.81x and 1.46x once loaded (1.39x-1.68x
end to end), stock / workbench CPU a note 0.99, 1.13 and 0.85. Start and end alternated, one
process: 45.1 and 46.9 against 51.2 and 42.7 CPU ms a note on 1,500 hand-written notes (within
the sitting's noise; the new recognizer and patterns cost about 0.2 ms a note). Streaming 3,000
notes: parent 514-518 MiB, workers 902-910 MiB, flat.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio would fetch

from deidentify.config import load_config  # noqa: E402
from deidentify.engine import Deidentifier  # noqa: E402
from deidentify.evaluate import GoldNote  # noqa: E402
from workbench.evaluation_sets import (  # noqa: E402
    by_type_table,
    generated_gold,
    run_evaluation,
    summary_table,
)
from deidentify.runner import RunReport, deidentify_frames  # noqa: E402
from deidentify.stock import StockPresidio  # noqa: E402
from workbench.core.keys import random_key  # noqa: E402
from workbench.generate.context import GenConfig  # noqa: E402
from workbench.generate.project import generate_project  # noqa: E402

WNUT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "wnut17" / "dev.conll"


def rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children_rss() -> float:
    import psutil

    return sum(rss_mib(c.pid) for c in psutil.Process().children(recursive=True))


@dataclass
class Timing:
    end_to_end: float  # notes per second, model loading included
    once_loaded: float  # notes per second after every worker's first batch
    startup: float  # seconds until every worker had returned its first batch
    cpu_ms: float  # this process's CPU milliseconds per note once loaded (workers=1 only)


def throughput(notes: list[GoldNote], workers: int, batch: int = 256) -> Timing:
    """Time the runner on the notes.

    "Once loaded" counts the notes after the first `workers` batches over the time after
    them: the workers load and run their first batches side by side, so the notes of every
    first batch are done by then (counting them too, as this script did before, overstated
    the rate by about a fifth on 3,000 notes with two workers).
    """
    config = load_config()
    frame = pd.DataFrame({"text": [n.text for n in notes]})
    key = random_key()
    seen = [0]
    loaded: list[tuple[float, float, int]] = []
    start = time.perf_counter()

    def progress(n):
        seen[0] += n
        if not loaded and seen[0] >= max(workers, 1) * batch:
            loaded.append((time.perf_counter(), time.process_time(), seen[0]))

    batches = (frame.iloc[i:i + batch] for i in range(0, len(frame), batch))
    for _ in deidentify_frames(batches, "text", config, key, None, workers, progress=progress):
        pass
    end, cpu_end = time.perf_counter(), time.process_time()
    when, cpu_when, done = loaded[0] if loaded else (end, cpu_end, len(notes))
    rest = len(notes) - done
    return Timing(len(notes) / (end - start),
                  rest / (end - when) if rest else float("nan"), when - start,
                  1000 * (cpu_end - cpu_when) / rest if rest else float("nan"))


def stock_throughput(stock: StockPresidio, notes: list[GoldNote], one_core: bool
                     ) -> tuple[float, float]:
    """Notes per second through stock Presidio's BatchAnalyzerEngine in this process, and its
    CPU milliseconds per note; with `one_core`, its BLAS is held to one thread (as each
    workbench worker is), otherwise the matrix products may use every core."""
    texts = [n.text for n in notes]
    with threadpool_limits(limits=1 if one_core else None):
        stock.find(texts[:50])  # warm up
        start, cpu = time.perf_counter(), time.process_time()
        stock.find(texts)
        return (len(texts) / (time.perf_counter() - start),
                1000 * (time.process_time() - cpu) / len(texts))


def spread(values: list[float]) -> str:
    return (f"{np.median(values):.2f} (min {min(values):.2f}, max {max(values):.2f}, "
            f"{len(values)} rounds)")


def made_up_word(n: int) -> str:
    """A capitalised word of its own for each n ("Bbbcb", "Cbbcb", ...)."""
    letters, word, n = "bcdfghjklmnpqrstvwxzaeiouy", "", n + 26 ** 4
    while n:
        n, r = divmod(n, 26)
        word += letters[r]
    return word.capitalize()


def stream_memory(notes: list[GoldNote], total: int, workers: int) -> list[tuple[int, float, float]]:
    """RSS of this process and of the workers while `total` notes stream through. The notes
    are the generated ones over and over, each with a reference number and a made-up name of
    its own, so that the model meets new words as it does in a real run (spaCy adds every
    new word to its vocabulary; notes that repeat would hide that growth)."""
    config = load_config()
    key = random_key()
    texts = [n.text for n in notes]
    checkpoints, seen = [], [0]
    every = max(total // 10, 1000)

    def frames():
        for i in range(0, total, 256):
            idx = range(i, min(i + 256, total))
            yield pd.DataFrame({"text": [f"{texts[k % len(texts)]} Seen with {made_up_word(k)}, "
                                         f"ref {k + 4_000_000}." for k in idx]})

    def progress(n):
        seen[0] += n
        if seen[0] // every != (seen[0] - n) // every:
            checkpoints.append((seen[0], rss_mib(os.getpid()), children_rss()))
            print(f"{seen[0]:>10,} {checkpoints[-1][1]:>11.0f} {checkpoints[-1][2]:>12.0f}",
                  flush=True)  # as it goes: a long run can be read before it ends

    report = RunReport()
    for _ in deidentify_frames(frames(), "text", config, key, None, workers, progress=progress,
                               report=report):
        pass
    assert report.adds_up
    return checkpoints


def _repeat(unit: str, n: int, head: str = "", tail: str = "") -> str:
    return (head + unit * max(1, (n - len(head) - len(tail)) // len(unit)) + tail)[:n]


# inputs that made patterns of this engine backtrack or rescan (found by attacking them)
ADVERSARIAL = {
    "ordinary prose (baseline)": lambda n: _repeat(
        "Met Sarah Jones at the Feathers on 12 Mill Lane, Halifax. Tel 01632 960 500 x4417. ", n),
    "letters, no space": lambda n: _repeat("abcdefghij", n, "", ".x"),
    "emoji after a name": lambda n: _repeat("\U0001F339 ", n, "Kaz: hi\nRuby ", ":"),
    "hyphenated capitalised words": lambda n: _repeat("-Word", n, "Okonkwo"),
    "AB-AB-AB": lambda n: _repeat("AB-", n, "", "-"),
    "spaces after a label": lambda n: _repeat(" ", n, "case", "x"),
    "no.no.no after a label": lambda n: _repeat("no.", n, "ID ", "!"),
    "letters for digits": lambda n: _repeat("0O1Il", n),
    "lines in capitals": lambda n: _repeat("GOLDEN TOUCH SAUNA ", n),
    "days listed with no month": lambda n: _repeat("12-", n),
    "a comma table of one column": lambda n: _repeat("a,b,c\n", n, "name,phone,email\n"),
    "heading lines of an aligned table": lambda n: _repeat("Name  Phone  DOB\n", n),
    "spaces after DOB": lambda n: _repeat(" ", n, "DOB", "x"),
    "sentence ends before open brackets": lambda n: _repeat(". x (", n),
    "initials joined by slashes over lines": lambda n: _repeat("AB /\n", n, "", "AB x"),
    "names in Chinese, repeated": lambda n: _repeat("阿强 李明 ", n),
    "spaces after initials closing a note": lambda n: _repeat(" ", n, "Note. - AB", "x"),
    "spaces after a letter on the last line": lambda n: _repeat(" ", n, "Seen.\nK", "\n"),
    "names listed with slashes": lambda n: _repeat("Jo / ", n, "Abdi / ", "Sue"),
    "chat export time stamps": lambda n: _repeat("06/01/2027, 20:05 - Kaz: hi\n", n),
    "tabs after initials on a line of their own": lambda n: _repeat("\t", n, "\nAB", ","),
    "spaces inside a name the model finds": lambda n: _repeat(" ", n, "Seen by Sarah", "Jones today."),
    "brackets with no space (the model's tokenizer)": lambda n: _repeat("(.", n, "NIE ", " X1"),
    # (the note's text was rebuilt from its tokens for each name-like word: 3 s, now 0.9 s)
    "a chat in another language": lambda n: _repeat("Nok: hi\nBora: Elira a je\n", n),
    "bulleted names": lambda n: _repeat("- lou\n- becca + her mate\n", n),
    "names in quotes": lambda n: _repeat('the man ("Dez") and "Ploy" and ', n),
    "signature lines": lambda n: _repeat("-K. SZYMANSKI RN\n", n),
    # (session 9: a space between Latin letters and Chinese gives the model a token each)
    "Latin letters between Chinese": lambda n: _repeat("我a", n),
    "a chat of Latin words in Chinese": lambda n: _repeat("我去Tesco买milk然后回Leeds的flat，", n),
    "hyphenated capitals before a ZIP code": lambda n: _repeat("AB-", n, "", " CA 90447"),
    "a staff list of initials": lambda n: _repeat("PB + QW / ", n, "Staff: ", "\n"),
    "units in capitals": lambda n: _repeat("HAREBELL ", n, "", "WARD"),
    "services in capitals": lambda n: _repeat("REFERRED TO HOPE HOUSING ", n),
    # (session 10: each read in quadratic time before a helper's attack found it)
    "a line of spaces before a closing": lambda n: _repeat(" ", n, "Note\n", "regards"),
    "a US town, its state and spaces": lambda n: _repeat(" ", n, "Tarnmouth, OH", "x"),
    "a scanned word of 0s and 1s": lambda n: _repeat("O1", n, "", "2"),
    "a worker's initials repeated on one line": lambda n: _repeat("OF ", n, "Worker: OF\n"),
    "spaces after a closing": lambda n: _repeat(" ", n, "Kind regards", "x"),
}


def adversarial() -> None:
    config = load_config()
    n = config.max_note_chars
    engine, stock = Deidentifier(config), StockPresidio()
    engine.find(["warm up: Sarah Jones, 01632 960 500"])
    print(f"\n== One note of {n:,} characters (the length limit) made to slow patterns down: "
          "seconds, the workbench (one process) beside stock Presidio", flush=True)
    width = max(map(len, ADVERSARIAL)) + 1
    for name, make in ADVERSARIAL.items():
        note = make(n)
        started = time.perf_counter()
        engine.find([note])
        ours = time.perf_counter() - started
        started = time.perf_counter()
        stock.find([note])
        theirs = time.perf_counter() - started
        print(f"{name:{width}} workbench {ours:6.2f} s   stock {theirs:6.2f} s", flush=True)


def quality(sample: int) -> None:
    print("== Quality on every set, project beside stock Presidio (targets: recall >= 0.98 "
          "on hand-written sets and generated text alone, WNUT17 person+location >= 0.85, "
          "never below stock; other words kept >= 0.93)", flush=True)
    wnut = [str(WNUT)] if WNUT.exists() else []
    results = run_evaluation(None, sample=sample, gold_files=wnut, compare_stock=True,
                             progress=lambda m: print(f"... {m}", flush=True))
    for name, r in results.items():
        print(f"\n{name}")
        print(by_type_table(r).to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print()
    print(summary_table(results).to_string(float_format=lambda x: f"{x:.4f}"), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=3000, help="generated notes to time")
    parser.add_argument("--sample", type=int, default=2000, help="generated notes to score")
    parser.add_argument("--stream", type=int, default=20_000,
                        help="notes streamed for the memory check (100000 for the target)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stock-notes", type=int, default=1000,
                        help="notes timed through stock Presidio")
    parser.add_argument("--rounds", type=int, default=3,
                        help="throughput rounds (stock, then the workbench, in each)")
    parser.add_argument("--no-quality", action="store_true", help="skip the quality figures")
    parser.add_argument("--no-adversarial", action="store_true",
                        help="skip the notes made to slow patterns down")
    args = parser.parse_args()

    if not args.no_quality:
        quality(args.sample)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "bench"
        generate_project(data_dir, GenConfig(users=2000, seed=4242))
        gold, _records, _known = generated_gold(data_dir, sample=20_000)
        notes = gold[:args.notes]
        words = [len(n.text.split()) for n in notes]
        print(f"\n== Throughput: {len(notes):,} generated notes of {min(words)}-{max(words)} "
              f"words (mean {np.mean(words):.0f}); target >= 2x stock. Stock Presidio's "
              f"BatchAnalyzerEngine on one core ({min(args.stock_notes, len(notes)):,} of the "
              f"notes, model loaded) and the workbench with {args.workers} workers, alternated "
              f"in each round; load = 1-minute load average of this machine", flush=True)
        stock_engine = StockPresidio()
        once, ends, cpu = [], [], []
        for r in range(args.rounds):
            load = os.getloadavg()[0]
            stock, stock_cpu = stock_throughput(stock_engine, notes[:args.stock_notes],
                                                one_core=True)
            ours = throughput(notes, args.workers)
            one = throughput(notes[:args.stock_notes], 1)
            once.append(ours.once_loaded / stock)
            ends.append(ours.end_to_end / stock)
            cpu.append(stock_cpu / one.cpu_ms)
            print(f"round {r + 1} (load {load:.1f} -> {os.getloadavg()[0]:.1f}): stock "
                  f"{stock:4.0f} notes/s, {stock_cpu:.2f} CPU ms a note; workbench, "
                  f"{args.workers} workers: {ours.once_loaded:4.0f} notes/s once loaded, "
                  f"{ours.end_to_end:4.0f} end to end ({ours.startup:.1f} s until every worker "
                  f"had returned a batch); one process: {one.once_loaded:4.0f} notes/s, "
                  f"{one.cpu_ms:.2f} CPU ms a note. Ratios: {once[-1]:.2f} once loaded, "
                  f"{ends[-1]:.2f} end to end, {cpu[-1]:.2f} in CPU time a note", flush=True)
        print(f"ratio workbench ({args.workers} workers) / stock on one core, once loaded: "
              f"{spread(once)}; end to end: {spread(ends)}", flush=True)
        print(f"stock's CPU time a note / the workbench's (one process, once loaded): "
              f"{spread(cpu)}; {args.workers} workers with a free core each would be about "
              f"{args.workers} x that. The wall-clock ratio is lower when other work holds the "
              f"cores: Linux shares CPU between sessions (autogroups), so on a busy machine the "
              f"workers of one run share about what one process would get", flush=True)
        stock_all, _ = stock_throughput(stock_engine, notes[:args.stock_notes], one_core=False)
        print(f"once: stock with BLAS on every core {stock_all:.0f} notes/s", flush=True)
        del stock_engine

        print(f"\n== Streaming memory: {args.stream:,} notes, {args.workers} workers "
              "(target: flat)")
        print(f"{'notes':>10} {'parent MiB':>11} {'workers MiB':>12}", flush=True)
        started = time.perf_counter()
        points = stream_memory(notes, args.stream, args.workers)
        print(f"({args.stream / (time.perf_counter() - started):.0f} notes/s over the run)")
        if len(points) >= 2:
            growth = (points[-1][1] + points[-1][2]) - (points[1][1] + points[1][2])
            print(f"growth from the second checkpoint to the last: {growth:+.0f} MiB")
    if not args.no_adversarial:
        adversarial()


if __name__ == "__main__":
    main()
