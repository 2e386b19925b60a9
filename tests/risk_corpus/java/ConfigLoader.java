// expect: java-empty-catch
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class ConfigLoader {
    public static List<String> lines(Path path) {
        List<String> lines = List.of();
        try {
            lines = Files.readAllLines(path);
        } catch (IOException e) {
        }
        return lines;
    }
}
