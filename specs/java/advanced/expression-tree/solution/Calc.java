import java.util.Map;

/** Evaluating and simplifying expressions. */
public class Calc {
    private static final Expr ZERO = new Expr.Num(0);
    private static final Expr ONE = new Expr.Num(1);

    /** The value of the expression, with the variables' values taken from vars. */
    public static long eval(Expr e, Map<String, Long> vars) {
        if (e instanceof Expr.Num n) {
            return n.value();
        }
        if (e instanceof Expr.Var v) {
            Long value = vars.get(v.name());
            if (value == null) {
                throw new IllegalArgumentException("unknown variable " + v.name());
            }
            return value;
        }
        if (e instanceof Expr.Add a) {
            return Math.addExact(eval(a.left(), vars), eval(a.right(), vars));
        }
        if (e instanceof Expr.Mul m) {
            return Math.multiplyExact(eval(m.left(), vars), eval(m.right(), vars));
        }
        if (e instanceof Expr.Div d) {
            long left = eval(d.left(), vars);
            long right = eval(d.right(), vars);
            if (left == Long.MIN_VALUE && right == -1) {
                throw new ArithmeticException("long overflow");
            }
            return Math.floorDiv(left, right);
        }
        if (e instanceof Expr.Neg n) {
            return Math.negateExact(eval(n.operand(), vars));
        }
        throw new IllegalStateException("unknown expression: " + e);
    }

    /** The expression with the rules x + 0 = x, x * 1 = x, x * 0 = 0 and -(-x) = x applied
     *  everywhere (both ways round for + and *), until none applies any more. */
    public static Expr simplify(Expr e) {
        if (e instanceof Expr.Add a) {
            Expr left = simplify(a.left());
            Expr right = simplify(a.right());
            if (right.equals(ZERO)) {
                return left;
            }
            if (left.equals(ZERO)) {
                return right;
            }
            return new Expr.Add(left, right);
        }
        if (e instanceof Expr.Mul m) {
            Expr left = simplify(m.left());
            Expr right = simplify(m.right());
            if (left.equals(ZERO) || right.equals(ZERO)) {
                return ZERO;
            }
            if (right.equals(ONE)) {
                return left;
            }
            if (left.equals(ONE)) {
                return right;
            }
            return new Expr.Mul(left, right);
        }
        if (e instanceof Expr.Div d) {
            return new Expr.Div(simplify(d.left()), simplify(d.right()));
        }
        if (e instanceof Expr.Neg n) {
            Expr inner = simplify(n.operand());
            if (inner instanceof Expr.Neg twice) {
                return twice.operand();
            }
            return new Expr.Neg(inner);
        }
        return e;
    }
}
