import static org.junit.jupiter.api.Assertions.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScoreboardTest {

    @Test
    void addsUpPoints() {
        Scoreboard board = new Scoreboard();
        board.add("ann", 3);
        board.add("bob", 5);
        board.add("ann", 4);
        assertEquals(7, board.pointsOf("ann"));
        assertEquals(5, board.pointsOf("bob"));
    }

    @Test
    void playerWhoNeverScoredHasZero() {
        Scoreboard board = new Scoreboard();
        board.add("ann", 3);
        assertEquals(0, board.pointsOf("zoe"));
    }

    @Test
    void smallEqualScoresAreTied() {
        Scoreboard board = new Scoreboard();
        board.add("ann", 10);
        board.add("bob", 6);
        board.add("bob", 4);
        assertTrue(board.tied("ann", "bob"));
    }

    @Test
    void largeEqualScoresAreTied() {
        Scoreboard board = new Scoreboard();
        board.add("ann", 1000);
        board.add("bob", 600);
        board.add("bob", 400);
        assertTrue(board.tied("ann", "bob"), "1000 and 1000 are the same score");
    }

    @Test
    void differentScoresAreNotTied() {
        Scoreboard board = new Scoreboard();
        board.add("ann", 1000);
        board.add("bob", 999);
        assertFalse(board.tied("ann", "bob"));
    }

    @Test
    void playerBackAtZeroTiesWithPlayerWhoNeverScored() {
        Scoreboard board = new Scoreboard();
        board.add("ann", 5);
        board.add("ann", -5);
        assertTrue(board.tied("ann", "zoe"));
    }

    @Test
    void leaderHasTheMostPoints() {
        Scoreboard board = new Scoreboard();
        board.add("ann", 300);
        board.add("bob", 500);
        board.add("cid", 200);
        assertEquals(Optional.of("bob"), board.leader());
    }

    @Test
    void leaderOnEqualLargeScoresIsFirstAlphabetically() {
        Scoreboard board = new Scoreboard();
        board.add("dan", 700);
        board.add("bea", 300);
        board.add("bea", 400);
        board.add("cid", 100);
        assertEquals(Optional.of("bea"), board.leader());
    }

    @Test
    void emptyBoardHasNoLeader() {
        Scoreboard board = new Scoreboard();
        assertEquals(Optional.empty(), board.leader());
    }
}
