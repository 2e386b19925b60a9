class Cart {
  constructor() {
    this.items = [];
    this.total = 0;
  }

  add(name, price, qty = 1) {
    this.items.push({ name, price, qty });
    this.total += price * qty;
  }

  count() {
    return this.items.reduce((n, item) => n + item.qty, 0);
  }

  clear() {
    this.items = [];
  }
}

module.exports = { Cart };
