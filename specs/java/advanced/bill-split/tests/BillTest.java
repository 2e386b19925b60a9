import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillTest {

    private static BigDecimal money(String text) {
        return new BigDecimal(text);
    }

    @Test
    void totalOfSimplePrices() {
        assertEquals(money("15.50"), Bill.total(List.of("12.50", "3")));
    }

    @Test
    void totalOfNothingIsZero() {
        assertEquals(money("0.00"), Bill.total(List.of()));
    }

    @Test
    void totalOfLargePricesIsExactToTheCent() {
        List<String> prices = List.of("123456789012345.67", "0.01");
        assertEquals(money("123456789012345.68"), Bill.total(prices));
    }

    @Test
    void totalRefusesFractionsOfACent() {
        assertThrows(IllegalArgumentException.class, () -> Bill.total(List.of("1.005")));
        assertThrows(IllegalArgumentException.class, () -> Bill.total(List.of("two")));
    }

    @Test
    void tipIsRoundedToTheCent() {
        assertEquals(money("11.56"), Bill.withTip(money("10.05"), 15));
        assertEquals(money("20.00"), Bill.withTip(money("20.00"), 0));
    }

    @Test
    void halfACentOfTipRoundsUp() {
        assertEquals(money("0.35"), Bill.withTip(money("0.30"), 15));
        assertEquals(money("2.53"), Bill.withTip(money("2.50"), 1));
    }

    @Test
    void splitEvenly() {
        List<BigDecimal> quarters = List.of(money("2.50"), money("2.50"), money("2.50"), money("2.50"));
        assertEquals(quarters, Bill.split(money("10.00"), 4));
    }

    @Test
    void splitLosesNoCent() {
        List<BigDecimal> thirdsOfTen = List.of(money("3.34"), money("3.33"), money("3.33"));
        assertEquals(thirdsOfTen, Bill.split(money("10.00"), 3));
        List<BigDecimal> thirdsOfOneOhOne = List.of(money("0.34"), money("0.34"), money("0.33"));
        assertEquals(thirdsOfOneOhOne, Bill.split(money("1.01"), 3));
    }

    @Test
    void splitOfSmallAmountsAmongManyPeople() {
        List<BigDecimal> shares = List.of(money("0.01"), money("0.01"), money("0.00"), money("0.00"));
        assertEquals(shares, Bill.split(money("0.02"), 4));
    }

    @Test
    void splitNeedsSomeoneToPay() {
        assertThrows(IllegalArgumentException.class, () -> Bill.split(money("10.00"), 0));
    }

    @Test
    void sameAmountIgnoresTrailingZeros() {
        assertTrue(Bill.sameAmount(money("2.5"), money("2.50")));
        assertTrue(Bill.sameAmount(money("3"), money("3.00")));
        assertFalse(Bill.sameAmount(money("2.50"), money("2.51")));
    }
}
