public class Durations {

    /** How many milliseconds there are in the given number of days. */
    public static long millisInDays(int days) {
        return days * 24L * 60 * 60 * 1000;
    }

    /**
     * The sum of the durations, in seconds. When the sum does not fit in an int, this
     * throws an ArithmeticException instead of returning a wrong number.
     */
    public static int totalSeconds(int[] durations) {
        int total = 0;
        for (int seconds : durations) {
            total = Math.addExact(total, seconds);
        }
        return total;
    }
}
