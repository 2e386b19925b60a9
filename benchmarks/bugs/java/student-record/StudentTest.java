import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class StudentTest {

    @Test
    void bestMark() {
        Student s = new Student("Ana", new int[] {55, 81, 70});
        assertEquals(81, s.best());
    }

    @Test
    void keepsTheName() {
        Student s = new Student("Ben", new int[] {60});
        assertEquals("Ben", s.getName());
    }

    @Test
    void summaryLine() {
        Student s = new Student("Cy", new int[] {40, 90});
        String result = s.summary();
        assertEquals("Cy: best 90", result);
    }
}
