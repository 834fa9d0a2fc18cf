//! One problem in the content, as the build prints it: the file, the entry
//! and the field, and what is wrong. `read.rs` and `checks.rs` both report
//! in it; neither needs the other for that.

use std::fmt;

/// One problem in the content: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file, relative to `content/`.
    pub file: String,
    /// The entry, such as `service "hotline"`.
    pub entry: String,
    /// The field within the entry, such as `phone[0].number`.
    pub field: String,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content/{}: {}", self.file, self.entry)?;
        if !self.field.is_empty() {
            write!(f, ", field `{}`", self.field)?;
        }
        write!(f, ": {}", self.message)
    }
}

/// A problem in `file`, at `entry` and `field`.
pub fn error(file: &str, entry: &str, field: &str, message: String) -> ContentError {
    ContentError {
        file: file.to_string(),
        entry: entry.to_string(),
        field: field.to_string(),
        message,
    }
}
