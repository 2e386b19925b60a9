// expect: ts-non-null
export function readEmail(): string {
  const input = document.querySelector<HTMLInputElement>("#email");
  return input!.value.trim();
}
