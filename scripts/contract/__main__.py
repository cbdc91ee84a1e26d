"""`python -m scripts.contract [pytest arguments]`: the contract tests and their coverage gate (suite.py)."""

from scripts.contract.suite import main

raise SystemExit(main())
