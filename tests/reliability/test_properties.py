"""Properties end to end, from bytes on disk to the TEI record (issue 8 §4).

The unit-level properties live next to their modules (tests/core/test_segment.py,
tests/core/align/test_align_properties.py, tests/io/test_tei_read.py). These add what only the
whole path shows: witness files in any accepted encoding, BOM and line-ending mix, with bidi
controls, zero-width and combining marks and astral characters, are loaded with their text
exact; segmentation covers it without overlap; every hop's alignment is monotone and complete
over the real segments; and the full audit's TEI record reads back equal and re-writes to the
same bytes.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.core.models import Audit
from auditor.core.pipeline import audit_chain, segment_chain
from auditor.io.chain import load_chain
from auditor.io.tei_read import tei_to_audit
from auditor.io.tei_write import audit_to_tei

_TRICKY = [
    "\u202e", "\u202d", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c",  # bidi
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",  # zero-width (a BOM inside the text stays)
    "e\u0301", "a\u0308\u0323", "\u0915\u094d\u0937", "\u093f", "\u0e33",  # combining marks
    "😀", "👩\u200d👩\u200d👧", "𐍈", "𝔘", "🇯🇵", "\U000e0041",  # astral, ZWJ sequences, tags
    "\r\n", "\r", "\n", "\n\n", "\r\n\r\n", "\t", "\xa0", "\u2028", "\u2029", "\x85",
    "&", "<", "]]>", "\"", "'", "&amp;", "<s>", "。", "।", "؟", "?", "!", ". ", "... ",
]  # fmt: skip
_WORDS = ["Osechkin", "Newsweek", "17", "März", "ওসেচকিন", "নিউজউইক", "東京", "Москва", "القاهرة", "דבר",
          "the", "letter", "was", "sent", "on", "March"]
_PIECE = st.one_of(
    st.sampled_from(_TRICKY),
    st.sampled_from(_WORDS).map(lambda w: w + " "),
    st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"), max_size=6),
)
# A leading U+FEFF is indistinguishable from a BOM on disk, so it is read as one (and dropped).
_TEXT = st.lists(_PIECE, min_size=1, max_size=30).map("".join).filter(
    lambda t: t.strip() != "" and not t.startswith("\ufeff"))
_ENCODINGS = st.sampled_from([("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                              ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00")])


def _write_chain(folder: Path, texts: list[str], encodings: list[tuple[str, bytes]]) -> None:
    langs = ["en", "de", "bn", "ja"]
    manifest = []
    for i, (text, (codec, bom)) in enumerate(zip(texts, encodings)):
        (folder / f"w{i}.txt").write_bytes(bom + text.encode(codec))
        parent = f'parent = "w{i - 1}"\n' if i else ""
        manifest.append(f'[[witness]]\nid = "w{i}"\nlang = "{langs[i]}"\nfile = "w{i}.txt"\n{parent}')
    (folder / "chain.toml").write_text("\n".join(manifest), encoding="utf-8")


def _check_segments(text: str, segs: tuple) -> None:
    covered = [False] * len(text)
    prev_end = 0
    for i, s in enumerate(segs):
        assert s.index == i and text[s.start:s.end] == s.text
        assert prev_end <= s.start < s.end, "segments overlap or are out of order"
        covered[s.start:s.end] = [True] * (s.end - s.start)
        prev_end = s.end
    assert all(c or text[k].isspace() for k, c in enumerate(covered)), "text left outside every segment"


def _check_alignments(audit: Audit) -> None:
    parent = {w.id: w.parent for w in audit.chain.witnesses}
    hops = {(a.source, a.target) for a in audit.alignments}
    assert hops == {(p, w) for w, p in parent.items() if p is not None}
    for a in audit.alignments:
        src = [i for b in a.beads for i in b.source]
        tgt = [j for b in a.beads for j in b.target]
        assert src == [s.id for s in audit.segments[a.source]], "source side not monotone and complete"
        assert tgt == [s.id for s in audit.segments[a.target]], "target side not monotone and complete"
        assert all(b.source or b.target for b in a.beads)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(data=st.data())
def test_from_disk_to_tei_and_back(tmp_path_factory, data: st.DataObject) -> None:
    n = data.draw(st.integers(1, 3), label="witnesses")
    texts = [data.draw(_TEXT, label=f"text {i}") for i in range(n)]
    encodings = [data.draw(_ENCODINGS, label=f"encoding {i}") for i in range(n)]
    folder = tmp_path_factory.mktemp("chain")
    _write_chain(folder, texts, encodings)

    chain = load_chain(folder)
    assert [w.text for w in chain.witnesses] == texts  # exact: BOM dropped, line endings kept
    segments = segment_chain(chain)
    for w in chain.witnesses:
        _check_segments(w.text, segments[w.id])

    audit = audit_chain(chain, when="2026-11-26T10:00:00Z")
    _check_alignments(audit)
    for f in audit.findings:
        for sp in f.spans:
            assert chain.witness(sp.witness).text[sp.start:sp.end] == sp.text
    record = audit_to_tei(audit)
    back = tei_to_audit(record)
    assert back == audit
    assert audit_to_tei(back) == record
