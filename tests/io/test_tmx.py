"""TMX imported as a chain: source from the header, one hop per other language, given beads."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.batch.worker import open_source
from auditor.config import Settings
from auditor.errors import InputError
from auditor.io.tmx import read_tmx

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
 <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"
         srclang="EN-us" datatype="plaintext"/>
 <body>
  <tu tuid="1">
   <tuv xml:lang="en-US"><seg>Osechkin sent the letter on 17 March.</seg></tuv>
   <tuv xml:lang="ru"><seg>Осечкин отправил письмо 17 марта.</seg></tuv>
   <tuv xml:lang="bn"><seg>ওসেচকিন ১৭ মার্চ চিঠিটি পাঠান।</seg></tuv>
  </tu>
  <tu tuid="2">
   <tuv xml:lang="en-us"><seg>Press <bpt i="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept> <hi>now</hi>.</seg></tuv>
   <tuv xml:lang="ru"><seg>Нажмите <bpt i="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept> <hi>сейчас</hi>.</seg></tuv>
  </tu>
  <tu tuid="3">
   <tuv lang="ru"><seg>Только по-русски.</seg></tuv>
  </tu>
 </body>
</tmx>
"""


def _write(tmp_path: Path, text: str, name: str = "m.tmx") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_multilingual_tmx_is_a_star_chain(tmp_path: Path) -> None:
    doc = read_tmx(_write(tmp_path, TMX))
    assert [(w.id, w.lang, w.parent) for w in doc.witnesses] == [
        ("en-US", "en-US", None), ("ru", "ru", "en-US"), ("bn", "bn", "en-US")]
    assert doc.units[1].texts == {"en-US": "Press OK now.", "ru": "Нажмите OK сейчас."}
    assert doc.units[2].texts == {"ru": "Только по-русски."}


def test_tmx_audit_beads_per_hop(tmp_path: Path) -> None:
    audit = open_source(_write(tmp_path, TMX), Settings())
    hops = {(a.source, a.target): [b.kind for b in a.beads] for a in audit.alignments}
    assert hops == {("en-US", "ru"): ["1-1", "1-1", "0-1"], ("en-US", "bn"): ["1-1", "1-0"]}
    assert audit.chain.witness("ru").text == "Осечкин отправил письмо 17 марта.\nНажмите OK сейчас.\nТолько по-русски."
    assert dict(audit.signature)["alignment"] == "given:tmx-1.4"


def test_srclang_all_takes_the_first_language(tmp_path: Path) -> None:
    doc = read_tmx(_write(tmp_path, TMX.replace('srclang="EN-us"', 'srclang="*all*"')))
    assert doc.witnesses[0].lang == "en-US" and doc.witnesses[0].parent is None


@pytest.mark.parametrize("text, message", [
    ("<tmx version='1.4'><header/><body/></tmx>", "no translation units"),
    ("<tmx version='1.4'><header/><body><tu><tuv xml:lang='en'><seg>a</seg></tuv></tu></body></tmx>",
     "only one language"),
    ("<tmx version='1.4'><header/><body><tu><tuv><seg>a</seg></tuv></tu></body></tmx>", "without xml:lang"),
    ("<tmx version='1.4'><header/></tmx>", "no <body>"),
    ('<!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4"><body/></tmx>', "DOCTYPE"),
])
def test_bad_tmx_is_one_input_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError) as exc:
        read_tmx(_write(tmp_path, text, "bad.tmx"))
    assert message in str(exc.value) and "bad.tmx" in str(exc.value)
