import java.util.Arrays;

public class Curve {

    /**
     * A new array with bonus added to every score, but never above 100. The array
     * passed in keeps the scores it had.
     */
    public static int[] withBonus(int[] scores, int bonus) {
        int[] curved = Arrays.copyOf(scores, scores.length);
        for (int i = 0; i < curved.length; i++) {
            curved[i] = Math.min(100, curved[i] + bonus);
        }
        return curved;
    }

    /** Whether the two arrays hold the same scores in the same order. */
    public static boolean sameScores(int[] a, int[] b) {
        return Arrays.equals(a, b);
    }
}
