import java.io.IOException;

/** Lines to read, one at a time. Must be closed after use. */
public interface LineSource extends AutoCloseable {
    /** The next line, or null when there are no more. */
    String readLine() throws IOException;

    @Override
    void close() throws IOException;
}
