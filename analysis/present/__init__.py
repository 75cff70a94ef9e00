"""What a reader sees: Plotly chart builders, highlighting, paging and downloads (PNG, SVG, HTML, safe CSV).

Modules: ``style`` (palette, labels, layout), ``charts`` (one module per capability), ``highlight`` (side-by-side markup),
``paging`` (largest groups, pages of rows), ``export`` (images, offline HTML, CSV with formulas neutralised).
"""

from analysis.lazy import exports

__all__ = ['figure_html', 'figure_image', 'page', 'pages', 'side_by_side', 'table_csv']
__getattr__, __dir__ = exports(__name__, {'table_csv': 'export', 'figure_image': 'export', 'figure_html': 'export', 'side_by_side': 'highlight', 'page': 'paging', 'pages': 'paging'})
