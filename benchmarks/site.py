"""Site benchmark: build time, and the bytes a reader downloads for a plain page (no sandbox), cold cache.

Run: .venv/bin/python benchmarks/site.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import build_site, chromium, count_bytes, served_site  # noqa: E402


def main() -> None:
    builds = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            builds.append(build_site(Path(tmp) / "site"))
    print(f"mkdocs build --strict (both languages): median {statistics.median(builds):.2f} s over 3 "
          f"({', '.join(f'{b:.2f}' for b in builds)})")
    with served_site() as (url, site, _), chromium() as browser:
        for path in ("/teacher/report/", "/en/student/"):
            context = browser.new_context()
            page = context.new_page()
            totals = count_bytes(page)
            page.goto(url + path)
            page.wait_for_load_state("networkidle")
            total = sum(totals.values())
            parts = ", ".join(f"{k} {v / 1024:.0f} KiB" for k, v in sorted(totals.items(), key=lambda kv: -kv[1]))
            print(f"plain page {path}: {total / 1024:.0f} KiB downloaded ({parts}); .wasm: {totals.get('wasm', 0)}")
            context.close()
        size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
        print(f"whole built site on disk: {size / 1024 / 1024:.1f} MiB (Pyodide runtime included)")


if __name__ == "__main__":
    main()
