"""The "Dialog & umpan balik" workspace tab (issue 10): a pegawai's timeline of dialogs, umpan
balik, tindak lanjut, B.1.8/B.1.9 and SKP steps, the dialog editor, addenda and the B.1.8/B.1.9
entry dialogs. Every rule (confidentiality, draft vs closed, who may answer) is the services'."""
