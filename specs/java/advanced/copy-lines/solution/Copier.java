import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Copying lines between the sources and sinks of a Storage. */
public class Copier {

    /** Copies every line that is not blank from the source named from to the sink named to,
     *  and returns how many lines it copied. */
    public static int copy(Storage storage, String from, String to) throws IOException {
        try (LineSource source = storage.openSource(from);
             LineSink sink = storage.openSink(to)) {
            int copied = 0;
            for (String line = source.readLine(); line != null; line = source.readLine()) {
                if (!line.isBlank()) {
                    sink.write(line);
                    copied += 1;
                }
            }
            return copied;
        }
    }

    /** All lines of the source named name. */
    public static List<String> readAll(Storage storage, String name) {
        try (LineSource source = storage.openSource(name)) {
            List<String> lines = new ArrayList<>();
            for (String line = source.readLine(); line != null; line = source.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
