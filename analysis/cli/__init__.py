"""``python -m analysis <command> INPUT [INPUT...]``: every analysis in batch, as JSON or a table.

An INPUT is a folder, a file, a saved workspace or an ``http(s)://`` URL;
``--urls FILE`` adds the URLs listed in a file. The CLI fetches private and loopback addresses too (it
runs on the user's own machine); a progress bar on stderr follows the fetches.

Each command is one function taking the parsed arguments and returning the
JSON-able result; ``--format table`` prints the main table instead. Add a
command by writing its function and a line in ``COMMANDS``.

Modules: ``run`` (the commands, their parser, ``main``), ``analyses`` (corpus, figures, terms, similarity,
stories, sources), ``report`` (the report command), ``inputs`` (collection filters, the articles' collection,
their text pipeline), ``stored`` (a command's result stored with a collection), ``output`` (tables, warnings,
progress bars). Every name the former single module ``analysis/cli.py`` had is still importable from here.
"""

from __future__ import annotations

from analysis.cli.analyses import (  # noqa: F401
    _corpus,
    _corpus_table,
    _figures,
    _figures_table,
    _ids,
    _similarity,
    _similarity_arguments,
    _similarity_table,
    _sources,
    _sources_arguments,
    _sources_table,
    _stories,
    _stories_table,
    _terms,
    _terms_arguments,
    _terms_table,
)
from analysis.cli.inputs import _build, _collection_of, _date, _filter_arguments, _filters, _outlet_field  # noqa: F401
from analysis.cli.output import (  # noqa: F401
    INTERRUPTED,
    PROGRESS_MIN_FILES,
    _bar_drawn,
    _error,
    _print_problems,
    _ProgressBar,
    _terminal_table,
    _text_table,
)
from analysis.cli.report import _positive, _report, _report_arguments, _report_table, _write_report  # noqa: F401
from analysis.cli.run import COMMANDS, Command, _main, _parser, main, program_name  # noqa: F401
from analysis.cli.stored import _NOT_OPTIONS, STORED_COMMANDS, _computed, _options_key, _run  # noqa: F401

__all__ = ["main"]
