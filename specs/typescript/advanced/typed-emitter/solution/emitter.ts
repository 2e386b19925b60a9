export type Listener<T> = (payload: T) => void;

// Calls listeners registered per event name; Events maps each name to its payload type.
export class Emitter<Events extends Record<string, unknown>> {
  private readonly listeners = new Map<keyof Events, Set<Listener<never>>>();

  private listenersOf<K extends keyof Events>(event: K): Set<Listener<Events[K]>> {
    let set = this.listeners.get(event) as Set<Listener<Events[K]>> | undefined;
    if (set === undefined) {
      set = new Set();
      this.listeners.set(event, set);
    }
    return set;
  }

  on<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const set = this.listenersOf(event);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  once<K extends keyof Events>(event: K, listener: Listener<Events[K]>): () => void {
    const stop = this.on(event, (payload) => {
      stop();
      listener(payload);
    });
    return stop;
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): number {
    const snapshot = [...(this.listeners.get(event) ?? [])] as Listener<Events[K]>[];
    for (const listener of snapshot) {
      listener(payload);
    }
    return snapshot.length;
  }

  listenerCount<K extends keyof Events>(event: K): number {
    return this.listeners.get(event)?.size ?? 0;
  }
}
