import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

class PlaylistTest {

    @Test
    void addsASong() {
        Playlist p = new Playlist("road");
        p.add("Shine");
        assertTrue(p.songs().contains("Shine"));
    }

    @Test
    void ignoresDuplicates() {
        Playlist p = new Playlist("calm");
        p.add("Rain");
        p.add("Rain");
        assertEquals(1, p.songs().stream().filter(s -> s.equals("Rain")).count());
    }

    @Test
    void playlistsAreSeparate() {
        Playlist a = new Playlist("a");
        Playlist b = new Playlist("b");
        a.add("One");
        b.add("Two");
        assertEquals(List.of("Two"), b.songs());
    }

    @Test
    void titleCountsOwnSongs() {
        Playlist p = new Playlist("gym");
        p.add("Run");
        assertEquals("gym (1 songs)", p.title());
    }
}
