"""SKP Desk: offline performance management (PermenPANRB 6/2022) for a supervisor's team."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("skpdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+src"
