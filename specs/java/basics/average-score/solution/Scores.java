public class Scores {

    /**
     * The mean of the scores, with its fraction: the average of 1 and 2 is 1.5.
     * The average of no scores is 0.0.
     */
    public static double average(int[] scores) {
        if (scores.length == 0) {
            return 0.0;
        }
        int sum = 0;
        for (int score : scores) {
            sum += score;
        }
        return (double) sum / scores.length;
    }

    /**
     * The share of students who passed, from 0.0 to 1.0: 3 passed out of 4 is 0.75.
     * When there are no students at all, the share is 0.0.
     */
    public static double passRate(int passed, int total) {
        if (total == 0) {
            return 0.0;
        }
        return (double) passed / total;
    }
}
