import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TodoTest {
    @Test
    void addReturnsIncreasingNumbers() {
        Todo todo = new Todo();
        assertEquals(1, todo.add("milk"));
        assertEquals(2, todo.add("eggs"));
    }

    @Test
    void sizeCountsItems() {
        Todo todo = new Todo();
        todo.add("milk");
        assertEquals(1, todo.size());
    }
}
