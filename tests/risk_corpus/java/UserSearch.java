// expect: java-query-concat
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class UserSearch {
    public static ResultSet byName(Connection db, String name) throws SQLException {
        Statement statement = db.createStatement();
        return statement.executeQuery("SELECT id, email FROM users WHERE name = '" + name + "'");
    }
}
