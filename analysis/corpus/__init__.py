"""Loading articles: files, folders, uploads, URLs and workspaces into one ``Corpus``; every unreadable input a ``Problem``.

Modules: ``records`` (Article, Problem), ``loading`` (folders, uploads, metadata.csv), ``formats`` (one reader per file format),
``decode`` (bytes to text), ``language`` (detection), ``workspace`` (articles + labels + settings in one file),
``workspace_settings`` (the user's choices saved with it),
``inputs`` (the CLI's mix of paths and URLs), ``fetch`` (URLs), ``webpage`` (HTML to article), ``guard`` (private-address refusal).
"""

from analysis.lazy import exports

__all__ = ['Article', 'Corpus', 'CorpusError', 'DecodeError', 'Problem', 'Refused', 'SUFFIXES', 'Workspace', 'WorkspaceError', 'decode_bytes', 'detect_language', 'detect_languages', 'extract_page', 'is_url', 'load_files', 'load_inputs', 'load_path', 'load_urls', 'parse_date']
__getattr__, __dir__ = exports(__name__, {'Article': 'records', 'Problem': 'records', 'CorpusError': 'records', 'parse_date': 'records', 'Corpus': 'loading', 'load_files': 'loading', 'load_path': 'loading', 'SUFFIXES': 'formats', 'decode_bytes': 'decode', 'DecodeError': 'decode', 'detect_language': 'language', 'detect_languages': 'language', 'Workspace': 'workspace', 'WorkspaceError': 'workspace_settings', 'load_inputs': 'inputs', 'load_urls': 'fetch', 'is_url': 'fetch', 'extract_page': 'webpage', 'Refused': 'guard'})
