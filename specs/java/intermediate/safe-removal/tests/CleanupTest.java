import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CleanupTest {

    @Test
    void removeBlankWithNothingToRemove() {
        List<String> words = new ArrayList<>(List.of("tea", "jam"));
        Cleanup.removeBlank(words);
        assertEquals(List.of("tea", "jam"), words);
    }

    @Test
    void removeBlankInTheMiddle() {
        List<String> words = new ArrayList<>(List.of("tea", "", "jam", "  ", "bun"));
        Cleanup.removeBlank(words);
        assertEquals(List.of("tea", "jam", "bun"), words);
    }

    @Test
    void removeBlankAtTheEnd() {
        List<String> words = new ArrayList<>(List.of("tea", "", " \t"));
        Cleanup.removeBlank(words);
        assertEquals(List.of("tea"), words);
    }

    @Test
    void removeBlankWorksOnALinkedList() {
        List<String> words = new LinkedList<>(List.of("", "tea", " "));
        Cleanup.removeBlank(words);
        assertEquals(List.of("tea"), words);
    }

    @Test
    void removeShortOneAtATime() {
        List<String> words = new ArrayList<>(List.of("a", "tea", "of", "jam"));
        Cleanup.removeShort(words, 3);
        assertEquals(List.of("tea", "jam"), words);
    }

    @Test
    void removeShortNextToEachOther() {
        List<String> words = new ArrayList<>(List.of("tea", "a", "of", "jam", "b", "c"));
        Cleanup.removeShort(words, 3);
        assertEquals(List.of("tea", "jam"), words);
    }

    @Test
    void dropSoldOutRemovesEmptyStock() {
        Map<String, Integer> stock = new HashMap<>(Map.of(
                "apples", 4, "bread", 0, "cheese", 2, "dates", -1, "eggs", 0, "figs", 7));
        List<String> removed = Cleanup.dropSoldOut(stock);
        assertEquals(List.of("bread", "dates", "eggs"), removed);
        assertEquals(Map.of("apples", 4, "cheese", 2, "figs", 7), stock);
    }

    @Test
    void dropSoldOutWithNothingSoldOut() {
        Map<String, Integer> stock = new HashMap<>(Map.of("apples", 4));
        assertEquals(List.of(), Cleanup.dropSoldOut(stock));
        assertEquals(Map.of("apples", 4), stock);
    }
}
