"""Test infrastructure of the contract tests (tests/contract): the mock vendors and the coverage gate.

prism.py     install a pinned Prism and run one mock server per spec on loopback
coverage.py  which operations of each overlaid spec the tests exercised, in-process and against Prism
suite.py     run the contract tests as CI does, then the coverage gate
"""
