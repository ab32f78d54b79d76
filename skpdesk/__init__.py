"""SKP Desk: offline performance management (PermenPANRB 6/2022) for a supervisor's team."""

# The one place the version is written: pyproject.toml reads it from here. A constant rather
# than importlib.metadata, whose lookup costs ~40 ms of every start-up.
__version__ = "0.1.0"
