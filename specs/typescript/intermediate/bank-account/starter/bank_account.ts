// A bank account holding whole cents.
export class BankAccount {
  owner: string;
  balance: number;

  constructor(owner: string, openingCents = 0) {
    this.owner = owner;
    this.balance = openingCents;
  }

  deposit(cents: number): number {
    this.balance += cents;
    return this.balance;
  }

  withdraw(cents: number): number {
    this.balance -= cents;
    return this.balance;
  }

  transferTo(other: BankAccount, cents: number): void {
    other.deposit(cents);
    this.withdraw(cents);
  }
}
