import java.util.ArrayList;
import java.util.List;

/** A named list of songs that nobody can change once it is made. */
public final class Playlist {
    private final String name;
    private final List<String> songs;

    public Playlist(String name, List<String> songs) {
        this.name = name;
        this.songs = List.copyOf(songs);
    }

    public String name() {
        return name;
    }

    /** The songs in order. */
    public List<String> songs() {
        return songs;
    }

    /** A playlist with the same name and the song added at the end. */
    public Playlist withSong(String song) {
        List<String> longer = new ArrayList<>(songs);
        longer.add(song);
        return new Playlist(name, longer);
    }

    /** A playlist with the same name and every copy of the song removed. */
    public Playlist without(String song) {
        List<String> shorter = new ArrayList<>(songs);
        shorter.removeIf(s -> s.equals(song));
        return new Playlist(name, shorter);
    }
}
