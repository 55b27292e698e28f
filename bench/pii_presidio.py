#!/usr/bin/env python3
"""Presidio's analyzer with pattern recognizers only: the same Chinese patterns as bench/pii's
ripgrep run, as ad-hoc PatternRecognizers, over a blank NLP engine (no spaCy model). Prints
documents, hits and MB/s."""
import json, sys, time
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine


class BlankNlpEngine(NlpEngine):
    """No tokenizer model: Presidio's pattern recognizers only need the text."""
    def load(self): pass
    def is_loaded(self): return True
    def process_text(self, text, language):
        return NlpArtifacts(entities=[], tokens=[], tokens_indices=[], lemmas=[], nlp_engine=self,
                            language=language)
    def process_batch(self, texts, language, **kwargs):
        for text in texts: yield text, self.process_text(text, language)
    def is_stopword(self, word, language): return False
    def is_punct(self, word, language): return False
    def get_supported_entities(self): return []
    def get_supported_languages(self): return ["zh"]


PATTERNS = {name: regex for name, regex in (line.split("\t") for line in open(sys.argv[1]).read().splitlines())}
registry = RecognizerRegistry(supported_languages=["zh"])
for name, regex in PATTERNS.items():
    registry.add_recognizer(PatternRecognizer(supported_entity=name.upper(), supported_language="zh",
                                              patterns=[Pattern(name, regex, 0.5)]))
analyzer = AnalyzerEngine(registry=registry, nlp_engine=BlankNlpEngine(), supported_languages=["zh"])

docs, hits, size = 0, 0, 0
start = time.perf_counter()
for line in open(sys.argv[2], encoding="utf-8"):
    text = json.loads(line)["text"]
    size += len(line.encode())
    hits += len(analyzer.analyze(text=text, language="zh"))
    docs += 1
elapsed = time.perf_counter() - start
print(f"presidio: {docs} documents, {hits} hits, {size/1e6:.1f} MB in {elapsed:.2f} s = {size/1e6/elapsed:.2f} MB/s")
