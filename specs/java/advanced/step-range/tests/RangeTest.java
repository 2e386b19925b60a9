import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class RangeTest {

    /** The iterator's numbers, but never more than 10 of them (so a range that never ends
     *  cannot hang the test). */
    private static List<Integer> take(Iterator<Integer> it) {
        List<Integer> numbers = new ArrayList<>();
        while (numbers.size() < 10 && it.hasNext()) {
            numbers.add(it.next());
        }
        return numbers;
    }

    /** How many numbers new Range(start, end, step) holds, by its count method. */
    private static long count(int start, int end, int step) {
        return new Range(start, end, step).count();
    }

    @Test
    void countsUp() {
        Range oneToFour = new Range(1, 4, 1);
        assertEquals(List.of(1, 2, 3, 4), take(oneToFour.iterator()));
        Range byThree = new Range(0, 10, 3);
        assertEquals(List.of(0, 3, 6, 9), take(byThree.iterator()));
    }

    @Test
    void countsDown() {
        Range down = new Range(5, -2, -2);
        assertEquals(List.of(5, 3, 1, -1), take(down.iterator()));
    }

    @Test
    void worksInAForEachLoop() {
        int sum = 0;
        for (int n : new Range(1, 100, 1)) {
            sum += n;
        }
        assertEquals(5050, sum, "the sum of 1 to 100");
    }

    @Test
    void rangeThatGoesTheOtherWayIsEmpty() {
        Range up = new Range(5, 1, 1);
        assertEquals(List.of(), take(up.iterator()));
        Range down = new Range(1, 5, -1);
        assertEquals(List.of(), take(down.iterator()));
    }

    @Test
    void stepZeroIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Range(1, 5, 0));
    }

    @Test
    void eachIteratorStartsAfresh() {
        Range range = new Range(1, 3, 1);
        Iterator<Integer> first = range.iterator();
        first.next();
        first.next();
        assertEquals(List.of(1, 2, 3), take(range.iterator()));
        assertEquals(3, first.next(), "the first iterator goes on where it was");
    }

    @Test
    void hasNextDoesNotMoveOn() {
        Iterator<Integer> it = new Range(7, 8, 1).iterator();
        assertTrue(it.hasNext());
        assertTrue(it.hasNext());
        assertEquals(7, it.next());
        assertEquals(8, it.next());
        assertFalse(it.hasNext());
        assertFalse(it.hasNext());
    }

    @Test
    void nextAfterTheEndThrows() {
        Iterator<Integer> it = new Range(1, 1, 1).iterator();
        assertEquals(1, it.next());
        assertThrows(NoSuchElementException.class, () -> it.next(), "next after the last number");
    }

    @Test
    void endsAtTheLargestInt() {
        int max = Integer.MAX_VALUE;
        Range lastThree = new Range(max - 2, max, 1);
        assertEquals(List.of(max - 2, max - 1, max), take(lastThree.iterator()));
        Range byThree = new Range(max - 5, max, 3);
        assertEquals(List.of(max - 5, max - 2), take(byThree.iterator()));
    }

    @Test
    void endsAtTheSmallestInt() {
        int min = Integer.MIN_VALUE;
        Range lastTwo = new Range(min + 1, min, -1);
        assertEquals(List.of(min + 1, min), take(lastTwo.iterator()));
    }

    @Test
    void bigStepsDoNotWrapAround() {
        Range bigSteps = new Range(0, 2_100_000_000, 2_000_000_000);
        assertEquals(List.of(0, 2_000_000_000), take(bigSteps.iterator()));
    }

    @Test
    void countOfSmallRanges() {
        assertEquals(4, count(1, 4, 1));
        assertEquals(4, count(0, 10, 3));
        assertEquals(4, count(5, -2, -2));
        assertEquals(1, count(3, 3, -5));
    }

    @Test
    void countOfEmptyRangesIsZero() {
        assertEquals(0, count(5, 1, 1));
        assertEquals(0, count(1, 5, -1));
    }

    @Test
    void countOfTheWholeIntRange() {
        assertEquals(4_294_967_296L, count(Integer.MIN_VALUE, Integer.MAX_VALUE, 1));
        assertEquals(2_147_483_648L, count(Integer.MAX_VALUE, Integer.MIN_VALUE, -2));
    }
}
