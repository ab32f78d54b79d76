"""View › Search notes (Ctrl+Shift+F): full-text search over dialog notes, agenda, follow-ups,
umpan balik and B.1.9 reasons (`search_dialog.SearchDialog`)."""
