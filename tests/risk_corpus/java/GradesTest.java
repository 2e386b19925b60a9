// expect: none
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GradesTest {
    @Test
    void topScoreIsAnA() {
        assertEquals('A', GradesMain.letter(95));
    }

    @Test
    void badScoreThrows() {
        try {
            GradesMain.letter(-1);
        } catch (IllegalArgumentException expected) {}
    }
}
