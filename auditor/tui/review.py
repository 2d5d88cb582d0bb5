"""Review state as pure functions over ``Audit``: decisions, notes, alignment edits, undo/redo.

Nothing here imports Textual, so the same operations serve the TUI, its journal replay and
tests. Every operation is an ``Op`` (plain JSON-able data) applied by ``apply_op``; the
``ReviewSession`` keeps the undo/redo stacks as whole ``Audit`` snapshots, which is cheap
because audits are immutable and share their tuples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from auditor.core.models import Audit, Bead, Change, Decision, Finding, Verdict

Recheck = Callable[[Audit, Audit, tuple[str, str], Sequence[int], Sequence[int]], Audit]
"""``recheck(before, after, hop, beads_before, beads_after) -> after`` with findings updated."""


def now_w3c() -> str:
    """The current UTC time as a W3C date-time (seconds precision)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class Op:
    """One reviewer action, as data: replayable from the journal, described in the history."""

    kind: str
    """decide | note | merge | split | move | confirm"""
    args: Mapping[str, Any] = field(default_factory=dict)
    author: str = "reviewer"
    when: str = ""

    def to_json(self) -> dict[str, Any]:
        """The op as a JSON object (for the crash journal)."""
        return {"kind": self.kind, "args": dict(self.args), "author": self.author, "when": self.when}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Op:
        """An op from :meth:`to_json` output."""
        return cls(str(data["kind"]), dict(data.get("args", {})), str(data.get("author", "reviewer")),
                   str(data.get("when", "")))


def verdict_of(audit: Audit, finding: Finding) -> Verdict:
    """The verdict on ``finding`` in ``audit``: its latest decision, else open."""
    d = audit.decision_for(finding.fingerprint)
    return d.verdict if d else Verdict.OPEN


def _with_decisions(audit: Audit, new: Sequence[Decision]) -> Audit:
    """Replace any earlier decision on the same findings, keeping one decision per finding."""
    keys = {d.finding for d in new}
    kept = tuple(d for d in audit.decisions if d.finding not in keys)
    return replace(audit, decisions=kept + tuple(new))


def _log(audit: Audit, op: Op, status: str, text: str) -> Audit:
    change = Change(when=op.when or now_w3c(), who=op.author, status=status, text=text)
    return replace(audit, history=audit.history + (change,))


def _finding_index(audit: Audit) -> dict[str, Finding]:
    return {f.fingerprint: f for f in audit.findings}


def decide(audit: Audit, op: Op) -> Audit:
    """Set a verdict on one or more findings (``args``: fingerprints, verdict, note?, correction?)."""
    fps: list[str] = list(op.args["fingerprints"])
    verdict = Verdict(op.args["verdict"])
    by_fp = _finding_index(audit)
    fps = [fp for fp in fps if fp in by_fp]
    if not fps:
        return audit
    new = []
    for fp in fps:
        old = audit.decision_for(fp)
        note = op.args.get("note")
        new.append(Decision(
            finding=fp,
            verdict=verdict,
            note=(old.note if old else "") if note is None else str(note),
            correction=str(op.args.get("correction", "")) if verdict is Verdict.CORRECTED else "",
            author=op.author,
            when=op.when,
        ))
    out = _with_decisions(audit, new)
    first = by_fp[fps[0]]
    if len(fps) == 1:
        what = f"{verdict.value} {first.id} ({first.check}, {first.witness})"
        if verdict is Verdict.CORRECTED:
            what += f": {first.spans[0].text if first.spans else ''!r} -> {op.args.get('correction', '')!r}"
    else:
        checks = sorted({by_fp[fp].check for fp in fps})
        what = f"{verdict.value} {len(fps)} findings ({', '.join(checks)})"
    return _log(out, op, "reviewed", what)


def note(audit: Audit, op: Op) -> Audit:
    """Attach a note to a finding, keeping its verdict (``args``: fingerprint, note)."""
    fp = str(op.args["fingerprint"])
    finding = _finding_index(audit).get(fp)
    if finding is None:
        return audit
    old = audit.decision_for(fp)
    dec = (replace(old, note=str(op.args["note"]), author=op.author, when=op.when) if old
           else Decision(fp, Verdict.OPEN, note=str(op.args["note"]), author=op.author, when=op.when))
    return _log(_with_decisions(audit, [dec]), op, "reviewed", f"note on {finding.id}")


# --- alignment edits -------------------------------------------------------------------------

def _hop_of(op: Op) -> tuple[str, str]:
    src, tgt = op.args["hop"]
    return (str(src), str(tgt))


def _set_beads(audit: Audit, hop: tuple[str, str], beads: Sequence[Bead]) -> Audit:
    beads = tuple(b for b in beads if b.source or b.target)  # an emptied bead disappears
    alignments = tuple(replace(a, beads=beads) if a.hop == hop else a for a in audit.alignments)
    return replace(audit, alignments=alignments)


def _beads(audit: Audit, hop: tuple[str, str]) -> list[Bead]:
    return list(audit.alignment(*hop).beads)


def _bead_label(b: Bead) -> str:
    return f"[{' '.join(b.source) or '-'}]:[{' '.join(b.target) or '-'}]"


def merge_with_next(audit: Audit, op: Op) -> tuple[Audit, list[int], list[int]]:
    """Merge bead ``i`` with bead ``i + 1`` of ``hop``. Returns (audit, beads before, beads after)."""
    hop, i = _hop_of(op), int(op.args["bead"])
    beads = _beads(audit, hop)
    if not 0 <= i < len(beads) - 1:
        return audit, [], []
    a, b = beads[i], beads[i + 1]
    merged = Bead(a.source + b.source, a.target + b.target, min(a.score, b.score), confirmed=False)
    beads[i : i + 2] = [merged]
    out = _set_beads(audit, hop, beads)
    return _log(out, op, "aligned", f"{hop[0]}→{hop[1]}: merged {_bead_label(a)} + {_bead_label(b)}"), [i, i + 1], [i]


def split_bead(audit: Audit, op: Op) -> tuple[Audit, list[int], list[int]]:
    """Split bead ``i`` in two: halves of each side, or a 1-1 bead into 1-0 and 0-1."""
    hop, i = _hop_of(op), int(op.args["bead"])
    beads = _beads(audit, hop)
    if not 0 <= i < len(beads):
        return audit, [], []
    b = beads[i]
    n, m = len(b.source), len(b.target)
    if n + m < 2:
        return audit, [], []
    if n <= 1 and m <= 1:
        first, second = Bead(b.source, (), b.score), Bead((), b.target, b.score)
    else:
        ks, kt = (n + 1) // 2, (m + 1) // 2
        first, second = Bead(b.source[:ks], b.target[:kt], b.score), Bead(b.source[ks:], b.target[kt:], b.score)
    beads[i : i + 1] = [first, second]
    out = _set_beads(audit, hop, beads)
    return _log(out, op, "aligned", f"{hop[0]}→{hop[1]}: split {_bead_label(b)}"), [i], [i, i + 1]


def _with_side(bead: Bead, side: str, ids: tuple[str, ...]) -> Bead:
    """``bead`` with its ``side`` ('source' or 'target') replaced and the confirmation dropped."""
    if side == "source":
        return replace(bead, source=ids, confirmed=False)
    return replace(bead, target=ids, confirmed=False)


def move_segment(audit: Audit, op: Op) -> tuple[Audit, list[int], list[int]]:
    """Move the first segment of a side of bead ``i`` to the previous bead (``direction`` -1),
    or its last segment to the next bead (+1). ``side`` is 'source' or 'target'."""
    hop, i = _hop_of(op), int(op.args["bead"])
    side, direction = str(op.args.get("side", "target")), int(op.args["direction"])
    beads = _beads(audit, hop)
    j = i + direction
    if not (0 <= i < len(beads) and 0 <= j < len(beads)) or direction not in (-1, 1):
        return audit, [], []
    here: tuple[str, ...] = getattr(beads[i], side)
    there: tuple[str, ...] = getattr(beads[j], side)
    if not here:
        return audit, [], []
    if direction < 0:
        seg, here, there = here[0], here[1:], there + (here[0],)
    else:
        seg, here, there = here[-1], here[:-1], (here[-1],) + there
    beads[i] = _with_side(beads[i], side, here)
    beads[j] = _with_side(beads[j], side, there)
    after = sorted({min(i, j), max(i, j) - (0 if beads[i].source or beads[i].target else 1)})
    out = _set_beads(audit, hop, beads)
    where = "previous" if direction < 0 else "next"
    return _log(out, op, "aligned", f"{hop[0]}→{hop[1]}: moved {seg} to the {where} bead"), sorted([i, j]), after


def confirm_bead(audit: Audit, op: Op) -> Audit:
    """Toggle the reviewer's confirmation of bead ``i``."""
    hop, i = _hop_of(op), int(op.args["bead"])
    beads = _beads(audit, hop)
    if not 0 <= i < len(beads):
        return audit
    b = beads[i]
    beads[i] = replace(b, confirmed=not b.confirmed)
    word = "confirmed" if beads[i].confirmed else "unconfirmed"
    return _log(_set_beads(audit, hop, beads), op, "aligned", f"{hop[0]}→{hop[1]}: {word} {_bead_label(b)}")


_EDITS = {"merge": merge_with_next, "split": split_bead, "move": move_segment}


def apply_op(audit: Audit, op: Op, recheck: Recheck | None = None) -> Audit:
    """Apply one operation. Alignment edits re-run checks on the affected beads via ``recheck``."""
    if op.kind == "decide":
        return decide(audit, op)
    if op.kind == "note":
        return note(audit, op)
    if op.kind == "confirm":
        return confirm_bead(audit, op)
    if op.kind in _EDITS:
        out, before, after = _EDITS[op.kind](audit, op)
        if out is not audit and recheck is not None:
            out = recheck(audit, out, _hop_of(op), before, after)
        return out
    raise ValueError(f"unknown review operation {op.kind!r}")


def decided_count(audit: Audit) -> tuple[int, int]:
    """(findings with a verdict other than open, all findings)."""
    verdicts = {d.finding: d.verdict for d in audit.decisions}
    done = sum(1 for f in audit.findings if verdicts.get(f.fingerprint, Verdict.OPEN) is not Verdict.OPEN)
    return done, len(audit.findings)


class ReviewSession:
    """The audit under review, with undo/redo back to the last save.

    ``ops`` always equals the operations that turn the last saved (or opened) state into the
    current one, which is exactly what the crash journal must replay. Saving is a checkpoint:
    it clears the undo and redo stacks, so the journal never has to express an undo past a save.
    """

    def __init__(self, audit: Audit, recheck: Recheck | None = None) -> None:
        self.audit = audit
        self.recheck = recheck
        self._undo: list[tuple[Audit, Op]] = []
        self._redo: list[tuple[Audit, Op]] = []
        self.version = 0
        """Bumped on every change, so views know when to rebuild."""

    @property
    def ops(self) -> list[Op]:
        """Operations applied since the last save, in order."""
        return [op for _, op in self._undo]

    @property
    def dirty(self) -> bool:
        """True when there are changes since the last save."""
        return bool(self._undo)

    def apply(self, op: Op) -> bool:
        """Apply ``op``; returns whether the audit changed."""
        new = apply_op(self.audit, op, self.recheck)
        if new is self.audit:
            return False
        self._undo.append((self.audit, op))
        self._redo.clear()
        self.audit = new
        self.version += 1
        return True

    def undo(self) -> Op | None:
        """Go back to the audit before the last op; returns that op, or ``None`` if there is none."""
        return self._step(self._undo, self._redo)

    def redo(self) -> Op | None:
        """Apply the last undone op again; returns it, or ``None`` if there is none."""
        return self._step(self._redo, self._undo)

    def _step(self, take: list[tuple[Audit, Op]], give: list[tuple[Audit, Op]]) -> Op | None:
        # Undo and redo are mirror images: pop a saved audit from one stack, push the current one
        # (with the same op) onto the other.
        if not take:
            return None
        audit, op = take.pop()
        give.append((self.audit, op))
        self.audit = audit
        self.version += 1
        return op

    def mark_saved(self) -> None:
        """Forget the undo and redo history: the saved record is the new starting point."""
        self._undo.clear()
        self._redo.clear()

    def replay(self, ops: Iterable[Op]) -> int:
        """Re-apply journalled operations (crash restore); returns how many changed the audit."""
        return sum(1 for op in ops if self.apply(op))
