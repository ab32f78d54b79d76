"""Limits on what a staff file may hold, in one place (README "Staff file format" lists them).

They bound the time and memory an import can take whatever the file holds: a hostile or broken
file is refused with a message naming the limit instead of exhausting memory. Each is far above
what a real office needs; the reasoning is next to each value.
"""

from __future__ import annotations

# Data rows (non-blank rows after the header). The largest single instansi daerah (a province
# such as DKI Jakarta) has roughly 60,000-70,000 ASN; 100,000 leaves room for any of them.
# Time and memory of a 100,000-row import are in docs/benchmarks.md ("Staff import").
MAX_ROWS = 100_000

# Bytes of the file on disk, CSV or XLSX. A typical CSV row is 150-250 bytes, so 100,000 rows
# are 15-25 MB; an XLSX of them is smaller (it is compressed).
MAX_FILE_BYTES = 50 * 1024 * 1024

# Characters in one cell. The longest field accepted is the unit path (500 characters); a cell
# beyond this is not a mistyped name but something else pasted into the sheet.
MAX_CELL_CHARS = 2_000

# Cells in one row (the file has 12 columns; extra columns are allowed and ignored).
MAX_COLUMNS = 200

# A CSV line may not be longer than a full row of full cells: beyond it no row can be valid,
# and the csv module would otherwise build it whole before any other check could run.
MAX_LINE_CHARS = MAX_COLUMNS * (MAX_CELL_CHARS + 3)

# An XLSX is a zip of XML parts; these bound what openpyxl unpacks (the sizes declared in the
# zip directory, which zipfile enforces while reading). 100,000 rows of 12 cells make a sheet
# of about 50 MB of XML and shared strings of about 10 MB.
MAX_XLSX_UNPACKED_BYTES = 200 * 1024 * 1024  # all parts together
MAX_XLSX_PART_BYTES = 32 * 1024 * 1024  # any one part that is not a worksheet (shared strings, styles)
MAX_XLSX_PARTS = 2_000  # an Excel workbook has a few dozen parts
# Cell elements in one <row> of the sheet XML, counted before openpyxl parses it (it builds a
# whole row in memory, ~400 bytes per cell). Excel writes only used or formatted cells.
MAX_XLSX_CELLS_PER_ROW = 5_000
# Excel's own last row; a row number beyond it only makes openpyxl yield empty rows for the gap.
MAX_XLSX_ROW_NUMBER = 1_048_576

# Problems listed in a refused import; the rest are counted ("... dan N masalah lain").
MAX_PROBLEMS = 200
# Row numbers listed in one "duplicate NIP" problem; the rest are counted ("(+N)").
MAX_LISTED_ROWS = 10

# --- scan-back of signed paper (issue 13, `services.paper.scan_pages`). A scanned A4 page at
# 300 dpi in colour is 1-3 MB as JPEG; a 40-page SKP scanned as one PDF stays far below 200 MB.
MAX_SCAN_FILE_BYTES = 200 * 1024 * 1024
# Pages read in one import (all files together): a stack of a unit's signed forms for a period.
# Each page is rendered and searched for its code (a fraction of a second), so this also bounds
# the time of one import.
MAX_SCAN_PAGES = 1_000
# Files in one import (a folder of phone photos).
MAX_SCAN_FILES = 1_000
# Pixels of one image or rendered page: A4 at 600 dpi is about 35 megapixels, a 50-megapixel
# phone camera 50; beyond this a file is refused (Pillow's decompression-bomb guard as an error),
# and a PDF page declaring a huge size is rendered smaller.
MAX_SCAN_PIXELS = 80_000_000
