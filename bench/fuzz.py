"""Bounded-time mutation fuzzing of the loaders that read untrusted files (issue 8 §4).

Targets, each fed mutated inputs seeded with real files:

- ``tei``: ``auditor.io.tei_read.tei_to_audit`` on TEI records (from the samples and synthetic
  audits), byte-level and structure-aware (lxml) mutations; a record that loads must also write
  back (``audit_to_tei``) and re-load equal.
- ``chain``: ``auditor.io.chain.load_chain`` (+ extras, glossaries) on generated chain folders:
  random manifests (bad ids, languages, parents, paths leaving the folder, symlinks, wrong
  types, byte-mutated TOML) and witness files (encodings, BOMs, NULs, junk); a chain that loads
  is audited and written as TEI.
- ``xliff`` / ``tmx``: ``auditor.io.bilingual.open_bilingual`` on mutated XLIFF 1.2/2.0 and TMX
  documents; an import that loads is written as TEI.

A crash is any exception other than ``auditor.errors.AuditorError``; a hang is an input taking
over ``--timeout`` seconds. Crashing inputs are saved under ``--save`` for regression tests.

    .venv/bin/python bench/fuzz.py --seconds 60            # all targets, 15 s each
    .venv/bin/python bench/fuzz.py --seconds 20 --targets tei,tmx --seed 7

Prints, per target, the inputs tried, crashes and hangs; exits 1 when any crash or hang was found.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import os
import random
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from lxml import etree

from auditor.errors import AuditorError

TOKENS = [
    b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"&a;", b"&#0;", b"&#xD800;", b"&#x10FFFF;", b"&amp;", b"]]>",
    b"<![CDATA[x]]>", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\xc3\x28", b"\xed\xa0\x80", b"#string-range(",
    b",-1,", b",99999999999999999999,", b",0,0)", b'xml:id="', b'<g type="codepoint">U+0000</g>',
    b'<g type="codepoint">U+D800</g>', b"</s>", b"<s>", "\u202e".encode(), "\u200d".encode(), b"\r\n", b"\r",
    b"9" * 30, b"-1", b"NaN", b"inf", b"1e309", b"#", b"##", b"#nowhere", b" ", b"\t", b'"', b"'", b"<", b">",
    b"<x/>", b"<!-- -->", b"<?pi x?>", "😀".encode(), "e\u0301".encode(), b"xmlns=\"urn:x\"",
    b'xmlns:xi="http://www.w3.org/2001/XInclude"', b"<xi:include href='/etc/passwd' parse='text'/>",
]
VALUES = ["", " ", "#nowhere", "#", "-1", "0", "1e999", "nan", "inf", "x" * 300, "#string-range(x,0,5)",
          "#string-range(T-en,-1,2)", "#string-range(T-en,0,99999999)", "\u202e", "😀", "a b c", "#a #b",
          "2026-13-45", "open", "accepted", "critical", "bogus", "1.5", "0.5", "U+0000", "U+D800", "U+110000",
          "zz", "en", "w0-s1"]


def mutate_bytes(data: bytes, rng: random.Random, seeds: list[bytes]) -> bytes:
    """One to four random byte-level edits."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(7)
        pos = rng.randint(0, len(buf))
        if op == 0 and buf:  # flip
            buf[min(pos, len(buf) - 1)] = rng.choice([0, 0xFF, 0x3C, 0x3E, 0x26, 0x22, 0x23, rng.randrange(256)])
        elif op == 1 and buf:  # delete a range
            end = min(len(buf), pos + rng.choice([1, 2, 8, 64, 1024]))
            del buf[pos:end]
        elif op == 2 and buf:  # duplicate a range
            end = min(len(buf), pos + rng.choice([1, 16, 256, 4096]))
            buf[pos:pos] = buf[pos:end] * rng.choice([1, 2, 10])
        elif op == 3:
            buf[pos:pos] = rng.choice(TOKENS)
        elif op == 4:
            del buf[pos:]
        elif op == 5 and seeds:  # splice with another seed
            other = rng.choice(seeds)
            cut = rng.randint(0, len(other))
            buf = buf[:pos] + bytearray(other[cut:])
        elif op == 6 and buf:  # replace a quoted value
            q = buf.find(b'"', pos)
            e = buf.find(b'"', q + 1) if q >= 0 else -1
            if q >= 0 and e > q:
                buf[q + 1:e] = rng.choice(VALUES).encode()
    return bytes(buf)


def mutate_tree(data: bytes, rng: random.Random) -> bytes:
    """Structure-aware edits: remove, duplicate, move or retext elements; rewrite attribute values."""
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    except etree.XMLSyntaxError:
        return data
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    for _ in range(rng.randint(1, 3)):
        el = rng.choice(elements)
        parent = el.getparent()
        op = rng.randrange(6)
        if op == 0 and parent is not None:
            parent.remove(el)
            elements = [e for e in root.iter() if isinstance(e.tag, str)]
        elif op == 1 and parent is not None:
            parent.insert(parent.index(el), copy.deepcopy(el))
        elif op == 2 and el.attrib:
            name = rng.choice(list(el.attrib))
            el.set(name, rng.choice(VALUES))
        elif op == 3:
            el.text = rng.choice(VALUES + ["", "\r\n", "x\ty"])
        elif op == 4 and el.attrib:
            del el.attrib[rng.choice(list(el.attrib))]
        elif op == 5 and parent is not None:
            other = rng.choice(elements)
            if other is not el and el not in other.iterancestors() and other is not root:
                parent.remove(el)
                other.append(el)
                elements = [e for e in root.iter() if isinstance(e.tag, str)]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


# --- seeds ------------------------------------------------------------------------------------


def tei_seeds() -> list[bytes]:
    from auditor.app_service import open_audit
    from auditor.io.tei_write import audit_to_tei
    from auditor.tui.synthetic import synthetic_audit

    seeds = [audit_to_tei(synthetic_audit(4)), audit_to_tei(synthetic_audit(2, ("en", "de")))]
    for chain in sorted((REPO / "samples").glob("*/chain.toml")):
        seeds.append(audit_to_tei(open_audit(chain.parent)))
    return seeds


XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="en" target-language="de" datatype="plaintext" original="a.txt"><body>
  <trans-unit id="1"><source>Osechkin said on 17 March that the letter was real.</source>
   <target>Osechkin sagte am 17. März, der Brief sei echt.</target></trans-unit>
  <group id="g"><trans-unit id="2"><source>Newsweek published <g id="1">the letter</g><x id="2"/>.</source>
   <target>Newsweek veröffentlichte <g id="1">den Brief</g><x id="2"/>.</target></trans-unit></group>
  <trans-unit id="3" translate="no"><source>KEEP</source></trans-unit>
  <trans-unit id="4"><source>Click <bpt id="1">&lt;b&gt;</bpt>here<ept id="1">&lt;/b&gt;</ept>.</source>
   <seg-source><mrk mtype="seg" mid="a">Click here.</mrk> <mrk mtype="seg" mid="b">Now.</mrk></seg-source>
   <target><mrk mtype="seg" mid="a">Klicken.</mrk> <mrk mtype="seg" mid="b">[প্রেক্ষাপটটি]</mrk></target></trans-unit>
 </body></file>
</xliff>
"""
XLIFF20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
 <file id="f1"><group id="g"><unit id="u1">
  <segment id="s1"><source>Hello <pc id="1">world</pc>.</source><target>Bonjour <pc id="1">monde</pc>.</target></segment>
  <ignorable><source> </source></ignorable>
  <segment id="s2"><source>Press<ph id="2"/> OK<cp hex="0021"/></source><target>Appuyez<ph id="2"/> OK<cp hex="0021"/></target></segment>
 </unit></group><unit id="u2"><segment><source>Untranslated.</source></segment></unit></file>
</xliff>
"""
TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x"
 adminlang="en" srclang="EN-us" datatype="plaintext"/><body>
 <tu tuid="1"><tuv xml:lang="en-US"><seg>Osechkin sent the letter on 17 March.</seg></tuv>
  <tuv xml:lang="ru"><seg>Осечкин отправил письмо 17 марта.</seg></tuv>
  <tuv xml:lang="bn"><seg>ওসেচকিন ১৭ মার্চ চিঠিটি পাঠান।</seg></tuv></tu>
 <tu tuid="2"><tuv xml:lang="en-us"><seg>Press <bpt i="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept> <hi>now</hi>.</seg></tuv>
  <tuv xml:lang="ru"><seg>Нажмите <bpt i="1">&lt;b&gt;</bpt>OK<ept i="1">&lt;/b&gt;</ept> <hi>сейчас</hi>.</seg></tuv></tu>
 <tu tuid="3"><tuv lang="ru"><seg>Только по-русски.</seg></tuv></tu>
</body></tmx>
"""


def _file_seeds(*patterns: str) -> list[bytes]:
    out = []
    for pattern in patterns:
        for p in sorted(REPO.glob(pattern)):
            if p.is_file() and p.stat().st_size < 2_000_000:
                out.append(p.read_bytes())
    return out


# --- targets ----------------------------------------------------------------------------------


def run_tei(data: bytes, work: Path) -> None:
    from auditor.io.tei_read import tei_to_audit
    from auditor.io.tei_write import audit_to_tei

    audit = tei_to_audit(data, "fuzz.xml")
    record = audit_to_tei(audit)
    if tei_to_audit(record, "rewritten.xml") != audit:
        raise AssertionError("a loaded record written back does not load equal")


def _run_bilingual(data: bytes, work: Path, suffix: str) -> None:
    from auditor.io.bilingual import open_bilingual
    from auditor.io.tei_read import tei_to_audit
    from auditor.io.tei_write import audit_to_tei

    p = work / f"fuzz{suffix}"
    p.write_bytes(data)
    audit = open_bilingual(p)
    if tei_to_audit(audit_to_tei(audit)) != audit:
        raise AssertionError("an imported document written as TEI does not load equal")


IDS = ["en", "fr", "w1", "_x", "a.b", "1bad", "a-s1", "", "en", "bn", "x y"]
LANGS = ["en", "EN-gb", "bn", "sr-Latn", "zh-Hant-TW", "x-private", "zz", "", "123", "en--", "i-klingon", "de"]
FILES = ["w0.txt", "w1.txt", "w2.txt", "../outside.txt", "/etc/hostname", "missing.txt", "sub/../w1.txt",
         "link-in.txt", "link-out.txt", ".", "sub", "w0.txt\x00", "C:\\w.txt", "w 3.txt"]
ROLES = ["source", "translation", "retelling", "machine-translation", "back-translation", "", "bogus"]
TEXTS = ["The minister arrived. He spoke.\n\nThen he left.", "Der Minister kam an.\r\nEr sprach.\rEnde.",
         "মন্ত্রী এলেন। তিনি বললেন।", "\u202eevil\u202c text. Zero\u200bwidth.", "x", " \n\t", "😀" * 50,
         "e\u0301" * 40 + ".", "Line one\nLine two\nLine three\n" * 20]


def _value(rng: random.Random, choices: list[str]) -> object:
    r = rng.random()
    if r < 0.04:
        return rng.choice([1, 2.5, True, [], {}, ["a"], {"a": 1}])
    return rng.choice(choices)


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + "}"
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\x00", "\\u0000") + '"'


def make_chain(rng: random.Random, work: Path) -> bytes:
    """Build a random chain folder in ``work``; returns its manifest (the saved input)."""
    folder = work / "chain"
    folder.mkdir()
    (folder / "sub").mkdir()
    (work / "outside.txt").write_text("OUTSIDE-SECRET", encoding="utf-8")
    os.symlink(work / "outside.txt", folder / "link-out.txt")
    os.symlink(folder / "w0.txt", folder / "link-in.txt")
    for i in range(3):
        text = rng.choice(TEXTS)
        codec, bom = rng.choice([("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                 ("utf-16-be", b"\xfe\xff")])
        data = bom + text.encode(codec)
        if rng.random() < 0.15:
            data = mutate_bytes(data, rng, [])
        (folder / f"w{i}.txt").write_bytes(data)
    lines = []
    if rng.random() < 0.5:
        lines.append(f"title = {_toml(_value(rng, ['A chain', '', 'Ω' * 10]))}")
    if rng.random() < 0.2:
        lines.append(f"glossary = {_toml(_value(rng, FILES))}")
    if rng.random() < 0.05:
        lines.append(f"{rng.choice(['titel', 'witnesses', 'x'])} = 1")
    ids: list[str] = []
    sane = rng.random() < 0.6  # mostly well-formed chains, so that the audit behind the loader runs too
    for n in range(rng.randint(1, 3) if sane else rng.randint(0, 4)):
        wid = str(rng.choice(IDS))
        if sane:
            entry: dict[str, object] = {"id": f"w{n}", "lang": rng.choice(["en", "de", "bn", "sr-Latn"]),
                                        "file": f"w{n}.txt"}
            if ids:
                entry["parent"] = rng.choice(ids)
            ids.append(f"w{n}")
            lines.append("[[witness]]\n" + "\n".join(f"{k} = {_toml(v)}" for k, v in entry.items()))
            continue
        entry = {"id": _value(rng, IDS), "lang": _value(rng, LANGS), "file": _value(rng, FILES)}
        if rng.random() < 0.1:
            del entry[rng.choice(list(entry))]
        if ids and rng.random() < 0.8:
            entry["parent"] = rng.choice(ids + ["ghost", wid])
        for key, choices in (("role", ROLES), ("via", ["MT", ""]), ("title", ["t", "\u202e"]),
                             ("translation", FILES)):
            if rng.random() < 0.2:
                entry[key] = _value(rng, choices)
        if rng.random() < 0.03:
            entry["unknown"] = "x"
        ids.append(str(entry.get("id", wid)))
        lines.append("[[witness]]\n" + "\n".join(f"{k} = {_toml(v)}" for k, v in entry.items()))
    manifest = ("\n\n".join(lines) + "\n").encode("utf-8")
    if rng.random() < 0.15:
        manifest = mutate_bytes(manifest, rng, [])
    (folder / "chain.toml").write_bytes(manifest)
    return manifest


def run_chain(data: bytes, work: Path) -> None:
    from auditor.core.pipeline import audit_chain
    from auditor.io.chain import load_chain, load_manifest_extras, load_manifest_glossaries
    from auditor.io.tei_read import tei_to_audit
    from auditor.io.tei_write import audit_to_tei

    folder = work / "chain"
    chain = load_chain(folder)
    load_manifest_extras(folder)
    load_manifest_glossaries(folder)
    for w in chain.witnesses:
        if "OUTSIDE-SECRET" in w.text:
            raise AssertionError("a witness was read from outside the chain folder")
    audit = audit_chain(chain, when="2026-01-01T00:00:00Z")
    if tei_to_audit(audit_to_tei(audit)) != audit:
        raise AssertionError("a loaded chain's audit does not round-trip through TEI")


# --- the loop ---------------------------------------------------------------------------------


class Hang(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise Hang()


@dataclass
class Stats:
    name: str
    tried: int = 0
    loaded: int = 0
    crashes: dict[str, Path] = field(default_factory=dict)
    """signature → the first input that crashed that way"""
    hangs: int = 0
    seconds: float = 0.0


def _signature(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = next((f for f in reversed(frames) if "/auditor/" in f.filename), frames[-1] if frames else None)
    place = f"{Path(where.filename).name}:{where.lineno}" if where else "?"
    return f"{type(exc).__name__} at {place}: {str(exc)[:120]}"


def fuzz_target(name: str, seconds: float, rng: random.Random, save: Path, timeout: float,
                max_inputs: int | None = None) -> Stats:
    stats = Stats(name)
    seeds: list[bytes] = []
    if name == "tei":
        seeds = tei_seeds() + _file_seeds("tests/**/*.tei.xml")
    elif name == "xliff":
        seeds = [XLIFF12.encode(), XLIFF20.encode()] + _file_seeds("samples/**/*.xlf", "samples/**/*.xliff")
    elif name == "tmx":
        seeds = [TMX.encode()] + _file_seeds("samples/**/*.tmx")
    run: Callable[[bytes, Path], None] = {
        "tei": run_tei, "chain": run_chain,
        "xliff": lambda d, w: _run_bilingual(d, w, ".xlf"), "tmx": lambda d, w: _run_bilingual(d, w, ".tmx"),
    }[name]
    start = time.monotonic()
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        while time.monotonic() - start < seconds and (max_inputs is None or stats.tried < max_inputs):
            work = Path(tempfile.mkdtemp(prefix=f"fuzz-{name}-"))
            try:
                if name == "chain":
                    data = make_chain(rng, work)
                else:
                    base = rng.choice(seeds)
                    data = mutate_tree(base, rng) if rng.random() < 0.5 else base
                    data = mutate_bytes(data, rng, seeds) if rng.random() < 0.6 or data == base else data
                stats.tried += 1
                signal.setitimer(signal.ITIMER_REAL, timeout)
                try:
                    run(data, work)
                    stats.loaded += 1
                except AuditorError:
                    pass
                except Hang:
                    stats.hangs += 1
                    _save(save, name, "hang", data, work)
                except (Exception, RecursionError) as exc:
                    sig = _signature(exc)
                    if sig not in stats.crashes:
                        stats.crashes[sig] = _save(save, name, "crash", data, work)
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            finally:
                shutil.rmtree(work, ignore_errors=True)
    finally:
        signal.signal(signal.SIGALRM, old)
    stats.seconds = time.monotonic() - start
    return stats


def _save(save: Path, name: str, kind: str, data: bytes, work: Path) -> Path:
    save.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(data).hexdigest()[:12]
    if name == "chain":
        dest = save / f"{name}-{kind}-{digest}"
        if not dest.exists():
            shutil.copytree(work / "chain", dest, symlinks=True)
        return dest
    dest = save / f"{name}-{kind}-{digest}.bin"
    dest.write_bytes(data)
    return dest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="total time, shared by the targets (default 60)")
    ap.add_argument("--targets", default="tei,chain,xliff,tmx", help="comma-separated: tei, chain, xliff, tmx")
    ap.add_argument("--seed", type=int, default=None, help="random seed (default: random, printed)")
    ap.add_argument("--inputs", type=int, default=None,
                    help="stop a target after this many inputs (with --seed: a reproducible run)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds after which one input counts as a hang")
    ap.add_argument("--save", type=Path, default=REPO / "bench" / "out" / "fuzz",
                    help="where crashing inputs are saved")
    args = ap.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    print(f"fuzz: seed {seed}, {args.seconds:g} s over {', '.join(targets)}")
    bad = 0
    for name in targets:
        stats = fuzz_target(name, args.seconds / len(targets), random.Random(f"{seed}-{name}"), args.save,
                            args.timeout, args.inputs)
        print(f"{name:6} {stats.tried:6} inputs tried  {stats.loaded:5} loaded  {len(stats.crashes):3} crashes  "
              f"{stats.hangs:3} hangs  ({stats.seconds:.1f} s)")
        for sig, path in stats.crashes.items():
            print(f"       crash: {sig}\n              input: {path}")
        bad += len(stats.crashes) + stats.hangs
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
