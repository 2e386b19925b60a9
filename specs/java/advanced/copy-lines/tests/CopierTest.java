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

    private static long closes(FakeStorage storage, String what) {
        return storage.log.stream().filter(what::equals).count();
    }

    @Test
    void copiesTheLinesThatAreNotBlank() throws IOException {
        FakeStorage storage = storage();
        assertEquals(2, Copier.copy(storage, "in", "out"));
        assertEquals(List.of("tea", "jam"), storage.written.get("out"));
    }

    @Test
    void copyClosesTheSinkFirstThenTheSource() throws IOException {
        FakeStorage storage = storage();
        Copier.copy(storage, "in", "out");
        List<String> log = storage.log;
        assertEquals(List.of("close sink out", "close source in"), log.subList(log.size() - 2, log.size()));
    }

    @Test
    void copyClosesBothWhenReadingFails() {
        FakeStorage storage = storage().fail("read in 2");
        IOException e = assertThrows(IOException.class, () -> Copier.copy(storage, "in", "out"));
        assertEquals("read in 2 failed", e.getMessage());
        assertEquals(1, closes(storage, "close sink out"), "the sink is closed once");
        assertEquals(1, closes(storage, "close source in"), "the source is closed once");
    }

    @Test
    void copyClosesTheSourceWhenTheSinkCannotBeOpened() {
        FakeStorage storage = storage().fail("open sink out");
        IOException e = assertThrows(IOException.class, () -> Copier.copy(storage, "in", "out"));
        assertEquals("open sink out failed", e.getMessage());
        assertEquals(1, closes(storage, "close source in"), "the source is closed once");
    }

    @Test
    void copyReportsTheFirstFailureAndKeepsTheCloseFailure() {
        FakeStorage storage = storage().fail("write out 1").fail("close sink out");
        IOException e = assertThrows(IOException.class, () -> Copier.copy(storage, "in", "out"));
        assertEquals("write out 1 failed", e.getMessage());
        assertEquals(1, e.getSuppressed().length, "the failed close is attached as suppressed");
        assertEquals("close sink out failed", e.getSuppressed()[0].getMessage());
        assertEquals(1, closes(storage, "close source in"), "the source is closed once");
    }

    @Test
    void readAllReadsEveryLine() {
        FakeStorage storage = storage();
        assertEquals(List.of("tea", "", "jam", "  "), Copier.readAll(storage, "in"));
        assertEquals(1, closes(storage, "close source in"));
    }

    @Test
    void readAllDoesNotHideAFailure() {
        FakeStorage storage = storage().fail("read in 3");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> Copier.readAll(storage, "in"));
        assertEquals("read in 3 failed", e.getCause().getMessage(), "the cause is the original IOException");
        assertEquals(1, closes(storage, "close source in"), "the source is closed once");
    }
}
