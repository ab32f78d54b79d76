"""Penilaian (issue 12): evaluations, the predikat kinerja organisasi, the distribution check,
advisory inputs, keberatan and angka kredit. Rules and values: `skpdesk.domain.evaluation`."""
