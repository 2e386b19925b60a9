"""`temper keys set|list|remove PROVIDER`: API keys in the OS keyring or an encrypted file.

A key is read from a hidden prompt, or from stdin when stdin is not a terminal; it is never
printed.
"""

from __future__ import annotations

import sys

import click

from temper.cli.support import fail
from temper.providers.registry import LLM_NAMES

PROVIDERS = click.Choice(LLM_NAMES)


@click.group()
def keys() -> None:
    """Store, list and remove the API keys LLM providers use."""


@keys.command("set")
@click.argument("provider", type=PROVIDERS)
def set_command(provider: str) -> None:
    """Store PROVIDER's key (asked for without echo, or read from stdin)."""
    from temper.providers import keys as key_store

    if sys.stdin.isatty():
        value = click.prompt(f"{provider} API key", hide_input=True)
    else:
        value = sys.stdin.readline().strip()
    try:
        where = key_store.set_key(provider, value)
    except key_store.KeyStoreError as exc:
        fail(str(exc))
    click.echo(f"{provider} key stored in {where}")


@keys.command("list")
def list_command() -> None:
    """Which providers have a key, and where it comes from (never the key itself)."""
    from temper.providers import keys as key_store

    try:
        found = key_store.sources()
    except key_store.KeyStoreError as exc:
        fail(str(exc))
    if not found:
        click.echo("no keys stored; set one with `temper keys set PROVIDER`")
    for provider, source in found.items():
        click.echo(f"{provider:<10} {source}")


@keys.command("remove")
@click.argument("provider", type=PROVIDERS)
def remove_command(provider: str) -> None:
    """Forget PROVIDER's stored key (a key in the environment stays where it is)."""
    from temper.providers import keys as key_store

    try:
        removed = key_store.remove(provider)
    except key_store.KeyStoreError as exc:
        fail(str(exc))
    click.echo(f"{provider} key removed" if removed else f"no stored {provider} key")
