use me_and_we::model::dynamics::Dynamic;
use me_and_we::model::scoring::{profile, Answer, Rng};

#[test]
fn explore() {
    let mut rng = Rng::new(11);
    let (mut lo, mut hi) = (f64::MAX, 0.0f64);
    for _ in 0..4000 {
        let n = 2 + rng.below(29);
        let answers: Vec<Answer> = (0..n)
            .map(|i| Answer {
                scenario: i as u8 + 1,
                most: Dynamic::ALL[rng.below(4)],
                least: if rng.below(2) == 0 {
                    None
                } else {
                    Some(Dynamic::ALL[rng.below(4)])
                },
            })
            .collect();
        let p = profile(&answers);
        let nn = n as f64;
        let sd = |f: &dyn Fn(&Answer) -> f64| {
            let m = answers.iter().map(f).sum::<f64>() / nn;
            (answers.iter().map(|x| (f(x) - m).powi(2)).sum::<f64>() / nn).sqrt() * 100.0
                / nn.sqrt()
        };
        for (se, th) in [
            (p.se_s, sd(&|x| x.vector().s)),
            (p.se_c, sd(&|x| x.vector().c)),
        ] {
            if th > 1e-9 {
                lo = lo.min(se / th);
                hi = hi.max(se / th);
            } else {
                assert!(se < 1e-9, "{se}");
            }
        }
    }
    println!("ratio range {lo} {hi}");
}
