public class Student {
    private String name;
    private int[] marks;

    public Student(String name, int[] marks) {
        name = name;
        this.marks = marks;
    }

    public String getName() {
        return name;
    }

    public int best() {
        int best = marks[0];
        for (int m : marks) {
            best = Math.max(best, m);
        }
        return best;
    }

    public String summary() {
        return getName() + ": best " + best();
    }
}
