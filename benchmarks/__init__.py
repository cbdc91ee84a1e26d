"""talkwire's benchmarks (`nox -s bench`): each figure measured beside its baseline in the same run.

Not tests: nothing here asserts a timing. ``python -m benchmarks`` prints the table and writes results.md.
"""
