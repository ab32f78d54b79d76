"""Sync between replicas by bundle files (issue 8): identities, peers, `.skpbundle` files.

Sits beside `skpdesk.reports` (above services, below the CLI and the window):
- `crypto`: Ed25519 signatures, X25519 + HKDF + ChaCha20-Poly1305 sealed to the recipient;
- `identity`: `.skpid` files (a replica's public keys and fingerprint);
- `operations`: journal entries in wire form (`ops.jsonl`), with their hash checks;
- `bundle_format`: writing and verifying `.skpbundle` zips (every check before any write);
- `pipeline`: the use cases (identity, peers, seed, join, export, import, status) that the
  CLI and the window both call, with a progress callback and a cancel token.
The merge itself (`services.sync`) and the peer records (`services.sync_peers`) are services.
"""
