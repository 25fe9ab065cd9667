"""Print each report's Traditional share and the script decision, to re-measure
the rule of kg/repair/script.py: `python scripts/script_share.py FOLDER...`."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.repair.script import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
