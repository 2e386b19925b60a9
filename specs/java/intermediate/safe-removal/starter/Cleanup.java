import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Tidying collections in place. */
public class Cleanup {

    /** Removes every blank word (empty or only whitespace) from words. */
    public static void removeBlank(List<String> words) {
        for (String word : words) {
            if (word.isBlank()) {
                words.remove(word);
            }
        }
    }

    /** Removes every word shorter than minLength from words. */
    public static void removeShort(List<String> words, int minLength) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).length() < minLength) {
                words.remove(i);
            }
        }
    }

    /** Removes every item whose stock is 0 or less from stock and returns the removed
     *  names in alphabetical order. */
    public static List<String> dropSoldOut(Map<String, Integer> stock) {
        List<String> removed = new ArrayList<>();
        for (String name : stock.keySet()) {
            if (stock.get(name) <= 0) {
                stock.remove(name);
                removed.add(name);
            }
        }
        Collections.sort(removed);
        return removed;
    }
}
