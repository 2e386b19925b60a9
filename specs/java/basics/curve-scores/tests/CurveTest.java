import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CurveTest {

    @Test
    void addsTheBonusToEveryScore() {
        assertArrayEquals(new int[] {55, 65, 75}, Curve.withBonus(new int[] {50, 60, 70}, 5),
                "withBonus of 50, 60, 70 with a bonus of 5");
    }

    @Test
    void noScoreGoesAboveOneHundred() {
        assertArrayEquals(new int[] {100, 100, 90}, Curve.withBonus(new int[] {98, 100, 80}, 10),
                "withBonus of 98, 100, 80 with a bonus of 10");
    }

    @Test
    void theOriginalScoresStayAsTheyWere() {
        int[] scores = {50, 60, 70};
        Curve.withBonus(scores, 5);
        assertArrayEquals(new int[] {50, 60, 70}, scores,
                "the array passed to withBonus was changed");
    }

    @Test
    void curvingTwiceStartsFromTheOriginalEachTime() {
        int[] scores = {40, 80};
        Curve.withBonus(scores, 5);
        assertArrayEquals(new int[] {50, 90}, Curve.withBonus(scores, 10),
                "40, 80 with a bonus of 10, after trying a bonus of 5 on them");
    }

    @Test
    void theResultIsANewArray() {
        int[] scores = {50, 60};
        assertFalse(Curve.withBonus(scores, 5) == scores,
                "withBonus returned the very array it was given");
    }

    @Test
    void theSameArrayHasTheSameScores() {
        int[] scores = {50, 60};
        assertTrue(Curve.sameScores(scores, scores), "an array compared with itself");
    }

    @Test
    void twoArraysWithTheSameScoresHaveTheSameScores() {
        assertTrue(Curve.sameScores(new int[] {50, 60}, new int[] {50, 60}),
                "50, 60 and another 50, 60");
    }

    @Test
    void aCurvedCopyMatchesTheExpectedScores() {
        assertTrue(Curve.sameScores(Curve.withBonus(new int[] {90, 95}, 10), new int[] {100, 100}),
                "90, 95 with a bonus of 10, compared with 100, 100");
    }

    @Test
    void scoresInAnotherOrderAreNotTheSame() {
        assertFalse(Curve.sameScores(new int[] {50, 60}, new int[] {60, 50}),
                "50, 60 and 60, 50");
    }

    @Test
    void arraysOfDifferentLengthsAreNotTheSame() {
        assertFalse(Curve.sameScores(new int[] {50, 60}, new int[] {50, 60, 70}),
                "50, 60 and 50, 60, 70");
    }
}
