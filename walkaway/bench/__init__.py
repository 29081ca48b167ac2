"""`walkaway bench`: our site measured side by side with stock Material, in one run, as ratios.

Benchmarks, not tests: they measure and report, and fail only when a measurement cannot be made.
`main.run` runs the sections in order and rewrites benchmarks/latest.md as each one finishes, so a
stopped run keeps what it measured. Each module measures one thing and writes its part of the report:
timing.py times commands (median of N runs, and the load they ran under); sites.py writes the
configurations compared (ours, stock Material, synthetic pages); builds.py, weight.py, lighthouse.py,
first_search.py, search.py and zensical.py are the sections. Scratch files go to benchmarks/work/.
"""
SECTIONS = ("weight", "lighthouse", "first-search", "search-quality", "build", "validator", "zensical")
