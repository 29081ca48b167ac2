"""The benchmark's own logic, without running a browser or a build (`make bench` does that)."""
from __future__ import annotations

import gzip
import urllib.request
from pathlib import Path

from walkaway.bench import report, scale, search, search_ready, sites, weight
from walkaway.bench.lighthouse import LighthouseResult, parse_report
from walkaway.bench.machine import Machine


def test_pages_map_to_their_urls(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    for rel in ("index.md", "faq.md", "signs/index.md", "signs/long.md", "_data/x.md"):
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text("---\ntitle: x\n---\n" + "word " * (500 if "long" in rel else 10), encoding="utf-8")
    assert weight.url_path_of(docs / "index.md", docs) == ""
    assert weight.url_path_of(docs / "signs/index.md", docs) == "signs/"
    assert [spec.url_path for spec in weight.pick_pages(docs)] == ["", "signs/long/", "faq/"]


def test_bytes_are_sorted_by_kind() -> None:
    assert weight.kind_of("/search/search_index.json") == "search index"
    assert weight.kind_of("/assets/javascripts/workers/search.a1.min.js") == "search worker"
    assert weight.kind_of("/assets/javascripts/bundle.min.js") == "JS"
    assert weight.kind_of("/faq/") == "HTML"


def test_growth_is_fitted_and_never_faster_than_linear() -> None:
    exponent = scale._fit((200, 7.0), (1_000, 122.0))
    assert 1.7 < exponent < 1.9
    assert scale._fit((200, 10.0), (1_000, 20.0)) == 1.0
    assert round(scale.predict((1_000, 100.0), 2.0, 10_000)) == 10_000


def test_server_sends_gzip_and_counts_bytes(tmp_path: Path) -> None:
    (tmp_path / "faq").mkdir()
    (tmp_path / "faq" / "index.html").write_text("<p>hello</p>" * 200, encoding="utf-8")
    with sites.serve(tmp_path) as server:
        request = urllib.request.Request(server.url + "faq/", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request) as response:
            body = response.read()
            assert response.headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(body) == b"<p>hello</p>" * 200
        sent = server.counter.take()
    assert sent["/faq/"] > len(body)  # the body plus the status line and headers


def test_lighthouse_report_is_read() -> None:
    data = {"categories": {"performance": {"score": 0.97, "auditRefs": [{"id": "tbt", "weight": 30}]},
                           "seo": {"score": 1, "auditRefs": [{"id": "meta", "weight": 1}]}},
            "audits": {"tbt": {"title": "Total Blocking Time", "score": 0.8, "scoreDisplayMode": "numeric",
                               "displayValue": "300 ms"},
                       "meta": {"title": "Meta description", "score": 1, "scoreDisplayMode": "binary"}}}
    result = parse_report(data, LighthouseResult("http://127.0.0.1/faq/"))
    assert result.scores["performance"] == 97 and result.scores["seo"] == 100
    assert [audit.id for audit in result.failing["performance"]] == ["tbt"]
    assert result.failing["seo"] == []


def test_report_marks_missed_targets() -> None:
    machine = Machine("2026-11-23", 2, 24.0, "CPU", "0.1 0.1 0.1", {"MkDocs": "1.6.1"})
    results = report.Results(machine)
    spec = weight.PageSpec("Home", "")
    results.weights = {"ours": [weight.PageWeight(spec, total=100, by_kind={"search index": 50})],
                       "stock": [weight.PageWeight(spec, total=200, third_party=["https://fonts.googleapis.com/css"])]}
    text = report.render(results)
    assert "| Cold load ≤ 0.4 × stock Material, gzip bytes (median of 1) | 0.50 ×" in text
    assert "search index 0.0 KiB | **missed** |" in text
    assert "| 0 requests to other origins | ours 0, stock 1 over the three pages | met |" in text
    assert "the ratio would be 0.25" in text
    assert "has not finished" in text  # written after each section: a stopped run says so


def test_report_compares_build_cpu_with_stock_and_reads_search_parts() -> None:
    machine = Machine("2026-11-29", 2, 24.0, "CPU", "0.1 0.1 0.1", {"MkDocs": "1.6.1"})
    results = report.Results(machine, finished=True)
    results.scale = [scale.ScaleRow("ours", 1_000, None, sites.Run(30.0, True, "", cpu=29.0)),
                     scale.ScaleRow("stock", 1_000, None, sites.Run(25.0, True, "", cpu=20.0), stock=True),
                     scale.ScaleRow("htmlmin", 1_000, None, sites.Run(90.0, True, "", cpu=88.0), htmlmin=True)]
    results.search = search.SearchFigures(parts={"holdout": search.PartFigures(100, 0.72, 0.93, 20.0),
                                                 "tune": search.PartFigures(169, 0.8, 0.97, 21.0)},
                                          queries=269, median_ms=21.0)
    results.search_ready = search_ready.SearchReady("faq/", [1_400.0, 1_600.0, 1_450.0])
    text = report.render(results)
    assert "29.0 s vs 20.0 s CPU: 1.45 ×" in text and "with htmlmin, as before: 88.0 s CPU, 4.40 ×" in text
    assert "holdout (100): recall@3 0.930, recall@1 0.720" in text
    assert "median 1.45 s" in text
    assert "**missed**" not in text and "has not finished" not in text
