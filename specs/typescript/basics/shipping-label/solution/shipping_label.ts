export interface Address {
  street: string;
  city: string;
  postcode?: string;
}

export interface Customer {
  name: string;
  address?: Address;
}

export interface Order {
  id: number;
  customer?: Customer;
  receipt?: boolean;
}

// The city the order goes to, or "unknown".
export function cityOf(order: Order): string {
  return order.customer?.address?.city ?? "unknown";
}

// The lines of the shipping label, joined by newlines.
export function labelFor(order: Order): string {
  const customer = order.customer;
  if (customer === undefined) {
    throw new Error(`order ${order.id} has no customer`);
  }
  const address = customer.address;
  if (address === undefined) {
    return `${customer.name}\n(collect in store)`;
  }
  const place = address.postcode ? `${address.city} ${address.postcode}` : address.city;
  return [customer.name, address.street, place].join("\n");
}

// Whether to print a receipt; true unless the order says otherwise.
export function wantsReceipt(order: Order): boolean {
  return order.receipt ?? true;
}
