// expect: none
// An ambient `declare var` describes a global from a script tag; "any" in text is not a type.
declare var APP_VERSION: string;

type Settings = { theme: "light" | "dark"; fontSize: number };

export function banner(settings: Settings): string {
  const note = "works with any theme";
  return `v${APP_VERSION} (${settings.theme}) ${note}`;
}
