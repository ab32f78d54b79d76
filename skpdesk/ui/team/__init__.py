"""The team on the left of the main window: the tree of units and pegawai with their SKP state
(`TeamModel`, `TeamPanelWidget`, `status_icons`), the "Perlu tindakan" pane (`action_panel`),
and the selected pegawai's Profile tab (`PegawaiSummaryWidget`)."""
