"""Entry point of ``python -m analysis``."""

import os
import sys

if __name__ == "__main__":
    try:
        from analysis.cli import main  # Ctrl-C while the libraries load is an interruption too

        sys.exit(main())
    except KeyboardInterrupt:
        print("interrupted (Ctrl-C): stopped before finishing; nothing more was written", file=sys.stderr)
        sys.exit(130)
    except BrokenPipeError:  # output piped into `head` and closed early: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
