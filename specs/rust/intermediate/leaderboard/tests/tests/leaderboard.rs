use leaderboard::*;

fn p(name: &str, score: u32) -> Player {
    Player {
        name: name.to_string(),
        score,
    }
}

fn names(players: &[Player]) -> Vec<&str> {
    players.iter().map(|p| p.name.as_str()).collect()
}

#[test]
fn highest_score_first() {
    let mut players = vec![p("ann", 10), p("bob", 30), p("cat", 20)];
    rank(&mut players);
    assert_eq!(
        names(&players),
        vec!["bob", "cat", "ann"],
        "rank([ann 10, bob 30, cat 20])"
    );
}

#[test]
fn equal_scores_by_name() {
    let mut players = vec![p("zoe", 5), p("amy", 5), p("max", 9)];
    rank(&mut players);
    assert_eq!(
        names(&players),
        vec!["max", "amy", "zoe"],
        "rank([zoe 5, amy 5, max 9])"
    );
}

#[test]
fn name_order_ignores_case() {
    let mut players = vec![p("bea", 1), p("Al", 1), p("carl", 1)];
    rank(&mut players);
    assert_eq!(
        names(&players),
        vec!["Al", "bea", "carl"],
        "rank([bea 1, Al 1, carl 1])"
    );
}

#[test]
fn rank_empty_and_single() {
    let mut none: Vec<Player> = vec![];
    rank(&mut none);
    assert!(none.is_empty(), "rank([]) should stay empty");
    let mut one = vec![p("solo", 3)];
    rank(&mut one);
    assert_eq!(names(&one), vec!["solo"], "rank([solo 3])");
}

#[test]
fn rank_can_sort_part_of_a_list() {
    let mut players = vec![p("first", 0), p("low", 1), p("high", 2)];
    rank(&mut players[1..]);
    assert_eq!(
        names(&players),
        vec!["first", "high", "low"],
        "rank(&mut players[1..])"
    );
}

#[test]
fn podium_takes_the_best_three() {
    let players = vec![p("a", 1), p("b", 50), p("c", 40), p("d", 60), p("e", 5)];
    assert_eq!(
        podium(&players),
        vec!["d", "b", "c"],
        "podium([a 1, b 50, c 40, d 60, e 5])"
    );
}

#[test]
fn podium_with_fewer_than_three() {
    let players = vec![p("x", 2), p("y", 3)];
    assert_eq!(podium(&players), vec!["y", "x"], "podium([x 2, y 3])");
}

#[test]
fn podium_leaves_players_unchanged() {
    let players = vec![p("a", 1), p("b", 3), p("c", 2)];
    let before = players.clone();
    podium(&players);
    assert_eq!(players, before, "podium must not reorder its input");
}
