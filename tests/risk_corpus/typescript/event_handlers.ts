// expect: none
type Handler = (event: Event) => void;

const handlers: Record<string, Handler> = {
  click: (event) => console.log("clicked", event.target),
  keyup: (event) => console.log("key", (event as KeyboardEvent).key),
};

export function attach(el: HTMLElement | null, name: string): boolean {
  if (el === null || !(name in handlers)) {
    return false;
  }
  el.addEventListener(name, handlers[name]);
  return true;
}
