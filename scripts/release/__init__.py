"""The release stage: versions from spec changes, changelogs, builds, publishing, and the release order itself.

state.py         releases/<vendor>/: the last release's record, spec, Python API and changelog
changelog.py     a release's changelog section
api_surface.py   the public Python API name by name, and what a release adds to it and removes from it
versioning.py    decide and record each vendor's next version (spec diff, griffe, public API names)
build.py         sdists and wheels, the release version and changelog stamped into the build copy
index_server.py  the embedded package index (pypiserver on loopback)
publish.py       upload to the index, then install from it and import
sync.py          take a vendor's new published spec through the whole flow
order.py         the release order: lint, generate, version, drift, tests, contract, build, publish
"""
