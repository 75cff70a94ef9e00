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
progress bars).
"""

from __future__ import annotations

from analysis.cli.run import main

__all__ = ["main"]
