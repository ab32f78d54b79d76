"""`python -m skpdesk`: the same entry point as the `skpdesk` command."""

from skpdesk.app import main

raise SystemExit(main())
