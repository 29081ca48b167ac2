"""Where things live in the repository. Every tool takes its defaults from here."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
DATA = DOCS / "_data"
CONFIG = ROOT / "mkdocs.yml"
SCHEMAS = Path(__file__).resolve().parent / "schemas"
TAGS_FILE = "_data/tags.yml"
HELPLINES_FILE = "_data/helplines.yml"
PLANNERS_DIR = "_data/planners"
SEARCH_RESULTS = ROOT / ".cache" / "search-results.json"  # written by tests/browser/test_search.py
# The `walkaway` console script pip installed beside this Python (pyproject.toml, [project.scripts]).
COMMAND = Path(sys.executable).with_name("walkaway")


def url_path(page: Path, docs: Path = DOCS) -> str:
    """The address MkDocs gives a page, relative to the site's root: docs/healing/closure.md -> healing/closure/."""
    rel = page.relative_to(docs).with_suffix("").as_posix()
    return "" if rel == "index" else rel.removesuffix("index") if rel.endswith("/index") else rel + "/"


def shown(path: Path) -> str:
    """A path as a contributor reads it in a message: relative to the working folder when it is inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()
