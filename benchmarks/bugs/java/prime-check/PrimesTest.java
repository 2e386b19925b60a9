import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

class PrimesTest {

    @Test
    void oneIsNotPrime() {
        assertFalse(Primes.isPrime(1));
    }

    @Test
    void evenNumber() {
        assertFalse(Primes.isPrime(10));
    }

    @Test
    void smallPrime() {
        assertTrue(Primes.isPrime(7));
    }

    @Test
    void oddComposite() {
        assertFalse(Primes.isPrime(9));
    }

    @Test
    void primesUpToTwenty() {
        List<Integer> result = Primes.primesUpTo(20);
        assertEquals(List.of(2, 3, 5, 7, 11, 13, 17, 19), result);
    }
}
