import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Money for a restaurant bill. Every amount returned has exactly two decimals (cents). */
public class Bill {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The sum of the prices, written like "12.50" or "3"; a price with more than two
     *  decimals is refused with an IllegalArgumentException. */
    public static BigDecimal total(List<String> prices) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (String price : prices) {
            BigDecimal value = new BigDecimal(price);
            if (value.scale() > 2) {
                throw new IllegalArgumentException("more than two decimals: " + price);
            }
            sum = sum.add(value);
        }
        return sum.setScale(2);
    }

    /** The amount plus a tip of percent percent; half a cent rounds up. */
    public static BigDecimal withTip(BigDecimal amount, int percent) {
        BigDecimal tip = amount.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED);
        return amount.add(tip).setScale(2, RoundingMode.HALF_UP);
    }

    /** The amount split into people shares that add up to exactly the amount; shares differ
     *  by at most one cent, and the larger shares come first. */
    public static List<BigDecimal> split(BigDecimal amount, int people) {
        if (people < 1) {
            throw new IllegalArgumentException("at least one person pays");
        }
        long cents = amount.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
        long base = cents / people;
        long extra = cents % people;
        List<BigDecimal> shares = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            long share = i < extra ? base + 1 : base;
            shares.add(BigDecimal.valueOf(share, 2));
        }
        return shares;
    }

    /** Whether two amounts are the same amount of money, however many decimals they show. */
    public static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }
}
