"""Relations Atlas: bilateral relations between states, from news articles to a map."""

from pathlib import Path

#: The repository root, where `data/` and `static/` live next to the package.
ROOT = Path(__file__).resolve().parent.parent
