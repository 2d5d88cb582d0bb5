"""Hostile and broken inputs through the real CLI: ``auditor audit``, ``validate`` and ``tui``.

Every refused input must end with exit code 2 and exactly one stderr line naming the file, no
traceback, no hang, no output file created or changed, and no file outside the input opened
(proved by an audit hook in the child, by decoy FIFOs that would block any reader, and by a
127.0.0.1 server that must see no request). Inputs that are odd but legitimate (BOMs, mixed
line endings, a 1 MB line) must give a correct result with exact offsets.

The runs of all cases happen once per module, concurrently, and the tests then inspect them.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.reliability.conftest import Recording, Run, child_env, run_cli, run_tui

TEI_NS = "http://www.tei-c.org/ns/1.0"
SECRET = "DECOY-SECRET-93b1e0"
SENTINEL = b"previous content of the output file\n"
EN = "The minister arrived in Tokyo on Monday. He met the press at noon.\n\nTalks lasted three hours.\n"
FR = "Le ministre est arrivé à Tokyo lundi. Il a rencontré la presse à midi.\n\nLes pourparlers ont duré trois heures.\n"


@dataclass
class Ctx:
    """Where a case lives: ``base`` holds the decoys; the input must not reach them."""

    base: Path
    server: str
    audit_tei: bytes

    @property
    def secret(self) -> Path:
        return self.base / "secret.txt"

    @property
    def fifo(self) -> Path:
        return self.base / "decoy.fifo"


Builder = Callable[[Ctx], Path]


def _tei(body: str, prolog: str = "") -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}<TEI xmlns="{TEI_NS}">{body}</TEI>\n'.encode()


def _file(name: str, data: bytes | Callable[[Ctx], bytes]) -> Builder:
    def build(ctx: Ctx) -> Path:
        p = ctx.base / "in" / name
        p.parent.mkdir()
        p.write_bytes(data(ctx) if callable(data) else data)
        return p
    return build


def _chain(manifest: str | Callable[[Ctx], str], files: dict[str, bytes] | None = None,
           setup: Callable[[Ctx, Path], None] | None = None) -> Builder:
    def build(ctx: Ctx) -> Path:
        folder = ctx.base / "in" / "chain"
        folder.mkdir(parents=True)
        (folder / "chain.toml").write_text(manifest(ctx) if callable(manifest) else manifest, encoding="utf-8")
        for name, data in (files or {}).items():
            (folder / name).write_bytes(data)
        if setup is not None:
            setup(ctx, folder)
        return folder
    return build


def _witness(file: str, extra: str = "") -> str:
    return f'[[witness]]\nid = "en"\nlang = "en"\nfile = "{file}"\n{extra}'


def _two(extra: str = "") -> str:
    return _witness("en.txt") + f'\n[[witness]]\nid = "fr"\nlang = "fr"\nparent = "en"\nfile = "fr.txt"\n{extra}'


def _billion_laughs(ctx: Ctx) -> bytes:
    decls = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    return _tei("<text><body><p>&l9;</p></body></text>", f"<!DOCTYPE TEI [{decls}]>\n")


def _quadratic(ctx: Ctx) -> bytes:
    return _tei("<text><body><p>" + "&a;" * 100_000 + "</p></body></text>",
                f'<!DOCTYPE TEI [<!ENTITY a "{"x" * 100_000}">]>\n')


def _xxe_file(ctx: Ctx) -> bytes:
    # Two external entities: a regular secret file and a FIFO that would block any reader.
    return _tei("<text><body><p>&s;&f;</p></body></text>",
                f'<!DOCTYPE TEI [<!ENTITY s SYSTEM "file://{ctx.secret}">'
                f'<!ENTITY f SYSTEM "file://{ctx.fifo}">]>\n')


def _xxe_http(ctx: Ctx) -> bytes:
    return _tei("<text><body><p>&h;</p></body></text>",
                f'<!DOCTYPE TEI SYSTEM "{ctx.server}/tei.dtd" [<!ENTITY % p SYSTEM "{ctx.server}/p.ent"> %p;'
                f'<!ENTITY h SYSTEM "{ctx.server}/entity">]>\n')


def _xinclude(ctx: Ctx) -> bytes:
    return (f'<TEI xmlns="{TEI_NS}" xmlns:xi="http://www.w3.org/2001/XInclude">'
            f'<xi:include href="{ctx.fifo}" parse="text"/><xi:include href="{ctx.secret}" parse="text"/>'
            f'<xi:include href="{ctx.server}/x.xml"/></TEI>').encode()


def _utf7_doctype(ctx: Ctx) -> bytes:
    # The DOCTYPE spelled in UTF-7 so that a byte-level scan for "<!DOCTYPE" misses it.
    return (b'<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE TEI +AFs-+ADw-!ENTITY x SYSTEM +ACI-file://'
            + str(ctx.secret).encode() + b'+ACI-+AD4-+AF0-+AD4-\n<TEI xmlns="' + TEI_NS.encode()
            + b'">&x;</TEI>')


def _big_tei(ctx: Ctx) -> Path:
    p = ctx.base / "in" / "big.xml"
    p.parent.mkdir()
    with p.open("wb") as fh:  # a TEI start, then a 200 MB hole: sparse, instant to make
        fh.write(_tei("<text><body><p>")[:-8])
        fh.truncate(200 * 1024 * 1024)
    return p


def _big_witness(ctx: Ctx) -> Path:
    p = ctx.base / "in" / "big.txt"
    p.parent.mkdir()
    chunk = (EN * 12_000).encode()[: 1 << 20]
    with p.open("wb") as fh:  # real text, 100 MiB
        for _ in range(100):
            fh.write(chunk)
    return p


def _dangling(ctx: Ctx) -> bytes:
    data = ctx.audit_tei
    i = data.index(b'target="#') + len(b'target="#')
    return data[:i] + b"nowhere-" + data[i:]


def _huge_attribute(ctx: Ctx) -> bytes:
    return _tei("<teiHeader/>").replace(b"<TEI ", b'<TEI n="' + b"A" * 12_000_000 + b'" ')


_TEI_NOT_AUDIT = _tei(
    "<teiHeader><fileDesc><titleStmt><title>A poem</title></titleStmt><publicationStmt><p>none</p>"
    "</publicationStmt><sourceDesc><p>born digital</p></sourceDesc></fileDesc></teiHeader>"
    "<text><body><p>Just a poem, not an audit.</p></body></text>")


def _symlink_witness(ctx: Ctx, folder: Path) -> None:
    os.symlink(ctx.secret, folder / "en.txt")


def _fifo_witness(ctx: Ctx, folder: Path) -> None:
    os.mkfifo(folder / "en.txt")


def _symlinked_manifest(ctx: Ctx) -> Path:
    elsewhere = ctx.base / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "chain.toml").write_text(_witness("secret.txt"), encoding="utf-8")
    os.symlink(ctx.secret, elsewhere / "secret.txt")
    folder = ctx.base / "in" / "chain"
    folder.mkdir(parents=True)
    os.symlink(elsewhere / "chain.toml", folder / "chain.toml")
    return folder


@dataclass(frozen=True)
class Case:
    name: str
    build: Builder
    audit: str
    """Expected in the error of ``audit`` and ``tui``."""
    validate: str = ""
    """Expected in the error of ``validate`` (XML inputs); empty: any one-line error."""


CASES = [
    Case("billion-laughs", _file("lol.xml", _billion_laughs), "DOCTYPE", "DOCTYPE"),
    Case("quadratic-blowup", _file("quad.xml", _quadratic), "DOCTYPE", "DOCTYPE"),
    Case("xxe-file", _file("xxe.xml", _xxe_file), "DOCTYPE", "DOCTYPE"),
    Case("xxe-http", _file("xxe-http.xml", _xxe_http), "DOCTYPE", "DOCTYPE"),
    Case("xinclude", _file("xi.xml", _xinclude), "XInclude", "XInclude"),
    Case("utf7-doctype", _file("utf7.xml", _utf7_doctype), "DOCTYPE", "DOCTYPE"),
    Case("200mb-tei", _big_tei, "exceeds the limit of 104,857,600 bytes", "exceeds the limit"),
    Case("dangling-pointer", _file("dangling.xml", _dangling), "#nowhere-", "#nowhere-"),
    Case("huge-attribute", _file("attr.xml", _huge_attribute), "10,000,000 characters", "10,000,000"),
    Case("tei-not-an-audit", _file("poem.xml", _TEI_NOT_AUDIT), "no <witness>", "no <witness>"),
    Case("xml-not-tei", _file("tmx.xml", b'<?xml version="1.0"?><tmx version="1.4"><body/></tmx>'),
         "root element is <tmx>", "not a TEI document"),
    Case("truncated-tei", _file("cut.xml", lambda ctx: ctx.audit_tei[: len(ctx.audit_tei) // 2]),
         "malformed XML at line", "malformed XML at line"),
    Case("xml-fifo", lambda ctx: (ctx.base / "in").mkdir() or (os.mkfifo(ctx.base / "in" / "f.xml"),
                                                               ctx.base / "in" / "f.xml")[1],
         "not a regular file", "not a regular file"),
    Case("invalid-utf8", _file("bad.txt", b"First line is fine.\nSecond \xc3\x28 line.\n"),
         "invalid UTF-8 at byte 27 (line 2)"),
    Case("nul-byte", _file("nul.txt", b"Some text.\nMore\x00text.\n"), "NUL byte at byte 15 (line 2)"),
    Case("escape-sequence", _file("esc.txt", b"Title\n\x1b]2;pwned\x07\x1b[2J text.\n"),
         "control character U+001B at byte 6 (line 2)"),
    Case("utf16-no-bom", _file("u16.txt", "Plain text without a BOM.\n".encode("utf-16-le")), "without a byte-order mark"),
    Case("png", _file("pic.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256))), "PNG"),
    Case("empty", _file("empty.txt", b"\xef\xbb\xbf \n\t\n"), "empty witness"),
    Case("100mb-witness", _big_witness, "limited to 52,428,800 bytes (50 MiB)"),
    Case("chain-dotdot", _chain(_witness("../../secret.txt")), "outside the chain folder"),
    Case("chain-etc-passwd", _chain(_witness("../../../../../../../../etc/passwd")), "outside the chain folder"),
    Case("chain-absolute", _chain(lambda ctx: _witness(str(ctx.secret))), "absolute path"),
    Case("chain-symlink", _chain(_witness("en.txt"), setup=_symlink_witness), "outside the chain folder"),
    Case("chain-symlinked-manifest", _symlinked_manifest, "symlink to a file outside the chain folder"),
    Case("chain-translation-outside", _chain(_two('translation = "../../secret.txt"\n'),
                                             {"en.txt": EN.encode(), "fr.txt": FR.encode()}),
         "outside the chain folder"),
    Case("chain-glossary-outside", _chain('glossary = "../../secret.txt"\n' + _two(),
                                          {"en.txt": EN.encode(), "fr.txt": FR.encode()}),
         "outside the chain folder"),
    Case("chain-fifo-witness", _chain(_witness("en.txt"), setup=_fifo_witness), "not a regular file"),
    Case("toml-nested-arrays", _chain("x = " + "[" * 50_000 + "]" * 50_000 + "\n"), "nested too deeply"),
    Case("toml-nested-tables", _chain("x = " + "{a = " * 5_000 + "1" + "}" * 5_000 + "\n"), "nested too deeply"),
    Case("toml-huge", _chain(_witness("en.txt") + "#" * (2 << 20) + "\n", {"en.txt": EN.encode()}),
         "chain manifests are limited to 1,048,576 bytes"),
    Case("chain-bad-utf8-witness", _chain(_two(), {"en.txt": EN.encode(), "fr.txt": b"Bonjour \xe9t\xe9.\n"}),
         "invalid UTF-8 at byte 8 (line 1)"),
]


@dataclass
class Outcome:
    case: Case
    ctx: Ctx
    input: Path
    out_file: Path
    out_existed: bool
    audit: Run
    validate: Run
    tui: Run | None


def _audit_tei(tmp: Path) -> bytes:
    from auditor.app_service import open_audit
    from auditor.io.tei_write import audit_to_tei

    folder = tmp / "valid-chain"
    folder.mkdir()
    (folder / "chain.toml").write_text(_two(), encoding="utf-8")
    (folder / "en.txt").write_text(EN, encoding="utf-8")
    (folder / "fr.txt").write_text(FR, encoding="utf-8")
    return audit_to_tei(open_audit(folder))


TUI_CASES = {"billion-laughs", "xinclude", "200mb-tei", "dangling-pointer", "invalid-utf8",
             "100mb-witness", "chain-symlink", "toml-nested-arrays", "chain-fifo-witness", "huge-attribute"}


def _run_case(i: int, case: Case, root: Path, server: str, audit_tei: bytes) -> Outcome:
    base = root / case.name
    base.mkdir()
    ctx = Ctx(base, server, audit_tei)
    ctx.secret.write_text(f"{SECRET}\nThis is private text outside the input.\n", encoding="utf-8")
    os.mkfifo(ctx.fifo)
    path = case.build(ctx)
    work = base / "work"
    work.mkdir()
    out_dir = base / "out"
    out_dir.mkdir()
    out_file = out_dir / "result.tei.xml"
    existed = i % 2 == 0  # half the cases have an output file already: it must stay unchanged
    if existed:
        out_file.write_bytes(SENTINEL)
    audit = run_cli("audit", str(path), "-o", str(out_file), cwd=work, env=child_env(base), tracked=True)
    validate = run_cli("validate", str(path), cwd=work, env=child_env(base), tracked=True)
    tui = None
    if case.name in TUI_CASES:
        tui = run_tui(str(path), "--save-to", str(base / "tui-save.tei.xml"), cwd=work)
    return Outcome(case, ctx, path, out_file, existed, audit, validate, tui)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory, recording_server: Recording) -> dict[str, Outcome]:
    root = tmp_path_factory.mktemp("hostile")
    audit_tei = _audit_tei(root)
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(_run_case, i, c, root, recording_server.url, audit_tei) for i, c in enumerate(CASES)]
        results = {f.result().case.name: f.result() for f in futures}
    for o in results.values():  # the 100 MB witness must not outlive the run
        if o.case.name == "100mb-witness":
            o.input.unlink()
    return results


def _assert_one_line_refusal(run: Run, path: Path, expected: str, what: str) -> None:
    assert not run.timed_out, f"{what}: hung"
    assert run.returncode == 2, f"{what}: exit {run.returncode}: {run.stderr[-500:]}"
    lines = run.error_lines()
    assert len(lines) == 1, f"{what}: {lines}"
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    assert str(path) in lines[0], f"{what}: the error does not name the input: {lines[0]}"
    assert expected in lines[0], f"{what}: {lines[0]!r} lacks {expected!r}"
    assert SECRET not in run.stderr + run.stdout
    assert run.stdout == ""


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_audit_refuses_with_one_line_and_writes_nothing(case: Case, outcomes: dict[str, Outcome]) -> None:
    o = outcomes[case.name]
    _assert_one_line_refusal(o.audit, o.input, case.audit, "audit")
    assert o.audit.seconds < 10
    if o.out_existed:
        assert o.out_file.read_bytes() == SENTINEL
    else:
        assert not o.out_file.exists()
    assert sorted(p.name for p in o.out_file.parent.iterdir()) == (["result.tei.xml"] if o.out_existed else [])


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_audit_and_validate_open_no_file_outside_the_input(case: Case, outcomes: dict[str, Outcome]) -> None:
    o = outcomes[case.name]
    inside = o.input.resolve()
    for run in (o.audit, o.validate):
        assert run.opened, "the audit hook logged nothing"
        outside = [p for p in run.opened if p.is_relative_to(o.ctx.base) and not p.is_relative_to(inside)]
        assert outside == [], f"opened outside the input: {outside}"
        assert Path("/etc/passwd") not in run.opened


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_validate_refuses_with_one_line(case: Case, outcomes: dict[str, Outcome]) -> None:
    o = outcomes[case.name]
    _assert_one_line_refusal(o.validate, o.input, case.validate, "validate")
    # Only a valid TEI that is not an audit gets as far as the schema (~6 s to compile).
    assert o.validate.seconds < (30 if case.name == "tei-not-an-audit" else 10)


@pytest.mark.parametrize("case", [c for c in CASES if c.name in TUI_CASES], ids=lambda c: c.name)
def test_tui_refuses_with_one_line_and_saves_nothing(case: Case, outcomes: dict[str, Outcome]) -> None:
    o = outcomes[case.name]
    assert o.tui is not None and not o.tui.timed_out
    assert o.tui.returncode == 2, o.tui.stderr[-500:]
    screen = o.tui.stderr
    assert screen.count("auditor: error:") == 1 and "Traceback" not in screen, screen[-800:]
    # The error is the last thing written, after Textual has left the screen, on one line.
    error = screen[screen.index("auditor: error:"):].rstrip()
    assert "\n" not in error, error
    assert str(o.input) in error and case.audit in error
    assert not (o.ctx.base / "tui-save.tei.xml").exists()
    assert not (o.ctx.base / ".tui-save.tei.xml.journal.json").exists()


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_tui_loader_refuses_the_same_inputs(case: Case, outcomes: dict[str, Outcome], tmp_path: Path) -> None:
    """What ``auditor tui`` runs before showing anything, in-process: the same one-line error."""
    from auditor.cli.tui_cmd import make_loader
    from auditor.config import Settings
    from auditor.errors import InputError
    from auditor.tui.app import default_save_path

    o = outcomes[case.name]
    if case.name == "100mb-witness":  # deleted after the CLI runs; a sparse stand-in of the same size
        with o.input.open("wb") as fh:
            fh.truncate(100 * 1024 * 1024)
    try:
        load = make_loader(o.input, default_save_path(o.input), Settings(), fresh=False)
        with pytest.raises(InputError) as info:
            load(lambda stage, done, total: None)
    finally:
        if case.name == "100mb-witness":
            o.input.unlink()
    message = str(info.value)
    assert "\n" not in message and case.audit in message and str(o.input) in message


def test_no_request_reached_the_recording_server(outcomes: dict[str, Outcome], recording_server: Recording) -> None:
    assert recording_server.hits == []


def test_the_100mb_witness_is_refused_quickly_in_bounded_memory(outcomes: dict[str, Outcome]) -> None:
    run = outcomes["100mb-witness"].audit
    assert run.seconds < 5
    assert run.max_rss_mb < 150, f"{run.max_rss_mb:.0f} MB: the file was read, not refused from its size"
    big = outcomes["200mb-tei"]
    assert big.audit.max_rss_mb < 150 and big.validate.max_rss_mb < 150


def test_xml_attacks_are_refused_within_a_second_of_parsing(outcomes: dict[str, Outcome]) -> None:
    # Startup (~0.3 s) included; an expanding parser would take seconds or be killed.
    for name in ("billion-laughs", "quadratic-blowup", "xxe-file", "xxe-http", "xinclude", "utf7-doctype"):
        run = outcomes[name].validate
        assert run.seconds < 2.5, (name, run.seconds)
        assert run.max_rss_mb < 150, (name, run.max_rss_mb)


# --- odd but legitimate inputs: a correct result, offsets exact --------------------------------


def _audit_json(tmp_path: Path, name: str, data: bytes) -> tuple[dict, str, Path]:
    from auditor.io.text import decode_text

    src = tmp_path / name
    src.write_bytes(data)
    out = tmp_path / "out.tei.xml"
    run = run_cli("audit", str(src), "--lang", "en", "--format", "json", "-o", str(out), cwd=tmp_path)
    assert run.returncode == 0 and not run.timed_out, run.stderr
    assert "Traceback" not in run.stderr
    return json.loads(run.stdout), decode_text(data), out


def _assert_offsets_exact(doc: dict, text: str, out: Path) -> None:
    from auditor.io.tei_read import read_tei

    [w] = doc["witnesses"]
    assert w["segments"], "no segment"
    for s in w["segments"]:
        assert text[s["start"]:s["end"]] == s["text"]
    for f in doc["findings"]:
        for sp in f["spans"]:
            assert text[sp["start"]:sp["end"]] == sp["text"]
    saved = read_tei(out)
    assert saved.chain.witnesses[0].text == text  # the TEI keeps the text exactly, \r included
    assert [(s.start, s.end) for s in saved.segments[w["id"]]] == [(s["start"], s["end"]) for s in w["segments"]]


def test_mixed_line_endings_keep_offsets_exact(tmp_path: Path) -> None:
    data = ("First line ends CRLF.\r\nSecond ends CR.\rThird ends LF.\n\r\n"
            "A new paragraph, after a blank CRLF line.\rLast one without newline, ünïcödé 😀.").encode()
    doc, text, out = _audit_json(tmp_path, "mixed.txt", data)
    assert "\r" in text and "\r\n" in text
    _assert_offsets_exact(doc, text, out)
    starts = [s["text"].split()[0] for s in doc["witnesses"][0]["segments"]]
    assert starts[:3] == ["First", "Second", "Third"]  # a bare CR ends a line too


@pytest.mark.parametrize("encoding, bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                           ("utf-16-be", b"\xfe\xff")])
def test_byte_order_marks_are_dropped_and_offsets_exact(tmp_path: Path, encoding: str, bom: bytes) -> None:
    body = "Zoë met the 🦊 in Ústí.\nShe said “hello” twice.\n"
    doc, text, out = _audit_json(tmp_path, "bom.txt", bom + body.encode(encoding))
    assert text == body  # no U+FEFF left at the start
    _assert_offsets_exact(doc, text, out)


def test_one_megabyte_single_line_is_audited(tmp_path: Path) -> None:
    line = ("Word salad without end " * 50_000)[: 1 << 20]
    doc, text, out = _audit_json(tmp_path, "line.txt", line.encode())
    assert len(text) == 1 << 20 and "\n" not in text
    _assert_offsets_exact(doc, text, out)


def test_external_schema_references_are_never_fetched(tmp_path: Path, recording_server: Recording) -> None:
    """A valid audit carrying xml-model / xml-stylesheet / schemaLocation URLs loads, fetching nothing."""
    tei = _audit_tei(tmp_path)
    url = recording_server.url
    pis = (f'<?xml-model href="{url}/tei_all.rng" type="application/xml"?>\n'
           f'<?xml-stylesheet type="text/xsl" href="{url}/style.xsl"?>\n').encode()
    head, rest = tei.split(b"\n", 1)
    rest = rest.replace(b"<TEI ", b'<TEI xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                        b'xsi:schemaLocation="http://www.tei-c.org/ns/1.0 ' + url.encode() + b'/tei.xsd" ', 1)
    f = tmp_path / "refs.xml"
    f.write_bytes(head + b"\n" + pis + rest)
    before = list(recording_server.hits)
    run = run_cli("audit", str(f), "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["witnesses"][0]["id"] == "en"
    assert recording_server.hits == before
