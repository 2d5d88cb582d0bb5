"""Synthetic audits of any size, built straight from the models (no segmenter, aligner or checks).

For the TUI benchmark (``bench/tui.py``) and for snapshot tests, whose pictures must not move
when a check or the aligner improves.
"""

from __future__ import annotations

from auditor.core.models import (
    Alignment,
    Audit,
    Bead,
    Chain,
    Finding,
    Segment,
    Severity,
    Span,
    Witness,
    fingerprint_of,
    segment_id,
)

WORDS = {
    "en": [
        "the", "minister", "said", "that", "the", "report", "about", "the", "border", "was", "sent",
        "to", "the", "agency", "on", "Monday"
    ],
    "fr": [
        "le", "ministre", "a", "dit", "que", "le", "rapport", "sur", "la", "frontière", "a", "été",
        "envoyé", "à", "l'agence", "lundi"
    ],
    "de": [
        "der", "Minister", "sagte", "dass", "der", "Bericht", "über", "die", "Grenze", "am",
        "Montag", "an", "die", "Behörde", "ging"
    ],
    "it": [
        "il", "ministro", "ha", "detto", "che", "il", "rapporto", "sul", "confine", "è", "stato",
        "inviato", "all'agenzia", "lunedì"
    ],
    "ru": [
        "министр", "сказал", "что", "доклад", "о", "границе", "был", "отправлен", "в", "агентство",
        "в", "понедельник"
    ],
}


def _sentence(lang: str, i: int) -> str:
    words = WORDS.get(lang, WORDS["en"])
    n = 6 + (i * 7) % 11  # varied lengths, so rows wrap differently
    body = " ".join(words[(i + k) % len(words)] for k in range(n))
    return f"{body[0].upper()}{body[1:]} {i + 1}."


def synthetic_audit(beads: int, langs: tuple[str, ...] = ("en", "fr", "de"), every: int = 7) -> Audit:
    """A linear chain ``langs[0] → langs[1] → …`` with ``beads`` 1-1 beads per hop and a name
    variant finding every ``every`` sentences in each translation (``Petrowa`` for ``Petrova``)."""
    witnesses: list[Witness] = []
    segments: dict[str, tuple[Segment, ...]] = {}
    findings: list[Finding] = []
    for k, lang in enumerate(langs):
        wid = lang
        parts: list[str] = []
        segs: list[Segment] = []
        pos = 0
        for i in range(beads):
            text = _sentence(lang, i)
            if k and i % every == k % every:
                text = f"Petrowa {text[0].lower()}{text[1:]}"
            elif i % every == 0:
                text = f"Petrova {text[0].lower()}{text[1:]}"
            segs.append(Segment(segment_id(wid, i), wid, i, pos, pos + len(text), text, paragraph=i // 10))
            parts.append(text)
            pos += len(text) + 1
        full = " ".join(parts)
        witnesses.append(Witness(wid, lang, full, parent=langs[k - 1] if k else None,
                                 role="translation" if k else "source"))
        segments[wid] = tuple(segs)
        seg_text = {s.id: s.text for s in segs}
        for s in segs:
            if s.text.startswith("Petrowa"):
                f = Finding("name-variant", Severity.MAJOR, wid, (s.id,), (Span(wid, s.start, s.start + 7, "Petrowa"),),
                            "‘Petrowa’ looks like a variant of ‘Petrova’", suggestion="Petrova",
                            hop=(langs[k - 1], wid), evidence=(("variants", "Petrova ×2; Petrowa ×1"),))
                findings.append(_fp(f, seg_text))
    alignments = tuple(
        Alignment(langs[k - 1], langs[k], tuple(
            Bead((segment_id(langs[k - 1], i),), (segment_id(langs[k], i),), 0.3 if i % 13 == 5 else 0.95)
            for i in range(beads)))
        for k in range(1, len(langs))
    )
    chain = Chain("synthetic chain", tuple(witnesses))
    return Audit(chain, segments, alignments, tuple(findings))


def _fp(f: Finding, seg_text: dict[str, str]) -> Finding:
    from dataclasses import replace

    return replace(f, fingerprint=fingerprint_of(f, seg_text))
