import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static Account acc(String owner, String branch, int balance) {
        return new Account(owner, branch, balance);
    }

    @Test
    void byBalanceRichestFirst() {
        List<Account> accounts = List.of(
                acc("ann", "Leeds", 500), acc("bob", "York", 12_000), acc("cat", "Bath", 70));
        assertEquals(List.of("bob", "ann", "cat"), owners(Ranking.byBalance(accounts)));
    }

    @Test
    void byBalanceKeepsTheOrderOfEqualBalances() {
        List<Account> accounts = List.of(
                acc("dan", "York", 100), acc("ann", "Leeds", 300), acc("cat", "Bath", 100),
                acc("bob", "York", 100));
        assertEquals(List.of("ann", "dan", "cat", "bob"), owners(Ranking.byBalance(accounts)));
    }

    @Test
    void byBalanceWithDebtsAndLargeBalances() {
        List<Account> accounts = List.of(
                acc("ann", "Leeds", -2_000_000_000), acc("bob", "York", 2_000_000_000),
                acc("cat", "Bath", 0), acc("dan", "York", -1_500_000_000),
                acc("eve", "Bath", 1_500_000_000));
        List<String> richestFirst = List.of("bob", "eve", "cat", "dan", "ann");
        assertEquals(richestFirst, owners(Ranking.byBalance(accounts)));
    }

    @Test
    void byBalanceLeavesTheGivenListAlone() {
        List<Account> accounts = new java.util.ArrayList<>(List.of(
                acc("ann", "Leeds", 1), acc("bob", "York", 2)));
        assertEquals(List.of("bob", "ann"), owners(Ranking.byBalance(accounts)));
        assertEquals(List.of("ann", "bob"), owners(accounts), "the given list after byBalance");
    }

    @Test
    void byBranchGroupsBranchesFromAToZ() {
        List<Account> accounts = List.of(
                acc("ann", "York", 5), acc("bob", "Bath", 5), acc("cat", "Leeds", 5));
        assertEquals(List.of("bob", "cat", "ann"), owners(Ranking.byBranch(accounts)));
    }

    @Test
    void byBranchRichestFirstWithinABranch() {
        List<Account> accounts = List.of(
                acc("ann", "York", 10), acc("bob", "Bath", 20), acc("cat", "York", 30),
                acc("dan", "Bath", 40));
        assertEquals(List.of("dan", "bob", "cat", "ann"), owners(Ranking.byBranch(accounts)));
    }

    @Test
    void byBranchOwnersFromAToZOnEqualBalances() {
        List<Account> accounts = List.of(
                acc("eve", "York", 10), acc("bob", "York", 10), acc("dan", "Bath", 10),
                acc("ann", "York", 99));
        assertEquals(List.of("dan", "ann", "bob", "eve"), owners(Ranking.byBranch(accounts)));
    }

    private static List<String> owners(List<Account> accounts) {
        return accounts.stream().map(Account::owner).toList();
    }
}
