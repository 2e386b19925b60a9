import java.io.IOException;

/** Opens sources and sinks by name, such as files. */
public interface Storage {
    LineSource openSource(String name) throws IOException;

    LineSink openSink(String name) throws IOException;
}
