import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Money for a restaurant bill. Every amount returned has exactly two decimals (cents). */
public class Bill {

    /** The sum of the prices, written like "12.50" or "3"; a price with more than two
     *  decimals is refused with an IllegalArgumentException. */
    public static BigDecimal total(List<String> prices) {
        double sum = 0;
        for (String price : prices) {
            sum += Double.parseDouble(price);
        }
        return BigDecimal.valueOf(sum).setScale(2, RoundingMode.HALF_UP);
    }

    /** The amount plus a tip of percent percent; half a cent rounds up. */
    public static BigDecimal withTip(BigDecimal amount, int percent) {
        BigDecimal factor = BigDecimal.valueOf(100 + percent).divide(BigDecimal.valueOf(100));
        return amount.multiply(factor).setScale(2, RoundingMode.HALF_EVEN);
    }

    /** The amount split into people shares that add up to exactly the amount; shares differ
     *  by at most one cent, and the larger shares come first. */
    public static List<BigDecimal> split(BigDecimal amount, int people) {
        BigDecimal share = amount.divide(BigDecimal.valueOf(people), 2, RoundingMode.HALF_UP);
        List<BigDecimal> shares = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            shares.add(share);
        }
        return shares;
    }

    /** Whether two amounts are the same amount of money, however many decimals they show. */
    public static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a.equals(b);
    }
}
