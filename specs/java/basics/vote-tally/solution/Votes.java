import java.util.List;
import java.util.Map;

public class Votes {

    /**
     * Whether candidates a and b have the same number of votes. A candidate who is
     * not in the map has no votes yet, which counts as 0.
     */
    public static boolean tied(Map<String, Integer> votes, String a, String b) {
        int votesForA = votes.getOrDefault(a, 0);
        int votesForB = votes.getOrDefault(b, 0);
        return votesForA == votesForB;
    }

    /**
     * The votes of all the names together. A name that is not in the map has no votes
     * yet, which counts as 0.
     */
    public static int total(Map<String, Integer> votes, List<String> names) {
        int sum = 0;
        for (String name : names) {
            sum += votes.getOrDefault(name, 0);
        }
        return sum;
    }
}
