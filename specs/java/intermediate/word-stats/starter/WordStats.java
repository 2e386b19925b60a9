import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Statistics about the words of a text. Words are separated by whitespace (spaces, tabs,
 *  line breaks) and compared in lower case. */
public class WordStats {

    /** The words of the text in lower case, in the order they appear. */
    public static List<String> words(String text) {
        return Arrays.asList(text.toLowerCase().split("\\s+"));
    }

    /** How often each word occurs, with the words in alphabetical order. */
    public static Map<String, Long> counts(String text) {
        return words(text).stream()
                .collect(Collectors.groupingBy(w -> w, Collectors.counting()));
    }

    /** The different words of each length, shortest length first; within a length in the
     *  order they first appear. */
    public static Map<Integer, List<String>> byLength(String text) {
        return words(text).stream()
                .collect(Collectors.groupingBy(String::length));
    }

    /** The average number of letters per word, 0.0 when there are no words. */
    public static double averageLength(String text) {
        List<String> words = words(text);
        int letters = 0;
        for (String word : words) {
            letters += word.length();
        }
        return letters / words.size();
    }
}
