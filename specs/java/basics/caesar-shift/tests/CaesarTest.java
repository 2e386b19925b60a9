import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CaesarTest {

    @Test
    void shiftsSmallLetters() {
        assertEquals("bcd", Caesar.encode("abc", 1), "encode(\"abc\", 1)");
    }

    @Test
    void wrapsFromZBackToA() {
        assertEquals("abc", Caesar.encode("xyz", 3), "encode(\"xyz\", 3)");
    }

    @Test
    void keepsSpacesAndPunctuation() {
        assertEquals("khoor, zruog!", Caesar.encode("hello, world!", 3),
                "encode(\"hello, world!\", 3)");
    }

    @Test
    void shiftsCapitalLettersAndKeepsThemCapital() {
        assertEquals("Khoor, Zruog!", Caesar.encode("Hello, World!", 3),
                "encode(\"Hello, World!\", 3)");
        assertEquals("ABC", Caesar.encode("XYZ", 3), "encode(\"XYZ\", 3)");
    }

    @Test
    void aShiftOfTwentySevenIsAShiftOfOne() {
        assertEquals("bcd", Caesar.encode("abc", 27), "encode(\"abc\", 27)");
    }

    @Test
    void aNegativeShiftGoesBackwards() {
        assertEquals("abc", Caesar.encode("bcd", -1), "encode(\"bcd\", -1)");
    }

    @Test
    void aNegativeShiftWrapsFromABackToZ() {
        assertEquals("zab", Caesar.encode("abc", -1), "encode(\"abc\", -1)");
        assertEquals("Zab", Caesar.encode("Abc", -27), "encode(\"Abc\", -27)");
    }

    @Test
    void shiftingBackUndoesTheShift() {
        String secret = Caesar.encode("Meet me at 10, Zoe!", 11);
        assertEquals("Meet me at 10, Zoe!", Caesar.encode(secret, -11),
                "encoding with 11 and then with -11");
    }

    @Test
    void emptyTextStaysEmpty() {
        assertEquals("", Caesar.encode("", 5), "encode(\"\", 5)");
    }
}
