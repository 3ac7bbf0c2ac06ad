"""The precompressed copies beside the runtime's large files: how much brotli tries is the build's mode, a file that
does not compress gets no copies (and costs no brotli run), and the copies decompress to the file."""

from __future__ import annotations

import gzip
import random
import subprocess
from pathlib import Path

import pytest

from guide_site.runtime import precompress


def test_the_mode_is_fast_for_a_build_none_for_serve_and_the_environment_s_when_set() -> None:
    """`mkdocs serve` sends no Content-Encoding, so it writes no copies; a deploy can ask for brotli's best."""
    assert precompress.mode({}, "build") == "fast"
    assert precompress.mode({}, "serve") == "none"
    assert precompress.mode({"LADOK_PRECOMPRESS": "best"}, "build") == "best"
    assert precompress.mode({"LADOK_PRECOMPRESS": "fast"}, "serve") == "fast"
    with pytest.raises(precompress.CompressError, match="LADOK_PRECOMPRESS='quick': choose one of none, fast, best"):
        precompress.mode({"LADOK_PRECOMPRESS": "quick"}, "build")


def test_a_compressible_file_gets_both_copies_and_they_give_back_the_file(tmp_path: Path) -> None:
    text = tmp_path / "runtime.json"
    text.write_text('{"day": "2026-03-27", "working": true}\n' * 400, encoding="utf-8")
    written = precompress.write_beside([text], "fast", cache=tmp_path / "cache")
    assert sorted(p.name for p in written) == ["runtime.json.br", "runtime.json.gz"]
    assert gzip.decompress((tmp_path / "runtime.json.gz").read_bytes()) == text.read_bytes()
    script = "process.stdout.write(require('zlib').brotliDecompressSync(require('fs').readFileSync(process.argv[1])))"
    back = subprocess.run(["node", "-e", script, str(tmp_path / "runtime.json.br")], capture_output=True, check=True)
    assert back.stdout == text.read_bytes()


def test_a_file_that_does_not_compress_gets_no_copies_and_no_brotli_run(tmp_path: Path) -> None:
    """As Pyodide's deflated python_stdlib.zip: brotli's best quality took 28 s to save 2.5% of it."""
    archive = tmp_path / "python_stdlib.zip"
    archive.write_bytes(random.Random(7).randbytes(64_000))
    pending = precompress.start([archive], "best", cache=tmp_path / "cache")
    assert pending.process is None
    assert pending.write() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "python_stdlib.zip"]


def test_none_writes_nothing(tmp_path: Path) -> None:
    text = tmp_path / "pyodide.asm.mjs"
    text.write_text("export const a = 1;\n" * 2000, encoding="utf-8")
    assert precompress.write_beside([text], "none", cache=tmp_path / "cache") == []
    assert not (tmp_path / "cache").exists()
