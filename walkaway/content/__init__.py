"""The content layer: the one place that reads what the site is made of.

Pages' front matter, the site config (mkdocs.yml), the data under docs/_data/, the snippets under
docs/_snippets/, the markers in pages and the search query set are read here, with the bounded readers
(walkaway.limits, walkaway.yamlfile), keeping line numbers, into typed objects. The validator, the build
hooks, the output gate, the commands, the tests and the benchmarks use these; none reads those files itself.

    config        load_config(path) -> SiteConfig (nav with lines, site_url, docs_dir, extra …);
                  editable_config(path) / write_config(data, path): a copy that keeps Python tags;
                  with_nav_entry(path, section, rel): mkdocs.yml's text with a page added to nav
    front_matter  read(text) / read_file(path) -> (FrontMatter, body)
    dates         parse_date(value), reviewed_date(meta): the one reading of a date
    data          load_helplines(docs), read_tags(docs), load_search_queries(root) -> QuerySet
    pages         page_files(docs), is_page(rel), NOT_PUBLISHED: which files under docs/ are pages
    planners      planner(file) -> Planner, load(file), files(docs), file_for(docs, name)
    markers       scan(text) -> [Marker], problem(marker), expand(text, render)
    snippets      expand(markdown, docs), problem(marker, docs)
    files         read_yaml(path), once_per_change(loader): bounded reading, remembered while unchanged

A file that cannot be read raises ContentError (path, line, message, hint); readers that must report
several problems at once return `Problem`s.
"""
from walkaway.content.config import NavEntry, SiteConfig, load_config
from walkaway.content.dates import parse_date, reviewed_date
from walkaway.content.errors import ContentError, Problem
from walkaway.content.front_matter import FrontMatter, Source

__all__ = ["ContentError", "FrontMatter", "NavEntry", "Problem", "SiteConfig", "Source", "load_config", "parse_date",
           "reviewed_date"]
