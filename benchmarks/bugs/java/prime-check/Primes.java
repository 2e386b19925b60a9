import java.util.ArrayList;
import java.util.List;

public class Primes {

    public static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
            return true;
        }
        return true;
    }

    public static List<Integer> primesUpTo(int limit) {
        List<Integer> primes = new ArrayList<>();
        for (int n = 2; n <= limit; n++) {
            if (isPrime(n)) {
                primes.add(n);
            }
        }
        return primes;
    }
}
