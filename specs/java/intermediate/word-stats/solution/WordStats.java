import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Statistics about the words of a text. Words are separated by whitespace (spaces, tabs,
 *  line breaks) and compared in lower case. */
public class WordStats {

    /** The words of the text in lower case, in the order they appear. */
    public static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** How often each word occurs, with the words in alphabetical order. */
    public static Map<String, Long> counts(String text) {
        return words(text).stream()
                .collect(Collectors.groupingBy(w -> w, TreeMap::new, Collectors.counting()));
    }

    /** The different words of each length, shortest length first; within a length in the
     *  order they first appear. */
    public static Map<Integer, List<String>> byLength(String text) {
        return words(text).stream()
                .distinct()
                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
    }

    /** The average number of letters per word, 0.0 when there are no words. */
    public static double averageLength(String text) {
        return words(text).stream()
                .mapToInt(String::length)
                .average()
                .orElse(0.0);
    }
}
