//! A small RFC 4180 reader: quoted fields (with `""` for a quote, and commas and line
//! breaks inside), LF or CRLF line ends, a leading byte-order mark. Spreadsheets set
//! to a European locale save with `;` between fields: a header line with `;` and no
//! `,` switches to that.

/// One record, with the line of the file it starts on (1 is the header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// A file that is not CSV at all; `line` is where the reader gave up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    pub line: usize,
    pub problem: String,
}

pub fn read(text: &str) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if !first_line.contains(',') && first_line.contains(';') { ';' } else { ',' };
    let mut records = Vec::new();
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut chars = text.chars().peekable();
    // Whether the current record has anything yet (so a final newline ends no record).
    let mut started = false;
    while let Some(character) = chars.next() {
        started = true;
        match character {
            '"' if field.is_empty() => {
                let quote_line = line;
                loop {
                    match chars.next() {
                        Some('"') if chars.peek() == Some(&'"') => {
                            chars.next();
                            field.push('"');
                        }
                        Some('"') => break,
                        Some(inner) => {
                            if inner == '\n' {
                                line += 1;
                            }
                            field.push(inner);
                        }
                        None => {
                            return Err(CsvError { line: quote_line, problem: "a quoted field is never closed".into() })
                        }
                    }
                }
                match chars.peek() {
                    None | Some('\n' | '\r') => {}
                    Some(&next) if next == delimiter => {}
                    Some(_) => {
                        return Err(CsvError {
                            line,
                            problem: format!("text after a closing quote (separate fields with {delimiter:?})"),
                        })
                    }
                }
            }
            '"' => {
                return Err(CsvError {
                    line,
                    problem: "a quote inside a field that does not start with one (wrap the field in quotes and double the quote)".into(),
                })
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                fields.push(std::mem::take(&mut field));
                records.push(Record { line: record_line, fields: std::mem::take(&mut fields) });
                line += 1;
                record_line = line;
                started = false;
            }
            other if other == delimiter => fields.push(std::mem::take(&mut field)),
            other => field.push(other),
        }
    }
    if started {
        fields.push(field);
        records.push(Record { line: record_line, fields });
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        read(text).unwrap().into_iter().map(|record| record.fields).collect()
    }

    #[test]
    fn plain_quoted_and_multiline_fields() {
        let text = "\u{feff}id,name\r\na,\"Hello, \"\"you\"\"\"\nb,\"two\nlines\"\nc,\n";
        assert_eq!(
            fields(text),
            [vec!["id", "name"], vec!["a", "Hello, \"you\""], vec!["b", "two\nlines"], vec!["c", ""]]
        );
        let lines: Vec<usize> = read(text).unwrap().iter().map(|record| record.line).collect();
        assert_eq!(lines, [1, 2, 3, 5]);
    }

    #[test]
    fn no_final_newline_and_blank_lines() {
        assert_eq!(fields("a,b\n\nc,d"), [vec!["a", "b"], vec![""], vec!["c", "d"]]);
        assert!(fields("").is_empty());
    }

    #[test]
    fn semicolons_from_european_spreadsheets() {
        assert_eq!(
            fields("id;hours\nx;\"mon 08:00-12:00; tue 08:00-12:00\"\n")[1],
            ["x", "mon 08:00-12:00; tue 08:00-12:00"]
        );
        // A comma in the header means commas separate fields.
        assert_eq!(
            fields("id,hours\nx,mon 08:00-12:00; tue 08:00-12:00\n")[1],
            ["x", "mon 08:00-12:00; tue 08:00-12:00"]
        );
    }

    #[test]
    fn broken_quoting_is_refused_with_its_line() {
        assert_eq!(read("a,b\nc,\"open").unwrap_err().line, 2);
        assert_eq!(read("a,b\nc,\"x\"y\n").unwrap_err().line, 2);
        assert_eq!(read("a,b\n\nc,x\"y\n").unwrap_err().line, 3);
    }
}
