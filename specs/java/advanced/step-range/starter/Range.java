import java.util.Iterator;

/** The whole numbers from start to end (both included), taking steps of step, which may be
 *  negative to count down. Usable in a for-each loop. */
public final class Range implements Iterable<Integer> {
    private final int start;
    private final int end;
    private final int step;

    public Range(int start, int end, int step) {
        this.start = start;
        this.end = end;
        this.step = step;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private int current = start;

            @Override
            public boolean hasNext() {
                return step > 0 ? current <= end : current >= end;
            }

            @Override
            public Integer next() {
                int value = current;
                current += step;
                return value;
            }
        };
    }

    /** How many numbers the range holds. */
    public long count() {
        return (end - start) / step + 1;
    }
}
