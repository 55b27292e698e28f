#!/usr/bin/env python3
"""Presidio's analyzer with pattern recognizers only: the same Chinese patterns as bench/pii's
ripgrep run, as ad-hoc PatternRecognizers. Prints documents, hits and MB/s.

Usage: presidio.py PATTERNS.tsv CORPUS.jsonl [--nlp spacy|none]

--nlp spacy (the default) is the set-up the issue measured: Presidio's SpacyNlpEngine over a
blank spaCy Chinese pipeline (spacy.blank("zh"): character segmentation, no trained model), the
least a Presidio user runs, since the analyzer tokenizes every text before its recognizers see it.
--nlp none replaces the engine with one that does nothing, which no Presidio release ships: it
times the pattern recognizers alone, a stricter anchor."""
import json, sys, time
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine, SpacyNlpEngine


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """SpacyNlpEngine whose Chinese pipeline is spacy.blank("zh") instead of a downloaded model."""
    def __init__(self):
        super().__init__(models=[{"lang_code": "zh", "model_name": "blank:zh"}])

    def load(self):
        import spacy
        self.nlp = {"zh": spacy.blank("zh")}


class NoNlpEngine(NlpEngine):
    """No tokenizer at all: Presidio's pattern recognizers only need the text."""
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


def main():
    patterns_path, corpus_path = sys.argv[1], sys.argv[2]
    nlp = sys.argv[sys.argv.index("--nlp") + 1] if "--nlp" in sys.argv else "spacy"
    engine = {"spacy": BlankSpacyNlpEngine, "none": NoNlpEngine}[nlp]()
    engine.load()
    registry = RecognizerRegistry(supported_languages=["zh"])
    for line in open(patterns_path, encoding="utf-8").read().splitlines():
        name, regex = line.split("\t")
        registry.add_recognizer(PatternRecognizer(
            supported_entity=name.upper(), supported_language="zh",
            patterns=[Pattern(name, regex, 0.5)]))
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["zh"])

    docs, hits, size = 0, 0, 0
    start = time.perf_counter()
    for line in open(corpus_path, encoding="utf-8"):
        text = json.loads(line)["text"]
        size += len(line.encode())
        hits += len(analyzer.analyze(text=text, language="zh"))
        docs += 1
    elapsed = time.perf_counter() - start
    print(f"presidio (nlp {nlp}): {docs} documents, {hits} hits, {size/1e6:.1f} MB in "
          f"{elapsed:.2f} s = {size/1e6/elapsed:.2f} MB/s")


main()
