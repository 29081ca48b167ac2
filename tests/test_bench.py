"""The benchmark's own logic and the shared local server, without a browser or a build (`make bench` runs those)."""
from __future__ import annotations

import gzip
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from cli import run_cli
from walkaway import local_server, paths
from walkaway.bench import builds, first_search, lighthouse, search, weight
from walkaway.bench.report import Report
from walkaway.bench.timing import Run, Timing, repeat


def test_pages_map_to_their_urls(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    for rel in ("index.md", "faq.md", "signs/index.md", "signs/long.md", "_data/x.md"):
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text("---\ntitle: x\n---\n" + "word " * (500 if "long" in rel else 10), encoding="utf-8")
    assert paths.url_path(docs / "index.md", docs) == ""
    assert paths.url_path(docs / "signs/index.md", docs) == "signs/"
    assert list(weight.pick_pages(docs).values()) == ["", "signs/long/", "faq/"]


def test_bytes_are_sorted_by_kind() -> None:
    assert weight.kind_of("/search/search_index.json") == "search index"
    assert weight.kind_of("/assets/javascripts/workers/search.a1.min.js") == "search worker"
    assert weight.kind_of("/assets/javascripts/bundle.min.js") == "JS"
    assert weight.kind_of("/faq/") == "HTML"


def test_growth_is_fitted_and_never_faster_than_linear() -> None:
    exponent = builds.fit((200, 7.0), (1_000, 122.0))
    assert 1.7 < exponent < 1.9
    assert builds.fit((200, 10.0), (1_000, 20.0)) == 1.0
    assert round(builds.predict((1_000, 100.0), 2.0, 10_000)) == 10_000


def test_server_sends_gzip_and_counts_bytes(tmp_path: Path) -> None:
    (tmp_path / "faq").mkdir()
    (tmp_path / "faq" / "index.html").write_text("<p>hello</p>" * 200, encoding="utf-8")
    with local_server.serve(tmp_path) as server:
        request = urllib.request.Request(server.url + "faq/", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            body = response.read()
            assert response.headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(body) == b"<p>hello</p>" * 200
        sent = server.take_sent()
    assert sent["/faq/"] > len(body)  # the body plus the status line and headers


def test_server_answers_as_github_pages_does(tmp_path: Path) -> None:
    (tmp_path / "faq").mkdir()
    (tmp_path / "faq" / "index.html").write_text("<p>faq</p>", encoding="utf-8")
    (tmp_path / "404.html").write_text("<h1>Page not found</h1>", encoding="utf-8")
    (tmp_path / "app.js").write_text("let a = 1;", encoding="utf-8")
    (tmp_path.parent / "secret.txt").write_text("outside", encoding="utf-8")
    with local_server.serve(tmp_path, prefix="/walking-away/") as server:
        assert server.url.endswith("/walking-away/")
        with urllib.request.urlopen(server.url + "faq") as response:  # redirected to faq/
            assert response.url.endswith("/walking-away/faq/") and response.read() == b"<p>faq</p>"
            assert response.headers["Cache-Control"] == "max-age=600" and "Last-Modified" not in response.headers
        with urllib.request.urlopen(server.url + "app.js") as response:
            assert response.headers["Content-Type"] == "application/javascript; charset=utf-8"
        origin = server.url.removesuffix("walking-away/")
        for missing in ("nothing/at/all/", "../secret.txt", "%2e%2e/secret.txt"):
            with pytest.raises(urllib.error.HTTPError) as error:
                urllib.request.urlopen(server.url + missing)
            assert error.value.code == 404 and error.value.read() == b"<h1>Page not found</h1>"
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(origin + "faq/")  # outside site_url's path
        assert error.value.code == 404


def test_commands_are_timed_by_median_and_stop_at_the_first_failure() -> None:
    timing = repeat(3, [sys.executable, "-c", "pass"])
    assert timing.ok and len(timing.runs) == 3 and timing.load.count(" ") == 2
    failing = repeat(3, [sys.executable, "-c", "print('WARNING - a broken link'); raise SystemExit(1)"])
    assert not failing.ok and len(failing.runs) == 1
    assert failing.shown(failing.seconds) == "**failed**: WARNING - a broken link"
    slow = Timing([Run(1.0, 1.0, True, ""), Run(9.0, 3.0, True, ""), Run(2.0, 2.0, True, "")], "0.1 0.1 0.1")
    assert (slow.seconds, slow.cpu) == (2.0, 2.0)


def test_lighthouse_report_is_read() -> None:
    data = {"categories": {"performance": {"score": 0.97, "auditRefs": [{"id": "tbt", "weight": 30}]},
                           "seo": {"score": 1, "auditRefs": [{"id": "meta", "weight": 1}]}},
            "audits": {"tbt": {"title": "Total Blocking Time", "score": 0.8, "scoreDisplayMode": "numeric",
                               "displayValue": "300 ms"},
                       "meta": {"title": "Meta description", "score": 1, "scoreDisplayMode": "binary"}}}
    assert lighthouse.scores(data)["performance"] == 97 and lighthouse.scores(data)["seo"] == 100
    assert lighthouse.failing(data, "performance") == [("Total Blocking Time", "300 ms", 30.0)]
    assert lighthouse.failing(data, "seo") == []
    text = "\n".join(lighthouse.section({"faq/": data}, 1).targets)
    assert "| Lighthouse mobile performance 100 | 97 — Total Blocking Time | **missed** |" in text


def test_report_marks_missed_targets(tmp_path: Path) -> None:
    report = Report("2026-11-23; 2 cores", "quick", tmp_path / "latest.md")
    report.add(weight.section([weight.Load(total=100, by_kind={"search index": 50})],
                              [weight.Load(total=200, third_party=["https://fonts.googleapis.com/css"])], ["Home"], 1))
    text = (tmp_path / "latest.md").read_text(encoding="utf-8")  # written after each section
    assert "| Cold load ≤ 0.4 × stock Material, gzip bytes (median of 1) | 0.50 ×" in text
    assert "search index 0.0 KiB | **missed** |" in text
    assert "| 0 requests to other origins | ours 0, stock 1 over the three pages | met |" in text
    assert "the ratio would be 0.25" in text
    assert "has not finished" in text  # written after each section: a stopped run says so


def test_report_compares_build_cpu_with_stock_and_reads_search_parts() -> None:
    def timing(seconds: float, cpu: float) -> Timing:
        return Timing([Run(seconds, cpu, True, "")], "0.1 0.1 0.1")

    report = Report("2026-11-29; 2 cores", "quick", None)
    report.add(builds.synthetic_section({"ours": timing(30.0, 29.0), "stock": timing(25.0, 20.0),
                                         "htmlmin": timing(90.0, 88.0)}, [], 1))
    def part(queries: int, recall_at_1: float, recall_at_3: float) -> dict[str, float]:
        return {"queries": queries, "recall_at_1": recall_at_1, "recall_at_3": recall_at_3, "median_latency_ms": 21.0,
                "p90_latency_ms": 30.0, "anchors_shown": 1, "anchors_asked": 1}

    summary = {"all": part(269, 0.77, 0.95), "holdout": part(100, 0.72, 0.93), "tune": part(169, 0.8, 0.97)}
    report.add(search.section({"summary": summary, "queries": []}, "measured in this run"))
    report.add(first_search.section([1_400.0, 1_600.0, 1_450.0]))
    text = report.render(finished=True)
    assert "29.0 s vs 20.0 s CPU: 1.45 ×" in text and "with htmlmin, as before: 88.0 s CPU, 4.40 ×" in text
    assert "holdout (100): recall@3 0.930, recall@1 0.720" in text
    assert "median 1.45 s" in text
    assert "**missed**" not in text and "has not finished" not in text


def test_the_command_refuses_an_unknown_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli("bench", "--only", "nothing") == 2
    assert "'nothing' is not one of 'weight'" in capsys.readouterr().err


def test_the_configurations_compared_are_written_and_read_back(tmp_path: Path) -> None:
    """Ours (paths made absolute, Python tags kept), stock Material and the htmlmin variant are valid
    mkdocs.yml files that the content layer reads back with the real site's nav."""
    from walkaway.bench import sites
    from walkaway.content import load_config
    from walkaway.content.config import write_config

    ours = sites.ours()
    real = load_config(paths.CONFIG)
    for name, config in {"ours": ours, "stock": sites.stock(ours), "htmlmin": sites.htmlmin(ours)}.items():
        written = load_config(write_config(config, tmp_path / name / "mkdocs.yml"))
        assert [entry.target for entry in written.nav] == [entry.target for entry in real.nav], name
    assert all(Path(hook).is_absolute() and Path(hook).is_file() for hook in ours["hooks"])
    assert sites.stock(ours)["theme"] == {"name": "material"}
    written = (tmp_path / "ours" / "mkdocs.yml").read_text(encoding="utf-8")
    assert "!!python/object/apply:pymdownx.slugs.slugify" in written
