"""The paper trail (issue 13): signed scans of printed copies and digital signatures."""
