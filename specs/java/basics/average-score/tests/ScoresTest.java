import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ScoresTest {

    private static final double CLOSE = 1e-9;

    @Test
    void averageOfScoresThatDivideEvenly() {
        assertEquals(85.0, Scores.average(new int[] {80, 90}), CLOSE, "average of 80 and 90");
    }

    @Test
    void averageKeepsItsFraction() {
        assertEquals(1.5, Scores.average(new int[] {1, 2}), CLOSE, "average of 1 and 2");
    }

    @Test
    void averageOfThreeScores() {
        assertEquals(83.0 + 1.0 / 3, Scores.average(new int[] {70, 85, 95}), CLOSE,
                "average of 70, 85 and 95");
    }

    @Test
    void averageOfOneScoreIsThatScore() {
        assertEquals(42.0, Scores.average(new int[] {42}), CLOSE, "average of 42 alone");
    }

    @Test
    void averageOfNoScoresIsZero() {
        assertEquals(0.0, Scores.average(new int[] {}), CLOSE, "average of no scores");
    }

    @Test
    void everyonePassed() {
        assertEquals(1.0, Scores.passRate(4, 4), CLOSE, "passRate(4, 4)");
    }

    @Test
    void threeOutOfFourPassed() {
        assertEquals(0.75, Scores.passRate(3, 4), CLOSE, "passRate(3, 4)");
    }

    @Test
    void oneOutOfThreePassed() {
        assertEquals(1.0 / 3, Scores.passRate(1, 3), CLOSE, "passRate(1, 3)");
    }

    @Test
    void passRateWithNoStudentsIsZero() {
        assertEquals(0.0, Scores.passRate(0, 0), CLOSE, "passRate(0, 0)");
    }
}
