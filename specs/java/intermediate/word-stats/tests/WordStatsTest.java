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
        Map<String, Long> counts = WordStats.counts("the cat and the hat");
        assertEquals(2L, counts.get("the"));
        assertEquals(1L, counts.get("hat"));
        assertEquals(4, counts.size());
    }

    @Test
    void countsListWordsAlphabetically() {
        Map<String, Long> counts = WordStats.counts("pear fig apple kiwi banana fig date");
        assertEquals(List.of("apple", "banana", "date", "fig", "kiwi", "pear"),
                new ArrayList<>(counts.keySet()));
    }

    @Test
    void byLengthShortestFirstWithoutRepeats() {
        Map<Integer, List<String>> groups = WordStats.byLength("to be or not to be is the question");
        assertEquals(List.of(2, 3, 8), new ArrayList<>(groups.keySet()));
        assertEquals(List.of("to", "be", "or", "is"), groups.get(2));
        assertEquals(List.of("not", "the"), groups.get(3));
        assertEquals(List.of("question"), groups.get(8));
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
