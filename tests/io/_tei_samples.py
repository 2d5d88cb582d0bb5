"""Audits built directly from the models, for the TEI writer/reader/validator tests."""

from __future__ import annotations

import re

from auditor.core.models import (
    Alignment,
    Audit,
    Bead,
    Chain,
    Change,
    Decision,
    Finding,
    Segment,
    Severity,
    Span,
    Verdict,
    Witness,
    fingerprint_of,
    segment_id,
)

BN = (
    "\n  ওসেচকিন\u200d ১৭ মার্চ চিঠিটি নিউজউইককে পাঠান। তিনি বললেন, আমি কাল যাব।\n\n"
    "[প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি] জাপান নিয়ে পরিকল্পনা ছিল।\n"
)
EN = (
    "Osechkin sent the letter to Newsweek on March 17. He said, \"I will go tomorrow.\"\r\n\r\n"
    "Osekkin sent them to News on March 17.  [প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি] Extra sentence. An addition!   "
)
EN2 = "Osechkin a envoyé la lettre.\tIl a dit « demain ».\n\nRien d'autre."


def segment(wid: str, text: str) -> tuple[Segment, ...]:
    """A trivial segmenter: sentences end after . ! ? । and paragraphs at blank lines."""
    out: list[Segment] = []
    para = 0
    for pm in re.finditer(r"(?:(?!\r?\n\s*\n).)+", text, re.S):
        for sm in re.finditer(r"\S.*?(?:[.!?।](?=\s|$)|$)", pm.group(), re.S):
            if not sm.group().strip():
                continue
            start = pm.start() + sm.start()
            end = pm.start() + sm.end()
            out.append(Segment(segment_id(wid, len(out)), wid, len(out), start, end, text[start:end], para))
        para += 1
    return tuple(out)


def span(text: str, wid: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(wid, start, start + len(needle), needle)


def finalize(f: Finding, segs: dict[str, tuple[Segment, ...]]) -> Finding:
    texts = {s.id: s.text for ss in segs.values() for s in ss}
    return Finding(**{**f.__dict__, "fingerprint": fingerprint_of(f, texts)})


def sample_audit() -> Audit:
    """bn → en → fr: null beads, overlapping spans, a span across segments, every decision kind."""
    chain = Chain(
        "FSB letter: plans against Japan",
        (
            Witness("bn", "bn", BN, None, "source", "", "মূল প্রতিবেদন", "bn.txt"),
            Witness("en", "en", EN, "bn", "translation", "machine translation (Google)", "", "en.txt"),
            Witness("fr", "fr-CA", EN2, "en", "retelling", "Le Devoir", "Titre « x »", ""),
        ),
    )
    segs = {w.id: segment(w.id, w.text) for w in chain.witnesses}
    assert [len(segs[w]) for w in ("bn", "en", "fr")] == [3, 5, 3], {k: [s.text for s in v] for k, v in segs.items()}
    alignments = (
        Alignment("bn", "en", (
            Bead(("bn-s1",), ("en-s1",), 0.873),
            Bead(("bn-s2",), ("en-s2",), 1.0, confirmed=True),
            Bead(("bn-s3",), ("en-s3", "en-s4"), 0.5),
            Bead((), ("en-s5",), 0.0),
        )),
        Alignment("en", "fr", (
            Bead(("en-s1", "en-s2"), ("fr-s1",), 0.61),
            Bead(("en-s3",), ("fr-s2",), 1e-05),
            Bead(("en-s4",), (), 0.25, confirmed=True),
            Bead(("en-s5",), ("fr-s3",), 0.125),
        )),
    )
    fragment = "[প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি]"
    f1 = finalize(Finding(
        "untranslated-span", Severity.MAJOR, "en", ("en-s4",), (span(EN, "en", fragment),),
        "Bengali text left untranslated in an English witness", "[the context has not changed much]",
        ("bn", "en"), (("script", "Beng"), ("chars", "40")), 0.95,
    ), segs)
    f2 = finalize(Finding(
        "name-variant", Severity.MAJOR, "en", ("en-s1", "en-s3"),
        (span(EN, "en", "Osekkin"), span(EN, "en", "Osechkin")),
        "Osekkin looks like a variant of Osechkin", "Osechkin", None,
        (("canonical", "Osechkin"), ("variant", "Osekkin"), ("variant", "Osekkin"), ("score", "0.93")), 0.85,
    ), segs)
    # Overlaps f2's second span, and one span crosses the boundary between en-s3 and en-s4.
    f3 = finalize(Finding(
        "bracket-insertion", Severity.MINOR, "en", ("en-s3", "en-s4"),
        (span(EN, "en", "Osekkin sent"), span(EN, "en", "March 17.  [")),
        "spans across segments", "",
    ), segs)
    # Cross-witness spans and no segments.
    f4 = finalize(Finding(
        "name-variant", Severity.CRITICAL, "fr", (),
        (span(EN2, "fr", "Osechkin"), span(BN, "bn", "ওসেচকিন")), "cross-script", confidence=0.0,
    ), segs)
    f5 = Finding("omission", Severity.MINOR, "fr", ("fr-s3",), (), "no span, no fingerprint", hop=("en", "fr"))
    # Same content twice: same fingerprint, ids must still be unique.
    f6 = finalize(Finding("name-variant", Severity.MINOR, "en", ("en-s3",), (span(EN, "en", "News", nth=1),), "News?"), segs)
    findings = (f1, f2, f3, f4, f5, f6, f6)
    decisions = (
        Decision(f1.fingerprint, Verdict.ACCEPTED, "clearly Bengali", "", "Reviewer One", "2026-11-26T11:10:00Z"),
        Decision(f2.fingerprint, Verdict.CORRECTED, "", "Osechkin", "রিভিউয়ার দুই", "2026-11-26T11:20:00+01:00"),
        Decision(f3.fingerprint, Verdict.DISMISSED, "  spaces kept  \n", "", "Reviewer One", ""),
        Decision("0" * 64, Verdict.CORRECTED, "stale: the finding is gone", "fixed", "Reviewer One", "2026-11"),
        Decision(f6.fingerprint, Verdict.OPEN),
    )
    return Audit(
        chain=chain,
        segments=segs,
        alignments=alignments,
        findings=findings,
        decisions=decisions,
        signature=(("auditor", "0.1.0"), ("config", "sha256:abc"), ("mt", "offline"), ("weird key = x", "")),
        history=(
            Change("2026-11-26T10:00:00Z", "auditor", "aligned", "Texts segmented and aligned."),
            Change("2026-11-26T11:30:00Z", "Reviewer One", "reviewed", ""),
        ),
        skipped=(("mistranslation-suspect", "machine translation unavailable (offline)"),),
    )


def single_witness_audit(text: str, lang: str = "en") -> Audit:
    """A chain of one with a trivial segmentation (one segment per whitespace-separated run)."""
    w = Witness("w", lang, text, None, "source")
    segs = tuple(
        Segment(segment_id("w", i), "w", i, m.start(), m.end(), m.group(), 0)
        for i, m in enumerate(re.finditer(r"\S+", text))
    )
    return Audit(Chain("", (w,)), {"w": segs}, (), ())
