//! Progress on an estimate, for work that reports none: Typst lays out and writes a PDF in one
//! call each, so while it works the bar advances on a time estimate instead of standing still.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How often the estimate moves the bar.
const TICK: Duration = Duration::from_millis(100);

/// Runs `work`, telling `progress` an estimated fraction between `range.0` and `range.1` every
/// 100 ms while it runs. The estimate rises quickly at first and slows as `expected` passes,
/// never reaching `range.1`, so the bar neither stops nor runs ahead of the work; the caller
/// reports `range.1` (or more) when `work` is done. Values only ever increase.
pub fn run<T: Send>(
    expected: Duration,
    progress: &(dyn Fn(f32) + Sync),
    range: (f32, f32),
    work: impl FnOnce() -> T + Send,
) -> T {
    let (stop, stopped) = mpsc::channel::<()>();
    std::thread::scope(|s| {
        s.spawn(move || {
            let start = Instant::now();
            let expected = expected.as_secs_f32().max(0.05);
            while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(TICK) {
                progress(fraction(start.elapsed().as_secs_f32() / expected, range));
            }
        });
        let out = work();
        drop(stop);
        out
    })
}

/// The estimated fraction after `x` expected durations: 63 % of the range at `x = 1`, 86 % at
/// `x = 2`, approaching the end without reaching it.
fn fraction(x: f32, (from, to): (f32, f32)) -> f32 {
    from + (to - from) * 0.99 * (1.0 - (-x).exp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_estimate_rises_but_stays_inside_its_range() {
        let range = (0.5, 0.9);
        let values: Vec<f32> = [0.0, 0.5, 1.0, 2.0, 10.0, 1000.0]
            .iter()
            .map(|x| fraction(*x, range))
            .collect();
        assert!((values[0] - 0.5).abs() < 1e-6);
        assert!(values.windows(2).all(|w| w[0] <= w[1]), "{values:?}");
        assert!(values[1] < values[2] && values[2] < values[3], "{values:?}");
        assert!((values[2] - (0.5 + 0.4 * 0.99 * 0.632_12)).abs() < 1e-3);
        assert!(values.iter().all(|v| *v < 0.9), "{values:?}");
    }

    #[test]
    fn the_bar_moves_while_the_work_runs_and_the_work_returns_its_value() {
        let seen = std::sync::Mutex::new(Vec::new());
        let count = || seen.lock().expect("not poisoned").len();
        let out = run(
            Duration::from_millis(300),
            &|f| seen.lock().expect("not poisoned").push(f),
            (0.2, 0.6),
            || {
                // The work ends once the bar has moved three times (or gives up after a minute,
                // which fails below): no assumption about how fast this machine is.
                let start = std::time::Instant::now();
                while count() < 3 && start.elapsed() < Duration::from_mins(1) {
                    std::thread::sleep(Duration::from_millis(10));
                }
                42
            },
        );
        assert_eq!(out, 42);
        let seen = seen.into_inner().expect("not poisoned");
        assert!(seen.len() >= 3, "the bar moved {} times", seen.len());
        assert!(seen.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
        assert!(seen.iter().all(|f| (0.2..0.6).contains(f)), "{seen:?}");
    }
}
