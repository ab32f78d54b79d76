"""File › Print SKP and Print all in unit (`print_actions.install_print_actions`)."""
