import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

class LetterCountsTest {

    @Test
    void emptyText() {
        assertEquals(Map.of(), LetterCounts.count(""));
    }

    @Test
    void onlyPunctuation() {
        assertEquals(Map.of(), LetterCounts.count("?! 42"));
    }

    @Test
    void countsLetters() {
        assertEquals(Map.of('a', 2, 'b', 1), LetterCounts.count("Aba"));
    }
}
