// expect: js-var, js-eval
var defaults = { retries: 3 };

export function loadConfig(text: string): { retries: number } {
  const parsed = eval("(" + text + ")") as { retries: number };
  return { ...defaults, ...parsed };
}
