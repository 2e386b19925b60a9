import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Points per player in a game. */
public class Scoreboard {
    private final Map<String, Integer> points = new HashMap<>();

    /** Adds amount (which may be negative) to the player's points; a new player starts at 0. */
    public void add(String player, int amount) {
        points.merge(player, amount, Integer::sum);
    }

    /** The player's points; a player who never scored has 0. */
    public int pointsOf(String player) {
        return points.getOrDefault(player, 0);
    }

    /** Whether both players have the same points. */
    public boolean tied(String first, String second) {
        return pointsOf(first) == pointsOf(second);
    }

    /** The player with the most points (on equal points the name that comes first
     *  alphabetically), or an empty Optional when nobody has scored yet. */
    public Optional<String> leader() {
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, Integer> entry : points.entrySet()) {
            String name = entry.getKey();
            int score = entry.getValue();
            if (best == null || score > bestScore
                    || (score == bestScore && name.compareTo(best) < 0)) {
                best = name;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
