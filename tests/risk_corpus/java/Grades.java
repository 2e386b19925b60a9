// expect: java-system-exit
public class Grades {
    public static char letter(int score) {
        if (score < 0 || score > 100) {
            System.out.println("bad score");
            System.exit(1);
        }
        return score >= 90 ? 'A' : score >= 80 ? 'B' : 'C';
    }
}
