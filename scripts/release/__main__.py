"""`python -m scripts.release [pytest arguments]`: the whole release, in its order (scripts/release/order.py)."""

from scripts.release.order import main

raise SystemExit(main())
