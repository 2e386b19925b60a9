// expect: none
import java.io.IOException;

public class ArchiverBuilder {
    public static Process pack(String folder) throws IOException {
        return new ProcessBuilder("tar", "czf", "backup.tgz", folder).start();
    }
}
