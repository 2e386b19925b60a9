public class Confirm {

    /**
     * Whether the answer someone typed means yes: "yes" or "y", in capital or small
     * letters, with spaces around it ignored. Anything else, and null (no answer at
     * all), means no.
     */
    public static boolean isYes(String answer) {
        String word = answer.trim().toLowerCase();
        return word == "yes" || word == "y";
    }
}
