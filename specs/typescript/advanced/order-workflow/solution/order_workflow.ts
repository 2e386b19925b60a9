export type OrderState =
  | { readonly status: "cart"; readonly items: readonly string[] }
  | { readonly status: "placed"; readonly items: readonly string[]; readonly placedAt: number }
  | { readonly status: "shipped"; readonly items: readonly string[]; readonly trackingCode: string }
  | { readonly status: "cancelled"; readonly reason: string };

export type OrderAction =
  | { readonly type: "add"; readonly item: string }
  | { readonly type: "place"; readonly at: number }
  | { readonly type: "ship"; readonly trackingCode: string }
  | { readonly type: "cancel"; readonly reason: string };

export const emptyCart: OrderState = { status: "cart", items: [] };

function refuse(state: OrderState, action: OrderAction): never {
  throw new Error(`cannot ${action.type} an order that is ${state.status}`);
}

function unknownAction(action: never): never {
  throw new Error(`unknown action type: ${(action as { type: unknown }).type}`);
}

// The state after the action; throws for a transition that is not allowed.
export function reduce(state: OrderState, action: OrderAction): OrderState {
  switch (action.type) {
    case "add":
      if (state.status !== "cart") return refuse(state, action);
      return { status: "cart", items: [...state.items, action.item] };
    case "place":
      if (state.status !== "cart") return refuse(state, action);
      if (state.items.length === 0) {
        throw new Error("cannot place an empty cart");
      }
      return { status: "placed", items: state.items, placedAt: action.at };
    case "ship":
      if (state.status !== "placed") return refuse(state, action);
      return { status: "shipped", items: state.items, trackingCode: action.trackingCode };
    case "cancel":
      if (state.status !== "cart" && state.status !== "placed") return refuse(state, action);
      return { status: "cancelled", reason: action.reason };
    default:
      return unknownAction(action);
  }
}
