import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaylistTest {

    @Test
    void keepsNameAndSongsInOrder() {
        Playlist p = new Playlist("road trip", List.of("Hey Jude", "Africa", "Jolene"));
        assertEquals("road trip", p.name());
        assertEquals(List.of("Hey Jude", "Africa", "Jolene"), p.songs());
    }

    @Test
    void changingTheCallersListLaterDoesNotChangeThePlaylist() {
        List<String> mine = new ArrayList<>(List.of("Africa"));
        Playlist p = new Playlist("mix", mine);
        mine.add("Jolene");
        mine.set(0, "Hello");
        assertEquals(List.of("Africa"), p.songs());
    }

    @Test
    void songsCannotBeChangedThroughTheGetter() {
        Playlist p = new Playlist("mix", new ArrayList<>(List.of("Africa")));
        assertThrows(UnsupportedOperationException.class, () -> p.songs().add("Jolene"));
        assertEquals(List.of("Africa"), p.songs());
    }

    @Test
    void withSongMakesANewPlaylistAndKeepsTheOldOne() {
        Playlist before = new Playlist("mix", new ArrayList<>(List.of("Africa")));
        Playlist after = before.withSong("Jolene");
        assertEquals(List.of("Africa", "Jolene"), after.songs());
        assertEquals(List.of("Africa"), before.songs());
        assertEquals("mix", after.name());
    }

    @Test
    void withSongWorksOnAPlaylistMadeFromListOf() {
        Playlist p = new Playlist("mix", List.of("Africa"));
        assertEquals(List.of("Africa", "Jolene"), p.withSong("Jolene").songs());
    }

    @Test
    void withoutWorksOnAPlaylistMadeFromArraysAsList() {
        Playlist p = new Playlist("mix", Arrays.asList("Africa", "Jolene", "Africa"));
        Playlist shorter = p.without("Africa");
        assertEquals(List.of("Jolene"), shorter.songs());
        assertEquals(List.of("Africa", "Jolene", "Africa"), p.songs());
    }

    @Test
    void twoPlaylistsMadeFromOnePlaylistDoNotShareSongs() {
        Playlist base = new Playlist("base", new ArrayList<>(List.of("Africa")));
        Playlist a = base.withSong("Jolene");
        Playlist b = base.withSong("Hello");
        assertEquals(List.of("Africa", "Jolene"), a.songs());
        assertEquals(List.of("Africa", "Hello"), b.songs());
    }
}
