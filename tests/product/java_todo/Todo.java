import java.util.ArrayList;
import java.util.List;

public class Todo {
    private final List<String> items = new ArrayList<>();

    public int add(String item) {
        items.add(item);
        return items.size();
    }

    public int size() {
        return 0;
    }
}
