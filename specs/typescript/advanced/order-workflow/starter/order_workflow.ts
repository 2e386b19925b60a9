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

// The state after the action; throws for a transition that is not allowed.
export function reduce(state: OrderState, action: OrderAction): OrderState {
  const items = "items" in state ? state.items : [];
  switch (action.type) {
    case "add":
      return { status: "cart", items: [...items, action.item] };
    case "place":
      return { status: "placed", items, placedAt: action.at };
    case "ship":
      return { status: "shipped", items, trackingCode: action.trackingCode };
    case "cancel":
      return { status: "cancelled", reason: action.reason };
    default:
      return state;
  }
}
