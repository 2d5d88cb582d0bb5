"""XLIFF 1.2 and 2.0 imported as one-hop chains with a given alignment."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.batch.worker import open_source
from auditor.config import Settings
from auditor.errors import InputError
from auditor.io.bilingual import is_bilingual_path, open_bilingual
from auditor.io.tei_read import read_tei
from auditor.io.tei_write import write_tei
from auditor.io.xliff import read_xliff

BENGALI = "প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি"

XLIFF12 = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en-US" target-language="de" datatype="plaintext" original="news.txt">
  <body>
   <trans-unit id="1"><source>Osechkin said on 17 March that the letter was real.</source>
     <target>Osechkin sagte am 17. März, der Brief sei echt.</target></trans-unit>
   <group id="g1">
    <trans-unit id="2"><source>Newsweek published <g id="1">the letter</g><x id="2"/>.</source>
      <target>Newsweek veröffentlichte <g id="1">den Brief</g><x id="2"/>.</target></trans-unit>
    <trans-unit id="3" translate="no"><source>DO-NOT-TRANSLATE</source></trans-unit>
   </group>
   <trans-unit id="4"><source>Click <bpt id="1">&lt;b&gt;</bpt>here<ept id="1">&lt;/b&gt;</ept> now.</source>
     <target>Klicken Sie <bpt id="1">&lt;b&gt;</bpt>hier<ept id="1">&lt;/b&gt;</ept> jetzt.</target></trans-unit>
   <trans-unit id="5">
     <source>The context has not changed much. Officials said nothing.</source>
     <seg-source><mrk mtype="seg" mid="a">The context has not changed much.</mrk> <mrk mtype="seg" mid="b">Officials said nothing.</mrk></seg-source>
     <target><mrk mtype="seg" mid="a">[{BENGALI}]</mrk> <mrk mtype="seg" mid="b">Beamte schwiegen.</mrk></target></trans-unit>
   <trans-unit id="6"><source>Not translated yet.</source></trans-unit>
  </body>
 </file>
</xliff>
"""

XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
 <file id="f1">
  <group id="g">
   <unit id="u1">
    <segment id="s1"><source>Hello <pc id="1">world</pc>.</source><target>Bonjour <pc id="1">le monde</pc>.</target></segment>
    <ignorable><source> </source></ignorable>
    <segment id="s2"><source>Press<ph id="2"/> OK<cp hex="0021"/></source><target>Appuyez<ph id="2"/> sur OK<cp hex="0021"/></target></segment>
   </unit>
  </group>
  <unit id="u2"><segment><source>Untranslated.</source></segment></unit>
 </file>
</xliff>
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_xliff12_units_inline_codes_seg_source_and_translate_no(tmp_path: Path) -> None:
    doc = read_xliff(_write(tmp_path, "a.xlf", XLIFF12))
    assert doc.fmt == "xliff-1.2"
    assert [(w.id, w.lang, w.parent) for w in doc.witnesses] == [("en-US", "en-US", None), ("de", "de", "en-US")]
    src = [u.texts["en-US"] for u in doc.units]
    tgt = [u.texts.get("de") for u in doc.units]
    assert src == ["Osechkin said on 17 March that the letter was real.", "Newsweek published the letter.",
                   "Click here now.", "The context has not changed much.", "Officials said nothing.",
                   "Not translated yet."]
    assert tgt[1:5] == ["Newsweek veröffentlichte den Brief.", "Klicken Sie hier jetzt.", f"[{BENGALI}]",
                        "Beamte schwiegen."]
    assert tgt[5] is None


def test_xliff12_audit_has_given_beads_and_findings(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.xlf", XLIFF12)
    assert is_bilingual_path(path)
    audit = open_bilingual(path, Settings())
    (al,) = audit.alignments
    assert (al.source, al.target) == ("en-US", "de")
    assert [b.kind for b in al.beads] == ["1-1"] * 5 + ["1-0"]
    assert all(b.score == 1.0 and b.confirmed for b in al.beads)
    de = audit.chain.witness("de")
    for seg in audit.segments["de"]:
        assert de.text[seg.start:seg.end] == seg.text
    assert de.text.split("\n")[3] == f"[{BENGALI}]"
    untranslated = [f for f in audit.findings if f.check == "untranslated-span"]
    assert untranslated and untranslated[0].witness == "de" and BENGALI in untranslated[0].spans[0].text
    assert dict(audit.signature)["alignment"] == "given:xliff-1.2"
    # The TEI record keeps the given alignment, confirmed.
    write_tei(audit, tmp_path / "a.tei.xml")
    back = read_tei(tmp_path / "a.tei.xml")
    assert back.alignments == audit.alignments and back.findings == audit.findings


def test_xliff20_segments_share_the_unit_paragraph(tmp_path: Path) -> None:
    path = _write(tmp_path, "b.xliff", XLIFF20)
    doc = read_xliff(path)
    assert doc.fmt == "xliff-2.0"
    assert [(u.texts["en"], u.texts.get("fr"), u.paragraph) for u in doc.units] == [
        ("Hello world.", "Bonjour le monde.", 0), ("Press OK!", "Appuyez sur OK!", 0), ("Untranslated.", None, 1)]
    audit = open_source(path, Settings())
    assert [b.kind for b in audit.alignments[0].beads] == ["1-1", "1-1", "1-0"]
    assert [s.paragraph for s in audit.segments["en"]] == [0, 0, 1]


def test_xliff_sniffed_by_root_element_for_xml_suffix(tmp_path: Path) -> None:
    path = _write(tmp_path, "c.xml", XLIFF20)
    assert is_bilingual_path(path)
    assert open_source(path, Settings()).chain.witness("fr").lang == "fr"


@pytest.mark.parametrize("text, message", [
    (XLIFF12.replace(' target-language="de"', ""), "no target-language"),
    (XLIFF20.replace(' trgLang="fr"', ""), "no trgLang"),
    ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><xliff version="1.2"/>', "DOCTYPE"),
    ("<xliff version='1.2'><file source-language='en'", "malformed XML"),
    ("<tmx version='1.4'/>", "not an XLIFF file"),
])
def test_bad_xliff_is_one_input_error_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, "bad.xlf", text)
    with pytest.raises(InputError) as exc:
        read_xliff(path)
    assert message in str(exc.value) and "bad.xlf" in str(exc.value)
