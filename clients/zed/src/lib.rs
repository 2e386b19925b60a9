//! Temper for Zed: starts `temper lsp` and passes the user's settings through.
//!
//! Zed starts only language servers that an extension registers, so this tiny extension does
//! that; everything else (diagnostics, code actions, hover) is Zed's own LSP support.

use zed_extension_api::{self as zed, serde_json::json, settings::LspSettings, LanguageServerId};

struct Temper;

fn settings(id: &LanguageServerId, worktree: &zed::Worktree) -> Option<LspSettings> {
    LspSettings::for_worktree(id.as_ref(), worktree).ok()
}

impl zed::Extension for Temper {
    fn new() -> Self {
        Temper
    }

    /// `lsp.temper.binary.path`/`arguments` from the settings, else `temper lsp` from PATH.
    fn language_server_command(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> zed::Result<zed::Command> {
        let binary = settings(id, worktree).and_then(|s| s.binary);
        let command = binary
            .as_ref()
            .and_then(|b| b.path.clone())
            .or_else(|| worktree.which("temper"))
            .ok_or("`temper` is not on PATH: install Temper (`python3 -m pip install .` in \
                    a checkout), or set lsp.temper.binary.path")?;
        let args = binary
            .and_then(|b| b.arguments)
            .unwrap_or_else(|| vec!["lsp".to_string()]);
        Ok(zed::Command { command, args, env: worktree.shell_env() })
    }

    /// `lsp.temper.initialization_options`, sent as initializationOptions.
    fn language_server_initialization_options(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> zed::Result<Option<zed::serde_json::Value>> {
        Ok(settings(id, worktree).and_then(|s| s.initialization_options))
    }

    /// `lsp.temper.settings`, answered for the workspace/configuration section `temper`.
    fn language_server_workspace_configuration(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> zed::Result<Option<zed::serde_json::Value>> {
        Ok(settings(id, worktree).and_then(|s| s.settings).map(|s| json!({ "temper": s })))
    }
}

zed::register_extension!(Temper);
