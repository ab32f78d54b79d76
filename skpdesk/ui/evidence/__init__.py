"""The "Rencana aksi & bukti" tab (issue 11): the plan grid, the cell detail, the bukti list."""
