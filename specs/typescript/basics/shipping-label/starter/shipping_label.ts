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
  return order.customer.address.city;
}

// The lines of the shipping label, joined by newlines.
export function labelFor(order: Order): string {
  const { name, address } = order.customer;
  return `${name}\n${address.street}\n${address.city} ${address.postcode}`;
}

// Whether to print a receipt; true unless the order says otherwise.
export function wantsReceipt(order: Order): boolean {
  return order.receipt || true;
}
