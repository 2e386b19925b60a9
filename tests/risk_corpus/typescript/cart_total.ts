// expect: js-loose-equality
type Item = { price: number; quantity: number };

export function total(items: Item[], coupon: string): number {
  let sum = 0;
  for (const item of items) {
    sum += item.price * item.quantity;
  }
  if (coupon == "") {
    return sum;
  }
  return sum * 0.9;
}
