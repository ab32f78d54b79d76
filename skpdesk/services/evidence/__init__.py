"""Issue 11: periods, rencana aksi, realisasi and bukti dukung (content-addressed files)."""
