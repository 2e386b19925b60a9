import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CopierTest {

    /** A Storage in memory that writes down everything that happens to it in log. */
    static final class FakeStorage implements Storage {
        final List<String> log = new ArrayList<>();
        final Map<String, List<String>> files = new HashMap<>();
        final Map<String, List<String>> written = new HashMap<>();
        final Set<String> failing = new HashSet<>();

        /** Makes the action fail, e.g. "open sink out", "read in 2", "write out 1", "close sink out". */
        FakeStorage fail(String action) {
            failing.add(action);
            return this;
        }

        void step(String action) throws IOException {
            log.add(action);
            if (failing.contains(action)) {
                throw new IOException(action + " failed");
            }
        }

        @Override
        public LineSource openSource(String name) throws IOException {
            step("open source " + name);
            List<String> lines = files.getOrDefault(name, List.of());
            return new LineSource() {
                int next = 0;

                @Override
                public String readLine() throws IOException {
                    next += 1;
                    step("read " + name + " " + next);
                    return next <= lines.size() ? lines.get(next - 1) : null;
                }

                @Override
                public void close() throws IOException {
                    step("close source " + name);
                }
            };
        }

        @Override
        public LineSink openSink(String name) throws IOException {
            step("open sink " + name);
            List<String> out = new ArrayList<>();
            written.put(name, out);
            return new LineSink() {
                @Override
                public void write(String line) throws IOException {
                    step("write " + name + " " + (out.size() + 1));
                    out.add(line);
                }

                @Override
                public void close() throws IOException {
                    step("close sink " + name);
                }
            };
        }
    }

    private static FakeStorage storage() {
        FakeStorage storage = new FakeStorage();
        storage.files.put("in", List.of("tea", "", "jam", "  "));
        return storage;
    }

    interface Action {
        Object run() throws IOException;
    }

    /** What the action did, in words: what it returned or threw, then what was closed, in
     *  order. */
    private static String report(FakeStorage storage, Action action) {
        String outcome;
        try {
            outcome = "returned " + action.run();
        } catch (IOException | UncheckedIOException e) {
            outcome = "threw " + describe(e);
        }
        List<String> closed = storage.log.stream().filter(step -> step.startsWith("close ")).toList();
        return outcome + "; " + (closed.isEmpty() ? "closed nothing" : String.join(", ", closed));
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + " " + e.getMessage();
        if (e instanceof UncheckedIOException && e.getCause() != null) {
            text = "UncheckedIOException caused by " + e.getCause().getMessage();
        }
        for (Throwable suppressed : e.getSuppressed()) {
            text += " (suppressed: " + suppressed.getMessage() + ")";
        }
        return text;
    }

    @Test
    void copiesTheLinesThatAreNotBlank() throws IOException {
        FakeStorage s = storage();
        assertEquals(2, Copier.copy(s, "in", "out"));
        assertEquals(List.of("tea", "jam"), s.written.get("out"), "the lines written to out");
    }

    @Test
    void copyClosesTheSinkFirstThenTheSource() {
        FakeStorage s = storage();
        String expected = "returned 2; close sink out, close source in";
        assertEquals(expected, report(s, () -> Copier.copy(s, "in", "out")));
    }

    @Test
    void copyClosesBothWhenReadingFails() {
        FakeStorage s = storage().fail("read in 2");
        String expected = "threw IOException read in 2 failed; close sink out, close source in";
        assertEquals(expected, report(s, () -> Copier.copy(s, "in", "out")));
    }

    @Test
    void copyClosesTheSourceWhenTheSinkCannotBeOpened() {
        FakeStorage s = storage().fail("open sink out");
        String expected = "threw IOException open sink out failed; close source in";
        assertEquals(expected, report(s, () -> Copier.copy(s, "in", "out")));
    }

    @Test
    void copyReportsTheFirstFailureAndKeepsTheCloseFailure() {
        FakeStorage s = storage().fail("write out 1").fail("close sink out");
        String expected = "threw IOException write out 1 failed (suppressed: close sink out failed);"
                + " close sink out, close source in";
        assertEquals(expected, report(s, () -> Copier.copy(s, "in", "out")));
    }

    @Test
    void readAllReadsEveryLine() {
        FakeStorage s = storage();
        assertEquals(List.of("tea", "", "jam", "  "), Copier.readAll(s, "in"));
        assertEquals(List.of("open source in", "read in 1", "read in 2", "read in 3", "read in 4",
                "read in 5", "close source in"), s.log, "what readAll did");
    }

    @Test
    void readAllDoesNotHideAFailure() {
        FakeStorage s = storage().fail("read in 3");
        String expected = "threw UncheckedIOException caused by read in 3 failed; close source in";
        assertEquals(expected, report(s, () -> Copier.readAll(s, "in")));
    }
}
