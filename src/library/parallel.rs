//! Work on many notes spread over a few scoped threads, results kept in the notes' order.

/// `f(index, item)` for every item of `items`, on up to `threads` scoped threads (inline for one),
/// keeping the items' order and dropping the `None`s. A thread that panics loses only its share
/// of the results: a note that cannot be read is left out, never the whole scan.
pub(crate) fn filter_map_in_parallel<T, R>(
    items: &[T],
    threads: usize,
    f: impl Fn(usize, &T) -> Option<R> + Sync,
) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    if threads <= 1 {
        return items
            .iter()
            .enumerate()
            .filter_map(|(i, t)| f(i, t))
            .collect();
    }
    let chunk = items.len().div_ceil(threads).max(1);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .enumerate()
            .map(|(c, part)| {
                scope.spawn(move || {
                    part.iter()
                        .enumerate()
                        .filter_map(|(i, t)| f(c * chunk + i, t))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_input_order_and_indices() {
        let items: Vec<u32> = (0..1000).collect();
        for threads in [1, 2, 7, 16] {
            let odd = filter_map_in_parallel(&items, threads, |i, &n| {
                assert_eq!(i as u32, n);
                (n % 2 == 1).then_some(i)
            });
            assert_eq!(odd, (1..1000).step_by(2).collect::<Vec<_>>());
        }
        assert!(filter_map_in_parallel(&[] as &[u32], 4, |i, _| Some(i)).is_empty());
    }
}
