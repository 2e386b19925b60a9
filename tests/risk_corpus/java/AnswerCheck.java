// expect: java-string-identity
import java.util.Scanner;

/** Asks a yes/no question and reads the answer. */
public class AnswerCheck {
    public static boolean agrees(Scanner in) {
        String answer = in.nextLine().trim();
        return answer == "yes";
    }
}
