function checkAmount(cents: number, least: number): void {
  if (!Number.isInteger(cents) || cents < least) {
    throw new RangeError(`amount must be a whole number of cents of at least ${least}, got ${cents}`);
  }
}

// A bank account holding whole cents.
export class BankAccount {
  readonly owner: string;
  #balance: number;

  constructor(owner: string, openingCents = 0) {
    checkAmount(openingCents, 0);
    this.owner = owner;
    this.#balance = openingCents;
  }

  get balance(): number {
    return this.#balance;
  }

  deposit(cents: number): number {
    checkAmount(cents, 1);
    this.#balance += cents;
    return this.#balance;
  }

  withdraw(cents: number): number {
    checkAmount(cents, 1);
    if (cents > this.#balance) {
      throw new Error(`insufficient funds: ${this.owner} has ${this.#balance}, asked for ${cents}`);
    }
    this.#balance -= cents;
    return this.#balance;
  }

  transferTo(other: BankAccount, cents: number): void {
    this.withdraw(cents);
    other.deposit(cents);
  }
}
