import java.io.IOException;

/** A place to write lines to. Must be closed after use. */
public interface LineSink extends AutoCloseable {
    void write(String line) throws IOException;

    @Override
    void close() throws IOException;
}
