"""The "Rencana aksi & bukti" tab (issue 11): the plan grid, the cell detail and the bukti
dukung list of a pegawai."""
