public class Occurrences {

    /** How many times word occurs in text (matches do not overlap). */
    public static int count(String text, String word) {
        int count = 0;
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                break;
            }
            count++;
            from = at;
        }
        return count;
    }

    public static boolean containsAny(String text, String[] words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
