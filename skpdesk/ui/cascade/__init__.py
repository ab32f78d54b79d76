"""View › Cascade: the office's RHK cascade tree and a supervisor's Matriks Peran Hasil
(`cascade_window.open_cascade_view`)."""
