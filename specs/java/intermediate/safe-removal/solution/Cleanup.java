import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Tidying collections in place. */
public class Cleanup {

    /** Removes every blank word (empty or only whitespace) from words. */
    public static void removeBlank(List<String> words) {
        Iterator<String> it = words.iterator();
        while (it.hasNext()) {
            if (it.next().isBlank()) {
                it.remove();
            }
        }
    }

    /** Removes every word shorter than minLength from words. */
    public static void removeShort(List<String> words, int minLength) {
        words.removeIf(word -> word.length() < minLength);
    }

    /** Removes every item whose stock is 0 or less from stock and returns the removed
     *  names in alphabetical order. */
    public static List<String> dropSoldOut(Map<String, Integer> stock) {
        List<String> removed = new ArrayList<>();
        Iterator<Map.Entry<String, Integer>> it = stock.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Integer> entry = it.next();
            if (entry.getValue() <= 0) {
                removed.add(entry.getKey());
                it.remove();
            }
        }
        Collections.sort(removed);
        return removed;
    }
}
