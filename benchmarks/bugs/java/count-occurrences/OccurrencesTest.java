import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class OccurrencesTest {

    @Test
    void wordNotThere() {
        assertEquals(0, Occurrences.count("hello world", "cat"));
    }

    @Test
    void containsOneOfTheWords() {
        assertTrue(Occurrences.containsAny("a red fox", new String[] {"blue", "red"}));
    }

    @Test
    void countsEachMatch() {
        assertEquals(2, Occurrences.count("the cat saw the dog", "the"));
    }
}
