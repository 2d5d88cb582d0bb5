"""Inputs that ``bench/fuzz.py`` found crashing, kept as regression tests; and a fuzz smoke run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from auditor.errors import InputError
from auditor.io.chain import load_chain
from auditor.io.tei_write import audit_to_tei
from auditor.tui.synthetic import synthetic_audit
from tests.reliability.conftest import ROOT, run_cli


def test_nul_in_a_manifest_file_name_is_an_input_error(tmp_path: Path) -> None:
    # Was: ValueError "embedded null byte" from pathlib (exit 3 through the CLI).
    (tmp_path / "w0.txt").write_text("Some text.\n", encoding="utf-8")
    (tmp_path / "chain.toml").write_text('[[witness]]\nid = "w0"\nlang = "en"\nfile = "w0.txt\\u0000"\n',
                                         encoding="utf-8")
    with pytest.raises(InputError, match=r"contains a NUL character"):
        load_chain(tmp_path)


def test_paragraph_number_zero_is_refused_or_kept_writable(tmp_path: Path) -> None:
    data = audit_to_tei(synthetic_audit(2, ("en", "de")))
    f = tmp_path / "p0.xml"
    f.write_bytes(data.replace(b'<p n="1">', b'<p n="0">', 1))
    run = run_cli("audit", str(f), "-o", str(tmp_path / "out.tei.xml"), cwd=tmp_path)
    assert run.returncode == 2, run.stderr
    assert "internal error" not in run.stderr and "paragraph numbers start at 1" in run.stderr


def test_fuzz_smoke_run_reports_counts_and_finds_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import fuzz
    finally:
        sys.path.remove(str(ROOT / "bench"))
    code = fuzz.main(["--seconds", "30", "--inputs", "60", "--seed", "8", "--targets", "chain,xliff,tmx",
                      "--save", str(tmp_path)])
    out = capsys.readouterr().out
    for target in ("chain", "xliff", "tmx"):
        assert f"{target}" in out and "60 inputs tried" in out
    assert code == 0 and list(tmp_path.iterdir()) == [], out
