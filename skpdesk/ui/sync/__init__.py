"""File › Synchronisation: bundles to and from other replicas, the "Perlu ditinjau" queue of sync
conflicts, the identity and peers of this replica, and the central copy's dashboard of laptops.
Installed by `shell.gui_app` with `sync_actions.install_sync_actions`."""
