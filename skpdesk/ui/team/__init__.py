"""The team list on the left of the main window (`TeamModel`, `TeamPanelWidget`) and the
selected pegawai's Profile tab (`PegawaiSummaryWidget`)."""
