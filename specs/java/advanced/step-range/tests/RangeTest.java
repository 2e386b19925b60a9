import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class RangeTest {

    /** The range's numbers, but never more than limit of them (so a range that never ends
     *  cannot hang the test). */
    private static List<Integer> take(Range range, int limit) {
        List<Integer> numbers = new ArrayList<>();
        Iterator<Integer> it = range.iterator();
        while (numbers.size() < limit && it.hasNext()) {
            numbers.add(it.next());
        }
        return numbers;
    }

    @Test
    void countsUp() {
        assertEquals(List.of(1, 2, 3, 4), take(new Range(1, 4, 1), 10));
        assertEquals(List.of(0, 3, 6, 9), take(new Range(0, 10, 3), 10));
    }

    @Test
    void countsDown() {
        assertEquals(List.of(5, 3, 1, -1), take(new Range(5, -2, -2), 10));
    }

    @Test
    void worksInAForEachLoop() {
        int sum = 0;
        for (int n : new Range(1, 100, 1)) {
            sum += n;
        }
        assertEquals(5050, sum);
    }

    @Test
    void rangeThatGoesTheOtherWayIsEmpty() {
        assertEquals(List.of(), take(new Range(5, 1, 1), 10));
        assertEquals(List.of(), take(new Range(1, 5, -1), 10));
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
        assertEquals(List.of(1, 2, 3), take(range, 10));
        assertEquals(3, first.next());
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
        assertThrows(NoSuchElementException.class, it::next);
    }

    @Test
    void endsAtTheLargestInt() {
        int max = Integer.MAX_VALUE;
        assertEquals(List.of(max - 2, max - 1, max), take(new Range(max - 2, max, 1), 10));
        assertEquals(List.of(max - 5, max - 2), take(new Range(max - 5, max, 3), 10));
    }

    @Test
    void endsAtTheSmallestInt() {
        int min = Integer.MIN_VALUE;
        assertEquals(List.of(min + 1, min), take(new Range(min + 1, min, -1), 10));
    }

    @Test
    void bigStepsDoNotWrapAround() {
        assertEquals(List.of(0, 2_000_000_000), take(new Range(0, 2_100_000_000, 2_000_000_000), 10));
    }

    @Test
    void countOfSmallRanges() {
        assertEquals(4, new Range(1, 4, 1).count());
        assertEquals(4, new Range(0, 10, 3).count());
        assertEquals(4, new Range(5, -2, -2).count());
        assertEquals(1, new Range(3, 3, -5).count());
    }

    @Test
    void countOfEmptyRangesIsZero() {
        assertEquals(0, new Range(5, 1, 1).count());
        assertEquals(0, new Range(1, 5, -1).count());
    }

    @Test
    void countOfTheWholeIntRange() {
        assertEquals(4_294_967_296L, new Range(Integer.MIN_VALUE, Integer.MAX_VALUE, 1).count());
        assertEquals(2_147_483_648L, new Range(Integer.MAX_VALUE, Integer.MIN_VALUE, -2).count());
    }
}
