import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CalcTest {

    private static Expr num(long value) {
        return new Expr.Num(value);
    }

    private static Expr x() {
        return new Expr.Var("x");
    }

    private static final Map<String, Long> NO_VARS = Map.of();

    @Test
    void evaluatesArithmetic() {
        // (2 + 3) * -4
        Expr e = new Expr.Mul(new Expr.Add(num(2), num(3)), new Expr.Neg(num(4)));
        assertEquals(-20, Calc.eval(e, NO_VARS));
    }

    @Test
    void evaluatesVariables() {
        Expr e = new Expr.Add(x(), new Expr.Var("y"));
        assertEquals(42, Calc.eval(e, Map.of("x", 40L, "y", 2L)));
    }

    @Test
    void unknownVariableIsAnIllegalArgument() {
        Expr speed = new Expr.Var("speed");
        Map<String, Long> vars = Map.of("x", 1L);
        var error = assertThrows(IllegalArgumentException.class, () -> Calc.eval(speed, vars));
        assertTrue(String.valueOf(error.getMessage()).contains("speed"), "the message names the variable");
    }

    @Test
    void divisionRoundsDown() {
        assertEquals(3, Calc.eval(new Expr.Div(num(7), num(2)), NO_VARS));
        assertEquals(-4, Calc.eval(new Expr.Div(num(-7), num(2)), NO_VARS));
        assertEquals(-4, Calc.eval(new Expr.Div(num(7), num(-2)), NO_VARS));
        assertEquals(3, Calc.eval(new Expr.Div(num(-7), num(-2)), NO_VARS));
    }

    @Test
    void divisionByZeroIsAnArithmeticException() {
        Expr byZero = new Expr.Div(num(1), num(0));
        assertThrows(ArithmeticException.class, () -> Calc.eval(byZero, NO_VARS), "1 / 0");
    }

    @Test
    void overflowIsAnArithmeticException() {
        Expr maxPlusOne = new Expr.Add(num(Long.MAX_VALUE), num(1));
        assertThrows(ArithmeticException.class, () -> Calc.eval(maxPlusOne, NO_VARS), "MAX + 1");
        Expr tooBig = new Expr.Mul(num(1L << 32), num(1L << 31));
        assertThrows(ArithmeticException.class, () -> Calc.eval(tooBig, NO_VARS), "2^32 * 2^31");
        Expr minusMin = new Expr.Neg(num(Long.MIN_VALUE));
        assertThrows(ArithmeticException.class, () -> Calc.eval(minusMin, NO_VARS), "-MIN");
        Expr minByMinusOne = new Expr.Div(num(Long.MIN_VALUE), num(-1));
        assertThrows(ArithmeticException.class, () -> Calc.eval(minByMinusOne, NO_VARS), "MIN / -1");
    }

    @Test
    void largeResultsThatFitAreFine() {
        Expr justFits = new Expr.Add(num(Long.MAX_VALUE - 1), num(1));
        assertEquals(Long.MAX_VALUE, Calc.eval(justFits, NO_VARS));
        Expr smallest = new Expr.Mul(num(1L << 62), num(-2));
        assertEquals(Long.MIN_VALUE, Calc.eval(smallest, NO_VARS));
    }

    @Test
    void simplifiesTheTopOfTheTree() {
        assertEquals(x(), Calc.simplify(new Expr.Add(x(), num(0))));
        assertEquals(x(), Calc.simplify(new Expr.Mul(x(), num(1))));
    }

    @Test
    void simplifiesBothWaysRound() {
        assertEquals(x(), Calc.simplify(new Expr.Add(num(0), x())));
        assertEquals(x(), Calc.simplify(new Expr.Mul(num(1), x())));
        assertEquals(num(0), Calc.simplify(new Expr.Mul(x(), num(0))));
        assertEquals(num(0), Calc.simplify(new Expr.Mul(num(0), x())));
        assertEquals(x(), Calc.simplify(new Expr.Neg(new Expr.Neg(x()))));
    }

    @Test
    void simplifiesInsideTheTree() {
        // (x * 1) / -(-(x + 0))  becomes  x / x
        Expr e = new Expr.Div(new Expr.Mul(x(), num(1)),
                new Expr.Neg(new Expr.Neg(new Expr.Add(x(), num(0)))));
        Expr expected = new Expr.Div(x(), x());
        assertEquals(expected, Calc.simplify(e));
    }

    @Test
    void simplifiesWhatTheChildrenLeaveBehind() {
        // (x * 0) + (1 * x)  becomes  0 + x  and then  x
        Expr e = new Expr.Add(new Expr.Mul(x(), num(0)), new Expr.Mul(num(1), x()));
        assertEquals(x(), Calc.simplify(e));
    }

    @Test
    void leavesOtherExpressionsAlone() {
        Expr e = new Expr.Add(new Expr.Mul(x(), num(2)), new Expr.Neg(num(3)));
        assertEquals(e, Calc.simplify(e));
    }
}
