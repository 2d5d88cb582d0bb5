"""The check protocol: what a check sees (``CheckContext``) and how it declares itself (``Check``).

A check is a class with a stable ``id``, a ``title``, a default ``severity`` and a ``run``
method that yields findings. Its class docstring is its documentation: the first paragraph
is the one-line description that ``auditor checks`` prints.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, ClassVar

from auditor.core.models import Alignment, Bead, Chain, Finding, Segment, Severity, Span


@dataclass(frozen=True)
class CheckConfig:
    """Per-check settings from ``config.toml`` ``[checks.<id>]``."""

    enabled: bool = True
    severity: Severity | None = None
    params: Mapping[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any) -> Any:
        return self.params.get(key, default)


@dataclass(frozen=True)
class GlossaryEntry:
    """A source term with its allowed and forbidden target renderings, per target language."""

    source: str
    source_lang: str
    allowed: Mapping[str, tuple[str, ...]]
    forbidden: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    note: str = ""


class _SegmentIndex(dict[str, Segment]):
    """Segments by id; an id not in the index is looked for by its number (a partial context)."""

    def __init__(self, segments: Mapping[str, tuple[Segment, ...]]) -> None:
        super().__init__((seg.id, seg) for segs in segments.values() for seg in segs)
        self._segments = segments

    def __missing__(self, segment_id: str) -> Segment:
        wid, sep, num = segment_id.rpartition("-s")
        if not sep:
            raise IndexError(segment_id)
        segs = self._segments[wid]
        idx = int(num) - 1
        seg = segs[idx] if 0 <= idx < len(segs) else None
        if seg is None or seg.id != segment_id:  # foreign numbering, or a partial context
            seg = next(s for s in segs if s.id == segment_id)
        return seg


@dataclass(frozen=True)
class CheckContext:
    """Everything a check may read. Pure data: no files, no network."""

    chain: Chain
    segments: Mapping[str, tuple[Segment, ...]]
    alignments: tuple[Alignment, ...]
    glossary: tuple[GlossaryEntry, ...] = ()
    translations: Mapping[tuple[str, str], str] = field(default_factory=dict)
    """Machine (or provided) translations keyed by (segment id, target language), when MT ran."""
    back_translations: Mapping[str, str] = field(default_factory=dict)
    """Back-translations of target segments into their parent's language, keyed by segment id."""

    def text(self, witness_id: str) -> str:
        return self.chain.witness(witness_id).text

    @cached_property
    def segment(self) -> Callable[[str], Segment]:
        """The segment with this id (``ctx.segment("en-s3")``). A dict lookup at C speed: checks
        look segments up by id hundreds of thousands of times per audit."""
        return _SegmentIndex(self.segments).__getitem__

    @cached_property
    def retold(self) -> frozenset[str]:
        """Witnesses that retell their parent: filed as retellings, or filed as translations
        that tell the parent's paragraphs out of order, as the numbers they share show
        (``auditor.core.reorder``). Checks read moved and folded sentences into them."""
        from auditor.core.reorder import reordered

        out = set()
        for w in self.chain.witnesses:
            if w.role == "retelling":
                out.add(w.id)
            elif w.parent and w.role in ("translation", "") and w.parent in self.segments and w.id in self.segments:
                mine, theirs = self.segments[w.id], self.segments[w.parent]
                if reordered(theirs, mine) or reordered(mine, theirs):
                    out.add(w.id)
        return frozenset(out)

    def span(self, witness_id: str, start: int, end: int) -> Span:
        return Span(witness_id, start, end, self.text(witness_id)[start:end])

    def alignment(self, source: str, target: str) -> Alignment | None:
        for a in self.alignments:
            if a.source == source and a.target == target:
                return a
        return None

    def beads(self) -> Iterator[tuple[Alignment, Bead]]:
        for a in self.alignments:
            for b in a.beads:
                yield a, b


class Check:
    """Base class of every check. Subclasses set the class attributes and implement ``run``."""

    id: ClassVar[str]
    title: ClassVar[str]
    severity: ClassVar[Severity]
    suppresses: ClassVar[tuple[str, ...]] = ()
    """Ids of checks whose findings on the same span this check's findings replace."""
    needs_mt: ClassVar[bool] = False
    cost: ClassVar[float] = 1.0
    """Rough share of the catalogue's run time on a long chain (bench/checks_speed.py), used
    only to split the checks evenly over processes; it never changes what a check finds."""
    family: ClassVar[str] = ""
    """Checks of one family share cached work (omission and addition read the same length
    signals), so they run in the same process; empty: a family of its own."""

    def run(self, ctx: CheckContext, cfg: CheckConfig) -> Iterable[Finding]:
        raise NotImplementedError

    @classmethod
    def warm_up(cls) -> None:
        """Start loading a slow resource in the background before the checks run (default: none)."""

    @classmethod
    def wait_ready(cls) -> None:
        """Wait until ``warm_up``'s background load, if any, has finished and its thread is gone
        (a process may only fork with one thread; default: nothing to wait for)."""

    @classmethod
    def description(cls) -> str:
        """The first paragraph of the docstring, on one line."""
        doc = (cls.__doc__ or "").strip()
        return " ".join(doc.split("\n\n", 1)[0].split())

    @classmethod
    def documentation(cls) -> str:
        import inspect

        return inspect.cleandoc(cls.__doc__ or "")
