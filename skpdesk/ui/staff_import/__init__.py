"""File › Import employees: the import dialog and its report of rejected rows."""
