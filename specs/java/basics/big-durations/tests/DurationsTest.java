import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class DurationsTest {

    @Test
    void oneDay() {
        assertEquals(86_400_000L, Durations.millisInDays(1), "millisInDays(1)");
    }

    @Test
    void noDays() {
        assertEquals(0L, Durations.millisInDays(0), "millisInDays(0)");
    }

    @Test
    void twentyFourDaysStillFitInAnInt() {
        assertEquals(2_073_600_000L, Durations.millisInDays(24), "millisInDays(24)");
    }

    @Test
    void twentyFiveDaysNeedALong() {
        assertEquals(2_160_000_000L, Durations.millisInDays(25), "millisInDays(25)");
    }

    @Test
    void aWholeYear() {
        assertEquals(31_536_000_000L, Durations.millisInDays(365), "millisInDays(365)");
    }

    @Test
    void totalOfAFewDurations() {
        assertEquals(3_780, Durations.totalSeconds(new int[] {60, 120, 3_600}),
                "totalSeconds of 60, 120 and 3600");
    }

    @Test
    void totalOfNoDurationsIsZero() {
        assertEquals(0, Durations.totalSeconds(new int[] {}), "totalSeconds of nothing");
    }

    @Test
    void totalRightAtTheLargestInt() {
        assertEquals(Integer.MAX_VALUE,
                Durations.totalSeconds(new int[] {Integer.MAX_VALUE - 10, 10}),
                "totalSeconds of (Integer.MAX_VALUE - 10) and 10");
    }

    @Test
    void totalTooLargeForAnIntThrows() {
        int[] durations = {Integer.MAX_VALUE, 1};
        assertThrows(ArithmeticException.class, () -> Durations.totalSeconds(durations),
                "totalSeconds of Integer.MAX_VALUE and 1 must throw, not wrap around");
    }

    @Test
    void totalTooFarBelowZeroThrows() {
        int[] durations = {Integer.MIN_VALUE, -1};
        assertThrows(ArithmeticException.class, () -> Durations.totalSeconds(durations),
                "totalSeconds of Integer.MIN_VALUE and -1 must throw, not wrap around");
    }
}
