"""What a generated distribution directory holds that later stages rely on (besides the stamp, see stamp.py)."""

# The overlaid spec the package was generated from, shipped in it: what versioning diffs and Prism serves.
OVERLAID_SPEC = "openapi.json"
# The version every generated pyproject.toml carries: the build stamps the release version into its copy.
UNRELEASED_VERSION = "0.0.0"
