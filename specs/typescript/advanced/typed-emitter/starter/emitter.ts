export type Listener<T> = (payload: T) => void;

// Calls listeners registered per event name; Events maps each name to its payload type.
export class Emitter<Events extends Record<string, unknown>> {
  private listeners: { [K in keyof Events]?: Listener<Events[K]>[] } = {};

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const list = (this.listeners[event] ??= []);
    list.push(listener);
    return () => {
      list.splice(list.indexOf(listener), 1);
    };
  }

  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    return this.on(event, listener);
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): number {
    const list = this.listeners[event] ?? [];
    let called = 0;
    list.forEach((listener) => {
      listener(payload);
      called += 1;
    });
    return called;
  }

  listenerCount<K extends keyof Events>(event: K): number {
    return this.listeners[event]?.length ?? 0;
  }
}
