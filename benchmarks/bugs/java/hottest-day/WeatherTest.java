import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class WeatherTest {

    @Test
    void noReadings() {
        assertEquals(-1, Weather.hottestDay(new double[] {}));
    }

    @Test
    void rangeOfReadings() {
        assertEquals(7.5, Weather.range(new double[] {12.0, 19.5, 14.0}), 1e-9);
    }

    @Test
    void hottestInTheMiddle() {
        assertEquals(1, Weather.hottestDay(new double[] {12.0, 19.5, 14.0}));
    }

    @Test
    void singleReading() {
        assertEquals(0, Weather.hottestDay(new double[] {3.0}));
    }
}
