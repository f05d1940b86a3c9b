//! Write the synthetic corpus used by the browser test (invented articles + their outputs) to a
//! directory, to measure the review page at scale:
//! `cargo run --release --example review_synth -- /tmp/synth 2000 &&
//!  denialkb review /tmp/synth/out /tmp/synth/txt -o /tmp/synth/review.html`

#[path = "../tests/common/synth.rs"]
mod synth;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let dir = std::path::PathBuf::from(args.get(1).ok_or("usage: review_synth DIR [N]")?);
    let n: usize = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(2000);
    std::fs::create_dir_all(dir.join("out"))?;
    std::fs::create_dir_all(dir.join("txt"))?;
    for (out, text) in synth::corpus(n) {
        let id = out.article.id.clone();
        std::fs::write(dir.join(format!("txt/{id}.txt")), text)?;
        std::fs::write(dir.join(format!("out/{id}.yaml")), denialkb::output::render_yaml(&out)?)?;
    }
    println!("wrote {n} articles to {}", dir.display());
    Ok(())
}
