"""The audit's vocabulary as immutable values: witness, chain, segment, bead, finding, decision.

Nothing here does I/O. Offsets are code-point offsets into ``Witness.text``, which is the
decoded input text exactly as received (normalisation happens only inside matching code).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum

NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")


class Severity(str, Enum):  # noqa: UP042 - StrEnum would change str() and f-strings of members
    """How much a finding matters. Ordered: critical > major > minor."""

    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"

    @property
    def rank(self) -> int:
        """3 for critical, 2 for major, 1 for minor: for comparisons."""
        return {"critical": 3, "major": 2, "minor": 1}[self.value]

    @classmethod
    def parse(cls, value: str) -> Severity:
        """A severity from its name, any case; an unknown name is a ``ValueError`` listing the names."""
        try:
            return cls(value.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {names})") from None


class Verdict(str, Enum):  # noqa: UP042 - StrEnum would change str() and f-strings of members
    """A reviewer's verdict on a finding."""

    OPEN = "open"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"
    CORRECTED = "corrected"


@dataclass(frozen=True)
class Witness:
    """One version of the text: original, translation, retelling or machine translation."""

    id: str
    lang: str
    text: str
    parent: str | None = None
    role: str = "translation"
    via: str = ""
    """Provenance: translator, engine or outlet, free text."""
    title: str = ""
    source_file: str = ""
    """The file the text came from, as given in the manifest (relative), for the record only."""


@dataclass(frozen=True)
class Chain:
    """Witnesses and their translated-from edges: a tree rooted at the original."""

    title: str
    witnesses: tuple[Witness, ...]

    def witness(self, witness_id: str) -> Witness:
        """The witness with this id; ``KeyError`` if there is none."""
        for w in self.witnesses:
            if w.id == witness_id:
                return w
        raise KeyError(witness_id)

    @property
    def ids(self) -> tuple[str, ...]:
        """The witness ids, in chain order."""
        return tuple(w.id for w in self.witnesses)

    @property
    def root(self) -> Witness:
        """The original: the witness without a parent."""
        return next(w for w in self.witnesses if w.parent is None)

    def children(self, witness_id: str) -> tuple[Witness, ...]:
        """The witnesses translated from ``witness_id``."""
        return tuple(w for w in self.witnesses if w.parent == witness_id)

    def hops(self) -> tuple[tuple[str, str], ...]:
        """Every parent → child edge, parents before children (breadth first from roots)."""
        out: list[tuple[str, str]] = []
        for w in self.topological():
            out.extend((w.id, c.id) for c in self.children(w.id))
        return tuple(out)

    def topological(self) -> tuple[Witness, ...]:
        """Witnesses ordered so that a parent always precedes its children."""
        order: list[Witness] = []
        queue = [w for w in self.witnesses if w.parent is None]
        while queue:
            w = queue.pop(0)
            order.append(w)
            queue.extend(self.children(w.id))
        return tuple(order)

    def path_to(self, witness_id: str) -> tuple[str, ...]:
        """Witness ids from the root down to ``witness_id`` inclusive."""
        path = [witness_id]
        while (parent := self.witness(path[-1]).parent) is not None:
            path.append(parent)
        return tuple(reversed(path))


@dataclass(frozen=True)
class Segment:
    """A sentence (or given line) of a witness, with exact offsets into the witness text."""

    id: str
    witness: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True)
class Bead:
    """One alignment unit of a hop: source segment ids ↔ target segment ids, with a score in [0, 1]."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    score: float
    confirmed: bool = False

    @property
    def kind(self) -> str:
        """The bead's shape, e.g. ``1-1``, ``2-1``, ``1-0`` (an omission)."""
        return f"{len(self.source)}-{len(self.target)}"


@dataclass(frozen=True)
class Alignment:
    """The beads of one hop, parent (source) → child (target), in text order."""

    source: str
    target: str
    beads: tuple[Bead, ...]

    @property
    def hop(self) -> tuple[str, str]:
        """``(source, target)``."""
        return (self.source, self.target)


@dataclass(frozen=True)
class Span:
    """A character span in one witness; ``text`` equals ``witness_text[start:end]``."""

    witness: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """One problem reported by a check. Frozen; identified by a fingerprint stable across runs."""

    check: str
    severity: Severity
    witness: str
    segments: tuple[str, ...]
    spans: tuple[Span, ...]
    message: str
    suggestion: str = ""
    hop: tuple[str, str] | None = None
    """The hop (parent, child) that introduced the problem, when known."""
    evidence: tuple[tuple[str, str], ...] = ()
    """Ordered key/value pairs that back the message (variants, counts, scores)."""
    confidence: float = 1.0
    fingerprint: str = ""
    """Set by the check runner from content, not position: see ``fingerprint_of``."""

    @property
    def id(self) -> str:
        """A short stable id from the fingerprint (``f-`` and 12 hex digits), ``''`` before fingerprinting."""
        return f"f-{self.fingerprint[:12]}" if self.fingerprint else ""

    def evidence_value(self, key: str) -> str | None:
        """The value of the first evidence pair named ``key``, if any."""
        for k, v in self.evidence:
            if k == key:
                return v
        return None


def with_fields(finding: Finding, **changes: object) -> Finding:
    """``dataclasses.replace`` for a finding, without its per-call overhead (a run of a long
    chain copies tens of thousands: drift attribution, fingerprints). Findings have no
    ``__post_init__`` to rerun."""
    new = object.__new__(Finding)
    new.__dict__.update(finding.__dict__)
    for k, v in changes.items():
        if k not in new.__dict__:
            raise TypeError(f"Finding has no field {k!r}")
        object.__setattr__(new, k, v)
    return new


def fingerprint_of(finding: Finding, segment_text: Mapping[str, str]) -> str:
    """A content hash that survives re-runs and edits to other segments.

    It covers the check, the witness, the text of the segments involved and each span's text.
    Offsets and segment numbers are left out on purpose, so editing or inserting an earlier
    sentence does not change the fingerprint; the runner numbers true duplicates in text order.
    """
    h = hashlib.sha256()
    h.update(f"{finding.check}\x1f{finding.witness}\x1f".encode())
    for sid in finding.segments:
        # The segment's witness and text, not its id: ids are positional, and inserting a
        # sentence earlier must not orphan a reviewer's decision.
        h.update(f"{segment_witness(sid)}\x1e".encode())
        h.update(unicodedata.normalize("NFC", segment_text.get(sid, "")).encode())
        h.update(b"\x1d")
    for span in finding.spans:
        h.update(f"{span.witness}\x1e{span.text}\x1d".encode())
    return h.hexdigest()


@dataclass(frozen=True)
class Decision:
    """A reviewer's verdict on one finding, keyed by the finding's fingerprint."""

    finding: str
    verdict: Verdict
    note: str = ""
    correction: str = ""
    """For ``corrected``: the replacement text for the finding's first span."""
    author: str = "reviewer"
    when: str = ""
    """W3C date-time, e.g. 2026-11-26T11:10:00Z."""


@dataclass(frozen=True)
class Change:
    """One entry of the audit's history (TEI ``revisionDesc/change``)."""

    when: str
    who: str
    status: str
    text: str


@dataclass(frozen=True)
class Audit:
    """Chain + segments + alignments + findings + decisions + reproducibility signature."""

    chain: Chain
    segments: Mapping[str, tuple[Segment, ...]]
    alignments: tuple[Alignment, ...]
    findings: tuple[Finding, ...]
    decisions: tuple[Decision, ...] = ()
    signature: tuple[tuple[str, str], ...] = ()
    history: tuple[Change, ...] = ()
    skipped: tuple[tuple[str, str], ...] = field(default=())
    """(check id, reason) for checks that could not run, e.g. because MT was unavailable."""

    def segment(self, segment_id: str) -> Segment:
        """The segment with this id; ``KeyError`` if there is none."""
        wid = segment_witness(segment_id)
        for seg in self.segments.get(wid, ()):
            if seg.id == segment_id:
                return seg
        raise KeyError(segment_id)

    def alignment(self, source: str, target: str) -> Alignment:
        """The alignment of the hop ``source`` → ``target``; ``KeyError`` if there is none."""
        for a in self.alignments:
            if a.source == source and a.target == target:
                return a
        raise KeyError((source, target))

    def decision_for(self, fingerprint: str) -> Decision | None:
        """The latest decision on the finding with this fingerprint, if any."""
        found = None
        for d in self.decisions:
            if d.finding == fingerprint:
                found = d
        return found

    def iter_segments(self) -> Iterator[Segment]:
        """Every segment, witness by witness in chain order."""
        for w in self.chain.witnesses:
            yield from self.segments.get(w.id, ())


def segment_id(witness_id: str, index: int) -> str:
    """The stable id of the ``index``-th (0-based) segment of a witness: ``<witness>-s<n>``, 1-based."""
    return f"{witness_id}-s{index + 1}"


def segment_witness(seg_id: str) -> str:
    """The witness id part of a segment id."""
    return seg_id.rsplit("-s", 1)[0]
