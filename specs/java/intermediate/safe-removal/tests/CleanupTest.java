import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CleanupTest {

    /** Cleanup.removeBlank on words, then what is left of words. */
    private static List<String> removeBlank(List<String> words) {
        Cleanup.removeBlank(words);
        return words;
    }

    /** Cleanup.removeShort on words, then what is left of words. */
    private static List<String> removeShort(List<String> words, int minLength) {
        Cleanup.removeShort(words, minLength);
        return words;
    }

    private static List<String> listOf(String... words) {
        return new ArrayList<>(List.of(words));
    }

    @Test
    void removeBlankWithNothingToRemove() {
        assertEquals(List.of("tea", "jam"), removeBlank(listOf("tea", "jam")));
    }

    @Test
    void removeBlankInTheMiddle() {
        assertEquals(List.of("tea", "jam", "bun"), removeBlank(listOf("tea", "", "jam", "  ", "bun")));
    }

    @Test
    void removeBlankAtTheEnd() {
        assertEquals(List.of("tea"), removeBlank(listOf("tea", "", " \t")));
    }

    @Test
    void removeBlankWorksOnALinkedList() {
        List<String> words = new LinkedList<>(List.of("", "tea", " "));
        assertEquals(List.of("tea"), removeBlank(words));
    }

    @Test
    void removeShortOneAtATime() {
        assertEquals(List.of("tea", "jam"), removeShort(listOf("a", "tea", "of", "jam"), 3));
    }

    @Test
    void removeShortNextToEachOther() {
        assertEquals(List.of("tea", "jam"), removeShort(listOf("tea", "a", "of", "jam", "b", "c"), 3));
    }

    @Test
    void dropSoldOutRemovesEmptyStock() {
        Map<String, Integer> stock = new HashMap<>(Map.of(
                "apples", 4, "bread", 0, "cheese", 2, "dates", -1, "eggs", 0, "figs", 7));
        assertEquals(List.of("bread", "dates", "eggs"), Cleanup.dropSoldOut(stock));
        assertEquals(Map.of("apples", 4, "cheese", 2, "figs", 7), stock, "the stock left after dropSoldOut");
    }

    @Test
    void dropSoldOutWithNothingSoldOut() {
        Map<String, Integer> stock = new HashMap<>(Map.of("apples", 4));
        assertEquals(List.of(), Cleanup.dropSoldOut(stock));
        assertEquals(Map.of("apples", 4), stock, "the stock left after dropSoldOut");
    }
}
