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
    amounts.forEach(this.add);
    return this.total;
  }

  adder() {
    return this.add;
  }
}

module.exports = { Tally };
