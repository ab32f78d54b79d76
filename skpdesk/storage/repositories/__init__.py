"""Repositories: map ORM rows to `skpdesk.domain` values; one module per aggregate."""
