public class Caesar {

    /**
     * Shifts every letter of text by shift places in the alphabet, wrapping around from
     * z to a. Capital letters stay capital and small letters stay small; every other
     * character is kept as it is. The shift may be negative or larger than 26.
     */
    public static String encode(String text, int shift) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                c = rotate(c, 'a', shift);
            } else if (c >= 'A' && c <= 'Z') {
                c = rotate(c, 'A', shift);
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The letter shift places after c in the alphabet that starts at first. */
    private static char rotate(char c, char first, int shift) {
        int position = Math.floorMod(c - first + shift, 26);
        return (char) (first + position);
    }
}
