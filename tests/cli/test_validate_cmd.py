"""``auditor validate FILE``: exit 0 and a summary line, or exit 2 and one line per problem."""

from __future__ import annotations

import time
from pathlib import Path

from click.testing import CliRunner

from auditor.cli.validate_cmd import validate
from auditor.io.tei_write import write_tei
from tests.io._tei_samples import sample_audit
from tests.io.test_xmlsafe import BILLION_LAUGHS, SECRET


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(validate, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_valid_audit(tmp_path: Path, tei_schema) -> None:
    f = tmp_path / "audit.xml"
    write_tei(sample_audit(), f)
    assert run(str(f)) == (0, f"{f}: valid TEI audit (3 witnesses, 7 findings)\n", "")


def test_dangling_pointer_is_one_line(tmp_path: Path, tei_schema) -> None:
    f = tmp_path / "audit.xml"
    write_tei(sample_audit(), f)
    f.write_bytes(f.read_bytes().replace(b'target="#flags"', b'target="#gone"'))
    code, out, err = run(str(f))
    assert (code, out) == (2, "")
    assert err == f'{f}: dangling pointer #gone in <annotation xml:id="rev-4">\n'


def test_schema_invalid_file_lists_problems(tmp_path: Path, tei_schema) -> None:
    f = tmp_path / "audit.xml"
    write_tei(sample_audit(), f)
    f.write_bytes(f.read_bytes().replace(b"<publicationStmt>", b"<publicationStmnt>").replace(
        b"</publicationStmt>", b"</publicationStmnt>"))
    code, out, err = run(str(f))
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines and all(line.startswith(f"{f}: line ") for line in lines)


def test_valid_tei_that_is_not_an_audit(tei_schema) -> None:
    example = Path(__file__).resolve().parents[2].parent / "shared" / "tei" / "example-audit.xml"
    code, _, err = run(str(example))
    assert code == 2 and err.count("\n") == 1 and "@domains must point to two witness texts" in err


def test_hostile_and_broken_files_fail_fast_with_one_line(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    cases = {
        "lol.xml": (BILLION_LAUGHS, "entity-expansion"),
        "xxe.xml": (f'<!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">]><TEI>&x;</TEI>'.encode(), "DOCTYPE"),
        "bad.xml": (b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader></TEI>", "malformed XML at line 1"),
        "empty.xml": (b"", "malformed XML"),
        "tmx.xml": (b"<tmx/>", "not a TEI document"),
        "bin.xml": (bytes(range(256)) * 4, "malformed XML"),
    }
    for name, (data, expected) in cases.items():
        f = tmp_path / name
        f.write_bytes(data)
        t0 = time.perf_counter()
        code, out, err = run(str(f))
        # Refused before any expansion: an expanding parser would take minutes and gigabytes;
        # the bound leaves room for a loaded CI machine.
        assert time.perf_counter() - t0 < 5.0
        assert (code, out) == (2, ""), name
        assert err.count("\n") == 1 and expected in err and SECRET not in err, (name, err)
        assert "Traceback" not in err
    code, _, err = run(str(tmp_path / "missing.xml"))
    assert code == 2 and err.count("\n") == 1 and "file not found" in err


def test_big_file_refused_from_its_size(tmp_path: Path) -> None:
    f = tmp_path / "big.xml"
    with f.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    code, _, err = run(str(f))
    assert code == 2 and "exceeds the limit" in err


def test_registered_in_the_cli(auditor_cli, tmp_path: Path) -> None:
    f = tmp_path / "lol.xml"
    f.write_bytes(BILLION_LAUGHS)
    proc = auditor_cli("validate", str(f), cwd=tmp_path)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "entity-expansion" in proc.stderr
