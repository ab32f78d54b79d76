"""The paper trail in the window (issue 13): importing signed scans (also by drag-and-drop), checking a\nprinted copy and its digital signature."""
