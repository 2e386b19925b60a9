import java.util.ArrayList;
import java.util.List;

public class Playlist {
    private final String name;
    private static List<String> songs = new ArrayList<>();

    public Playlist(String name) {
        this.name = name;
    }

    public void add(String song) {
        if (!songs.contains(song)) {
            songs.add(song);
        }
    }

    public List<String> songs() {
        return List.copyOf(songs);
    }

    public String title() {
        return name + " (" + songs.size() + " songs)";
    }
}
