"""Copy the front-end files the map needs into `static/`, which Streamlit serves locally.

Third-party files come from `assets/node_modules` (installed by npm from the pinned
`assets/package-lock.json`); our own map styles come from `assets/atlas/`. Nothing here is
fetched at run time, so the map works with no network at all.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
STATIC = ROOT / "static"

#: (source under assets/, target under static/)
FILES = [
    ("node_modules/leaflet/dist/leaflet.js", "vendor/leaflet/leaflet.js"),
    ("node_modules/leaflet/dist/leaflet.css", "vendor/leaflet/leaflet.css"),
    ("node_modules/leaflet/dist/images", "vendor/leaflet/images"),
    ("node_modules/leaflet/LICENSE", "vendor/leaflet/LICENSE"),
    ("atlas", "atlas"),
]


def main() -> int:
    missing = [src for src, _ in FILES if not (ASSETS / src).exists()]
    if missing:
        print(
            "missing front-end files: " + ", ".join(missing) + "\n"
            "install them with: npm ci --prefix assets",
            file=sys.stderr,
        )
        return 1
    for src, dst in FILES:
        source, target = ASSETS / src, STATIC / dst
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)
    print(f"static files ready in {STATIC.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
