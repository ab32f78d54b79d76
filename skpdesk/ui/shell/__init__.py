"""Start-up and the windows around the features: `gui_app` (run_gui, the first window), the
welcome and main windows, the new-office, identity and settings dialogs."""
