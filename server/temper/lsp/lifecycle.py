"""Start-up, configuration and workspace folders: loads settings, the catalog and the profile."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from lsprotocol import types

from temper.lsp.client import Client
from temper.lsp.server import TemperServer
from temper.lsp.uris import uri_to_path

log = logging.getLogger(__name__)


def initialize(ls: TemperServer, params: types.InitializeParams) -> None:
    ls.client = Client.from_initialize(params, ls.workspace.position_encoding)
    options = params.initialization_options
    ls.client_options = dict(options) if isinstance(options, dict) else {}
    ls.ready = asyncio.Event()


async def _client_settings(ls: TemperServer) -> dict[str, Any]:
    """initializationOptions, overlaid with `workspace/configuration` when the client has it."""
    merged = dict(ls.client_options)
    if ls.client.configuration:
        try:
            answer = await asyncio.wait_for(ls.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section="temper")])), 5)
            if answer and isinstance(answer[0], dict):
                merged.update(answer[0])
        except Exception as exc:  # a client that cannot answer keeps the options it sent
            log.info("workspace/configuration unavailable: %s", exc)
    return merged


async def apply_settings(ls: TemperServer) -> None:
    from temper import settings as settings_module

    loaded, problems = settings_module.load(await _client_settings(ls))
    ls.settings = loaded
    if ls.coach is not None:
        ls.coach.apply_settings(loaded)
    if problems:
        log.warning("settings problems: %s", problems)
        ls.tell(settings_module.describe(problems), types.MessageType.Warning)


def workspace_folders(ls: TemperServer) -> list[Path]:
    folders = [uri_to_path(f.uri) for f in ls.workspace.folders.values()]
    if not folders and ls.workspace.root_uri:
        folders = [uri_to_path(ls.workspace.root_uri)]
    return folders


async def setup(ls: TemperServer) -> None:
    """Load everything the coach needs; the features answer empty until it is ready."""
    from temper.coach.factory import build_coach, profile_path
    from temper.profile.store import ProfileStore

    await apply_settings(ls)
    assert ls.settings is not None
    path = profile_path()
    try:
        store = await ProfileStore.open(path)
    except Exception as exc:
        log.error("profile database unusable", exc_info=exc)
        ls.tell(f"Temper cannot open its profile at {path} ({exc}); progress in this editor "
                "session will not be saved. Check the folder's permissions or TEMPER_HOME.",
                types.MessageType.Error)
        store = await ProfileStore.open(Path(":memory:"))
    store.defer = True  # a locked profile never holds the editor up: writes queue and land later
    ls.coach = await build_coach(ls.settings, store,
                                 lambda notice: ls.tell(notice, types.MessageType.Warning))
    for folder in workspace_folders(ls):
        await ls.coach.open_workspace(folder)
    assert ls.ready is not None
    ls.ready.set()


def initialized(ls: TemperServer, params: types.InitializedParams) -> None:
    if ls.ready is None:
        ls.ready = asyncio.Event()
    ls.run_task(setup(ls), "setup")


async def did_change_configuration(ls: TemperServer,
                                   params: types.DidChangeConfigurationParams) -> None:
    pushed = params.settings.get("temper") if isinstance(params.settings, dict) else None
    if isinstance(pushed, dict):
        ls.client_options = {**ls.client_options, **pushed}
    await apply_settings(ls)


async def did_change_folders(ls: TemperServer,
                             params: types.DidChangeWorkspaceFoldersParams) -> None:
    coach = await ls.wait_ready()
    for folder in params.event.added:
        await coach.open_workspace(uri_to_path(folder.uri))
    for folder in params.event.removed:
        coach.sessions.pop(str(uri_to_path(folder.uri).resolve()), None)


async def shutdown(ls: TemperServer, params: None) -> None:
    for task in list(ls.runs.values()):
        task.cancel()
    if ls.coach is not None:
        await ls.coach.close()


def register(server: TemperServer) -> None:
    server.feature(types.INITIALIZE)(initialize)
    server.feature(types.INITIALIZED)(initialized)
    server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)(did_change_configuration)
    server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)(did_change_folders)
    server.feature(types.SHUTDOWN)(shutdown)
