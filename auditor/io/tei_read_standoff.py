"""Reading the ``standOff`` of a TEI audit record: alignments, findings and decisions."""

from __future__ import annotations

import math

from lxml import etree

from auditor.core.models import Alignment, Bead, Decision, Finding, Severity, Span, Verdict
from auditor.io.tei_names import (
    DECISION_PREFIX,
    FLAG_PREFIX,
    FS_PREFIX,
    SEVERITY_PREFIX,
    XML_ID,
    parse_pointer,
    split_pointers,
    t,
    text_of,
)
from auditor.io.tei_read_text import BadRecord, TextReader
from auditor.io.tei_validate import describe


class StandOffReader(TextReader):
    """Adds the ``standOff`` parts to :class:`TextReader` (the witnesses must be read first)."""

    def alignment(self, grp: etree._Element) -> Alignment:
        """The hop of one ``linkGrp type="alignment"``; a pointer at a whole text is a null side."""
        domains = [self.witness_of(self.target(tok, grp)) for tok in split_pointers(grp.get("domains", ""))]
        if len(domains) != 2 or None in domains:
            raise BadRecord(f"{describe(grp)}: @domains must point to two witness texts")
        src, tgt = str(domains[0]), str(domains[1])
        beads = []
        for link in grp.findall(t("link")):
            sides: dict[str, list[str]] = {src: [], tgt: []}
            for tok in split_pointers(link.get("target", "")):
                el = self.target(tok, link)
                wid = self.witness_of(el)
                if wid not in sides:
                    raise BadRecord(f"{describe(link)}: {tok} is not in either witness of the hop")
                if el.tag == t("s"):
                    sides[wid].append(el.get(XML_ID, ""))
            beads.append(
                Bead(tuple(sides[src]), tuple(sides[tgt]), cert_of(link, "cert"), link.get("subtype") == "confirmed")
            )
        return Alignment(src, tgt, tuple(beads))

    def findings(self, stand_off: etree._Element | None) -> tuple[tuple[Finding, ...], dict[str, str]]:
        """The findings in order, and ``<span>`` xml:id → fingerprint (decisions may point at spans)."""
        findings, fingerprints = [], {}
        for span in self.all(stand_off, "spanGrp[@type='flags']/span"):
            check, severity, fs = None, None, None
            for tok in split_pointers(span.get("ana", "")):
                ref = tok[1:]
                if ref.startswith(FLAG_PREFIX):
                    check = ref[len(FLAG_PREFIX) :]
                elif ref.startswith(SEVERITY_PREFIX):
                    severity = ref[len(SEVERITY_PREFIX) :]
                elif ref.startswith(FS_PREFIX):
                    fs = self.target(tok, span)
            if check is None or severity is None or fs is None:
                raise BadRecord(f"{describe(span)}: @ana must name a flag.*, a severity.* and an fs.*")
            feats = {f.get("name"): f for f in fs.findall(t("f"))}
            witness = self.symbols(feats.get("witness"))
            if len(witness) != 1:
                raise BadRecord(f"{describe(fs)}: needs one witness symbol")
            segments = self.symbols(feats.get("segments"))
            for sid in segments:
                if sid not in self.seg_witness:
                    raise BadRecord(f"{describe(fs)}: unknown segment {sid}")
            hop = self.symbols(feats.get("hop"))
            if hop and (len(hop) != 2 or any(h not in self.texts for h in hop)):
                raise BadRecord(f"{describe(fs)}: hop must name two witnesses")
            try:
                sev = Severity.parse(severity)
            except ValueError as exc:
                raise BadRecord(f"{describe(span)}: {exc}") from None
            finding = Finding(
                check=check,
                severity=sev,
                witness=witness[0],
                segments=segments,
                spans=self.spans(span),
                message=self.string(feats["message"]) if "message" in feats else text_of(span),
                suggestion=self.string(feats.get("suggestion")),
                hop=(hop[0], hop[1]) if hop else None,
                evidence=tuple(
                    (self.string(p.find(f"{t('f')}[@name='key']")), self.string(p.find(f"{t('f')}[@name='value']")))
                    for p in self.all(feats.get("evidence"), "vColl/fs")
                ),
                confidence=cert_of(span, "cert"),
                fingerprint=self.string(feats.get("fingerprint")),
            )
            if finding.witness not in self.texts:
                raise BadRecord(f"{describe(fs)}: unknown witness {finding.witness}")
            findings.append(finding)
            fingerprints[span.get(XML_ID, "")] = finding.fingerprint
        return tuple(findings), fingerprints

    def spans(self, span: etree._Element) -> tuple[Span, ...]:
        """The spans of a finding from its ``@target`` pointers, in witness offsets."""
        out = []
        for tok in split_pointers(span.get("target", "")):
            el = self.target(tok, span)
            wid = self.witness_of(el)
            ptr = parse_pointer(tok)
            if wid is None or ptr is None:
                raise BadRecord(f"{describe(span)}: {tok} does not point into a witness text")
            _, offset, length = ptr
            if offset is None or length is None:
                if el.tag == t("text"):
                    continue  # a finding without spans points at its witness text
                raise BadRecord(f"{describe(span)}: {tok} must be a #string-range() pointer")
            base = self.seg_start[el.get(XML_ID, "")] if el.tag == t("s") else 0
            start, end = base + offset, base + offset + length
            limit = base + len(text_of(el)) if el.tag == t("s") else len(self.texts[wid])
            if end > limit:
                raise BadRecord(f"{describe(span)}: {tok} reaches past the end of its text")
            out.append(Span(wid, start, end, self.texts[wid][start:end]))
        return tuple(out)

    def symbols(self, f: etree._Element | None) -> tuple[str, ...]:
        """The ``symbol/@value``s of a feature (one, or a ``vColl``); none when it is absent."""
        if f is None:
            return ()
        return tuple(s.get("value", "") for s in f.iter(t("symbol")))

    def string(self, f: etree._Element | None) -> str:
        """The ``<string>`` of a feature, or ``''``."""
        if f is None:
            return ""
        s = f.find(t("string"))
        return text_of(s) if s is not None else ""

    def decision(self, ann: etree._Element, people: dict[str, str], fingerprints: dict[str, str]) -> Decision:
        """One review ``annotation``; its fingerprint note wins over the span it targets."""
        verdict = None
        for tok in split_pointers(ann.get("ana", "")):
            if tok.startswith("#" + DECISION_PREFIX):
                verdict = tok[1 + len(DECISION_PREFIX) :]
        try:
            v = Verdict(verdict)
        except ValueError:
            raise BadRecord(f"{describe(ann)}: @ana must name a decision.* verdict") from None
        notes = {n.get("type"): n for n in ann.findall(t("note"))}
        if "fingerprint" in notes:
            fingerprint = text_of(notes["fingerprint"])
        else:
            fingerprint = fingerprints.get(ann.get("target", "")[1:], "")
        corr = notes["suggestion"].find(f".//{t('corr')}") if "suggestion" in notes else None
        change = ann.find(f"{t('revisionDesc')}/{t('change')}")
        return Decision(
            finding=fingerprint,
            verdict=v,
            note=text_of(notes["comment"]) if "comment" in notes else "",
            correction=text_of(corr) if corr is not None else "",
            author=self.person(ann.get("resp", ""), people, ann),
            when=change.get("when", "") if change is not None else "",
        )


def cert_of(el: etree._Element, attr: str) -> float:
    """A ``@cert``-like probability; TEI's words (high, medium …) are read too, absent means 1."""
    raw = el.get(attr)
    if raw is None:
        return 1.0
    try:
        value = float(raw)
    except ValueError:
        value = {"high": 1.0, "medium": 0.5, "low": 0.25, "unknown": 0.0}.get(raw, math.nan)
    if not (0.0 <= value <= 1.0):
        raise BadRecord(f"{describe(el)}: @{attr}={raw!r} is not a number in [0, 1]")
    return value
