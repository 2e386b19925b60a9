use bank_ledger::*;

fn bank_with(accounts: &[(&str, u64)]) -> Bank {
    let mut bank = Bank::new();
    for &(name, cents) in accounts {
        bank.open(name).unwrap();
        bank.deposit(name, cents).unwrap();
    }
    bank
}

#[test]
fn deposit_and_withdraw() {
    let mut bank = bank_with(&[("ann", 0)]);
    assert_eq!(
        bank.deposit("ann", 500),
        Ok(500),
        "deposit 500 into an empty account"
    );
    assert_eq!(bank.withdraw("ann", 200), Ok(300), "withdraw 200 from 500");
    assert_eq!(bank.balance("ann"), Ok(300), "balance after both");
}

#[test]
fn opening_twice_is_an_error_and_keeps_the_money() {
    let mut bank = bank_with(&[("ann", 100)]);
    assert_eq!(
        bank.open("ann"),
        Err(BankError::DuplicateAccount("ann".into())),
        "open(\"ann\") twice"
    );
    assert_eq!(
        bank.balance("ann"),
        Ok(100),
        "ann's balance after the failed second open"
    );
}

#[test]
fn unknown_accounts_are_reported() {
    let mut bank = Bank::new();
    assert_eq!(
        bank.balance("zed"),
        Err(BankError::UnknownAccount("zed".into())),
        "balance(\"zed\")"
    );
    assert_eq!(
        bank.deposit("zed", 1),
        Err(BankError::UnknownAccount("zed".into())),
        "deposit(\"zed\", 1)"
    );
}

#[test]
fn overdraft_is_refused() {
    let mut bank = bank_with(&[("ann", 100)]);
    assert_eq!(
        bank.withdraw("ann", 150),
        Err(BankError::InsufficientFunds {
            needed: 150,
            available: 100
        }),
        "withdraw 150 from 100"
    );
    assert_eq!(
        bank.balance("ann"),
        Ok(100),
        "balance after a refused withdrawal"
    );
}

#[test]
fn deposit_overflow_is_refused() {
    let mut bank = bank_with(&[("rich", u64::MAX - 1)]);
    assert_eq!(
        bank.deposit("rich", 2),
        Err(BankError::Overflow),
        "deposit past u64::MAX"
    );
    assert_eq!(
        bank.balance("rich"),
        Ok(u64::MAX - 1),
        "balance after a refused deposit"
    );
}

#[test]
fn transfer_moves_money() {
    let mut bank = bank_with(&[("ann", 100), ("bob", 5)]);
    assert_eq!(
        bank.transfer("ann", "bob", 60),
        Ok(()),
        "transfer 60 from ann to bob"
    );
    assert_eq!(
        (bank.balance("ann"), bank.balance("bob")),
        (Ok(40), Ok(65)),
        "balances after the transfer"
    );
}

#[test]
fn transfer_to_unknown_account_loses_nothing() {
    let mut bank = bank_with(&[("ann", 100)]);
    assert_eq!(
        bank.transfer("ann", "ghost", 60),
        Err(BankError::UnknownAccount("ghost".into())),
        "transfer to ghost"
    );
    assert_eq!(
        bank.balance("ann"),
        Ok(100),
        "ann's balance after a failed transfer must be unchanged"
    );
}

#[test]
fn transfer_that_would_overflow_loses_nothing() {
    let mut bank = bank_with(&[("ann", 100), ("rich", u64::MAX)]);
    assert_eq!(
        bank.transfer("ann", "rich", 1),
        Err(BankError::Overflow),
        "transfer into a full account"
    );
    assert_eq!(
        bank.balance("ann"),
        Ok(100),
        "ann's balance after a failed transfer must be unchanged"
    );
}

#[test]
fn transfer_to_yourself_is_refused() {
    let mut bank = bank_with(&[("ann", 100)]);
    assert_eq!(
        bank.transfer("ann", "ann", 10),
        Err(BankError::SameAccount),
        "transfer ann to ann"
    );
}

#[test]
fn errors_read_well() {
    let cases = [
        (
            BankError::UnknownAccount("zed".into()),
            "no account named zed",
        ),
        (
            BankError::DuplicateAccount("ann".into()),
            "account ann already exists",
        ),
        (
            BankError::InsufficientFunds {
                needed: 5,
                available: 2,
            },
            "insufficient funds: needed 5, available 2",
        ),
        (BankError::Overflow, "balance would overflow"),
        (
            BankError::SameAccount,
            "cannot transfer to the same account",
        ),
    ];
    for (error, want) in cases {
        assert_eq!(error.to_string(), want, "Display of {:?}", error);
    }
}
