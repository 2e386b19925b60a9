/** A bank account: its owner, the branch it belongs to and its balance in cents. */
public record Account(String owner, String branch, int balance) {
}
