"""The ``standOff``: translation relations, alignments, findings and review decisions.

One ``linkGrp type="alignment"`` per hop, ``interpGrp``s for checks, severities and verdicts, the
``spanGrp xml:id="flags"`` with a ``<span>`` per finding, an ``fvLib`` with the rest of each finding,
and a ``listAnnotation type="review"`` for the decisions (see :mod:`auditor.io.tei_write`).
"""

from __future__ import annotations

import bisect

from lxml import etree

from auditor.core.models import NCNAME, Bead, Decision, Finding, Segment, Severity, Verdict
from auditor.io.tei_names import (
    DECISION_PREFIX,
    FLAG_PREFIX,
    FLAGS_ID,
    FS_PREFIX,
    SEVERITY_PREFIX,
    TOOL_RESP,
    XML_ID,
    has_illegal,
    replace_illegal,
    string_range,
    t,
    text_id,
    wit_id,
)
from auditor.io.tei_write_base import one_word, prob_attr, sub, w3c_date
from auditor.io.tei_write_text import TextWriter


class StandOffWriter(TextWriter):
    """Adds the ``standOff`` to what :class:`TextWriter` writes."""

    def stand_off(self, root: etree._Element) -> None:
        """The ``standOff``, left out when the audit has nothing to put in it."""
        a = self.audit
        so = etree.Element(t("standOff"))
        parented = [w for w in a.chain.witnesses if w.parent is not None]
        if parented:
            rels = sub(so, "listRelation", type="translation")
            for w in parented:
                sub(rels, "relation", name="translationOf", active=f"#{wit_id(w.id)}", passive=f"#{wit_id(w.parent or '')}")
        for al in a.alignments:
            self.alignment(so, al.source, al.target, al.beads)
        if a.findings or a.decisions:
            self.findings(so)
        if a.decisions:
            self.decisions(so)
        if len(so):
            root.append(so)

    def alignment(self, so: etree._Element, src: str, tgt: str, beads: tuple[Bead, ...]) -> None:
        """One ``linkGrp`` for the hop ``src``→``tgt``, one ``<link>`` per bead in order."""
        grp = sub(so, "linkGrp", type="alignment", resp=f"#{TOOL_RESP}", domains=f"#{text_id(src)} #{text_id(tgt)}")
        for k, bead in enumerate(beads):
            for side, wid in ((bead.source, src), (bead.target, tgt)):
                for sid in side:
                    seg = self.seg_by_id.get(sid)
                    if seg is None or seg.witness != wid:
                        raise ValueError(f"alignment {src}→{tgt}, bead {k + 1}: {sid!r} is not a segment of {wid}")
            if not bead.source and not bead.target:
                raise ValueError(f"alignment {src}→{tgt}, bead {k + 1} is empty")
            src_ptrs = [f"#{s}" for s in bead.source] or [f"#{text_id(src)}"]
            tgt_ptrs = [f"#{s}" for s in bead.target] or [f"#{text_id(tgt)}"]
            kind = "addition" if not bead.source else "omission" if not bead.target else "translation"
            link = sub(grp, "link", type=kind, target=" ".join(src_ptrs + tgt_ptrs))
            if bead.confirmed:
                link.set("subtype", "confirmed")
            link.set("cert", prob_attr(bead.score, f"alignment {src}→{tgt}, bead {k + 1} score"))

    def findings(self, so: etree._Element) -> None:
        """The check and severity ``interpGrp``s, the ``spanGrp`` of flags and the ``fvLib``."""
        a = self.audit
        checks = sub(so, "interpGrp", type="flagType")
        for check in dict.fromkeys(f.check for f in a.findings):
            sub(checks, "interp", check, **{XML_ID: self.new_id(FLAG_PREFIX + check, "check id")})
        sevs = sub(so, "interpGrp", type="severity")
        for sev in Severity:
            sub(sevs, "interp", sev.value, **{XML_ID: self.new_id(SEVERITY_PREFIX + sev.value, "severity")})
        span_grp = sub(so, "spanGrp", type="flags", resp=f"#{TOOL_RESP}", **{XML_ID: FLAGS_ID})
        lib = sub(so, "fvLib", n="findings") if a.findings else None
        for i, f in enumerate(a.findings):
            fid = f.id if f.id and NCNAME.match(f.id) else f"flag-{i + 1}"
            base, k = fid, self.suffixes.get(fid, 1)
            while fid in self.ids:  # same fingerprint twice (or a 12-hex-digit prefix clash)
                k += 1
                fid = f"{base}-{k}"
            self.suffixes[base] = k
            self.new_id(fid, "finding id")
            self.finding_ids.append(fid)
            fs_id = self.new_id(FS_PREFIX + fid, "finding id")
            # <span> content cannot hold <g>: an XML-illegal character goes there as U+FFFD and the
            # exact message into the feature structure.
            sub(
                span_grp,
                "span",
                replace_illegal(f.message),
                **{XML_ID: fid},
                ana=f"#{FLAG_PREFIX}{f.check} #{SEVERITY_PREFIX}{Severity(f.severity).value} #{fs_id}",
                target=" ".join(self.span_pointers(f)),
                cert=prob_attr(f.confidence, f"finding {fid} confidence"),
            )
            assert lib is not None
            self.feature_structure(lib, fs_id, f)

    def span_pointers(self, f: Finding) -> list[str]:
        """``#string-range()`` pointers for the spans of ``f``: into a segment when one holds the span."""
        if f.witness not in self.audit.chain.ids:
            raise ValueError(f"finding {f.id or f.check}: unknown witness {f.witness!r}")
        if not f.spans:
            return [f"#{text_id(f.witness)}"]
        out = []
        for sp in f.spans:
            try:
                w = self.audit.chain.witness(sp.witness)
            except KeyError:
                raise ValueError(f"finding {f.id or f.check}: span in unknown witness {sp.witness!r}") from None
            if not (0 <= sp.start <= sp.end <= len(w.text)) or w.text[sp.start : sp.end] != sp.text:
                raise ValueError(
                    f"finding {f.id or f.check}: span {sp.start}-{sp.end} text differs from witness {w.id}"
                )
            seg = self.segment_around(w.id, sp.start, sp.end)
            if seg is not None:
                out.append(string_range(seg.id, sp.start - seg.start, sp.end - sp.start))
            else:
                out.append(string_range(text_id(w.id), sp.start, sp.end - sp.start))
        return out

    def segment_around(self, wid: str, start: int, end: int) -> Segment | None:
        """The first segment of ``wid`` that contains ``start:end`` (segments are sorted, disjoint)."""
        segs = self.audit.segments.get(wid, ())
        if wid not in self.seg_starts:
            self.seg_starts[wid] = [s.start for s in segs]
        i = bisect.bisect_right(self.seg_starts[wid], start) - 1
        # A zero-length span at a boundary belongs to the earlier segment.
        while i > 0 and segs[i - 1].end == start == end:
            i -= 1
        if i >= 0 and segs[i].start <= start and end <= segs[i].end:
            return segs[i]
        return None

    def feature_structure(self, lib: etree._Element, fs_id: str, f: Finding) -> None:
        """The ``<fs>`` with what the ``<span>`` cannot carry: fingerprint, segments, hop, evidence …"""
        fs = sub(lib, "fs", type="finding", **{XML_ID: fs_id})
        if f.fingerprint:
            sub(sub(fs, "f", name="fingerprint"), "string", f.fingerprint)
        sub(sub(fs, "f", name="witness"), "symbol", value=one_word(f.witness, "witness id"))
        for name, values in (("segments", f.segments), ("hop", f.hop or ())):
            if values:
                coll = sub(sub(fs, "f", name=name), "vColl", org="list")
                for v in values:
                    sub(coll, "symbol", value=one_word(v, f"finding {fs_id} {name}"))
        if has_illegal(f.message):
            sub(sub(fs, "f", name="message"), "string", f.message)
        if f.suggestion:
            sub(sub(fs, "f", name="suggestion"), "string", f.suggestion)
        if f.evidence:
            coll = sub(sub(fs, "f", name="evidence"), "vColl", org="list")
            for key, value in f.evidence:
                pair = sub(coll, "fs", type="pair")
                sub(sub(pair, "f", name="key"), "string", key)
                sub(sub(pair, "f", name="value"), "string", value)

    def decisions(self, so: etree._Element) -> None:
        """The verdict ``interpGrp`` and one ``annotation`` per decision, in order."""
        a = self.audit
        verdicts = sub(so, "interpGrp", type="decision")
        for v in Verdict:
            sub(verdicts, "interp", v.value, **{XML_ID: self.new_id(DECISION_PREFIX + v.value, "verdict")})
        by_fp: dict[str, int] = {}
        for i, f in enumerate(a.findings):
            by_fp.setdefault(f.fingerprint, i)
        grp = sub(so, "listAnnotation", type="review")
        for n, d in enumerate(a.decisions, start=1):
            self.decision(grp, n, d, by_fp.get(d.finding))

    def decision(self, grp: etree._Element, n: int, d: Decision, finding: int | None) -> None:
        """One decision; ``finding`` is the index of its finding, ``None`` when the finding is gone."""
        who = f"#{self.people[d.author]}"
        target = f"#{self.finding_ids[finding]}" if finding is not None else f"#{FLAGS_ID}"
        ann = sub(
            grp,
            "annotation",
            **{XML_ID: self.new_id(f"rev-{n}", "decision id")},
            motivation="assessing",
            target=target,
            ana=f"#{DECISION_PREFIX}{Verdict(d.verdict).value}",
            resp=who,
        )
        change = sub(sub(ann, "revisionDesc"), "change", status="created", who=who)
        if d.when:
            change.set("when", w3c_date(d.when))
        sub(ann, "note", d.finding, type="fingerprint")
        if d.note:
            sub(ann, "note", d.note, type="comment")
        if d.correction:
            note = sub(ann, "note", type="suggestion")
            choice = sub(note, "choice")
            if finding is not None and self.audit.findings[finding].spans:
                note.set("target", self.span_pointers(self.audit.findings[finding])[0])
                sub(choice, "sic", self.audit.findings[finding].spans[0].text)
            else:
                sub(choice, "sic")
            sub(choice, "corr", d.correction, resp=who)
