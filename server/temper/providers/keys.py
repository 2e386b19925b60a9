"""API keys: from the environment, else the OS keyring, else an encrypted file.

The file is encrypted with Fernet (cryptography) under a machine-local key file; both are
readable by the owner only (0600). Keys are never logged or printed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from temper.providers.registry import LLM_NAMES as PROVIDERS
from temper.providers.registry import key_env
from temper.settings import home

SERVICE = "temper"


class KeyStoreError(Exception):
    """A key cannot be stored or read; the message says why."""


def _keyring():
    """The OS keyring when a real backend exists here, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) < 1:
        return None
    return keyring


def _paths() -> tuple[Path, Path]:
    folder = home()
    return folder / "keys.enc", folder / "keys.secret"


def _private_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o600)


def _fernet():
    from cryptography.fernet import Fernet

    _, secret = _paths()
    if not secret.exists():
        _private_write(secret, Fernet.generate_key())
    return Fernet(secret.read_bytes().strip())


def _read_file() -> dict[str, str]:
    from cryptography.fernet import InvalidToken

    store, _ = _paths()
    if not store.exists():
        return {}
    try:
        return json.loads(_fernet().decrypt(store.read_bytes()))
    except (InvalidToken, ValueError) as exc:
        raise KeyStoreError(f"{store} cannot be decrypted with this machine's key; remove it and "
                        "set the keys again") from exc


def _write_file(keys: dict[str, str]) -> None:
    store, _ = _paths()
    _private_write(store, _fernet().encrypt(json.dumps(keys).encode()))


def _check(provider: str) -> None:
    if provider not in PROVIDERS:
        raise KeyStoreError(f"unknown provider {provider!r}; one of {', '.join(PROVIDERS)}")


def get(provider: str) -> str | None:
    """The key for `provider`: environment, keyring, then the encrypted file."""
    value = os.environ.get(key_env(provider))
    if value:
        return value
    ring = _keyring()
    if ring is not None:
        value = ring.get_password(SERVICE, provider)
        if value:
            return value
    return _read_file().get(provider)


def set_key(provider: str, value: str) -> str:
    """Store a key; returns where it went."""
    _check(provider)
    if not value.strip():
        raise KeyStoreError("an empty key was not stored")
    ring = _keyring()
    if ring is not None:
        ring.set_password(SERVICE, provider, value.strip())
        return "the OS keyring"
    keys = _read_file()
    keys[provider] = value.strip()
    _write_file(keys)
    return f"{_paths()[0]} (encrypted)"


def remove(provider: str) -> bool:
    _check(provider)
    removed = False
    ring = _keyring()
    if ring is not None:
        try:
            ring.delete_password(SERVICE, provider)
            removed = True
        except Exception:  # keyring.errors.PasswordDeleteError: nothing stored there
            pass
    keys = _read_file()
    if keys.pop(provider, None) is not None:
        _write_file(keys)
        removed = True
    return removed


def sources() -> dict[str, str]:
    """Where each provider's key comes from, without the key itself."""
    found = {}
    ring = _keyring()
    stored = _read_file()
    for provider in PROVIDERS:
        if os.environ.get(key_env(provider)):
            found[provider] = "environment"
        elif ring is not None and ring.get_password(SERVICE, provider):
            found[provider] = "OS keyring"
        elif provider in stored:
            found[provider] = "encrypted file"
    return found


def all_values() -> tuple[str, ...]:
    """Every configured key, so prompts can be scrubbed of them."""
    values = []
    for provider in PROVIDERS:
        try:
            value = get(provider)
        except KeyStoreError:
            value = None
        if value:
            values.append(value)
    return tuple(values)
