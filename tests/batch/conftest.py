from __future__ import annotations

from pathlib import Path

import pytest

EN = [
    "Vladimir Osechkin said on 17 March that the letter was real.",
    "The analyst in Moscow wrote 42 pages about the plan.",
    "Newsweek published the letter on Friday.",
    "Officials in Tokyo did not comment on the report.",
    "The context has not changed much since 2021.",
]
DE = [
    "Wladimir Osechkin sagte am 17. März, der Brief sei echt.",
    "Der Analyst in Moskau schrieb 42 Seiten über den Plan.",
    "Newsweek veröffentlichte den Brief am Freitag.",
    "Beamte in Tokio äußerten sich nicht zu dem Bericht.",
    "Der Kontext hat sich seit 2021 kaum verändert.",
]


def make_chain(folder: Path, *, title: str = "test chain", broken: bool = False) -> Path:
    """A two-witness chain folder (en → de); ``broken`` names a witness file that is missing."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "en.txt").write_text(" ".join(EN) + "\n", encoding="utf-8")
    (folder / "de.txt").write_text(" ".join(DE) + "\n", encoding="utf-8")
    de_file = "missing.txt" if broken else "de.txt"
    (folder / "chain.toml").write_text(
        f'title = "{title}"\n\n[[witness]]\nid = "en"\nlang = "en"\nfile = "en.txt"\nrole = "source"\n\n'
        f'[[witness]]\nid = "de"\nlang = "de"\nfile = "{de_file}"\nparent = "en"\n',
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Four good chains and one broken one under tmp_path/corpus."""
    root = tmp_path / "corpus"
    for n in range(4):
        make_chain(root / f"c{n}", title=f"chain {n}")
    make_chain(root / "zz-broken", broken=True)
    return root
