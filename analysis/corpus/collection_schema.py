"""A collection's file and schema: where the SQLite file of a collection is, whether a file is one, the tables
(articles, outlets, aliases, the full-text index) and the migrations from older schema versions.

docs/COLLECTIONS.md has the schema and why SQLite.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from analysis.corpus.outlets import OWNERSHIP
from analysis.corpus.records import CorpusError

__all__ = [
    "FILE_NAME",
    "SCHEMA_VERSION",
    "CollectionError",
    "collection_file",
    "ensure_schema",
    "is_collection",
    "schema_version",
]

SCHEMA_VERSION = 1
FILE_NAME = "collection.sqlite"
SUFFIXES = (".sqlite", ".db")
SQLITE_HEADER = b"SQLite format 3\x00"

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL DEFAULT '',
    source_key TEXT NOT NULL DEFAULT '',
    date TEXT,
    language TEXT NOT NULL DEFAULT 'und',
    title TEXT,
    url TEXT UNIQUE,
    byline TEXT,
    agency TEXT,
    text TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    added TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source_key, date);
CREATE TABLE IF NOT EXISTS outlets (
    name TEXT PRIMARY KEY,
    country TEXT,
    language TEXT,
    ownership TEXT CHECK (ownership IS NULL OR ownership IN {OWNERSHIP!r}),
    lean TEXT
);
CREATE TABLE IF NOT EXISTS outlet_aliases (
    key TEXT PRIMARY KEY,
    alias TEXT NOT NULL,
    outlet TEXT NOT NULL REFERENCES outlets(name) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
"""
# Schema version -> SQL that brings a collection of that version to the next one.
MIGRATIONS: dict[int, str] = {}



class CollectionError(CorpusError):
    """A collection that cannot be opened, written or filtered; the message names the file and why."""



def collection_file(path: str | Path) -> Path:
    """The SQLite file of the collection at ``path``: ``path`` itself when it ends in .sqlite/.db, else path/collection.sqlite.

    >>> collection_file("news.db").name, collection_file("story").as_posix()
    ('news.db', 'story/collection.sqlite')
    """
    path = Path(path)
    return path if path.suffix.lower() in SUFFIXES else path / FILE_NAME


def is_collection(path: str | Path) -> bool:
    """Whether ``path`` is an existing collection (a SQLite file, or a folder holding ``collection.sqlite``)."""
    file = collection_file(path)
    if not file.is_file():
        return False
    with file.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER



def ensure_schema(db: sqlite3.Connection, file: Path) -> None:
    """Create the schema in an empty database, or bring an older collection's to :data:`SCHEMA_VERSION`.

    Raises:
        CollectionError: naming ``file``, for a database that is no collection, one written by a newer
            Contraste, or a version no migration leads from.
    """
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        # One script in one transaction; IF NOT EXISTS everywhere, so two processes creating it at once both succeed.
        _script(db, SCHEMA + f"INSERT INTO schema_version SELECT {SCHEMA_VERSION} WHERE NOT EXISTS "
                "(SELECT 1 FROM schema_version);")
        return
    if "schema_version" not in tables or "articles" not in tables:
        raise CollectionError(f"{file}: a SQLite database, but not a Contraste collection (no schema_version)")
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise CollectionError(
            f"{file}: written by a newer Contraste (schema version {version}; this one reads up to "
            f"{SCHEMA_VERSION}); update Contraste to open it"
        )
    if version < SCHEMA_VERSION:
        missing = [v for v in range(version, SCHEMA_VERSION) if v not in MIGRATIONS]
        if missing:
            raise CollectionError(
                f"{file}: schema version {version} cannot be migrated to {SCHEMA_VERSION} "
                f"(no migration from version {missing[0]}); re-create it from its source files"
            )
        steps = "".join(MIGRATIONS[step] for step in range(version, SCHEMA_VERSION))
        _script(db, steps + f"UPDATE schema_version SET version = {SCHEMA_VERSION};")


def _script(db: sqlite3.Connection, sql: str) -> None:
    """Run ``sql`` (several statements) as one transaction, rolled back when any statement fails."""
    try:
        db.executescript("BEGIN IMMEDIATE;" + sql + "COMMIT;")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def schema_version(db: sqlite3.Connection) -> int:
    """The schema version a collection's database records (0 when none)."""
    row = db.execute("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0
