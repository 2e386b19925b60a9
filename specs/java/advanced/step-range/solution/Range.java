import java.util.Iterator;
import java.util.NoSuchElementException;

/** The whole numbers from start to end (both included), taking steps of step, which may be
 *  negative to count down. Usable in a for-each loop. */
public final class Range implements Iterable<Integer> {
    private final int start;
    private final int end;
    private final int step;

    public Range(int start, int end, int step) {
        if (step == 0) {
            throw new IllegalArgumentException("step must not be 0");
        }
        this.start = start;
        this.end = end;
        this.step = step;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private long current = start;

            @Override
            public boolean hasNext() {
                return step > 0 ? current <= end : current >= end;
            }

            @Override
            public Integer next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int value = (int) current;
                current += step;
                return value;
            }
        };
    }

    /** How many numbers the range holds. */
    public long count() {
        long distance = (long) end - start;
        if (distance != 0 && (distance > 0) != (step > 0)) {
            return 0;
        }
        return distance / step + 1;
    }
}
