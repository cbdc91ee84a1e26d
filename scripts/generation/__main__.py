"""`python -m scripts.generation [--force] [vendor ...]`: regenerate generated/<vendor>/ (scripts/generation/generate.py)."""

from scripts.generation.generate import main

raise SystemExit(main())
