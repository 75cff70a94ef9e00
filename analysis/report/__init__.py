"""Results as JSON (CLI and report alike) and the offline report: HTML, charts, tables, zip.

Modules: ``results`` (one JSON builder per analysis), ``sections`` (charts, tables and results per capability),
``document`` (HTML, PNG/SVG, CSV, zip).
"""

from analysis.lazy import exports

__all__ = ["build_sections", "figures_json", "render", "similarity_json", "terms_json", "write_dir", "zip_bytes"]
__getattr__, __dir__ = exports(
    __name__,
    {
        "build_sections": "sections",
        "render": "document",
        "write_dir": "document",
        "zip_bytes": "document",
        "similarity_json": "results",
        "terms_json": "results",
        "figures_json": "results",
    },
)
