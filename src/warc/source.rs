//! A buffered reader that knows its byte offset, and can search forward for a pattern.
//!
//! Offsets are what a WARC user needs to find a record again (Common Crawl's index gives
//! member offsets); the search is how the reader finds the next record after a corrupt one.

use std::io::{self, BufRead, BufReader, Read, Seek, SeekFrom};

const BUF: usize = 64 * 1024;

/// A `BufRead` over `R` counting the bytes consumed.
pub struct Counted<R> {
    inner: BufReader<R>,
    pos: u64,
}

impl<R: Read + Seek> Counted<R> {
    pub fn new(inner: R) -> Counted<R> {
        Counted { inner: BufReader::with_capacity(BUF, inner), pos: 0 }
    }

    /// Offset of the next byte to be consumed.
    pub fn pos(&self) -> u64 {
        self.pos
    }

    pub fn seek_to(&mut self, off: u64) -> io::Result<()> {
        self.inner.seek(SeekFrom::Start(off))?;
        self.pos = off;
        Ok(())
    }

    /// The first offset `>= from` at which `needle` occurs and `accept(window)` holds for
    /// the bytes there (up to 16 of them); the reader is left there. `None` at end of input.
    pub fn find_from(&mut self, from: u64, needle: &[u8], accept: impl Fn(&[u8]) -> bool) -> io::Result<Option<u64>> {
        self.seek_to(from)?;
        let keep = 16.max(needle.len());
        let mut window: Vec<u8> = Vec::with_capacity(BUF + keep);
        let mut window_start = from;
        loop {
            let mut chunk = vec![0u8; BUF];
            let n = read_full(&mut self.inner, &mut chunk)?;
            window.extend_from_slice(&chunk[..n]);
            let last = n == 0;
            let limit = if last { window.len() } else { window.len().saturating_sub(keep) };
            let mut i = 0;
            while i < limit {
                match find(&window[i..], needle) {
                    Some(j) if i + j < limit => {
                        let at = i + j;
                        let end = (at + keep).min(window.len());
                        if accept(&window[at..end]) {
                            let off = window_start + at as u64;
                            self.seek_to(off)?;
                            return Ok(Some(off));
                        }
                        i = at + 1;
                    }
                    _ => break,
                }
            }
            if last {
                return Ok(None);
            }
            let drop = limit;
            window.drain(..drop);
            window_start += drop as u64;
        }
    }
}

fn read_full<R: Read>(r: &mut R, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<R: Read> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amt: usize) {
        self.inner.consume(amt);
        self.pos += amt as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn counts_consumed_bytes() {
        let mut c = Counted::new(Cursor::new(b"abc\ndef".to_vec()));
        let mut line = Vec::new();
        c.read_until(b'\n', &mut line).unwrap();
        assert_eq!(c.pos(), 4);
    }

    #[test]
    fn finds_patterns_across_chunk_boundaries_and_honours_accept() {
        let mut data = vec![b'x'; BUF - 2];
        data.extend_from_slice(b"WARC/0.9 WARC/1.0 more");
        let mut c = Counted::new(Cursor::new(data));
        let at = c.find_from(1, b"WARC/", |w| w.starts_with(b"WARC/1.")).unwrap();
        assert_eq!(at, Some((BUF - 2 + 9) as u64));
        assert_eq!(c.pos(), at.unwrap());
        assert_eq!(c.find_from(at.unwrap() + 1, b"WARC/", |_| true).unwrap(), None);
    }
}
