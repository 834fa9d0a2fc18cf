//! The content's compact form: what the build writes for each language
//! (`content-<lang>-<hash>.txt`, next to the app) and what the app reads
//! when it starts, so one WebAssembly serves every language.
//!
//! The form is as plain as the content's types, and all of it is UTF-8
//! text, so hosts send it compressed as the text it is (they compress by
//! type, and `application/octet-stream` is not one they compress): each
//! field in the order the type declares it; a length, a count or a kind as
//! its decimal digits and `:`; text as its length in bytes, then its UTF-8
//! bytes; a list as its count, then each item; an option or a `bool` as `0`
//! or `1`, then the option's value. A file starts with [`MAGIC`] and must be
//! read to its last byte. Text is borrowed from the
//! bytes, which live as long as the app, so decoding copies no words.
//! `content_type!` (in `model.rs`) writes the [`Codec`] of each content type.
//!
//! Decoding never stops half-way: a value that cannot be read is read as an
//! empty one and the [`Reader`] remembers that the bytes are broken, which
//! [`from_bytes`] then reports. So no decoder has a path that returns early
//! and drops the fields it has read: in the WebAssembly, that code would be
//! larger than the rest of the decoders together.

use std::borrow::Cow;

/// The first bytes of every content file, with the form's version: a file of
/// another form is refused, never misread.
pub const MAGIC: &[u8; 4] = b"HCt1";

/// Bytes that are not content of this form: cut short, with text that is
/// not UTF-8, a kind out of range, or bytes left over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Broken;

/// Where decoding is in bytes that live as long as the app, and whether it
/// has met anything it could not read.
pub struct Reader {
    bytes: &'static [u8],
    at: usize,
    broken: bool,
}

impl Reader {
    /// Marks the bytes as broken; returns `empty`, which decoding goes on with.
    pub fn broken<T>(&mut self, empty: T) -> T {
        self.broken = true;
        empty
    }

    /// The next `n` bytes, or none if there are fewer left.
    fn take(&mut self, n: usize) -> &'static [u8] {
        match self
            .at
            .checked_add(n)
            .and_then(|end| self.bytes.get(self.at..end))
        {
            Some(bytes) => {
                self.at += n;
                bytes
            }
            None => self.broken(&[]),
        }
    }

    /// The next byte, or 0 at the end.
    fn byte(&mut self) -> u8 {
        self.take(1).first().copied().unwrap_or(0)
    }

    /// A number: one to ten decimal digits and `:`, at most 32 bits.
    fn count(&mut self) -> usize {
        let mut value: u32 = 0;
        for digits in 0..=10 {
            match self.byte() {
                b':' if digits > 0 => return value as usize,
                byte @ b'0'..=b'9' => {
                    match value
                        .checked_mul(10)
                        .and_then(|v| v.checked_add(u32::from(byte - b'0')))
                    {
                        Some(next) => value = next,
                        None => break,
                    }
                }
                _ => break,
            }
        }
        self.broken(0)
    }
}

/// A type that can be written to and read from the compact form.
pub trait Codec: Sized {
    /// Appends `self` to `out` (the build, on the host).
    #[cfg(not(target_arch = "wasm32"))]
    fn encode(&self, out: &mut Vec<u8>);
    /// Reads one value; if it cannot, an empty one, and the reader knows.
    fn decode(reader: &mut Reader) -> Self;
}

/// Appends `n` as its decimal digits and `:`.
#[cfg(not(target_arch = "wasm32"))]
fn encode_count(n: usize, out: &mut Vec<u8>) {
    let n = u32::try_from(n).expect("content lists and texts are far below 4 GiB");
    out.extend_from_slice(format!("{n}:").as_bytes());
}

impl Codec for Cow<'static, str> {
    #[cfg(not(target_arch = "wasm32"))]
    fn encode(&self, out: &mut Vec<u8>) {
        encode_count(self.len(), out);
        out.extend_from_slice(self.as_bytes());
    }
    // One call at each of the hundreds of texts, rather than a copy of it.
    #[inline(never)]
    fn decode(reader: &mut Reader) -> Self {
        let n = reader.count();
        match std::str::from_utf8(reader.take(n)) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => reader.broken(Cow::Borrowed("")),
        }
    }
}

impl<T: Codec + Clone> Codec for Cow<'static, [T]> {
    #[cfg(not(target_arch = "wasm32"))]
    fn encode(&self, out: &mut Vec<u8>) {
        encode_count(self.len(), out);
        for item in self.iter() {
            item.encode(out);
        }
    }
    fn decode(reader: &mut Reader) -> Self {
        let n = reader.count();
        // Never trust a count for an allocation: each item takes a byte at least.
        let mut items = Vec::with_capacity(n.min(reader.bytes.len() - reader.at));
        for _ in 0..n {
            if reader.broken {
                break;
            }
            items.push(T::decode(reader));
        }
        Cow::Owned(items)
    }
}

impl<T: Codec> Codec for Option<T> {
    #[cfg(not(target_arch = "wasm32"))]
    fn encode(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(b'0'),
            Some(value) => {
                out.push(b'1');
                value.encode(out);
            }
        }
    }
    fn decode(reader: &mut Reader) -> Self {
        match reader.byte() {
            b'0' => None,
            b'1' => Some(T::decode(reader)),
            _ => reader.broken(None),
        }
    }
}

impl Codec for bool {
    #[cfg(not(target_arch = "wasm32"))]
    fn encode(&self, out: &mut Vec<u8>) {
        out.push(b'0' + u8::from(*self));
    }
    fn decode(reader: &mut Reader) -> Self {
        match reader.byte() {
            b'0' => false,
            b'1' => true,
            _ => reader.broken(false),
        }
    }
}

/// Writes the [`Codec`] of a field-less enum as the index of its variant.
macro_rules! codec_kind {
    ($name:ident { $($variant:ident),* $(,)? }) => {
        impl $crate::content::codec::Codec for $name {
            #[cfg(not(target_arch = "wasm32"))]
            fn encode(&self, out: &mut Vec<u8>) {
                <u8 as $crate::content::codec::Codec>::encode(&(*self as u8), out);
            }
            fn decode(reader: &mut $crate::content::codec::Reader) -> Self {
                const ALL: &[$name] = &[$($name::$variant),*];
                let index = usize::from(<u8 as $crate::content::codec::Codec>::decode(reader));
                ALL.get(index).copied().unwrap_or_else(|| reader.broken(ALL[0]))
            }
        }
    };
}
pub(crate) use codec_kind;

impl Codec for u8 {
    #[cfg(not(target_arch = "wasm32"))]
    fn encode(&self, out: &mut Vec<u8>) {
        encode_count(usize::from(*self), out);
    }
    fn decode(reader: &mut Reader) -> Self {
        let n = reader.count();
        u8::try_from(n).unwrap_or_else(|_| reader.broken(0))
    }
}

/// `value` in the compact form, after [`MAGIC`]: a whole content file.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_bytes<T: Codec>(value: &T) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    value.encode(&mut out);
    out
}

/// Reads a whole content file: [`MAGIC`], one value, and nothing after it.
pub fn from_bytes<T: Codec>(bytes: &'static [u8]) -> Result<T, Broken> {
    let mut reader = Reader {
        bytes,
        at: 0,
        broken: false,
    };
    if reader.take(MAGIC.len()) != MAGIC {
        return Err(Broken);
    }
    let value = T::decode(&mut reader);
    if reader.broken || reader.at != bytes.len() {
        return Err(Broken);
    }
    Ok(value)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn leak(bytes: Vec<u8>) -> &'static [u8] {
        Box::leak(bytes.into_boxed_slice())
    }

    #[test]
    fn values_come_back_as_they_went() {
        let text: Cow<'static, str> = "línea ñ 中文 العربية".into();
        let list: Cow<'static, [Option<Cow<'static, str>>]> =
            vec![None, Some("a".into()), Some(String::from("é").into())].into();
        assert_eq!(from_bytes::<Cow<str>>(leak(to_bytes(&text))), Ok(text));
        assert_eq!(from_bytes(leak(to_bytes(&list))), Ok(list.clone()));
        assert_eq!(from_bytes(leak(to_bytes(&true))), Ok(true));
        let long: Cow<'static, str> = "x".repeat(300).into();
        let bytes = to_bytes(&long);
        assert_eq!(&bytes[4..8], b"300:", "300 in digits");
        assert_eq!(from_bytes(leak(bytes)), Ok(long));
        // All text: a host sends it compressed, as it does any text.
        assert_eq!(to_bytes(&list), "HCt13:011:a12:é".as_bytes());
    }

    #[test]
    fn anything_else_is_refused_not_misread() {
        let good = to_bytes(&Cow::<'static, str>::from("hello"));
        let cases: Vec<Vec<u8>> = vec![
            vec![],
            b"HCt05:hello".to_vec(),
            good[..good.len() - 1].to_vec(),
            [good.clone(), vec![0]].concat(),
            b"HCt12:\xff\xfe".to_vec(),
            b"HCt199999999999:".to_vec(),
            b"HCt14294967296:".to_vec(),
            b"HCt1:hello".to_vec(),
            b"HCt15hello".to_vec(),
            b"HCt1-5:hello".to_vec(),
        ];
        for bytes in cases {
            assert_eq!(
                from_bytes::<Cow<str>>(leak(bytes.clone())),
                Err(Broken),
                "{bytes:?}"
            );
        }
        assert_eq!(from_bytes::<bool>(leak(b"HCt12".to_vec())), Err(Broken));
        assert_eq!(from_bytes::<u8>(leak(b"HCt1256:".to_vec())), Err(Broken));
        // A count larger than what is left is an error, not an allocation.
        assert_eq!(
            from_bytes::<Cow<'static, [bool]>>(leak(b"HCt14000000000:".to_vec())),
            Err(Broken)
        );
    }
}
