import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordStatsTest {

    @Test
    void wordsInLowerCase() {
        assertEquals(List.of("the", "cat", "sat"), WordStats.words("The cat  SAT"));
    }

    @Test
    void wordsIgnoreWhitespaceAtTheEdges() {
        assertEquals(List.of("tea", "for", "two"), WordStats.words("  tea\tfor\ntwo \n"));
    }

    @Test
    void noWordsInBlankText() {
        assertEquals(0, WordStats.words("").size(), "the empty text has no words");
        assertEquals(0, WordStats.words("   \n").size(), "blank text has no words");
    }

    @Test
    void countsEachWord() {
        String text = "the cat and the hat";
        assertEquals(Map.of("the", 2L, "cat", 1L, "and", 1L, "hat", 1L), WordStats.counts(text));
    }

    @Test
    void countsListWordsAlphabetically() {
        String text = "pear fig apple kiwi banana fig date";
        List<String> alphabetical = List.of("apple", "banana", "date", "fig", "kiwi", "pear");
        assertEquals(alphabetical, new ArrayList<>(WordStats.counts(text).keySet()));
    }

    @Test
    void byLengthShortestFirstWithoutRepeats() {
        String text = "to be or not to be is the question";
        assertEquals(List.of(2, 3, 8), new ArrayList<>(WordStats.byLength(text).keySet()));
        assertEquals(List.of("to", "be", "or", "is"), WordStats.byLength(text).get(2));
        assertEquals(List.of("not", "the"), WordStats.byLength(text).get(3));
        assertEquals(List.of("question"), WordStats.byLength(text).get(8));
    }

    @Test
    void averageLengthIsExact() {
        assertEquals(3.5, WordStats.averageLength("tea jam kiwi pear"), 1e-9);
        assertEquals(2.5, WordStats.averageLength("  a bcde  "), 1e-9);
    }

    @Test
    void averageLengthOfNoWordsIsZero() {
        assertEquals(0.0, WordStats.averageLength(""), 1e-9);
        assertEquals(0.0, WordStats.averageLength(" \t "), 1e-9);
    }
}
