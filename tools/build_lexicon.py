"""Build ``auditor/core/lexicon/nouns.tsv.gz`` from a WordNet 3.x database directory.

    python tools/build_lexicon.py WORDNET_DICT_DIR

WORDNET_DICT_DIR holds ``index.*``, ``data.noun`` and the ``*.exc`` files (Princeton WordNet 3.0
or 3.1, e.g. Debian's ``wordnet-base`` at ``/usr/share/wordnet``). Only common nouns are
kept (lemmas in lower case; instances such as cities and people are names, not terms): for
each, its senses in WordNet's frequency order; for each sense, its hypernyms, its depth
below the root and its lexicographer file (``noun.time``, ``noun.artifact``, …). Irregular plurals (``noun.exc``) come along for the lemmatiser, and the
other parts of speech as a bare word list (is this an English word at all?).

The output, one gzip'd text file, is deterministic (no timestamp in the gzip header).
"""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "auditor" / "core" / "lexicon" / "nouns.tsv.gz"


def _lines(path: Path) -> list[str]:
    return [ln.rstrip("\r\n") for ln in path.read_text(encoding="latin-1").splitlines()
            if ln.strip() and not ln.startswith(" ")]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    root = Path(argv[0])
    hypernyms: dict[str, list[str]] = {}
    lexfile: dict[str, int] = {}
    common: set[tuple[str, str]] = set()  # (lemma, synset) where the synset writes it in lower case
    for ln in _lines(root / "data.noun"):
        parts = ln.split(" | ")[0].split()
        n = int(parts[3], 16)
        i = 4 + 2 * n
        count = int(parts[i])
        ptrs = [parts[i + 1 + 4 * k: i + 5 + 4 * k] for k in range(count)]
        # "@" only: instance hypernyms ("@i") link names to classes, which terms are not
        hypernyms[parts[0]] = [p[1] for p in ptrs if p[0] == "@"]
        lexfile[parts[0]] = int(parts[1])
        for k in range(n):
            word = parts[4 + 2 * k].split("(")[0]  # (adjective markers are on adjectives only)
            if word == word.lower():
                common.add((word.lower(), parts[0]))
    depth: dict[str, int] = {}

    def depth_of(s: str) -> int:
        if s not in depth:
            depth[s] = 0  # (guards a cycle; WordNet's noun hierarchy has none)
            hs = hypernyms.get(s, [])
            depth[s] = 1 + min(depth_of(h) for h in hs) if hs else 0
        return depth[s]

    senses: dict[str, list[str]] = {}
    for ln in _lines(root / "index.noun"):
        parts = ln.split()
        lemma = parts[0]
        if not any(c.isalpha() for c in lemma):
            continue
        p_cnt = int(parts[3])
        offsets = parts[6 + p_cnt:]
        # index.noun is all lower case: the synset says whether this sense is a name (Paris)
        kept = [o for o in offsets if (lemma, o) in common and (hypernyms[o] or depth_of(o) == 0)]
        if kept:
            senses[lemma] = kept
    used = sorted({o for os_ in senses.values() for o in os_} | {h for os_ in senses.values() for o in os_ for h in hypernyms[o]})
    ids = {o: n for n, o in enumerate(used)}
    buf = io.StringIO()
    buf.write("# WordNet 3.x common nouns, built by tools/build_lexicon.py. See LICENSE-WordNet.\n")
    buf.write("# S<TAB>synset<TAB>depth<TAB>hypernym synsets<TAB>lexicographer file (03 tops ... 28 time)\n")
    buf.write("# L<TAB>lemma<TAB>senses | X<TAB>form<TAB>lemma | W<TAB>other English words\n")
    for o in used:
        hs = " ".join(str(ids[h]) for h in hypernyms[o] if h in ids)
        buf.write(f"S\t{ids[o]}\t{depth_of(o)}\t{hs}\t{lexfile[o]}\n")
    for lemma in sorted(senses):
        buf.write(f"L\t{lemma}\t{' '.join(str(ids[o]) for o in senses[lemma])}\n")
    for ln in _lines(root / "noun.exc"):
        form, lemma = ln.split()[:2]
        if lemma in senses:
            buf.write(f"X\t{form}\t{lemma}\n")
    # Every other English word (verbs, adjectives, adverbs; irregular forms), one word each: what
    # tells an English word from a borrowed one or a name opening a sentence.
    others: set[str] = set()
    for pos in ("verb", "adj", "adv"):
        for ln in _lines(root / f"index.{pos}"):
            lemma = ln.split()[0]
            if lemma.isalpha() and lemma not in senses:
                others.add(lemma)
        for ln in _lines(root / f"{pos}.exc"):
            form = ln.split()[0]
            if form.isalpha() and form not in senses:
                others.add(form)
    buf.write(f"W\t{' '.join(sorted(others))}\n")
    raw = buf.getvalue().encode("utf-8")
    with open(OUT, "wb") as fh, gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    print(f"{OUT.name}: {len(senses)} lemmas, {len(used)} synsets, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
