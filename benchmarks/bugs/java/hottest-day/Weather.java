public class Weather {

    /** The index of the hottest reading (the first one on a tie); -1 for no readings. */
    public static int hottestDay(double[] readings) {
        if (readings.length == 0) {
            return -1;
        }
        int best = 0;
        for (int i = 1; i <= readings.length; i++) {
            if (readings[i] > readings[best]) {
                best = i;
            }
        }
        return best;
    }

    public static double range(double[] readings) {
        double min = readings[0];
        double max = readings[0];
        for (double r : readings) {
            min = Math.min(min, r);
            max = Math.max(max, r);
        }
        return max - min;
    }
}
