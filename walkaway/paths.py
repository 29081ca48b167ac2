"""Where things live in the repository. Every tool takes its defaults from here."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
DATA = DOCS / "_data"
CONFIG = ROOT / "mkdocs.yml"
SCHEMAS = Path(__file__).resolve().parent / "schemas"
TAGS_FILE = "_data/tags.yml"
HELPLINES_FILE = "_data/helplines.yml"
PLANNERS_DIR = "_data/planners"
