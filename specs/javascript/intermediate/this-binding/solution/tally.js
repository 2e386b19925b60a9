// A running total.
class Tally {
  constructor() {
    this.total = 0;
  }

  add(amount) {
    this.total += amount;
    return this.total;
  }

  addAll(amounts) {
    amounts.forEach((amount) => this.add(amount));
    return this.total;
  }

  adder() {
    return this.add.bind(this);
  }
}

module.exports = { Tally };
