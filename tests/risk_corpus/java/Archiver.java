// expect: java-query-concat
import java.io.IOException;

public class Archiver {
    public static Process pack(String folder) throws IOException {
        return Runtime.getRuntime().exec("tar czf backup.tgz " + folder);
    }
}
