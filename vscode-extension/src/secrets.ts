/** API keys in VS Code's SecretStorage; they reach the server only through its environment. */
import * as vscode from "vscode";

export const API_KEYS = [
  { provider: "anthropic", label: "Anthropic", secret: "temper.apiKey.anthropic", variable: "ANTHROPIC_API_KEY" },
  { provider: "openai", label: "OpenAI", secret: "temper.apiKey.openai", variable: "OPENAI_API_KEY" },
] as const;

/** The environment variables for the keys stored; never logged. */
export async function apiKeyEnvironment(secrets: vscode.SecretStorage): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const key of API_KEYS) {
    const value = await secrets.get(key.secret);
    if (value) env[key.variable] = value;
  }
  return env;
}

async function pickProvider(placeHolder: string) {
  const pick = await vscode.window.showQuickPick(
    API_KEYS.map((k) => ({ label: k.label, description: k.variable, key: k })), { placeHolder });
  return pick?.key;
}

export async function setApiKey(secrets: vscode.SecretStorage): Promise<void> {
  const key = await pickProvider("Which provider's API key?");
  if (!key) return;
  const value = await vscode.window.showInputBox({
    title: `${key.label} API key`, prompt: "Stored in VS Code's secret storage, never in settings.",
    password: true, ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : "The key is empty."),
  });
  if (!value) return;
  await secrets.store(key.secret, value.trim());
  void vscode.window.showInformationMessage(`Temper: ${key.label} API key stored; the server restarts.`);
}

export async function clearApiKey(secrets: vscode.SecretStorage): Promise<void> {
  const key = await pickProvider("Clear which provider's API key?");
  if (!key) return;
  await secrets.delete(key.secret);
  void vscode.window.showInformationMessage(`Temper: ${key.label} API key cleared; the server restarts.`);
}

/** Whether a SecretStorage change concerns Temper's keys. */
export function isApiKey(secret: string): boolean {
  return API_KEYS.some((k) => k.secret === secret);
}
