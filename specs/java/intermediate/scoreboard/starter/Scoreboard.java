import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Points per player in a game. */
public class Scoreboard {
    private final Map<String, Integer> points = new HashMap<>();

    /** Adds amount (which may be negative) to the player's points; a new player starts at 0. */
    public void add(String player, int amount) {
        Integer current = points.get(player);
        if (current == null) {
            current = 0;
        }
        points.put(player, current + amount);
    }

    /** The player's points; a player who never scored has 0. */
    public int pointsOf(String player) {
        return points.get(player);
    }

    /** Whether both players have the same points. */
    public boolean tied(String first, String second) {
        return points.get(first) == points.get(second);
    }

    /** The player with the most points (on equal points the name that comes first
     *  alphabetically), or an empty Optional when nobody has scored yet. */
    public Optional<String> leader() {
        String best = null;
        for (Map.Entry<String, Integer> entry : points.entrySet()) {
            String name = entry.getKey();
            int score = entry.getValue();
            if (best == null || score > points.get(best)
                    || (score == points.get(best) && name.compareTo(best) < 0)) {
                best = name;
            }
        }
        return Optional.of(best);
    }
}
