import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class VotesTest {

    /** The votes counted so far, the way a tally keeps them: one count per candidate. */
    private static Map<String, Integer> votes() {
        Map<String, Integer> votes = new HashMap<>();
        votes.put("ana", 3);
        votes.put("ben", 3);
        votes.put("cleo", 7);
        votes.put("dara", 1500);
        votes.put("emil", 1500);
        votes.put("finn", 0);
        return votes;
    }

    @Test
    void smallEqualCountsAreATie() {
        assertTrue(Votes.tied(votes(), "ana", "ben"), "ana 3, ben 3");
    }

    @Test
    void differentCountsAreNoTie() {
        assertFalse(Votes.tied(votes(), "ana", "cleo"), "ana 3, cleo 7");
    }

    @Test
    void largeEqualCountsAreATie() {
        assertTrue(Votes.tied(votes(), "dara", "emil"), "dara 1500, emil 1500");
    }

    @Test
    void aCandidateIsTiedWithThemselves() {
        assertTrue(Votes.tied(votes(), "dara", "dara"), "dara 1500, dara 1500");
    }

    @Test
    void aMissingCandidateHasZeroVotes() {
        assertTrue(Votes.tied(votes(), "finn", "gus"), "finn 0, gus not in the map");
        assertFalse(Votes.tied(votes(), "ana", "gus"), "ana 3, gus not in the map");
    }

    @Test
    void totalOfSomeCandidates() {
        assertEquals(13, Votes.total(votes(), List.of("ana", "ben", "cleo")),
                "total of ana, ben and cleo");
    }

    @Test
    void totalOfNoCandidatesIsZero() {
        assertEquals(0, Votes.total(votes(), List.of()), "total of nobody");
    }

    @Test
    void totalCountsMissingNamesAsZero() {
        assertEquals(1503, Votes.total(votes(), List.of("ana", "gus", "dara")),
                "total of ana, gus (not in the map) and dara");
    }
}
