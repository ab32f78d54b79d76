"""The year's record between planning and evaluation (issue 10): dialog kinerja and tindak lanjut,
umpan balik berkelanjutan, bimbingan (B.1.8, B.1.9) with their printed forms, the timeline,
reminders, full-text search, and the demo office's year of them. Grouped as one feature package
so that `skpdesk/services` stays navigable (house rule: past ~40 modules, group by feature).
"""
