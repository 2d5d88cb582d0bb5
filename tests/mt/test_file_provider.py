"""Provided translations: one line per segment, or TMX through the safe XML parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.config import MTSettings
from auditor.errors import InputError
from auditor.mt.file_provider import FileProvider
from auditor.mt.service import MTService

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header srclang="bn" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="x"/>
  <body>
    <tu><tuv xml:lang="bn"><seg>প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি</seg></tuv>
        <tuv xml:lang="en-GB"><seg>The context has not changed much</seg></tuv></tu>
    <tu><tuv xml:lang="bn"><seg>ওসেচকিন   বলেছেন</seg></tuv>
        <tuv xml:lang="en-GB"><seg>Osechkin <ph>x</ph>said</seg></tuv></tu>
  </body>
</tmx>
"""


def test_tmx_pairs_both_ways_with_subtag_fallback(tmp_path: Path) -> None:
    path = tmp_path / "memory.tmx"
    path.write_text(TMX, encoding="utf-8")
    p = FileProvider.from_tmx(path)
    assert p.lookup(["প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি", "ওসেচকিন বলেছেন", "অজানা"], "bn", "en") == [
        "The context has not changed much", "Osechkin xsaid", None]
    assert p.lookup(["The context has not changed much"], "en-GB", "bn") == ["প্রেক্ষাপটটি খুব বেশি পরিবর্তিত হয়নি"]
    assert p.options == {"files": "memory.tmx"} and p.remote is False


def test_tmx_with_a_doctype_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "evil.tmx"
    path.write_text('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x "y">]><tmx><body/></tmx>', encoding="utf-8")
    with pytest.raises(InputError) as err:
        FileProvider.from_tmx(path)
    assert "evil.tmx" in str(err.value)


def test_lines_file_pairs_positionally_and_checks_the_count(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("First.\nSecond.\n\n", encoding="utf-8")
    p = FileProvider.from_lines(path, ["Erste.", "Zweite."], "de", "en")
    assert p.translate(["Zweite.", "Erste."], "de", "en") == ["Second.", "First."]
    with pytest.raises(InputError, match="has 2 lines for 3 segments"):
        FileProvider.from_lines(path, ["a", "b", "c"], "de", "en")


def test_service_with_a_tmx_provider_makes_no_cache_and_no_calls(tmp_path: Path, no_network: list[object]) -> None:
    path = tmp_path / "memory.tmx"
    path.write_text(TMX, encoding="utf-8")
    with MTService(MTSettings(provider="file", options={"tmx": str(path)}), cache_path=tmp_path / "c.db") as mt:
        res = mt.translate_segments(["ওসেচকিন বলেছেন", "অজানা"], "bn", "en")
        assert res.translations == ["Osechkin xsaid", None] and res.from_cache == [False, False]
        assert "no translation" in (res.reason or "") and mt.cache is None
        assert ("mt.provider", "file") in mt.signature()
    assert no_network == []
