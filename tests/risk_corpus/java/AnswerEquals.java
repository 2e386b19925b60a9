// expect: none
import java.util.Objects;

/** Compares answers by their text. */
public class AnswerEquals {
    public static boolean agrees(String answer) {
        return "yes".equals(answer) || Objects.equals(answer, "y");
    }

    public static boolean missing(String answer) {
        return answer == null || answer.length() == 0;
    }
}
