"""The ``--format json`` shape: a stable contract for scripts (documented in the README).

Version 1:

    {"format": "auditor-audit", "version": 1, "title": str,
     "witnesses": [{"id", "lang", "parent", "role", "via",
                    "segments": [{"id", "start", "end", "text", "paragraph"}]}],
     "alignments": [{"hop": [src, tgt], "beads": [{"source": [ids], "target": [ids],
                                                    "score": float, "confirmed": bool}]}],
     "findings": [{"id", "fingerprint", "check", "severity", "witness", "segments": [ids],
                   "spans": [{"witness", "start", "end", "text"}], "message", "suggestion",
                   "hop": [src, tgt] | null, "evidence": [[key, value], ...], "confidence",
                   "status"}],
     "decisions": [{"finding", "verdict", "note", "correction", "author", "when"}],
     "skipped": [{"check", "reason"}],
     "signature": {key: value}}

Offsets are code points into the witness text: ``text[start:end] == span["text"]``.
Fields may be added in later versions; none is removed or renamed without a version bump.
"""

from __future__ import annotations

import json
from typing import Any

from auditor.core.models import Audit, Verdict

JSON_VERSION = 1


def audit_to_dict(audit: Audit) -> dict[str, Any]:
    """The ``--format json`` document of ``audit`` (a stable contract: keys are only ever added)."""
    status = {d.finding: d.verdict.value for d in audit.decisions}
    return {
        "format": "auditor-audit",
        "version": JSON_VERSION,
        "title": audit.chain.title,
        "witnesses": [
            {
                "id": w.id,
                "lang": w.lang,
                "parent": w.parent,
                "role": w.role,
                "via": w.via,
                "segments": [
                    {"id": s.id, "start": s.start, "end": s.end, "text": s.text, "paragraph": s.paragraph}
                    for s in audit.segments.get(w.id, ())
                ],
            }
            for w in audit.chain.witnesses
        ],
        "alignments": [
            {
                "hop": [a.source, a.target],
                "beads": [
                    {"source": list(b.source), "target": list(b.target), "score": round(b.score, 4),
                     "confirmed": b.confirmed}
                    for b in a.beads
                ],
            }
            for a in audit.alignments
        ],
        "findings": [
            {
                "id": f.id,
                "fingerprint": f.fingerprint,
                "check": f.check,
                "severity": f.severity.value,
                "witness": f.witness,
                "segments": list(f.segments),
                "spans": [{"witness": s.witness, "start": s.start, "end": s.end, "text": s.text} for s in f.spans],
                "message": f.message,
                "suggestion": f.suggestion,
                "hop": list(f.hop) if f.hop else None,
                "evidence": [[k, v] for k, v in f.evidence],
                "confidence": round(f.confidence, 4),
                "status": status.get(f.fingerprint, Verdict.OPEN.value),
            }
            for f in audit.findings
        ],
        "decisions": [
            {"finding": d.finding, "verdict": d.verdict.value, "note": d.note, "correction": d.correction,
             "author": d.author, "when": d.when}
            for d in audit.decisions
        ],
        "skipped": [{"check": c, "reason": r} for c, r in audit.skipped],
        "signature": dict(audit.signature),
    }


def audit_to_json(audit: Audit) -> str:
    """``audit_to_dict`` as indented UTF-8 JSON text with a final newline."""
    return json.dumps(audit_to_dict(audit), ensure_ascii=False, indent=2) + "\n"
