"""`make bench`: page weight, Lighthouse, build and validator time, search quality, Zensical.

Benchmarks, not tests: they measure and report, and only fail when a measurement cannot be made.
scripts/bench.py runs them in order and writes benchmarks/latest.md; each module here does one job.
Scratch files (builds, venvs, Lighthouse reports) go to benchmarks/work/, which git ignores.
"""
