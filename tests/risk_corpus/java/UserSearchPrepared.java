// expect: none
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

public class UserSearchPrepared {
    private static final String BY_NAME = "SELECT id, email FROM users WHERE name = ?";

    public static ResultSet byName(Connection db, String name) throws SQLException {
        PreparedStatement statement = db.prepareStatement(BY_NAME);
        statement.setString(1, name);
        return statement.executeQuery();
    }
}
