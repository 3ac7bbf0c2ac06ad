"""Build the engine's wheel: a plain, reproducible `py3-none-any` wheel that Pyodide loads with `loadPackage(url)`.

Written with zipfile rather than a build backend: the engine is pure Python with no dependencies, so the wheel is
only its files plus the dist-info that the wheel format requires, and this works offline in milliseconds.
"""

from __future__ import annotations

import base64
import hashlib
import re
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "guide_engine"
EPOCH = (2020, 1, 1, 0, 0, 0)  # fixed timestamps, so the same source gives the same bytes


def engine_version() -> str:
    text = (ROOT / PACKAGE / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not found:
        raise RuntimeError("guide_engine/__init__.py has no __version__")
    return found.group(1)


def wheel_name() -> str:
    return f"{PACKAGE}-{engine_version()}-py3-none-any.whl"


def build_wheel(out_dir: Path) -> Path:
    version = engine_version()
    dist_info = f"{PACKAGE}-{version}.dist-info"
    files: list[tuple[str, bytes]] = [
        (path.relative_to(ROOT).as_posix(), path.read_bytes()) for path in sorted((ROOT / PACKAGE).rglob("*.py"))
    ]
    files.append((f"{dist_info}/METADATA", f"Metadata-Version: 2.1\nName: {PACKAGE}\nVersion: {version}\n".encode()))
    files.append(
        (
            f"{dist_info}/WHEEL",
            b"Wheel-Version: 1.0\nGenerator: ladok-guiden\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        )
    )
    record = "".join(f"{name},sha256={_digest(data)},{len(data)}\n" for name, data in files)
    files.append((f"{dist_info}/RECORD", (record + f"{dist_info}/RECORD,,\n").encode()))
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / wheel_name()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as wheel:
        for name, data in files:
            info = zipfile.ZipInfo(name, EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            wheel.writestr(info, data)
    return target


def _digest(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


if __name__ == "__main__":
    import sys

    print(build_wheel(Path(sys.argv[1] if len(sys.argv) > 1 else "dist")))
