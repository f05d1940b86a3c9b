//! Small horizontal bar charts as inline SVG: no chart library, no script needed to draw them.
//! Labels come from the data (company and outlet names) and are escaped like all other text.

use super::html::esc;

const WIDTH: usize = 380;
const LABEL_W: usize = 160;
const BAR_W: usize = 175;
const ROW_H: usize = 18;

/// One bar: label, count, and the filter it applies when clicked (`company`/`outlet`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub count: usize,
    pub filter: Option<&'static str>,
}

/// Cut a label to `max` characters (not bytes), with an ellipsis.
fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

/// An SVG bar chart with the element id `id`. Bars are drawn in the order given.
pub fn bar_chart(id: &str, title: &str, bars: &[Bar]) -> String {
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let height = ROW_H * bars.len().max(1) + 8;
    let mut s = format!(
        "<svg class=\"chart\" id=\"{}\" role=\"img\" aria-label=\"{}\" width=\"{WIDTH}\" height=\"{height}\" viewBox=\"0 0 {WIDTH} {height}\" xmlns=\"http://www.w3.org/2000/svg\">",
        esc(id),
        esc(title)
    );
    s.push_str(&format!("<title>{}</title>", esc(title)));
    if bars.is_empty() {
        s.push_str(&format!("<text x=\"4\" y=\"{}\" class=\"none\">no records</text>", ROW_H - 4));
    }
    for (i, b) in bars.iter().enumerate() {
        let y = i * ROW_H + 4;
        let w = (b.count * BAR_W).div_ceil(max).max(1);
        let filter = match b.filter {
            Some(kind) => format!(" data-kind=\"{}\" data-value=\"{}\"", esc(kind), esc(&b.label)),
            None => String::new(),
        };
        s.push_str(&format!(
            "<g class=\"bar\"{filter}><title>{}: {}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect x=\"{}\" y=\"{y}\" width=\"{w}\" height=\"{}\" rx=\"2\"></rect><text x=\"{}\" y=\"{}\">{}</text></g>",
            esc(&b.label),
            b.count,
            LABEL_W - 6,
            y + ROW_H - 6,
            esc(&short(&b.label, 22)),
            LABEL_W,
            ROW_H - 4,
            LABEL_W + w + 4,
            y + ROW_H - 6,
            b.count
        ));
    }
    s.push_str("</svg>");
    s
}

/// The `top` largest counts (ties by label), the rest summed into one "other" bar.
pub fn top(counts: &std::collections::BTreeMap<String, usize>, top: usize, filter: Option<&'static str>) -> Vec<Bar> {
    let mut v: Vec<(&String, &usize)> = counts.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut bars: Vec<Bar> = v.iter().take(top).map(|(l, c)| Bar { label: (*l).clone(), count: **c, filter }).collect();
    let rest: usize = v.iter().skip(top).map(|(_, c)| **c).sum();
    if rest > 0 {
        bars.push(Bar { label: format!("{} others", v.len() - top), count: rest, filter: None });
    }
    bars
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_cut_by_characters() {
        let label = "<script>x</script>ÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄÄ";
        let svg = bar_chart("c", "t", &[Bar { label: label.into(), count: 3, filter: Some("company") }]);
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;x&lt;/script&gt;ÄÄ"));
        assert!(svg.contains('…'));
    }

    #[test]
    fn top_sums_the_rest() {
        let counts = [("a", 5), ("b", 1), ("c", 2), ("d", 1)].iter().map(|(k, v)| (k.to_string(), *v)).collect();
        let bars = top(&counts, 2, None);
        let got: Vec<(&str, usize)> = bars.iter().map(|b| (b.label.as_str(), b.count)).collect();
        assert_eq!(got, [("a", 5), ("c", 2), ("2 others", 2)]);
    }
}
