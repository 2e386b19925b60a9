import { test } from "node:test";
import assert from "node:assert/strict";
import { BankAccount } from "./bank_account.ts";

test("starts with the opening balance, or zero", () => {
  assert.equal(new BankAccount("Ana", 500).balance, 500);
  assert.equal(new BankAccount("Ben").balance, 0);
});

test("deposit and withdraw return the new balance", () => {
  const account = new BankAccount("Ana", 1000);
  assert.equal(account.deposit(250), 1250);
  assert.equal(account.withdraw(1250), 0);
});

test("refuses amounts that are not positive whole cents", () => {
  const account = new BankAccount("Ana", 1000);
  assert.throws(() => account.deposit(-500), RangeError);
  assert.throws(() => account.deposit(0), RangeError);
  assert.throws(() => account.withdraw(10.5), RangeError);
  assert.throws(() => account.withdraw(Number.NaN), RangeError);
  assert.equal(account.balance, 1000);
});

test("refuses a negative or fractional opening balance", () => {
  assert.throws(() => new BankAccount("Ana", -1), RangeError);
  assert.throws(() => new BankAccount("Ana", 0.5), RangeError);
});

test("cannot withdraw more than the balance", () => {
  const account = new BankAccount("Ana", 100);
  assert.throws(() => account.withdraw(101), /insufficient funds/);
  assert.equal(account.balance, 100);
});

test("the balance cannot be set from outside", () => {
  const account = new BankAccount("Ana", 100);
  assert.throws(() => {
    (account as unknown as { balance: number }).balance = 1_000_000;
  }, TypeError);
  assert.equal(account.balance, 100);
});

test("transfer moves money between accounts", () => {
  const ana = new BankAccount("Ana", 1000);
  const ben = new BankAccount("Ben");
  ana.transferTo(ben, 300);
  assert.equal(ana.balance, 700);
  assert.equal(ben.balance, 300);
});

test("a failed transfer changes neither account", () => {
  const ana = new BankAccount("Ana", 100);
  const ben = new BankAccount("Ben", 50);
  assert.throws(() => ana.transferTo(ben, 500), /insufficient funds/);
  assert.equal(ana.balance, 100);
  assert.equal(ben.balance, 50);
});
