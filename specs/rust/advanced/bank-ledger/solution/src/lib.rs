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
        match self {
            BankError::UnknownAccount(name) => write!(f, "no account named {name}"),
            BankError::DuplicateAccount(name) => write!(f, "account {name} already exists"),
            BankError::InsufficientFunds { needed, available } => {
                write!(
                    f,
                    "insufficient funds: needed {needed}, available {available}"
                )
            }
            BankError::Overflow => write!(f, "balance would overflow"),
            BankError::SameAccount => write!(f, "cannot transfer to the same account"),
        }
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
        if self.balances.contains_key(name) {
            return Err(BankError::DuplicateAccount(name.to_string()));
        }
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
        let new_balance = self
            .balance(name)?
            .checked_add(amount)
            .ok_or(BankError::Overflow)?;
        self.balances.insert(name.to_string(), new_balance);
        Ok(new_balance)
    }

    /// Takes money out and returns the new balance; never goes below zero.
    pub fn withdraw(&mut self, name: &str, amount: u64) -> Result<u64, BankError> {
        let available = self.balance(name)?;
        let new_balance = available
            .checked_sub(amount)
            .ok_or(BankError::InsufficientFunds {
                needed: amount,
                available,
            })?;
        self.balances.insert(name.to_string(), new_balance);
        Ok(new_balance)
    }

    /// Moves money between two accounts: all of it, or (on any error) nothing at all.
    pub fn transfer(&mut self, from: &str, to: &str, amount: u64) -> Result<(), BankError> {
        if from == to {
            return Err(BankError::SameAccount);
        }
        let available = self.balance(from)?;
        let target = self.balance(to)?;
        let from_after = available
            .checked_sub(amount)
            .ok_or(BankError::InsufficientFunds {
                needed: amount,
                available,
            })?;
        let to_after = target.checked_add(amount).ok_or(BankError::Overflow)?;
        self.balances.insert(from.to_string(), from_after);
        self.balances.insert(to.to_string(), to_after);
        Ok(())
    }
}
