import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders accounts for reports. Neither method changes the list it is given. */
public class Ranking {

    /** Richest first; accounts with equal balances keep the order they had. */
    public static List<Account> byBalance(List<Account> accounts) {
        List<Account> sorted = new ArrayList<>(accounts);
        sorted.sort((a, b) -> b.balance() - a.balance());
        return sorted;
    }

    /** By branch A to Z; within a branch richest first; on equal balances by owner A to Z. */
    public static List<Account> byBranch(List<Account> accounts) {
        List<Account> sorted = new ArrayList<>(accounts);
        sorted.sort(Comparator.comparing(Account::branch)
                .thenComparing(Account::balance)
                .reversed()
                .thenComparing(Account::owner));
        return sorted;
    }
}
