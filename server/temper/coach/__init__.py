"""The pairing coach: sessions per workspace, hints through the contract, runs into the profile,
background work and what to practise next."""
