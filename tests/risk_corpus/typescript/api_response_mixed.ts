// expect: ts-any, ts-non-null, js-loose-equality
export async function firstTitle(url: string): Promise<string> {
  const response = await fetch(url);
  const body = (await response.json()) as any;
  const first = body.items.find((item: { id: number }) => item.id == 1);
  return first!.title;
}
