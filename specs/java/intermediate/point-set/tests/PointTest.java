import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PointTest {

    @Test
    void keepsItsCoordinates() {
        Point p = new Point(3, -4);
        assertEquals(3, p.x());
        assertEquals(-4, p.y());
        assertEquals("(3, -4)", p.toString());
    }

    @Test
    void pointsWithTheSameCoordinatesAreEqual() {
        Object a = new Point(1, 2);
        Object b = new Point(1, 2);
        assertTrue(a.equals(b), "equals(Object) must compare the coordinates");
    }

    @Test
    void pointsWithOtherCoordinatesAreNotEqual() {
        assertNotEquals(new Point(1, 2), new Point(2, 1));
        assertNotEquals(new Point(1, 2), new Point(1, 3));
    }

    @Test
    void aPointIsNotEqualToNullOrToOtherTypes() {
        Point p = new Point(0, 0);
        assertFalse(p.equals((Object) null));
        assertFalse(p.equals("(0, 0)"));
    }

    @Test
    void equalPointsHaveEqualHashCodes() {
        Point a = new Point(5, 7);
        Point b = new Point(5, 7);
        assertTrue(a.hashCode() == b.hashCode(), "two points (5, 7) need the same hashCode");
        Point c = new Point(-1, 40);
        Point d = new Point(-1, 40);
        assertTrue(c.hashCode() == d.hashCode(), "two points (-1, 40) need the same hashCode");
    }

    @Test
    void listContainsAnEqualPoint() {
        List<Point> visited = new ArrayList<>(List.of(new Point(1, 1), new Point(2, 2)));
        assertTrue(visited.contains(new Point(2, 2)));
        assertEquals(1, visited.indexOf(new Point(2, 2)));
    }

    @Test
    void setKeepsEachPointOnce() {
        Set<Point> visited = new HashSet<>();
        visited.add(new Point(1, 1));
        visited.add(new Point(2, 2));
        visited.add(new Point(1, 1));
        assertEquals(2, visited.size());
        assertTrue(visited.contains(new Point(2, 2)));
    }

    @Test
    void pointWorksAsAMapKey() {
        Map<Point, String> labels = new HashMap<>();
        labels.put(new Point(0, 0), "home");
        labels.put(new Point(0, 0), "start");
        assertEquals(1, labels.size());
        assertEquals("start", labels.get(new Point(0, 0)));
    }
}
