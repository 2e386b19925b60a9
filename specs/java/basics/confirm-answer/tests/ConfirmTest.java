import java.util.Scanner;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ConfirmTest {

    /** A line as a person typed it, read the way a program reads its input. */
    private static String typed(String line) {
        return new Scanner(line + "\n").nextLine();
    }

    @Test
    void yesWrittenInTheCodeIsYes() {
        assertTrue(Confirm.isYes("yes"), "isYes(\"yes\")");
    }

    @Test
    void yesTypedByAPersonIsYes() {
        assertTrue(Confirm.isYes(typed("yes")), "isYes of a typed \"yes\"");
    }

    @Test
    void yTypedByAPersonIsYes() {
        assertTrue(Confirm.isYes(typed("y")), "isYes of a typed \"y\"");
    }

    @Test
    void capitalLettersStillMeanYes() {
        assertTrue(Confirm.isYes(typed("YES")), "isYes of a typed \"YES\"");
        assertTrue(Confirm.isYes(typed("Y")), "isYes of a typed \"Y\"");
    }

    @Test
    void spacesAroundTheWordAreIgnored() {
        assertTrue(Confirm.isYes(typed("  yes ")), "isYes of a typed \"  yes \"");
    }

    @Test
    void otherAnswersMeanNo() {
        for (String answer : new String[] {"no", "n", "yeah", "", "ye s", "yes please"}) {
            assertFalse(Confirm.isYes(typed(answer)), "isYes of a typed \"" + answer + "\"");
        }
    }

    @Test
    void noAnswerAtAllMeansNo() {
        assertFalse(Confirm.isYes(null), "isYes(null)");
    }
}
