"""The Penilaian parts of the window (issue 12)."""
