"""Use cases: one method per thing a user does. Each write is one unit of work (one transaction)
and returns an `Outcome` (the plain domain value plus the `Changes` it made)."""
