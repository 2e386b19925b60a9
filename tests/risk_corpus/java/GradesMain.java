// expect: none
public class GradesMain {
    public static char letter(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        return score >= 90 ? 'A' : score >= 80 ? 'B' : 'C';
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: GradesMain SCORE");
            System.exit(2);
        }
        System.out.println(letter(Integer.parseInt(args[0])));
    }
}
