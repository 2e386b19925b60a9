import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Copying lines between the sources and sinks of a Storage. */
public class Copier {

    /** Copies every line that is not blank from the source named from to the sink named to,
     *  and returns how many lines it copied. */
    public static int copy(Storage storage, String from, String to) throws IOException {
        LineSource source = storage.openSource(from);
        LineSink sink = storage.openSink(to);
        int copied = 0;
        String line;
        while ((line = source.readLine()) != null) {
            if (!line.isBlank()) {
                sink.write(line);
                copied++;
            }
        }
        source.close();
        sink.close();
        return copied;
    }

    /** All lines of the source named name. */
    public static List<String> readAll(Storage storage, String name) {
        List<String> lines = new ArrayList<>();
        try {
            LineSource source = storage.openSource(name);
            String line;
            while ((line = source.readLine()) != null) {
                lines.add(line);
            }
            source.close();
        } catch (IOException e) {
            e.printStackTrace();
        }
        return lines;
    }
}
