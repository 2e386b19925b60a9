use std::cmp::Reverse;

/// A player in a game and their score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Player {
    pub name: String,
    pub score: u32,
}

/// Sorts the players in place: highest score first; equal scores by name,
/// alphabetically and ignoring case.
pub fn rank(players: &mut [Player]) {
    players.sort_by_key(|p| (Reverse(p.score), p.name.to_lowercase()));
}

/// The names of the (up to) three best players in ranking order.
/// `players` itself is left exactly as it was.
pub fn podium(players: &[Player]) -> Vec<&str> {
    let mut order: Vec<&Player> = players.iter().collect();
    order.sort_by_key(|p| (Reverse(p.score), p.name.to_lowercase()));
    order.into_iter().take(3).map(|p| p.name.as_str()).collect()
}
