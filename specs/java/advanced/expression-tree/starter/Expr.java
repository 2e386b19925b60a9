/** An arithmetic expression on whole numbers (long), as a tree. Records compare by value:
 *  two expressions are equals when they have the same shape and the same numbers. */
public sealed interface Expr permits Expr.Num, Expr.Var, Expr.Add, Expr.Mul, Expr.Div, Expr.Neg {

    /** A number. */
    record Num(long value) implements Expr {
    }

    /** A variable, looked up by name when the expression is evaluated. */
    record Var(String name) implements Expr {
    }

    /** left + right */
    record Add(Expr left, Expr right) implements Expr {
    }

    /** left * right */
    record Mul(Expr left, Expr right) implements Expr {
    }

    /** left / right, rounded down (towards minus infinity). */
    record Div(Expr left, Expr right) implements Expr {
    }

    /** -operand */
    record Neg(Expr operand) implements Expr {
    }
}
