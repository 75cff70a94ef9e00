"""``python -m analysis.bench``: run the benchmark (see ``analysis.bench.run``)."""

from analysis.bench.run import main

if __name__ == "__main__":
    raise SystemExit(main())
