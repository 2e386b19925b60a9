use std::collections::HashMap;
use std::fmt;

/// Everything that can go wrong at the bank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BankError {
    UnknownAccount(String),
    DuplicateAccount(String),
    InsufficientFunds { needed: u64, available: u64 },
    Overflow,
    SameAccount,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self)
    }
}

impl std::error::Error for BankError {}

/// Accounts by name, with balances in cents.
#[derive(Debug, Default)]
pub struct Bank {
    balances: HashMap<String, u64>,
}

impl Bank {
    pub fn new() -> Bank {
        Bank::default()
    }

    /// Opens an empty account. Opening a name twice is an error.
    pub fn open(&mut self, name: &str) -> Result<(), BankError> {
        self.balances.insert(name.to_string(), 0);
        Ok(())
    }

    /// The balance of an account.
    pub fn balance(&self, name: &str) -> Result<u64, BankError> {
        self.balances
            .get(name)
            .copied()
            .ok_or_else(|| BankError::UnknownAccount(name.to_string()))
    }

    /// Adds money and returns the new balance.
    pub fn deposit(&mut self, name: &str, amount: u64) -> Result<u64, BankError> {
        let balance = self
            .balances
            .get_mut(name)
            .ok_or_else(|| BankError::UnknownAccount(name.to_string()))?;
        *balance += amount;
        Ok(*balance)
    }

    /// Takes money out and returns the new balance; never goes below zero.
    pub fn withdraw(&mut self, name: &str, amount: u64) -> Result<u64, BankError> {
        let balance = self
            .balances
            .get_mut(name)
            .ok_or_else(|| BankError::UnknownAccount(name.to_string()))?;
        *balance = balance.saturating_sub(amount);
        Ok(*balance)
    }

    /// Moves money between two accounts: all of it, or (on any error) nothing at all.
    pub fn transfer(&mut self, from: &str, to: &str, amount: u64) -> Result<(), BankError> {
        self.withdraw(from, amount)?;
        self.deposit(to, amount)?;
        Ok(())
    }
}
