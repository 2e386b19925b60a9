import java.util.Map;
import java.util.TreeMap;

public class LetterCounts {

    /** How often each letter occurs, ignoring case and non-letters. */
    public static Map<Character, Integer> count(String text) {
        Map<Character, Integer> counts = new TreeMap<>();
        for (char c : text.toLowerCase().toCharArray()) {
            if (!Character.isLetter(c)) {
                continue;
            }
            int seen = counts.get(c);
            counts.put(c, seen + 1);
        }
        return counts;
    }
}
